import { useEffect, useState } from 'preact/hooks';
import { EMBEDDED_PACK } from '../../pack/embedded-pack.ts';
import { t } from '../platform/browser-api.ts';
import {
  loadAndRepairSettings,
  saveSettings,
  setSiteDisabled,
  setVerdictShown,
  type Settings,
} from '../shared/settings.ts';
import { formatDate } from '../shared/format-date.ts';
import { storiesCount } from './stories-count.ts';
import { FeedList } from './FeedList.tsx';
import { SiteList } from './SiteList.tsx';

const SETTING_NAME = {
  enabled: 'optionsSettingEnabled',
  disabledSites: 'optionsSettingSites',
  show: 'optionsSettingVerdicts',
} as const;

const VERDICT_OPTION = {
  discrepant: 'optionsShowDiscrepant',
  unverified: 'optionsShowUnverified',
  consistent: 'optionsShowConsistent',
} as const;

/** How long "Saved." stays before it clears (the next change announces it again). */
const SAVED_STATUS_MS = 4000;

/** The options page: the global switch and the installed claim packs. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saves, setSaves] = useState(0);
  const [damaged, setDamaged] = useState<string[]>([]);
  const saved = () => setSaves((n) => n + 1);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (!saves) return;
    setStatus(t('optionsSaved'));
    const timer = setTimeout(() => setStatus(''), SAVED_STATUS_MS);
    return () => clearTimeout(timer);
  }, [saves]);

  useEffect(() => {
    void loadAndRepairSettings().then((read) => {
      setSettings(read.settings);
      setDamaged(read.damaged);
    });
  }, []);

  const update = async (patch: Partial<Settings>) => {
    setSettings(await saveSettings(patch));
    saved();
  };

  return (
    <main>
      <h1>{t('optionsHeading')}</h1>
      <p class="muted">{t('optionsPrivacy')}</p>
      {damaged.length > 0 && (
        <p class="settings-repaired" role="alert" id="settings-repaired">
          {t('optionsSettingsRepaired', [
            damaged.map((key) => t(SETTING_NAME[key as keyof typeof SETTING_NAME])).join(', '),
          ])}
        </p>
      )}
      {settings && (
        <label class="setting">
          <input
            id="enabled"
            type="checkbox"
            checked={settings.enabled}
            aria-describedby="enabled-help"
            onChange={(event) => void update({ enabled: event.currentTarget.checked })}
          />
          <span>
            {t('optionsEnabled')}
            <span class="help" id="enabled-help">
              {t('optionsEnabledHelp')}
            </span>
          </span>
        </label>
      )}
      {settings && (
        <fieldset class="verdicts" id="verdicts">
          <legend>{t('optionsVerdictsHeading')}</legend>
          {(['discrepant', 'unverified', 'consistent'] as const).map((verdict) => (
            <label key={verdict} class="verdict-choice">
              <input
                type="checkbox"
                checked={settings.show[verdict]}
                onChange={(event) => {
                  const shown = event.currentTarget.checked;
                  void setVerdictShown(verdict, shown).then((next) => {
                    setSettings(next);
                    saved();
                  });
                }}
              />
              <span class={`swatch ${verdict}`} aria-hidden="true" />
              {t(VERDICT_OPTION[verdict])}
            </label>
          ))}
        </fieldset>
      )}
      {settings && (
        <SiteList
          sites={settings.disabledSites}
          onChange={(site, disabled) =>
            void setSiteDisabled(site, disabled).then((next) => {
              setSettings(next);
              saved();
            })
          }
        />
      )}
      {/* Polite: announced when a change is saved, then cleared so it does not stand for later states. */}
      <p class="status" role="status" aria-live="polite" id="options-status">
        {status}
      </p>
      <FeedList />
      <h2>{t('optionsPacksHeading')}</h2>
      <ul class="packs" id="packs">
        <li>
          <strong>{EMBEDDED_PACK.publisher}</strong> ({EMBEDDED_PACK.id}):{' '}
          {t('optionsPackLine', [
            EMBEDDED_PACK.version,
            storiesCount(EMBEDDED_PACK.stories.length),
            formatDate(EMBEDDED_PACK.updated),
          ])}
          <ul>
            {EMBEDDED_PACK.stories.map((story) => (
              <li key={story.id}>{story.title}</li>
            ))}
          </ul>
        </li>
      </ul>
    </main>
  );
}
