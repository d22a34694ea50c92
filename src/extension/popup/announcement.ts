/**
 * What the popup's live region says once it has read the tab: the state the
 * popup shows, in one sentence (the report itself is read by moving through it).
 */
import type { PageState } from '../messaging/protocol.ts';
import { siteOf } from '../shared/settings.ts';

/** A message name in _locales and its substitutions. */
export interface Announcement {
  key:
    | 'popupAnnounceStory'
    | 'popupAnnounceNoStory'
    | 'popupAnnounceUnreadable'
    | 'popupAnnounceSiteOff'
    | 'popupAnnounceOff';
  substitutions: (string | number)[];
}

export type PopupView =
  { kind: 'loading' } | { kind: 'unreadable' } | { kind: 'state'; state: PageState };

/** Null while there is nothing to say yet (loading, or the page is still being analysed). */
export function announcementFor(view: PopupView): Announcement | null {
  if (view.kind === 'loading') return null;
  if (view.kind === 'unreadable') return { key: 'popupAnnounceUnreadable', substitutions: [] };
  const { state } = view;
  if (state.status === 'pending') return null;
  if (state.status === 'disabled') {
    return state.scope === 'everywhere'
      ? { key: 'popupAnnounceOff', substitutions: [] }
      : { key: 'popupAnnounceSiteOff', substitutions: [siteOf(state.url) ?? ''] };
  }
  const { story, counts } = state.report;
  if (!story) return { key: 'popupAnnounceNoStory', substitutions: [] };
  return {
    key: 'popupAnnounceStory',
    substitutions: [story.title, counts.discrepant, counts.consistent, counts.unverified],
  };
}
