/**
 * A statement's publication (statement-print.ts), on the invented story with
 * its reporting (test-story.ts) and three more events: Mayor Ida Marsh's
 * written statement, printed by the Alder Ledger two days later; her hearing
 * remarks, which three outlets of the story reported (widely covered); and a
 * letter of hers that no outlet is recorded printing. Every outlet name in
 * these is invented; the last block checks the embedded pack's two stories
 * (true sentences in the record's own words, and the same kinds with another
 * outlet).
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../index.ts';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { outletNotLedger } from './test-expected-verdict.ts';
import { LEDGER_PRINTS_STATEMENT, MARSH_WRITTEN_STATEMENT, packWith } from './test-raid-record.ts';
import { outletPack } from './test-story.ts';

function statementPack() {
  const { pack, world } = outletPack();
  const events = [
    MARSH_WRITTEN_STATEMENT,
    LEDGER_PRINTS_STATEMENT,
    {
      id: 'hearing',
      label: 'Mayor Ida Marsh speaks at a hearing',
      words: ['hearing'],
      date: '2024-06-15',
      participants: [
        { role: 'spoke', entities: ['ida-marsh'] },
        { role: 'reported', entities: ['alder-ledger', 'port-alder-herald', 'tide-radio'] },
      ],
      sources: ['herald-search'],
      confidence: 'high',
    },
    {
      id: 'letter',
      label: 'Mayor Ida Marsh writes a letter to the council',
      words: ['letter'],
      date: '2024-07-02',
      sources: ['council-minutes'],
      confidence: 'high',
      participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
    },
  ];
  const entities = [
    { id: 'tide-radio', kind: 'outlet', name: 'Tide Radio' },
    {
      id: 'port-alder-herald',
      kind: 'outlet',
      name: 'Port Alder Herald',
      world: 'port-alder-herald',
    },
  ];
  return { pack: packWith(pack, events, entities), world };
}

const { pack, world } = statementPack();
const record = buildStoryRecord(pack.stories[0]!, world);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('another outlet said to have printed a statement the record has one outlet printing', () => {
  it.each([
    // The world knows the outlet, and the story never mentions it.
    ["Mayor Ida Marsh's written statement was printed by the Kells Courier.", 'Kells Courier'],
    ["The Kells Courier ran the mayor's written statement.", 'Kells Courier'],
    // Unknown to the world: typed by its outlet word, or by "the newspaper".
    [
      'The Brackwater Sentinel reported the written statement of Mayor Ida Marsh.',
      'Brackwater Sentinel',
    ],
    [
      "The Brackwater Sentinel reported on Mayor Ida Marsh's written statement the next day.",
      'Brackwater Sentinel',
    ],
    ["Mayor Ida Marsh's written statement ran in the Brackwater Sentinel.", 'Brackwater Sentinel'],
    // No outlet word in the name: the subject of "reported" before a statement types it.
    [
      'The Brackwater Lantern reported the written statement of Mayor Ida Marsh.',
      'Brackwater Lantern',
    ],
    [
      "Mayor Ida Marsh's written statement was reported by the newspaper Brackwater Lantern.",
      'Brackwater Lantern',
    ],
    ['The Kells Courier ran a story on the written statement of Mayor Ida Marsh.', 'Kells Courier'],
    // Told in the present tense: the same printing.
    ["The Kells Courier prints Mayor Ida Marsh's written statement.", 'Kells Courier'],
    [
      "Mayor Ida Marsh's written statement is carried in full by the Kells Courier.",
      'Kells Courier',
    ],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject(outletNotLedger('discrepant', page));
  });

  it('names both outlets', () => {
    expect(compare("The Kells Courier ran the mayor's written statement.")?.explanation).toBe(
      'The record has the statement printed by Alder Ledger, not Kells Courier.',
    );
    // An interview: the outlet it was given to.
    expect(
      compare("Mayor Ida Marsh's interview was printed by the Kells Courier.")?.explanation,
    ).toBe('The record has the interview given to Alder Ledger, not Kells Courier.');
  });

  it('agrees with the outlet the record has printing it', () => {
    expect(compare("Mayor Ida Marsh's written statement ran in the Alder Ledger.")?.outcome).toBe(
      'agrees',
    );
    expect(compare("Mayor Ida Marsh's written statement ran in the Ledger.")?.outcome).toBe(
      'agrees',
    );
  });

  it('a statement the sentence before told of ("… ran a story on it", "the declaration was reported by …")', () => {
    const index = indexPacks([pack], { world });
    const verdict = (lines: string[]) =>
      analyzeText(['Dawn raid in Port Alder', ...lines].join('\n'), index, {
        today: '2024-06-20',
      }).findings.find((f) => f.text.includes('Courier'))?.verdict;
    expect(
      verdict([
        'Harbor Unit officers raided a warehouse on Quay Street.',
        'Mayor Ida Marsh issued a written statement on Friday. The Kells Courier ran a story on it the next day.',
      ]),
    ).toBe('discrepant');
    expect(
      verdict([
        'Harbor Unit officers raided a warehouse on Quay Street.',
        'Mayor Ida Marsh issued a written statement on Friday. The declaration was reported by the Kells Courier.',
      ]),
    ).toBe('discrepant');
    // "it" may be the raid as well as the statement: not judged.
    expect(
      verdict([
        'Mayor Ida Marsh issued a written statement on the raid. The Kells Courier ran a story on it the next day.',
      ]),
    ).not.toBe('discrepant');
    // Told in the present tense: the same printing.
    expect(
      verdict([
        'Harbor Unit officers raided a warehouse on Quay Street.',
        'Mayor Ida Marsh issues a written statement on Friday. The Kells Courier prints it the next day.',
      ]),
    ).toBe('discrepant');
    expect(
      verdict([
        'Harbor Unit officers raided a warehouse on Quay Street.',
        'Mayor Ida Marsh issues a written statement on Friday. The Alder Ledger prints it the next day.',
      ]),
    ).not.toBe('discrepant');
  });
});

describe('never a false alarm: where another outlet stays unconfirmed', () => {
  it("an outlet's account of the statement, not its printing of it", () => {
    for (const sentence of [
      'According to the Kells Courier, Mayor Ida Marsh issued a written statement.',
      'The Kells Courier reported that Mayor Ida Marsh issued a written statement.',
    ])
      expect(compare(sentence)?.outcome, sentence).toBe('unconfirmed');
  });

  it('an interview another outlet merely "reported" (any outlet may report what someone told another)', () => {
    expect(compare("Mayor Ida Marsh's interview was reported by the Kells Courier.")?.outcome).toBe(
      'unconfirmed',
    );
    expect(compare("The Kells Courier reported on Mayor Ida Marsh's interview.")?.outcome).toBe(
      'unconfirmed',
    );
  });

  it('a statement many outlets reported (widely covered)', () => {
    expect(
      compare("Mayor Ida Marsh's hearing remarks were printed by the Kells Courier.")?.outcome,
    ).toBe('unconfirmed');
  });

  it('a statement no outlet is recorded printing, and an event that is no statement', () => {
    expect(compare("Mayor Ida Marsh's letter was printed by the Kells Courier.")?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('The Kells Courier ran a story on the raid the same day.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it("one of the story's outlets, or a name that may be one", () => {
    for (const sentence of [
      "The Port Alder Herald printed Mayor Ida Marsh's written statement.",
      "Tide Radio carried Mayor Ida Marsh's written statement.",
      "The Alder Weekly Ledger printed Mayor Ida Marsh's written statement.",
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });

  it('a re-printing: the sentence tells of it, or names the recorded printer too', () => {
    for (const sentence of [
      "Mayor Ida Marsh's written statement, first printed by the Alder Ledger, was later carried by the Kells Courier.",
      "The Kells Courier also ran the mayor's written statement.",
      "The Kells Courier picked up the mayor's written statement and ran it.",
      "The Alder Ledger printed the mayor's written statement, and the Kells Courier carried it.",
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });

  it('a name whose type only its place says is no sure outlet', () => {
    expect(
      compare("Mayor Ida Marsh's written statement was reported by the Evening Lantern.")?.outcome,
    ).not.toBe('discrepant');
  });
});

describe("the embedded pack's stories: true sentences are never discrepant", () => {
  const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  const recordOf = (id: string) =>
    index.stories
      .find((s) => s.story.id === id)!
      .checks()
      .record();
  const chiefs = recordOf('police-chiefs-immigration-2016');
  const rochester = recordOf('rochester-border-patrol-backup-2025');
  const chiefsSay = (sentence: string) => compareSentence(sentence, chiefs, '2016-12-01');
  const rochesterSays = (sentence: string) => compareSentence(sentence, rochester, '2025-05-01');

  it.each([
    'Beck told the Los Angeles Times that the LAPD would not help with deportations.',
    'According to Police1, Beck said the LAPD would not help with deportations.',
    "The Arizona Daily Star reported Magnus's statement the next day.",
    'The Denver police statement ran in the Denver Post.',
    'The round-up was an article by Cole Zercoe of Police1.',
    // Another outlet's account, not its printing of the words: unverified at most.
    'According to CNN, Beck said the LAPD would not work with Homeland Security.',
    // Another outlet printing the words after the recorded one.
    "Beck's remarks, first reported by the Los Angeles Times, were later carried by CNN.",
    'The Denver Post printed the statement, and the Associated Press carried it.',
    "Beck's remarks were reported by CNN.",
  ])('%s', (sentence) => {
    expect(chiefsSay(sentence)?.outcome).not.toBe('discrepant');
  });

  it.each([
    'According to WXXI, Rochester police officers helped Border Patrol agents.',
    'Fox News later interviewed Homan.',
    'CNN later interviewed Homan about Rochester.',
    // Homan gave several interviews, and many outlets reported the press conference.
    "CNN aired Homan's interview.",
    "Mayor Evans's remarks at the press conference were reported by CNN.",
    'The Post credited WHAM, which it wrongly called a WABC affiliate.',
    "WHAM-TV is Rochester's ABC affiliate.",
  ])('%s', (sentence) => {
    expect(rochesterSays(sentence)?.outcome).not.toBe('discrepant');
  });

  it('and the same kinds of sentence with another outlet are', () => {
    expect(
      chiefsSay("The Tucson Sentinel ran Magnus's written statement the next day.")?.outcome,
    ).toBe('discrepant');
    expect(chiefsSay('The round-up was an article by Cole Zercoe of Reuters.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      rochesterSays("The Post credited WHAM, which it called Rochester's NBC affiliate.")?.outcome,
    ).toBe('discrepant');
  });
});

describe('the words as carried by an outlet, with no verb of printing, or after an appositive', () => {
  it.each([
    // A noun phrase: the statement in the outlet, the outlet's story on it.
    ["Mayor Ida Marsh's written statement in the Kells Courier was short.", 'Kells Courier'],
    ["The Kells Courier's report of the mayor's written statement was short.", 'Kells Courier'],
    // The outlet named in an appositive, its verb after the closing comma.
    ["A Kells paper, the Kells Courier, ran Mayor Ida Marsh's written statement.", 'Kells Courier'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject(outletNotLedger('discrepant', page));
  });

  it('the recorded printer in the same shapes agrees, and the place before "paper" is the paper\'s home', () => {
    for (const sentence of [
      "Mayor Ida Marsh's written statement in the Alder Ledger was short.",
      "The Alder Ledger's story on Mayor Ida Marsh's written statement came out on a Sunday.",
      // Kells is not where the raid was: it says where the paper is, and the record does not say that.
      "The Kells paper, the Alder Ledger, ran Mayor Ida Marsh's written statement.",
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });

  it('on a page, "ran his remarks" points back past two sentences that place nothing when the one before goes on with "He"', () => {
    const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
    const page = (outlet: string) =>
      [
        'Police chiefs in sanctuary cities said after Donald Trump won the election that their officers would not enforce immigration law.',
        'LAPD Chief Charlie Beck told the Los Angeles Times on November 14, 2016 that the LAPD would not help with deportations.',
        'In Tucson, Chief Chris Magnus issued a written statement on November 16, 2016.',
        'It was short.',
        'He also warned about trust.',
        `${outlet} ran his remarks the next day.`,
      ].join(' ');
    const verdictOf = (outlet: string) =>
      analyzeText(page(outlet), index, {
        published: '2016-11-25',
        today: '2026-11-21',
      }).findings.find((f) => f.text.endsWith('ran his remarks the next day.'))?.verdict;
    expect(verdictOf('The Arizona Republic')).toBe('discrepant');
    expect(verdictOf('The Arizona Daily Star')).not.toBe('discrepant');
    // Without the pronoun chain, two sentences that place nothing end the look back.
    const unchained = page('The Arizona Republic').replace(
      'He also warned about trust.',
      'Others warned about trust.',
    );
    expect(
      analyzeText(unchained, index, { published: '2016-11-25', today: '2026-11-21' }).findings.find(
        (f) => f.text.endsWith('ran his remarks the next day.'),
      )?.verdict,
    ).not.toBe('discrepant');
  });
});

describe('"written up" as a report of the statement', () => {
  it.each([
    ["Mayor Ida Marsh's written statement was written up by the Kells Courier.", 'Kells Courier'],
    ["The Kells Courier wrote up the mayor's written statement the next day.", 'Kells Courier'],
  ])('another outlet is discrepant: %s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject(outletNotLedger('discrepant', page));
  });
  it.each([
    "Mayor Ida Marsh's written statement was written up by the Alder Ledger.",
    // A re-report, after the recorded printer.
    "Mayor Ida Marsh's written statement was later written up by the Kells Courier as well.",
  ])('the recorded printer, or a re-report, is not: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('the printing told with when or how between the verb and the outlet, a relative clause, or the words\u2019 publisher named', () => {
  it.each([
    [
      "Mayor Ida Marsh's written statement was printed at the time by the Kells Courier.",
      'Kells Courier',
    ],
    [
      "Mayor Ida Marsh's written statement was carried verbatim by the Kells Courier.",
      'Kells Courier',
    ],
    [
      "Mayor Ida Marsh's written statement was published that week in the Kells Courier.",
      'Kells Courier',
    ],
    [
      "The desk noted the Kells Courier, which printed the mayor's written statement.",
      'Kells Courier',
    ],
    [
      "The publisher of Mayor Ida Marsh's written statement is listed as the Kells Courier.",
      'Kells Courier',
    ],
    [
      "According to the file, the printer of the mayor's written statement was the Kells Courier.",
      'Kells Courier',
    ],
    [
      "The publisher of the mayor's written statement was the weekly Kells Courier.",
      'Kells Courier',
    ],
    // The words, then a relative clause whose subject is the outlet.
    [
      'Mayor Ida Marsh issued a written statement which the Kells Courier wrote up for its readers.',
      'Kells Courier',
    ],
    ['Mayor Ida Marsh issued a written statement that the Kells Courier printed.', 'Kells Courier'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject(outletNotLedger('discrepant', page));
  });

  it('never a false alarm: the recorded printer, a re-printing, a statement many outlets printed', () => {
    for (const sentence of [
      "Mayor Ida Marsh's written statement was printed at the time by the Alder Ledger.",
      "The publisher of Mayor Ida Marsh's written statement is listed as the Alder Ledger.",
      "Mayor Ida Marsh's written statement was printed at the time by the Alder Ledger and later by the Kells Courier.",
      "The Kells Courier, which later reprinted the mayor's written statement, covered the raid.",
      "Mayor Ida Marsh's hearing remarks were printed at the time by the Kells Courier.",
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
  });
});

describe('embedded pack: "ran the story" after a sentence that links the statement by the Tucson police\u2019s short name', () => {
  const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
  const verdict = (outlet: string) =>
    analyzeText(
      [
        'Once Donald Trump had won the November 2016 election, LAPD Chief Charlie Beck told the Los Angeles Times his officers would not help with deportations; Cole Zercoe of PoliceOne rounded up such statements.',
        'Chief Chris Magnus put out a written statement on November 16, 2016. Most of our members read it twice. It said Tucson police would keep working with their federal law enforcement partners. ' +
          `The ${outlet} ran the story.`,
      ].join('\n'),
      index,
      { today: '2016-12-01' },
    ).findings.find((f) => f.text.includes(outlet))?.verdict;
  it('another paper is discrepant, the recorded one is not', () => {
    expect(verdict('Houston Chronicle')).toBe('discrepant');
    expect(verdict('Arizona Daily Star')).not.toBe('discrepant');
  });
});
