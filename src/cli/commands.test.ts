import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './run.ts';

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const core = readFileSync('packs/sourcelight-core.json', 'utf8');

describe('sourcelight pack validate', () => {
  it('passes the embedded pack', async () => {
    const result = await cli('pack', 'validate', 'packs/sourcelight-core.json');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /packs\/sourcelight-core\.json: valid \(sourcelight-core \d+\.\d+\.\d+: 2 stories, \d+ facts, \d+ quotes/,
    );
  });

  it('fails a broken copy, naming each problem by its JSON path', async () => {
    const pack = JSON.parse(core);
    pack.stories[0].facts[0].sources = ['no-such-source'];
    pack.stories[0].quotes[0].speaker = 'nobody';
    pack.stories[1].timeline[0].date = '16 November 2016';
    pack.stories[1].colour = 'red';
    const result = await cli('pack', 'validate', file('broken.json', JSON.stringify(pack)));
    expect(result.code).toBe(1);
    expect(result.err.split('\n')).toEqual([
      expect.stringMatching(/broken\.json: invalid, 2 problems$/),
      '  stories[1].timeline[0].date: must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
      '  stories[1].colour: unknown field',
    ]);
    // Once the schema passes, references are checked too.
    delete pack.stories[1].colour;
    pack.stories[1].timeline[0].date = '2016-11-08';
    const refs = await cli('pack', 'validate', file('refs.json', JSON.stringify(pack)));
    expect(refs.err).toContain(
      'stories[0].facts[0].sources[0]: refers to source "no-such-source", which this story does not list',
    );
    expect(refs.err).toContain(
      'stories[0].quotes[0].speaker: refers to entity "nobody", which this story does not define',
    );
  });

  it('explains unreadable files plainly and goes on to the next file', async () => {
    const big = file('big.json', '');
    truncateSync(big, 50 * 1024 * 1024);
    const result = await cli(
      'pack',
      'validate',
      file('empty.json', ''),
      file('blank.json', '  \n '),
      file('binary.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
      file('latin1.json', Buffer.from([0x7b, 0xe9, 0x7d])),
      file('syntax.json', '{\n  "id": "x",\n  "stories": [,]\n}'),
      big,
      join(dir, 'missing.json'),
      dir,
      'packs/sourcelight-core.json',
    );
    expect(result.code).toBe(1);
    const lines = result.err.split('\n').map((l) => l.replace(`${dir}/`, ''));
    expect(lines).toEqual([
      'empty.json: the file is empty',
      'blank.json: the file is empty',
      'binary.json: the file is binary, not text',
      'latin1.json: the file is not UTF-8 text',
      "syntax.json: not valid JSON at line 3, column 15: Unexpected token ','",
      'big.json: the file is 52,428,800 bytes; the limit is 20,971,520 (20 MB)',
      'missing.json: no such file',
      `${dir}: not a file`,
    ]);
    expect(result.out).toMatch(/sourcelight-core\.json: valid/);
    expect(result.err).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });
});

describe('sourcelight pack import-claimreview / export-claimreview', () => {
  it('imports a ClaimReview feed into a valid pack file, and exports it back', async () => {
    const out = join(dir, 'imported.json');
    const imported = await cli(
      'pack',
      'import-claimreview',
      'test/fixtures/claimreview/datafeed.json',
      '--out',
      out,
      '--id',
      'example-desk',
    );
    expect(imported.code).toBe(0);
    expect(imported.err).toContain(
      'datafeed.json: 1 item skipped: no https url for the review (#3)',
    );
    expect(imported.err).toContain('imported 2 claim reviews');
    expect((await cli('pack', 'validate', out)).code).toBe(0);
    const exported = await cli('pack', 'export-claimreview', out);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.out)).toHaveLength(2);
  });

  it('exports the embedded pack to ClaimReview that imports back whole (exit 0), saying which items lack a review page', async () => {
    const feedFile = join(dir, 'core-claimreview.json');
    const exported = await cli(
      'pack',
      'export-claimreview',
      'packs/sourcelight-core.json',
      '--out',
      feedFile,
    );
    expect(exported.code).toBe(0);
    const count = JSON.parse(readFileSync(feedFile, 'utf8')).length;
    expect(exported.err.split('\n')).toEqual([
      `packs/sourcelight-core.json: exported ${count} ClaimReview items`,
      `packs/sourcelight-core.json: ${count} of them have no url (the page of the review), which ClaimReview consumers such as Google's ask for; give the pack a "reviewsUrl", the https page where you publish its reviews`,
    ]);
    const imported = await cli(
      'pack',
      'import-claimreview',
      feedFile,
      '--out',
      join(dir, 'core-reimported.json'),
    );
    expect(imported).toMatchObject({
      code: 0,
      err: `${feedFile}: imported ${count} claim reviews into ${join(dir, 'core-reimported.json')}`,
    });
    expect((await cli('pack', 'validate', join(dir, 'core-reimported.json'))).code).toBe(0);
  });

  it('reports the same reason for skipping many items once, with a count', async () => {
    const item = (n: number) => ({
      '@type': 'ClaimReview',
      claimReviewed: `Claim ${n}`,
      author: { name: 'Desk' },
      reviewRating: { alternateName: 'False' },
    });
    const result = await cli(
      'pack',
      'import-claimreview',
      file('no-urls.json', JSON.stringify([1, 2, 3, 4, 5, 6, 7].map(item))),
    );
    expect(result.code).toBe(1);
    expect(result.err.split('\n').map((l) => l.replace(`${dir}/`, ''))).toEqual([
      'no-urls.json: 7 items skipped: no https url for the review (#1, #2, #3, #4, #5, \u2026)',
      'no-urls.json: nothing imported (no usable ClaimReview items found)',
    ]);
  });

  it('fails on a file with no ClaimReview in it', async () => {
    const result = await cli(
      'pack',
      'import-claimreview',
      file('none.json', '{"@type":"WebPage"}'),
    );
    expect(result).toMatchObject({
      code: 1,
      err: expect.stringContaining('no usable ClaimReview items found'),
    });
  });
});

describe('the installed bin', () => {
  const bin = (args: string[], env: Record<string, string> = {}) => {
    const clean = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) => !['NO_COLOR', 'FORCE_COLOR', 'NODE_DISABLE_COLORS'].includes(k),
      ),
    );
    return spawnSync('node', ['bin/sourcelight.mjs', ...args], {
      encoding: 'utf8',
      env: { ...clean, ...env },
    });
  };

  it('runs the built CLI', () => {
    const result = bin(['pack', 'validate', 'packs/sourcelight-core.json']);
    expect(result).toMatchObject({ status: 0, stderr: '', stdout: expect.stringMatching(/valid/) });
  });

  it('colours the report only where Node would: not into a pipe, but with FORCE_COLOR even there', () => {
    const page = 'demo/pages/rochester-rewrite.html';
    expect(bin(['analyze', page]).stdout).not.toContain('\u001b[');
    expect(bin(['analyze', page], { FORCE_COLOR: '1' }).stdout).toContain(
      '\u001b[31mDISCREPANT, FALSE\u001b[39m',
    );
    expect(bin(['analyze', page], { FORCE_COLOR: '0' }).stdout).not.toContain('\u001b[');
  }, 30_000); // three runs of the bin: over vitest's 5 s default on a loaded machine
});
