import { describe, expect, it } from 'vitest';
import { announcementFor } from './announcement.ts';

const report = (story: { title: string } | null) => ({
  url: 'https://www.news.example/a',
  story,
  counts: { discrepant: 6, consistent: 4, unverified: 2 },
  findings: [],
  signals: [],
});

describe("the popup's announcement", () => {
  it('says nothing before the popup knows what to show', () => {
    expect(announcementFor({ kind: 'loading' })).toBeNull();
    expect(announcementFor({ kind: 'state', state: { status: 'pending' } })).toBeNull();
  });

  it('names the story and its counts when the page retells one', () => {
    const state = { status: 'analysed', report: report({ title: 'Warehouse fire' }) } as never;
    expect(announcementFor({ kind: 'state', state })).toEqual({
      key: 'popupAnnounceStory',
      substitutions: ['Warehouse fire', 6, 4, 2],
    });
  });

  it('tells a page with no known story, a page it cannot read, a site turned off and Sourcelight turned off apart', () => {
    expect(
      announcementFor({
        kind: 'state',
        state: { status: 'analysed', report: report(null) } as never,
      })?.key,
    ).toBe('popupAnnounceNoStory');
    expect(announcementFor({ kind: 'unreadable' })?.key).toBe('popupAnnounceUnreadable');
    expect(
      announcementFor({
        kind: 'state',
        state: { status: 'disabled', url: 'https://www.news.example/a', scope: 'site' },
      }),
    ).toEqual({
      key: 'popupAnnounceSiteOff',
      substitutions: ['www.news.example'],
    });
    expect(
      announcementFor({
        kind: 'state',
        state: { status: 'disabled', url: 'https://news.example/a', scope: 'everywhere' },
      })?.key,
    ).toBe('popupAnnounceOff');
  });
});
