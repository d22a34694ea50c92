import type { ReportedFinding } from '../../shared/page-report.ts';
import { formatDate } from '../../shared/format-date.ts';
import { withTextFragment } from '../../shared/text-fragment.ts';

type Source = ReportedFinding['sources'][number];

export interface SourceLinkProps {
  source: Source;
  /** Words the source prints verbatim: the link opens the source at them. */
  passage?: string | undefined;
}

/** A link to a report, named by publisher and date; opens in a new tab. */
export function SourceLink({ source, passage }: SourceLinkProps) {
  return (
    <a href={withTextFragment(source.url, passage)} target="_blank" rel="noopener noreferrer">
      {source.publisher}, {formatDate(source.date)}
    </a>
  );
}
