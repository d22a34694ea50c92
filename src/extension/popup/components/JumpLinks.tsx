import { t } from '../../platform/browser-api.ts';

export interface JumpTarget {
  /** The id of the section's heading. */
  heading: string;
  label: string;
}

/**
 * Links to the popup's sections. Following one opens the section if it is
 * folded, scrolls to its heading and moves focus there, so keyboard and
 * screen-reader users land where sighted readers look.
 */
export function JumpLinks({ targets }: { targets: JumpTarget[] }) {
  return (
    <nav aria-label={t('popupJumpLabel')} class="jump-links" id="jump-links">
      <ul>
        {targets.map((target) => (
          <li key={target.heading}>
            <a href={`#${target.heading}`} onClick={(event) => jumpTo(event, target.heading)}>
              {target.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function jumpTo(event: MouseEvent, id: string) {
  const heading = document.getElementById(id);
  if (!heading) return;
  event.preventDefault();
  const fold = heading.closest('details');
  if (fold) fold.open = true;
  heading.scrollIntoView({ block: 'start' });
  heading.focus();
}
