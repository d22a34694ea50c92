import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from '../platform/fake-browser.ts';
import {
  annotatesUrl,
  loadSettings,
  onSettingsChange,
  parseSettings,
  rulesCovering,
  saveSettings,
  setSiteDisabled,
  siteOf,
  turnSiteOn,
} from './settings.ts';

const DEFAULTS = {
  enabled: true,
  disabledSites: [],
  show: { discrepant: true, consistent: true, unverified: true },
};

describe('settings', () => {
  beforeEach(() => fakeBrowser.local.clear());

  it('defaults to annotating every page with every verdict', async () => {
    expect(await loadSettings()).toEqual(DEFAULTS);
  });

  it('keeps every field it can from a damaged record', () => {
    expect(parseSettings({ enabled: false, junk: 1 })).toEqual({ ...DEFAULTS, enabled: false });
    expect(parseSettings({ enabled: 'no' })).toEqual(DEFAULTS);
    expect(parseSettings('corrupted')).toEqual(DEFAULTS);
    expect(parseSettings(null)).toEqual(DEFAULTS);
  });

  it('keeps the valid sites of a damaged list and the valid switches of a damaged group', () => {
    const parsed = parseSettings({
      disabledSites: ['news.example', 42, '<script>', 'blog.example'],
      show: { consistent: false, unverified: 'x' },
    });
    expect(parsed.disabledSites).toEqual(['news.example', 'blog.example']);
    expect(parsed.show).toEqual({ discrepant: true, consistent: false, unverified: true });
    expect(parseSettings({ disabledSites: 'news.example' }).disabledSites).toEqual([]);
  });

  it('saves a change and tells listeners', async () => {
    const seen: boolean[] = [];
    const stop = onSettingsChange((s) => seen.push(s.enabled));
    await saveSettings({ enabled: false });
    expect(await loadSettings()).toEqual({ ...DEFAULTS, enabled: false });
    expect(seen).toEqual([false]);
    stop();
    await saveSettings({ enabled: true });
    expect(seen).toEqual([false]);
  });

  it('turns a site off and on without touching the others', async () => {
    await setSiteDisabled('b.example', true);
    await setSiteDisabled('a.example', true);
    expect((await loadSettings()).disabledSites).toEqual(['a.example', 'b.example']);
    await setSiteDisabled('b.example', false);
    expect((await loadSettings()).disabledSites).toEqual(['a.example']);
  });
});

describe('quick successive changes', () => {
  beforeEach(() => fakeBrowser.local.clear());

  it('are applied one after another, none lost', async () => {
    const { setVerdictShown } = await import('./settings.ts');
    await Promise.all([
      setVerdictShown('consistent', false),
      setVerdictShown('discrepant', false),
      setSiteDisabled('a.example', true),
      setSiteDisabled('b.example', true),
    ]);
    expect(await loadSettings()).toMatchObject({
      show: { consistent: false, discrepant: false, unverified: true },
      disabledSites: ['a.example', 'b.example'],
    });
  });
});

describe('which pages are annotated', () => {
  it('names a site by its whole host, "www." kept', () => {
    expect(siteOf('https://www.News.example/a?b#c')).toBe('www.news.example');
    expect(siteOf('https://News.example./a')).toBe('news.example');
    expect(siteOf('http://127.0.0.1:4517/x.html')).toBe('127.0.0.1');
    expect(siteOf('chrome://extensions')).toBeNull();
    expect(siteOf('http://[::1]:8080/')).toBeNull();
    expect(siteOf('not a url')).toBeNull();
  });

  it('skips a disabled site and its subdomains, and everything when turned off globally', () => {
    const settings = { ...DEFAULTS, disabledSites: ['news.example'] };
    expect(annotatesUrl(settings, 'https://news.example/a')).toBe(false);
    expect(annotatesUrl(settings, 'https://live.news.example/a')).toBe(false);
    expect(annotatesUrl(settings, 'https://othernews.example/a')).toBe(true);
    expect(annotatesUrl({ ...DEFAULTS, enabled: false }, 'https://othernews.example/a')).toBe(
      false,
    );
  });

  it('a rule for www.example.com covers that host only; a rule for example.com covers www. too', () => {
    const www = { ...DEFAULTS, disabledSites: ['www.example.com'] };
    expect(annotatesUrl(www, 'https://www.example.com/a')).toBe(false);
    expect(annotatesUrl(www, 'https://example.com/a')).toBe(true);
    expect(annotatesUrl(www, 'https://news.example.com/a')).toBe(true);
    const domain = { ...DEFAULTS, disabledSites: ['example.com'] };
    expect(annotatesUrl(domain, 'https://www.example.com/a')).toBe(false);
    expect(annotatesUrl(domain, 'https://badexample.com/a')).toBe(true);
    expect(
      rulesCovering(['example.com', 'news.example.com', 'other.example'], 'live.news.example.com'),
    ).toEqual(['example.com', 'news.example.com']);
  });
});

describe('turning a site back on', () => {
  beforeEach(() => fakeBrowser.local.clear());

  it('removes every rule that covers the host, and no other', async () => {
    await saveSettings({ disabledSites: ['example.com', 'news.example.com', 'other.example'] });
    await turnSiteOn('live.news.example.com');
    expect((await loadSettings()).disabledSites).toEqual(['other.example']);
  });
});

describe('damaged settings', () => {
  beforeEach(() => fakeBrowser.local.clear());

  it('names each damaged field, and nothing for a missing record or a missing field', async () => {
    const { readSettings } = await import('./settings.ts');
    expect(readSettings(undefined).damaged).toEqual([]);
    expect(readSettings({ enabled: false }).damaged).toEqual([]);
    expect(
      readSettings({ enabled: 'yes', disabledSites: ['a.example', 7], show: { consistent: false } })
        .damaged,
    ).toEqual(['enabled', 'disabledSites']);
    expect(readSettings('{"enabled": tr').damaged).toEqual(['enabled', 'disabledSites', 'show']);
  });

  it('writes the repaired record back, keeping what it could', async () => {
    const { loadAndRepairSettings } = await import('./settings.ts');
    fakeBrowser.local.set('settings', { enabled: false, disabledSites: ['a.example', '<b>'] });
    const { settings, damaged } = await loadAndRepairSettings();
    expect(damaged).toEqual(['disabledSites']);
    expect(settings).toMatchObject({ enabled: false, disabledSites: ['a.example'] });
    expect(await loadSettings()).toEqual(settings);
    expect((await loadAndRepairSettings()).damaged).toEqual([]);
  });
});
