import type { ReportedFinding } from '../../shared/page-report.ts';
import { formatDate } from '../../shared/format-date.ts';

type Source = ReportedFinding['sources'][number];

export interface SourceLinkProps {
  source: Source;
}

/** A link to a report, named by publisher and date; opens in a new tab. */
export function SourceLink({ source }: SourceLinkProps) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.publisher}, {formatDate(source.date)}
    </a>
  );
}
