/**
 * The kinds of happening a local news story tells (event-kinds.json): a drafted event gets every word of its kind,
 * and a kind's broad words ("hit", "struck" for a crash) once one of its own words made it of that kind, so a
 * retelling told with another verb is about the same event. A made-up report; none of its words is in the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { headNoun, sameKindWords } from './event-words.ts';
import { analyzeInput } from '../analyze-input.ts';
import { indexPacks } from '../../engine/index.ts';
import { draftedVanPack, vanCrashReport } from './test-van-crash.ts';

const world = worldIndex();

describe('sameKindWords: the kinds of a local news story', () => {
  it('gives a crash told with "slammed" the other words of a collision, and the broad verbs', () => {
    const words = sameKindWords(['slammed']);
    expect(words).toEqual(
      expect.arrayContaining(['crashed', 'collided', 'collision', 'hit', 'struck']),
    );
  });

  it('never makes an event of a kind by a broad word alone ("hit", "struck", "approved")', () => {
    expect(sameKindWords(['hit'])).toEqual([]);
    expect(sameKindWords(['struck', 'strikes'])).toEqual([]);
    expect(sameKindWords(['approved'])).toEqual([]);
  });

  it('knows closures, shootings, votes and storms', () => {
    expect(sameKindWords(['closing'])).toEqual(
      expect.arrayContaining(['shutdown', 'shut down', 'closure']),
    );
    expect(sameKindWords(['shooting'])).toEqual(
      expect.arrayContaining(['gunfire', 'opened fire', 'shot']),
    );
    expect(sameKindWords(['voted'])).toEqual(expect.arrayContaining(['vote', 'approved']));
    expect(sameKindWords(['tornado'])).toContain('twister');
  });
});

describe('headNoun', () => {
  it('takes no auxiliary for the head of a subject ("the town had chartered")', () => {
    expect(headNoun('Officials said the town had ')).toBeUndefined();
    expect(headNoun('A gravel truck ')).toBe('truck');
  });
});

const original = vanCrashReport(
  'The van driver, Tobin Saltmarsh, was not hurt, the transit agency said.',
  '“The van had the green light, and the truck did not stop,” Abernethy said at the scene.',
  'Ostrander Avenue was closed between Quill Street and Vane Street until about noon, police said.',
);

describe('a crash drafted with one verb is recognised and linked in a retelling told with another', () => {
  const pack = draftedVanPack(original);
  const index = indexPacks([pack], { world });
  const page = (body: string) =>
    analyzeInput(reportHtml('2026-05-20', 'Valley Talk', 'A week on', body), index, {
      today: '2026-12-01',
    }).analysis;

  it('recognises a page that says the truck "hit" the van, and finds its wrong weekday', () => {
    const analysis = page(`
Last week a gravel truck hit a Pell Valley Transit van on Thursday, May 12, at Ostrander Avenue and Quill Street.
Police Captain Noor Abernethy said six riders went to Pell Valley General Hospital.
The van had nine riders aboard.
`);
    expect(analysis.story?.storyId).toBe(pack.stories[0]!.id);
    expect(
      analysis.findings.some(
        (f) => f.verdict === 'discrepant' && f.text.includes('hit a Pell Valley Transit van'),
      ),
    ).toBe(true);
  });

  it('finds a crash "collided" on a wrong day, and leaves the right day alone', () => {
    const wrong = page(`
The gravel truck and a Pell Valley Transit van collided on Monday, May 11, at Ostrander Avenue and Quill Street.
Police Captain Noor Abernethy said six riders went to Pell Valley General Hospital.
`);
    expect(
      wrong.findings.some((f) => f.verdict === 'discrepant' && f.text.includes('collided')),
    ).toBe(true);
    const right = page(`
The gravel truck and a Pell Valley Transit van collided on Tuesday, May 12, at Ostrander Avenue and Quill Street.
Police Captain Noor Abernethy said six riders went to Pell Valley General Hospital.
`);
    expect(right.findings.filter((f) => f.verdict === 'discrepant')).toEqual([]);
  });
});
