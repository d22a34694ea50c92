import { t } from '../../platform/browser-api.ts';
import type { PageReport } from '../../shared/page-report.ts';
import { formatDate } from '../../shared/format-date.ts';

export interface OriginalsListProps {
  originals: NonNullable<PageReport['story']>['originals'];
}

/** The original reports a story derives from, each linked, saying plainly when the address is unconfirmed. */
export function OriginalsList({ originals }: OriginalsListProps) {
  return (
    <ul class="originals" id="originals">
      {originals.map((original) => (
        <li key={original.id}>
          <a href={original.url} target="_blank" rel="noopener noreferrer">
            {original.headline}
          </a>
          <div class="meta">
            {original.publisher} · {formatDate(original.date)}
            {original.author ? ` · ${original.author}` : ''}
          </div>
          {!original.urlConfirmed && original.urlNote && (
            <div class="note">{t('popupUrlUnconfirmed', [original.urlNote])}</div>
          )}
        </li>
      ))}
    </ul>
  );
}
