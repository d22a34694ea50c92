import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../src/engine/index.ts';
import { formatProblem, parsePack } from '../src/pack/parse-pack.ts';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('shows a claim-pack example that validates and works as described', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(
      readme.slice(readme.indexOf('## Claim packs')),
    )?.[1];
    expect(block).toBeDefined();
    const result = parsePack(JSON.parse(block as string));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    const analysis = analyzeText(
      'Fire at Pier 4. Three firefighters were hurt in the blaze.',
      indexPacks([result.pack]),
    );
    expect(analysis.findings).toMatchObject([{ verdict: 'discrepant', claimId: 'fact:injuries' }]);
  });

  it('documents every npm script it tells people to run', () => {
    const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as object);
    for (const [, name] of readme.matchAll(/npm run ([a-z0-9:]+)/g))
      expect(scripts).toContain(name);
  });
});
