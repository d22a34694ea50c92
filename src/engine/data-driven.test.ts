/**
 * The engine knows no story: everything comes from the pack. This test
 * invents stories the project has never covered and shows that the pack alone
 * makes the engine recognise them; that a format-2 pack's events, with an
 * invented world, let it find another agency, a wrong weekday, a wrong street,
 * a count outside the range, a wrong office holder and an invented outcome
 * with no word of them listed anywhere; and that format-1 facts (a changed
 * number, an altered quote, a time-context error) still work.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import { raidPack, westmark } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

describe('a story told as events (format 2), from its pack and the world file alone', () => {
  const index = indexPacks([raidPack()], { world: westmark() });
  const page = [
    'Dawn raid in Port Alder',
    'Revenue Service agents raided a warehouse in Port Alder at dawn.',
    'The raid took place on a Thursday.',
    'The warehouse raided by the officers stands on Pike Street.',
    'Forty officers took part in the raid.',
    'At a press conference the next day, Mayor Ned Cole spoke about the raid.',
    'Two men were detained in the raid and later deported.',
    'Harbor Unit officers raided the warehouse on Quay Street on Tuesday.',
    '"The raid was lawful and it was necessary," Mayor Ida Marsh said on Friday.',
    '"The raid was lawful and it was necessary," Mayor Ida Marsh said on Wednesday.',
    '"Revenue Service agents did this," a neighbour said on the day of the raid.',
  ].join('\n');
  const analysis = analyzeText(page, index, { today: '2024-06-20' });
  const finding = (fragment: string) => analysis.findings.find((f) => f.text.includes(fragment));

  it('recognises the story', () => {
    expect(analysis.story?.storyId).toBe('quay-street-raid-2024');
  });

  it.each([
    [
      'Revenue Service',
      'agency',
      { slot: 'agency', page: 'Revenue Service', record: 'Harbor Unit' },
    ],
    ['Thursday', 'date', { slot: 'weekday', page: 'Thursday', record: 'Tuesday 11 June 2024' }],
    ['Pike Street', 'place', { slot: 'street', page: 'Pike Street', record: 'Quay Street' }],
    ['Forty officers', 'number', { slot: 'count', page: 'Forty', record: '14 to 16 officers' }],
    ['Ned Cole', 'person', { slot: 'person', page: 'Ned Cole', record: 'Ida Marsh (mayor)' }],
    [
      'deported',
      'contradicted',
      {
        slot: 'outcome',
        page: 'deported',
        record: 'Nobody was deported: the two men were detained and questioned.',
      },
    ],
  ])('finds %s from the data', (fragment, kind, comparison) => {
    expect(finding(fragment)).toMatchObject({
      verdict: 'discrepant',
      kind,
      comparison: [comparison],
    });
    expect(finding(fragment)?.claimId).toMatch(/^event:/);
    expect(finding(fragment)?.sources.map((s) => s.id)).toEqual(['ledger']);
  });

  it("compares who said a recorded quote, and when, with the quote's record", () => {
    expect(finding('said on Friday')).toMatchObject({
      verdict: 'discrepant',
      claimId: 'quote:marsh-lawful',
      comparison: [{ slot: 'weekday', page: 'Friday', record: 'Wednesday 12 June 2024' }],
    });
    expect(finding('said on Wednesday')).toMatchObject({
      verdict: 'consistent',
      claimId: 'quote:marsh-lawful',
    });
  });

  it("does not compare words inside quotation marks: they are the speaker's", () => {
    expect(finding('a neighbour said')?.verdict).not.toBe('discrepant');
  });

  it('leaves the true sentence alone: every value agrees, so the fact it matches stays consistent', () => {
    expect(finding('Harbor Unit officers')).toMatchObject({ verdict: 'consistent' });
  });
});

const pack = parsePack({
  format: 'sourcelight-pack',
  formatVersion: 2,
  id: 'valley-desk',
  version: '1.0.0',
  publisher: 'Valley fact desk',
  updated: '2023-10-02',
  stories: [
    {
      id: 'millbrook-dam-2023',
      title: 'Millbrook dam spillway cracks found in inspection (September 2023)',
      summary:
        'Inspectors found two cracks in the Millbrook dam spillway on 12 September 2023; the reservoir was lowered as a precaution.',
      timeContext: {
        start: '2023-09-12',
        end: '2023-09-20',
        summary: 'September 2023, under Governor Ana Petrov, before the 2024 state election.',
      },
      originals: [
        {
          id: 'valley-times',
          publisher: 'Valley Times',
          headline: 'Inspectors find cracks in Millbrook dam spillway',
          date: '2023-09-13',
          url: 'https://valleytimes.example/millbrook-dam',
          urlConfirmed: true,
        },
      ],
      entities: [
        {
          id: 'lena-ortiz',
          kind: 'person',
          name: 'Lena Ortiz',
          aliases: ['Ortiz'],
          role: 'State dam safety engineer',
        },
        {
          id: 'ana-petrov',
          kind: 'person',
          name: 'Ana Petrov',
          aliases: ['Governor Petrov'],
          role: 'Governor',
        },
      ],
      recognition: {
        threshold: 5,
        requireAny: ['place'],
        cues: [
          { id: 'place', terms: ['millbrook dam', 'millbrook reservoir'], weight: 3 },
          { id: 'cracks', terms: ['crack', 'cracks', 'spillway'], weight: 2 },
          { id: 'engineer', entities: ['lena-ortiz'], weight: 1 },
        ],
      },
      facts: [
        {
          id: 'crack-count',
          kind: 'number',
          confidence: 'high',
          sources: ['valley-times'],
          statement: 'Inspectors found two cracks in the spillway.',
          about: [['crack', 'cracks', 'fissures']],
          details: [
            {
              slot: 'number',
              accepted: ['two cracks', '2 cracks', 'two fissures'],
              wrong: [
                {
                  terms: ['five cracks', 'dozens of cracks', 'a dozen cracks', 'ten cracks'],
                  severity: 'false',
                  explanation: 'Inspectors found two cracks, not more.',
                },
              ],
            },
          ],
        },
        {
          id: 'era',
          kind: 'time-context',
          confidence: 'high',
          sources: ['valley-times'],
          statement: 'The inspection took place in September 2023, under Governor Ana Petrov.',
          about: [['governor', 'administration']],
          details: [
            {
              slot: 'administration',
              accepted: ['petrov'],
              wrong: [
                {
                  terms: ['governor hale', 'hale administration'],
                  severity: 'false',
                  explanation:
                    'Governor Hale took office in 2025; the inspection was under Governor Petrov.',
                },
              ],
            },
          ],
        },
      ],
      quotes: [
        {
          id: 'ortiz-no-danger',
          speaker: 'lena-ortiz',
          date: '2023-09-12',
          occasion: 'briefing at the dam',
          status: 'verified',
          sources: ['valley-times'],
          text: 'The cracks are shallow and there is no immediate danger to homes downstream.',
        },
      ],
    },
  ],
});

describe('a story the engine has never seen, from its facts alone', () => {
  if (!pack.ok) throw new Error(JSON.stringify(pack.problems));
  const index = indexPacks([pack.pack]);
  const page = [
    'Millbrook dam crisis deepens',
    'Engineers have found five cracks in the spillway of the Millbrook dam, residents were told.',
    'Lena Ortiz, the state dam safety engineer, said: "The cracks are deep and there is real danger to homes downstream."',
    'Governor Hale has promised an inquiry.',
    'The reservoir level was lowered as a precaution.',
  ].join('\n');
  const analysis = analyzeText(page, index);
  const verdictOf = (fragment: string) => analysis.findings.find((f) => f.text.includes(fragment));

  it('recognises the story', () => {
    expect(analysis.story?.storyId).toBe('millbrook-dam-2023');
  });

  it('catches the changed number', () => {
    expect(verdictOf('five cracks')).toMatchObject({
      verdict: 'discrepant',
      kind: 'number',
      explanation: 'Inspectors found two cracks, not more.',
    });
  });

  it('catches the altered quote and shows the recorded words', () => {
    expect(verdictOf('real danger')).toMatchObject({
      verdict: 'discrepant',
      kind: 'quote',
      claimId: 'quote:ortiz-no-danger',
    });
    expect(verdictOf('real danger')?.original).toContain(
      'there is no immediate danger to homes downstream',
    );
  });

  it('catches the time-context error', () => {
    expect(verdictOf('Governor Hale')).toMatchObject({
      verdict: 'discrepant',
      kind: 'time-context',
    });
  });

  it('says nothing about a sentence the pack does not cover', () => {
    expect(verdictOf('reservoir level')).toBeUndefined();
  });

  it('does not recognise a page about another dam', () => {
    expect(
      analyzeText('Engineers found five cracks in the spillway of the Oakridge dam.', index).story,
    ).toBeNull();
  });
});
