import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/browser-api.ts';
import {
  loadSettings,
  rulesCovering,
  setSiteDisabled,
  siteOf,
  turnSiteOn,
} from '../../shared/settings.ts';

export interface SiteSwitchProps {
  url: string;
  /** Whether Sourcelight is off on this page's site now. */
  off: boolean;
  /** Called once the setting is saved (the page has already been told, through storage). */
  onChanged(): void;
}

/**
 * Turns Sourcelight off for the page's host exactly as it is (www.example.com
 * stays www.example.com: the popup cannot tell a site from a public suffix such
 * as gov.uk, and the options page, which can, adds wider rules), or back on by
 * removing every rule that covers the host, named on the button.
 */
export function SiteSwitch({ url, off, onChanged }: SiteSwitchProps) {
  const site = siteOf(url);
  const [covering, setCovering] = useState<string[]>([]);
  useEffect(() => {
    if (site && off)
      void loadSettings().then((settings) =>
        setCovering(rulesCovering(settings.disabledSites, site)),
      );
  }, [site, off]);
  if (!site) return null;
  return (
    <p class="site-switch">
      <button
        type="button"
        id="site-switch"
        onClick={() => void (off ? turnSiteOn(site) : setSiteDisabled(site, true)).then(onChanged)}
      >
        {t(off ? 'popupSiteOn' : 'popupSiteOff', [
          off && covering.length ? covering.join(', ') : site,
        ])}
      </button>
    </p>
  );
}
