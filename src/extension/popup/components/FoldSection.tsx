import type { ComponentChildren } from 'preact';

export interface FoldSectionProps {
  /** The section's id (the jump links open it by this id). */
  id: string;
  /** The heading's id: the jump links move focus to it. */
  headingId: string;
  heading: string;
  open?: boolean;
  children: ComponentChildren;
}

/** A popup section that folds (native details/summary), its heading inside the summary, focusable for the jump links. */
export function FoldSection({ id, headingId, heading, open = false, children }: FoldSectionProps) {
  return (
    <details class="fold" id={id} open={open}>
      <summary>
        <h2 id={headingId} tabIndex={-1}>
          {heading}
        </h2>
      </summary>
      {children}
    </details>
  );
}
