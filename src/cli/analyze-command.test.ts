import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server.ts';
import { excerpt } from './report-text.ts';
import { run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-analyze-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function cli(args: string[], stdin?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    {
      today: '2026-11-21',
      ...(stdin !== undefined ? { stdin: Readable.from([Buffer.from(stdin)]) } : {}),
    },
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let server: DemoServer;
beforeAll(async () => {
  server = await startDemoServer();
});
afterAll(() => server.close());

/** A local port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const probe = createTcpServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** A local HTTP server that runs `handle` for each request; closed with its connections. */
async function localServer(
  handle: (req: unknown, res: import('node:http').ServerResponse) => void,
): Promise<{ url: string; server: Server }> {
  const local = createServer(handle);
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(local.address() as AddressInfo).port}/`, server: local };
}
const stop = (local: Server) =>
  new Promise((resolve) => (local.closeAllConnections(), local.close(resolve)));

describe('sourcelight analyze --json', () => {
  it('prints one JSON document with the story, its originals, the findings and the signals', async () => {
    const result = await cli(['analyze', '--json', 'demo/pages/rochester-rewrite.html']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out);
    expect(report).toMatchObject({
      schemaVersion: 3,
      input: { source: 'demo/pages/rochester-rewrite.html', kind: 'html' },
      stories: [
        {
          id: 'rochester-border-patrol-backup-2025',
          confidence: expect.any(Number),
          originals: [
            { publisher: 'New York Post', url: 'https://t.co/9GlR9wPucH', published: '2025-03-28' },
          ],
        },
      ],
    });
    const kinds = report.findings
      .filter((f: { verdict: string }) => f.verdict === 'discrepant')
      .map((f: { kind: string }) => f.kind);
    expect(kinds).toEqual([
      'agency',
      'attribution',
      'agency',
      'number',
      'contradicted',
      'time-context',
    ]);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual([
        'story',
        'verdict',
        'kind',
        'text',
        'claim',
        'original',
        'explanation',
        'nuance',
        'severity',
        'comparison',
        'diff',
        'sources',
      ]);
      expect(f.sources.length).toBeGreaterThan(0);
    }
    expect(report.signals.map((s: { kind: string }) => s.kind)).toEqual(
      expect.arrayContaining(['spam', 'generated-text']),
    );
  });

  it("gives a typed comparison its slot, the page's value and the record's, in JSON and in the text report", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-compare-'));
    const file = join(dir, 'page.txt');
    writeFileSync(
      file,
      'Rochester police answered a Border Patrol call for backup on Whitney Street.\nThe van was stopped on Main Street on Monday.\n',
    );
    const json = JSON.parse((await cli(['analyze', '--json', file])).out);
    const street = json.findings.find((f: { text: string }) => f.text.includes('Main Street'));
    expect(street).toMatchObject({
      verdict: 'discrepant',
      kind: 'place',
      claim: 'event:stop',
      comparison: [
        { slot: 'street', page: 'Main Street', record: 'Whitney Street and Lyell Avenue' },
      ],
    });
    expect(
      json.findings.find((f: { text: string }) => f.text.includes('Whitney Street.')),
    ).toMatchObject({ verdict: 'consistent', comparison: [] });
    const text = await cli(['analyze', file]);
    expect(text.out).toContain(
      'street: page: Main Street · record: Whitney Street and Lyell Avenue',
    );
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives an empty report for an unrelated page, and still exits 0', async () => {
    const result = await cli(['analyze', '--json', 'demo/pages/unrelated-rochester-lilacs.html']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toMatchObject({ stories: [], findings: [], signals: [] });
  });

  it('reads plain text from standard input', async () => {
    const result = await cli(
      ['analyze', '--json', '-'],
      'Rochester police answered a call for backup. ICE agents called the Rochester police for backup at a traffic stop.\n',
    );
    expect(JSON.parse(result.out)).toMatchObject({
      input: { kind: 'text' },
      findings: [{ verdict: 'discrepant', kind: 'agency' }],
    });
  });

  it('fetches a URL', async () => {
    const result = await cli(['analyze', '--json', `${server.url}police-chiefs-undated.html`]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).stories[0].id).toBe('police-chiefs-immigration-2016');
  });

  it('uses the packs given with --pack instead of the embedded one', async () => {
    const result = await cli([
      'analyze',
      '--json',
      '--pack',
      'test/fixtures/packs/valid/two-small-stories.json',
      'demo/pages/rochester-rewrite.html',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).stories).toEqual([]);
  });
});

describe('sourcelight analyze, readable report', () => {
  it('lists the story, the originals and each discrepancy with the record and the reason', async () => {
    const result = await cli(['analyze', 'demo/pages/rochester-rewrite.html']);
    expect(result.out).toContain(
      'Rochester police answer a Border Patrol call for backup (March 2025)',
    );
    expect(result.out).toMatch(/6 discrepant · \d+ consistent · \d+ unverified/);
    expect(result.out).toContain('DISCREPANT, FALSE (number)');
    expect(result.out).toContain('Why: Eight is the estimate');
    expect(result.out).not.toContain('\u001b['); // no colour when not asked for
  });

  it('speaks words, not ids: kinds and signals in words, no bare confidence figure', async () => {
    const { out } = await cli(['analyze', 'demo/pages/rochester-rewrite.html']);
    expect(out).toContain('DISCREPANT, FALSE (time context) As the Biden administration');
    expect(out).toContain('UNVERIFIED (unverified claim) ');
    // The pack calls ICE for an HSI and Border Patrol stop partly right: the report says so.
    expect(out).toContain('DISCREPANT, IMPRECISE (which agency) ');
    expect(out).toContain(
      '  No link to the original: The page does not link to the original report',
    );
    expect(out).not.toMatch(
      /\((time-context|unverified-claim|agency)\)|no-original-link|generated-text|confidence/,
    );
  });

  it('says what each consistent sentence agrees with: the record', async () => {
    const { out } = await cli(['analyze', 'demo/pages/rochester-rewrite.html']);
    expect(out).toContain(
      "CONSISTENT (statement of fact) The officers' union, the Locust Club, called the mayor's comments an overreaction.\n  Agrees with the record: The Rochester Police Locust Club defended the officers",
    );
  });

  it('names standard input as such', async () => {
    const related = await cli(
      ['analyze', '-'],
      'Rochester police answered a call for backup. ICE agents called the Rochester police for backup at a traffic stop.\n',
    );
    expect(related.out).toContain('Recognised in standard input.');
    const unrelated = await cli(['analyze', '-'], 'Lilacs bloom in Highland Park every May.\n');
    expect(unrelated.out).toBe(
      'standard input: no known story. Sourcelight has nothing to say about this page.',
    );
  });

  it('cuts excerpts at a word, with an ellipsis', () => {
    expect(excerpt('short enough')).toBe('short enough');
    const long =
      'WATCH NOW: The ten spookiest abandoned hospitals in America, ranked by our readers and then ranked again by our editors';
    expect(excerpt(long, 62)).toBe('WATCH NOW: The ten spookiest abandoned hospitals in America…');
    expect(excerpt('a '.repeat(30) + 'end', 61)).toMatch(/^(a ){29}a…$/);
  });
});

describe('sourcelight analyze, bad input', () => {
  it('explains each unreadable input on stderr and exits 1, with nothing on stdout', async () => {
    const big = file('big.html', '');
    truncateSync(big, 21 * 1024 * 1024);
    const cases: [string[], RegExp][] = [
      [['analyze', file('empty.html', '')], /the file is empty/],
      [['analyze', file('binary.bin', Buffer.from([1, 2, 0, 3]))], /binary, not text/],
      [['analyze', big], /the file is 22,020,096 bytes; the limit is 20,971,520 \(20 MB\)/],
      [['analyze', join(dir, 'missing.html')], /no such file/],
      [['analyze', 'http://127.0.0.1:9/page.html'], /port 9 is reserved for other services/],
      [['analyze', `${server.url}nothing-here.html`], /the server answered 404/],
      [['analyze', 'ftp://example.org/a'], /only http and https/],
      [
        [
          'analyze',
          '--pack',
          file('bad-pack.json', '{"format":"x"}'),
          'demo/pages/rochester-rewrite.html',
        ],
        /not a valid pack/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.err, args.join(' ')).toMatch(message);
      expect(result.out).toBe('');
      expect(result.err).not.toMatch(/\bat .+:\d+:\d+/);
    }
    const empty = await cli(['analyze', '-'], '');
    expect(empty).toMatchObject({ code: 1, err: 'standard input is empty' });
  });

  it('gives exact sizes for a file one byte over the limit', async () => {
    const over = file('over.html', '');
    truncateSync(over, 20 * 1024 * 1024 + 1);
    expect((await cli(['analyze', over])).err).toBe(
      `${over}: the file is 20,971,521 bytes; the limit is 20,971,520 (20 MB)`,
    );
  });

  it('says in words why an address could not be fetched: refused, no such host, no answer in time', async () => {
    const port = await closedPort();
    expect(await cli(['analyze', `http://127.0.0.1:${port}/page.html`])).toMatchObject({
      code: 1,
      out: '',
      err: `http://127.0.0.1:${port}/page.html: the connection was refused: nothing is listening at 127.0.0.1:${port}`,
    });
    const unknown = await cli(['analyze', 'http://no-such-host.invalid/page.html']);
    expect(unknown).toMatchObject({
      code: 1,
      err: 'http://no-such-host.invalid/page.html: there is no host named no-such-host.invalid',
    });
    const silent = await localServer(() => undefined);
    try {
      const started = Date.now();
      const result = await cli(['analyze', '--timeout', '0.3', silent.url]);
      expect(result).toMatchObject({
        code: 1,
        err: `${silent.url}: no answer from ${new URL(silent.url).host} within 0.3 seconds; try again later, or give more time with --timeout`,
      });
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await stop(silent.server);
    }
    expect(await cli(['analyze', '--timeout', 'soon', silent.url])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--timeout needs a number of seconds'),
    });
  });
});

