import { useState } from 'preact/hooks';
import { t } from '../platform/browser-api.ts';
import { rulesCovering } from '../shared/settings.ts';
import { coverageOf, readTypedRule, type Coverage } from './site-rule.ts';

export interface SiteListProps {
  sites: readonly string[];
  onChange(site: string, disabled: boolean): void;
}

/** What a rule covers, in words. */
function coverageText(coverage: Coverage): string {
  switch (coverage.kind) {
    case 'domain':
      return t('optionsSiteCoversDomain', [coverage.rule]);
    case 'host':
      return t('optionsSiteCoversHost', [coverage.rule, coverage.domain]);
    case 'address':
      return t('optionsSiteCoversAddress', [coverage.rule]);
    case 'public-suffix':
      return t('optionsSiteCoversSuffix', [coverage.rule]);
  }
}

/** What is wrong with a typed rule, or what it will cover. */
function judge(
  typed: string,
  sites: readonly string[],
): { error: string } | { rule: string; preview: string } {
  const read = readTypedRule(typed);
  if (!read.ok)
    return {
      error:
        read.reason === 'public-suffix'
          ? t('optionsSitePublicSuffix', [read.suffix])
          : t('optionsSiteInvalid'),
    };
  const { rule } = read.coverage;
  const covering = rulesCovering(sites, rule)[0];
  if (covering) return { error: t('optionsSiteAlreadyCovered', [rule, covering]) };
  return { rule, preview: t('optionsSiteWillCover', [coverageText(read.coverage)]) };
}

/** The site rules: each says what it covers and can be turned back on; a host name can be added, kept as typed. */
export function SiteList({ sites, onChange }: SiteListProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const judged = draft.trim() ? judge(draft, sites) : null;
  // What the typed rule will cover, shown (and read with the field) while it is valid and no error stands.
  const preview = judged && 'preview' in judged && !error ? judged.preview : '';

  const add = (event: Event) => {
    event.preventDefault();
    const verdict = judge(draft, sites);
    if ('error' in verdict) {
      setError(verdict.error);
      return;
    }
    setError('');
    setDraft('');
    onChange(verdict.rule, true);
  };

  const describedBy = [error ? 'site-error' : '', preview ? 'site-preview' : '']
    .filter(Boolean)
    .join(' ');
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
              <span>
                <span class="site-rule">{site}</span>
                <span class="help site-covers">{coverageText(coverageOf(site))}</span>
              </span>
              <button
                type="button"
                onClick={() => onChange(site, false)}
                aria-label={`${t('optionsSiteRemove')}: ${site}`}
              >
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
            aria-describedby={describedBy || undefined}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              setError('');
            }}
          />
          <button type="submit">{t('optionsSiteAdd')}</button>
        </div>
        {preview && (
          <p class="help" id="site-preview">
            {preview}
          </p>
        )}
        {error && (
          <p class="error" id="site-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
