/**
 * What the popup says about a tab whose content script does not answer. The
 * content script answers only pages that may retell a known story (on the
 * others it touches no extension API, to cost them nothing), so silence on a
 * web page means "no known story here"; anywhere else it means Sourcelight
 * cannot read the page. The address of a web page is visible through the
 * host access the content script's sites already need.
 */
import type { PageState } from '../messaging/protocol.ts';
import { annotatesUrl, type Settings } from '../shared/settings.ts';

export type SilentTabView =
  { kind: 'unreadable' } | { kind: 'loading' } | { kind: 'state'; state: PageState };

export function silentTabView(
  tab: { url?: string | undefined; status?: string | undefined },
  settings: Settings,
): SilentTabView {
  const { url } = tab;
  if (!url || !/^https?:\/\//i.test(url)) return { kind: 'unreadable' };
  // Still loading: the content script runs once the page is idle.
  if (tab.status === 'loading') return { kind: 'loading' };
  if (!annotatesUrl(settings, url))
    return {
      kind: 'state',
      state: { status: 'disabled', url, scope: settings.enabled ? 'site' : 'everywhere' },
    };
  return {
    kind: 'state',
    state: {
      status: 'analysed',
      report: {
        url,
        story: null,
        counts: { discrepant: 0, consistent: 0, unverified: 0 },
        findings: [],
        signals: [],
      },
    },
  };
}
