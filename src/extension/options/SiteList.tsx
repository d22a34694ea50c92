import { useState } from 'preact/hooks';
import { t } from '../platform/browser-api.ts';
import { siteOf } from '../shared/settings.ts';

export interface SiteListProps {
  sites: readonly string[];
  onChange(site: string, disabled: boolean): void;
}

/** The sites where Sourcelight is off: each can be turned back on; a host name can be added. */
export function SiteList({ sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  const add = (event: Event) => {
    event.preventDefault();
    const typed = draft.trim().toLowerCase();
    const site = siteOf(typed.includes('://') ? typed : `https://${typed}`);
    if (!typed || !site || /[^a-z0-9.-]/.test(site)) {
      setError(t('optionsSiteInvalid'));
      return;
    }
    setError('');
    setDraft('');
    onChange(site, true);
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <p class="help">{t('optionsSitesHelp')}</p>
      {sites.length === 0 ? (
        <p id="sites-none">{t('optionsSitesNone')}</p>
      ) : (
        <ul class="sites" id="sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => onChange(site, false)} aria-label={`${t('optionsSiteRemove')}: ${site}`}>
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-add" onSubmit={add}>
        <label for="site-input">{t('optionsSiteAddLabel')}</label>
        <div>
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={draft}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'site-error' : undefined}
            onInput={(event) => setDraft(event.currentTarget.value)}
          />
          <button type="submit">{t('optionsSiteAdd')}</button>
        </div>
        {error && (
          <p class="error" id="site-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
