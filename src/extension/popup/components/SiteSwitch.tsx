import { t } from '../../platform/browser-api.ts';
import { setSiteDisabled, siteOf } from '../../shared/settings.ts';

export interface SiteSwitchProps {
  url: string;
  /** Whether Sourcelight is off on this page's site now. */
  off: boolean;
  /** Called once the setting is saved (the page has already been told, through storage). */
  onChanged(): void;
}

/** Turns Sourcelight off, or back on, for the site of the current page. */
export function SiteSwitch({ url, off, onChanged }: SiteSwitchProps) {
  const site = siteOf(url);
  if (!site) return null;
  return (
    <p class="site-switch">
      <button type="button" id="site-switch" onClick={() => void setSiteDisabled(site, !off).then(onChanged)}>
        {t(off ? 'popupSiteOn' : 'popupSiteOff', [site])}
      </button>
    </p>
  );
}
