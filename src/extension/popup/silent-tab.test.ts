import { describe, expect, it } from 'vitest';
import { parseSettings } from '../shared/settings.ts';
import { silentTabView } from './silent-tab.ts';

const settings = parseSettings({});

describe('silentTabView', () => {
  it('calls a silent web page one with no known story', () => {
    const view = silentTabView({ url: 'https://news.example/a', status: 'complete' }, settings);
    expect(view).toEqual({
      kind: 'state',
      state: {
        status: 'analysed',
        report: expect.objectContaining({
          url: 'https://news.example/a',
          story: null,
          findings: [],
        }),
      },
    });
  });

  it('cannot read a tab whose address it cannot see, or that is not a web page', () => {
    expect(silentTabView({}, settings)).toEqual({ kind: 'unreadable' });
    expect(silentTabView({ url: 'chrome://extensions/' }, settings)).toEqual({
      kind: 'unreadable',
    });
    expect(silentTabView({ url: 'file:///home/a.pdf' }, settings)).toEqual({ kind: 'unreadable' });
  });

  it('waits for a page still loading', () => {
    expect(silentTabView({ url: 'https://news.example/a', status: 'loading' }, settings)).toEqual({
      kind: 'loading',
    });
  });

  it('says when Sourcelight is off, for the site or everywhere', () => {
    const offHere = parseSettings({ disabledSites: ['news.example'] });
    expect(silentTabView({ url: 'https://news.example/a' }, offHere)).toEqual({
      kind: 'state',
      state: { status: 'disabled', url: 'https://news.example/a', scope: 'site' },
    });
    expect(
      silentTabView({ url: 'https://news.example/a' }, parseSettings({ enabled: false })),
    ).toEqual({
      kind: 'state',
      state: { status: 'disabled', url: 'https://news.example/a', scope: 'everywhere' },
    });
  });
});
