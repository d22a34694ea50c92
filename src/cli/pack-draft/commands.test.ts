import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOn } from '../test-cli-run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-draft-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const D = 'eval/draft-story';

const cli = cliOn('2026-12-01');

describe('sourcelight pack draft / review / test', () => {
  const story = join(dir, 'story.json');

  it('drafts the pack and its provenance, and says which report it left out', async () => {
    const r = await cli(
      'pack',
      'draft',
      `${D}/original.html`,
      '--corroborate',
      `${D}/corroborating-wire.html`,
      '--corroborate',
      `${D}/unrelated-report.html`,
      '--out',
      story,
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/drafted story "copper-wire-theft-ring-broken-2026".*1 unsettled value/);
    expect(r.err).toContain('unrelated-report.html: left out: unrelated');
    expect(existsSync(join(dir, 'story.provenance.json'))).toBe(true);
    expect((await cli('pack', 'validate', story)).code).toBe(0);
  });

  it('reviews it: each value with its sentence and confidence, and what is unsettled; --html writes an escaped page', async () => {
    const html = join(dir, 'review.html');
    const r = await cli('pack', 'review', story, '--html', html);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Unsettled (1)');
    expect(r.out).toMatch(/spokane-ledger-2026-10-07 says 4: “SPOKANE, Wash\./);
    expect(r.out).toMatch(
      /inland-northwest-wire-2026-10-07 says 5: “\(INW\) — Five people were arrested/,
    );
    expect(r.out).toMatch(/date: 2026-10-06 {3}\[high; a full date, its weekday checked\]/);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<h2>Unsettled</h2>');
    expect(page).not.toMatch(/<script/i);
  });

  it('tests it over labelled pages and prints the totals', async () => {
    const pages = ['tv-web-update.html', 'unrelated-spokane-streetlights.html'].map(
      (f) => `${D}/pages/${f}`,
    );
    const r = await cli('pack', 'test', story, ...pages, '--labels', `${D}/labels.json`);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /tv-web-update\.html: story copper-wire-theft-ring-broken-2026; errors found 3\/3; false alarms 0/,
    );
    expect(r.out).toMatch(
      /Total over 2 labelled pages: recall 100% \(3\/3\).*unrelated pages with a story or finding 0\/1/,
    );
    expect(r.out).toMatch(/note: labelled page accurate\.html was not given/);
  });

  it('refuses a page that is not a report, and writes no pack', async () => {
    const links = join(dir, 'links.html');
    writeFileSync(
      links,
      `<html><body><main><ul>${'<li><a href="/x">A headline about something else entirely today</a></li>'.repeat(30)}</ul></main></body></html>`,
    );
    const out = join(dir, 'none.json');
    const r = await cli('pack', 'draft', links, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/could not find a report here \(the page is mostly links\)/);
    expect(existsSync(out)).toBe(false);
  });

  it('needs --out, and a review of a file that is no pack fails plainly', async () => {
    expect((await cli('pack', 'draft', `${D}/original.html`)).code).toBe(2);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "sourcelight-pack"}');
    const r = await cli('pack', 'review', bad);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/not a valid pack/);
  });
});
