import { useEffect, useState } from 'preact/hooks';
import { askContent } from '../messaging/messenger.ts';
import type { PageState } from '../messaging/protocol.ts';
import type { PageReport, ReportedFinding } from '../shared/page-report.ts';
import { loadSettings, siteOf } from '../shared/settings.ts';
import { activeTabId, extensionUrl, openOptionsPage, t, tabInfo } from '../platform/browser-api.ts';
import { announcementFor } from './announcement.ts';
import { silentTabView } from './silent-tab.ts';
import { ConsistentList } from './components/ConsistentList.tsx';
import { FindingList } from './components/FindingList.tsx';
import { JumpLinks, type JumpTarget } from './components/JumpLinks.tsx';
import { MarkLegend } from './components/MarkLegend.tsx';
import { OriginalsList } from './components/OriginalsList.tsx';
import { SignalList } from './components/SignalList.tsx';
import { ShortcutHint } from './components/ShortcutHint.tsx';
import { SiteSwitch } from './components/SiteSwitch.tsx';
import { Timeline } from './components/Timeline.tsx';
import { VerdictSummary } from './components/VerdictSummary.tsx';

export interface AppProps {
  /** The tab to describe; the active tab when left out (tests open the popup as a page with ?tab=). */
  tabId?: number | undefined;
}

/** `silent`: no content script answered, so the state was inferred from the tab's address. */
type View =
  | { kind: 'loading' }
  | { kind: 'unreadable' }
  | { kind: 'state'; state: PageState; silent?: boolean };

/** The toolbar popup: what Sourcelight found on the current tab. */
export function App({ tabId }: AppProps) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [shownTab, setShownTab] = useState<number | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let silences = 0;
    const load = async () => {
      const id = tabId ?? (await activeTabId());
      if (id === undefined) return setView({ kind: 'unreadable' });
      setShownTab(id);
      try {
        const state = await askContent(id, 'get-page-state', null);
        if (!cancelled) setView({ kind: 'state', state });
        // The content script may still be analysing: ask again shortly.
        if (state.status === 'pending' && !cancelled) setTimeout(load, 150);
      } catch {
        // No content script answered: an unrelated web page, a page Sourcelight cannot read, or one
        // whose engine is still loading (ask once more before deciding).
        if (silences++ === 0 && !cancelled) return void setTimeout(load, 300);
        const next = silentTabView(await tabInfo(id), await loadSettings());
        if (!cancelled) setView(next.kind === 'state' ? { ...next, silent: true } : next);
        if (next.kind === 'loading' && !cancelled) setTimeout(load, 300);
      }
    };
    void load();
    return () => {
      cancelled = true;
    };
  }, [tabId, generation]);

  return (
    <main aria-busy={view.kind === 'loading'}>
      <header class="bar">
        <h1>
          <img src={extensionUrl('icons/icon-32.png')} alt="" />
          {t('popupHeading')}
        </h1>
        <button type="button" class="linkish" onClick={() => void openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </header>
      <PopupBody
        view={view}
        onShow={
          shownTab === undefined
            ? null
            : (finding) => void showInPage(shownTab, finding, tabId !== undefined, setStatus)
        }
      />
      {view.kind === 'state' &&
        view.state.status !== 'pending' &&
        !(view.state.status === 'disabled' && view.state.scope === 'everywhere') && (
          <SiteSwitch
            url={view.state.status === 'disabled' ? view.state.url : view.state.report.url}
            off={view.state.status === 'disabled'}
            // The page hears of the change through storage; ask it again once it has.
            onChanged={() => setTimeout(() => setGeneration((g) => g + 1), 200)}
          />
        )}
      <p class="status" role="status">
        {status}
      </p>
      {/* Says what the popup shows, once it knows; the report itself is read by moving through it. */}
      <p class="visually-hidden" aria-live="polite" id="popup-announcement">
        {announcementText(view)}
      </p>
    </main>
  );
}

function announcementText(view: View): string {
  const announcement = announcementFor(view);
  return announcement ? t(announcement.key, announcement.substitutions) : '';
}

/**
 * Scrolls the tab to a finding and opens its card. The toolbar popup then
 * closes, so the reader lands on the sentence; opened as a page (tests) it stays.
 */
async function showInPage(
  tabId: number,
  finding: ReportedFinding,
  openedAsPage: boolean,
  setStatus: (text: string) => void,
) {
  const shown = await askContent(tabId, 'show-finding', {
    claimId: finding.claimId,
    text: finding.text,
  }).catch(() => false);
  if (!shown) return setStatus(t('popupShowFailed'));
  setStatus('');
  if (!openedAsPage) window.close();
}

function PopupBody({
  view,
  onShow,
}: {
  view: View;
  onShow: ((finding: ReportedFinding) => void) | null;
}) {
  if (view.kind === 'loading') return null;
  if (view.kind === 'unreadable')
    return (
      <p class="empty" id="empty-state">
        {t('popupEmptyUnreadable')}
      </p>
    );
  const { state } = view;
  if (state.status === 'pending') return null;
  if (state.status === 'disabled') {
    return (
      <p class="empty" id="empty-state">
        {state.scope === 'everywhere'
          ? t('popupEmptyDisabled')
          : t('popupEmptySiteDisabled', [siteOf(state.url) ?? ''])}
      </p>
    );
  }
  const { report } = state;
  if (!report.story)
    return (
      <p class="empty" id="empty-state">
        {t(view.silent ? 'popupEmptySilent' : 'popupEmptyUnrelated')}
      </p>
    );
  return (
    <>
      <p class="story-label">{t('popupStoryLabel')}</p>
      <h2 class="story-title" id="story-title">
        {report.story.title}
      </h2>
      <VerdictSummary counts={report.counts} />
      <JumpLinks targets={jumpTargets(report)} />
      <MarkLegend />
      <h2>{t('popupOriginalsHeading')}</h2>
      <OriginalsList originals={report.story.originals} />
      <FindingList findings={report.findings} onShow={onShow} />
      {report.findings.length > 0 && <ShortcutHint />}
      <ConsistentList findings={report.findings} />
      <SignalList signals={report.signals} />
      <Timeline story={report.story} findings={report.findings} />
    </>
  );
}

/** The sections the report has, in the popup's order, for the jump links. */
function jumpTargets(report: PageReport): JumpTarget[] {
  const story = report.story;
  return [
    { heading: 'discrepancies-heading', label: t('popupDiscrepanciesHeading') },
    ...(report.findings.some((f) => f.verdict === 'consistent')
      ? [{ heading: 'consistent-heading', label: t('popupConsistentHeading') }]
      : []),
    ...(report.signals.length > 0
      ? [{ heading: 'signals-heading', label: t('popupSignalsHeading') }]
      : []),
    ...(story && (story.timeline.length > 0 || report.findings.some((f) => f.refersTo))
      ? [{ heading: 'timeline-heading', label: t('popupTimelineHeading') }]
      : []),
  ];
}
