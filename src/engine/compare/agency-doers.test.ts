/**
 * Agencies in other words, and who did what, on the invented story
 * (test-story.ts): Harbor Unit (part of Coast Watch, federal) made the raid,
 * Dunmore police came. Here the invented world also knows the Revenue
 * Service by its people ("revenue agents") and sheriff's offices as a kind of
 * body; the Dunmore Police Department issued a statement that it will not
 * work with Coast Watch on immigration enforcement.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../index.ts';
import { readSentence } from '../read/read-sentence.ts';
import { clauseRole } from './clause-roles.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { sheriffsWorld } from './test-sheriffs-world.ts';
import { pikePack, pikeVisit } from './test-story.ts';

/** The world with sheriff's offices, where the Revenue Service is also known by its "revenue agents". */
function agencyWorld() {
  return sheriffsWorld((w) => {
    w.agencies.find((a) => a.id === 'revenue-service')!.aliases = ['revenue agents'];
  });
}

function agencyPack() {
  return pikePack([
    {
      id: 'dunmore-statement',
      label:
        'The Dunmore Police Department will not work with Coast Watch on immigration enforcement',
      words: ['statement'],
      date: '2024-06-13',
      places: ['dunmore'],
      participants: [{ role: 'spoke', entities: ['dunmore-pd'] }],
      commitments: [
        {
          action: 'immigration-enforcement',
          does: false,
          times: ['present', 'future'],
          holders: ['dunmore-pd'],
          statement: 'will not work with Coast Watch on immigration enforcement',
        },
      ],
      sources: ['ledger'],
      confidence: 'high',
    },
    pikeVisit(),
  ]);
}

const westmark = agencyWorld();
const pack = agencyPack();
const record = buildStoryRecord(pack.stories[0]!, westmark);
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('people the world names one agency by', () => {
  it('are that agency, in lower case too: another body in a role only the recorded one played', () => {
    expect(compare('The warehouse on Quay Street was raided by revenue agents.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page: 'revenue agents', record: 'Harbor Unit' }],
    });
  });

  it.each([
    'The warehouse on Quay Street was raided by federal agents.',
    'Federal officers from Harbor Unit raided the warehouse on Quay Street.',
    "A sheriff's deputy happened to drive by the warehouse on Quay Street.",
  ])('a generic body, or one the record is silent on, is not wrong: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('who did not do it', () => {
  it('a denial between the doer and its verb gives the doer no role', () => {
    expect(
      compare('Dunmore Police Department officers did not raid the warehouse on Quay Street.')
        ?.outcome,
    ).not.toBe('imprecise');
    expect(
      compare('Dunmore Police Department officers never raided the warehouse on Quay Street.')
        ?.outcome,
    ).not.toBe('imprecise');
    expect(
      compare('Dunmore Police Department officers raided the warehouse on Quay Street.')?.outcome,
    ).toBe('imprecise');
  });

  it('"made the call" names who called', () => {
    const sentence = 'Harbor Unit made the call to Dunmore police.';
    const clause = readSentence(sentence, record.gazetteer)[0]!;
    expect(clauseRole(sentence, clause.start, clause.end, clause.mentions)).toMatchObject({
      role: 'asked',
      doer: { text: 'Harbor Unit' },
    });
  });

  it('"somebody at X called", "dispatchers from X called": people of the body open the clause, so the body did it', () => {
    const role = (sentence: string) => {
      const clause = readSentence(sentence, record.gazetteer)[0]!;
      return clauseRole(sentence, clause.start, clause.end, clause.mentions);
    };
    expect(role('Somebody at Harbor Unit made the call to Dunmore police.')).toMatchObject({
      role: 'asked',
      doer: { text: 'Harbor Unit' },
    });
    expect(
      role('Early on, dispatchers from Harbor Unit made the call to Dunmore police.'),
    ).toMatchObject({ role: 'asked', doer: { text: 'Harbor Unit' } });
    // A name governed by a preposition after anything else is still no doer.
    expect(role('The chief of Harbor Unit said the mayor made the call.')?.doer.text).not.toBe(
      'Harbor Unit',
    );
  });
});

describe('a statement given to another local body', () => {
  it("a sheriff's office of the place whose police department the record has speaking is another body", () => {
    expect(compare("The Dunmore Sheriff's Office said much the same.")).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        { slot: 'agency', page: "Dunmore Sheriff's Office", record: 'Dunmore Police Department' },
      ],
    });
  });

  it('the recorded body, or a body of a place with no recorded statement, is not wrong', () => {
    expect(compare('The Dunmore Police Department said much the same.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare("The Kells Sheriff's Office said much the same.")?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('the body a denied commitment names', () => {
  it('a part of the recorded body is not confirmed, and never agrees', () => {
    expect(
      compare(
        'The Dunmore Police Department said it would not work with Harbor Unit on immigration enforcement.',
      ),
    ).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [
        {
          slot: 'stance',
          page: 'Harbor Unit',
          record: 'will not work with Coast Watch on immigration enforcement',
        },
      ],
    });
  });

  it('the recorded body is not questioned', () => {
    expect(
      compare(
        'The Dunmore Police Department said it would not work with Coast Watch on immigration enforcement.',
      )?.outcome,
    ).not.toBe('unconfirmed');
  });
});

describe('a going verb: "stopped in at"', () => {
  const index = indexPacks([pack], { world: westmark });
  it('names the venue of the visit of the sentence before', () => {
    const page = [
      'Dawn raid in Port Alder',
      'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.',
      'Lou Pike visited Dunmore on June 14. He then stopped in at the Kells Police Department.',
    ].join('\n');
    const finding = analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
      f.text.startsWith('He then stopped in'),
    );
    expect(finding?.verdict).toBe('discrepant');
  });
});
