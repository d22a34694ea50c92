import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server.ts';
import { run } from './main.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-analyze-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function cli(args: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, {
    today: '2026-11-21',
    ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.close());

describe('sourcelight analyze --json', () => {
  it('prints one JSON document with the story, its originals, the findings and the signals', async () => {
    const result = await cli(['analyze', '--json', 'demo/pages/rochester-rewrite.html']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({
      schemaVersion: 1,
      input: { source: 'demo/pages/rochester-rewrite.html', kind: 'html' },
      stories: [{ id: 'rochester-border-patrol-backup-2025', confidence: expect.any(Number), originals: [{ publisher: 'New York Post', url: 'https://t.co/9GlR9wPucH', published: '2025-03-28' }] }],
    });
    const kinds = report.findings.filter((f: { verdict: string }) => f.verdict === 'discrepant').map((f: { kind: string }) => f.kind);
    expect(kinds).toEqual(['agency', 'attribution', 'agency', 'number', 'contradicted', 'time-context']);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual(['story', 'verdict', 'kind', 'text', 'claim', 'original', 'explanation', 'nuance', 'sources']);
      expect(f.sources.length).toBeGreaterThan(0);
    }
    expect(report.signals.map((s: { kind: string }) => s.kind)).toEqual(expect.arrayContaining(['spam', 'generated-text']));
  });

  it('gives an empty report for an unrelated page, and still exits 0', async () => {
    const result = await cli(['analyze', '--json', 'demo/pages/unrelated-rochester-lilacs.html']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ stories: [], findings: [], signals: [] });
  });

  it('reads plain text from standard input', async () => {
    const result = await cli(['analyze', '--json', '-'], 'Rochester police answered a call for backup. ICE agents called the Rochester police for backup at a traffic stop.\n');
    expect(JSON.parse(result.out)).toMatchObject({ input: { kind: 'text' }, findings: [{ verdict: 'discrepant', kind: 'agency' }] });
  });

  it('fetches a URL', async () => {
    const result = await cli(['analyze', '--json', `${server.url}police-chiefs-undated.html`]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).stories[0].id).toBe('police-chiefs-immigration-2016');
  });

  it('uses the packs given with --pack instead of the embedded one', async () => {
    const result = await cli(['analyze', '--json', '--pack', 'test/fixtures/packs/valid/two-small-stories.json', 'demo/pages/rochester-rewrite.html']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).stories).toEqual([]);
  });
});

describe('sourcelight analyze, readable report', () => {
  it('lists the story, the originals and each discrepancy with the record and the reason', async () => {
    const result = await cli(['analyze', 'demo/pages/rochester-rewrite.html']);
    expect(result.out).toContain('Rochester police answer a Border Patrol call for backup (March 2025)');
    expect(result.out).toMatch(/6 discrepant · \d+ consistent · \d+ unverified/);
    expect(result.out).toContain('DISCREPANT (number)');
    expect(result.out).toContain('Why: Eight is the estimate');
    expect(result.out).not.toContain('\u001b['); // no colour when not asked for
  });
});

describe('sourcelight analyze, bad input', () => {
  it('explains each unreadable input on stderr and exits 1, with nothing on stdout', async () => {
    const big = file('big.html', '');
    truncateSync(big, 21 * 1024 * 1024);
    const cases: [string[], RegExp][] = [
      [['analyze', file('empty.html', '')], /the file is empty/],
      [['analyze', file('binary.bin', Buffer.from([1, 2, 0, 3]))], /binary, not text/],
      [['analyze', big], /the file is 21\.0 MB; the limit is 20 MB/],
      [['analyze', join(dir, 'missing.html')], /no such file/],
      [['analyze', 'http://127.0.0.1:9/page.html'], /cannot fetch it/],
      [['analyze', `${server.url}nothing-here.html`], /the server answered 404/],
      [['analyze', 'ftp://example.org/a'], /only http and https/],
      [['analyze', '--pack', file('bad-pack.json', '{"format":"x"}'), 'demo/pages/rochester-rewrite.html'], /not a valid pack/],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err, args.join(' ')).toMatch(message);
      expect(result.out).toBe('');
      expect(result.err).not.toMatch(/\bat .+:\d+:\d+/);
    }
    const empty = await cli(['analyze', '-'], '');
    expect(empty).toMatchObject({ code: 1, err: expect.stringContaining('standard input is empty') });
  });
});