describe('sourcelight analyze, character sets', () => {
  // "Café" in windows-1252 / ISO-8859-1: é is the single byte 0xE9, not UTF-8.
  const page = (head: string) =>
    Buffer.concat([
      Buffer.from(
        `<!doctype html><html><head>${head}<title>x</title></head><body><article><p>Rochester police answered a call for backup. ICE agents called the Rochester police for backup at a traffic stop by the Caf`,
      ),
      Buffer.from([0xe9]),
      Buffer.from(' Roma.</p></article></body></html>'),
    ]);
  const decoded = async (args: string[]) => {
    const result = await cli(['analyze', '--json', ...args]);
    expect(result.err).toBe('');
    return (JSON.parse(result.out) as { findings: { text: string }[] }).findings
      .map((f) => f.text)
      .join(' ');
  };

  it('decodes an HTML file with the character set it declares', async () => {
    expect(
      await decoded([file('meta-charset.html', page('<meta charset="windows-1252">'))]),
    ).toContain('by the Café Roma.');
    expect(
      await decoded([
        file(
          'http-equiv.html',
          page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
        ),
      ]),
    ).toContain('by the Café Roma.');
    expect((await cli(['analyze', file('undeclared.html', page(''))])).err).toMatch(
      /the file is not UTF-8 text$/,
    );
    expect(
      (await cli(['analyze', file('unknown.html', page('<meta charset="klingon-1">'))])).err,
    ).toMatch(/declares the character set "klingon-1", which Sourcelight cannot decode$/);
  });

  it('decodes a page with the charset of the HTTP Content-Type', async () => {
    const latin = await localServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=ISO-8859-1' }).end(page('')),
    );
    try {
      expect(await decoded([latin.url])).toContain('by the Café Roma.');
    } finally {
      await stop(latin.server);
    }
  });
});
