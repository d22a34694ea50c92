/**
 * Events and who took part, in words the pack does not list (invented story): on Thursday 13 June 2024 about 50
 * people held a rally in Port Alder (the pack's word is "rally" only); on Wednesday 12 June Mayor Ida Marsh and Pat
 * Vane said they would not meet Lou Pike, who came to Dunmore on Friday 14 June and met officers there (Ned Cole,
 * whom he had met on 12 June, was not at that meeting).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { inflectionsOf, wordFamily } from './word-inflections.ts';
import { buildStoryRecord } from './story-record.ts';
import { COLE_AND_VANE, PIKE_MEETS_COLE, pikePack, pikeVisit, westmark } from './test-story.ts';

function eventsRecord() {
  const p = pikePack(
    [
      {
        id: 'rally',
        label: 'About 50 people rally in Port Alder for the raided workers',
        words: ['rally'],
        date: '2024-06-13',
        places: ['port-alder'],
        quantities: [{ nouns: ['people', 'demonstrators'], min: 40, max: 60, note: 'about 50' }],
        sources: ['ledger'],
        confidence: 'high',
        participants: [{ role: 'present', entities: ['harbor-unit'] }],
      },
      {
        id: 'refusal',
        label: 'Mayor Marsh and Pat Vane say they will not meet Pike',
        words: ['would not meet', 'will not meet'],
        date: '2024-06-12',
        participants: [{ role: 'spoke', entities: ['ida-marsh', 'pat-vane'] }],
        negatives: [
          { kind: 'met', explanation: 'Mayor Marsh and Pat Vane said they would not meet Pike.' },
        ],
        sources: ['ledger'],
        confidence: 'high',
      },
      pikeVisit({
        absent: [
          { entities: ['ned-cole'], explanation: 'Ned Cole was not at the meeting of 14 June.' },
        ],
      }),
      PIKE_MEETS_COLE,
    ],
    COLE_AND_VANE,
  );
  return buildStoryRecord(p.stories[0]!, westmark());
}

const record = eventsRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe("the forms of an event's own word", () => {
  it('are made by rule from the word, not listed', () => {
    expect(inflectionsOf('rally')).toEqual(
      expect.arrayContaining(['rallies', 'rallied', 'rallying']),
    );
    expect(inflectionsOf('protest')).toEqual(
      expect.arrayContaining(['protests', 'protested', 'protesting']),
    );
    expect(inflectionsOf('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping', 'stops']));
    expect(inflectionsOf('raze')).toEqual(expect.arrayContaining(['razed', 'razing']));
    expect(inflectionsOf('raided')).toEqual([]);
    expect(inflectionsOf('traffic stop')).toEqual([]);
    // A past form gives its bases and theirs, never a doubled consonant it did not have.
    expect(wordFamily('refiled')).toEqual(
      expect.arrayContaining(['refile', 'refiles', 'refiling']),
    );
    expect(wordFamily('refiled')).not.toContain('refilled');
    expect(wordFamily('visited')).toEqual(expect.arrayContaining(['visit', 'visits', 'visiting']));
  });

  it('link the clause when it shares something else of the event: its count is compared', () => {
    expect(compare('About 500 people rallied in Port Alder.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count' }],
    });
    expect(
      compare('Roughly 500 demonstrators were rallying in Port Alder on Thursday.')?.outcome,
    ).toBe('discrepant');
    expect(compare('About 50 people rallied in Port Alder.')?.outcome).toBe('agrees');
    expect(compare('Some 55 demonstrators rallied in Port Alder on Thursday.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('do not link a form with nothing else of the event\'s ("the market rallied")', () => {
    expect(compare('Shares rallied on Monday after 500 people bought in.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('The team rallied in the second half.')).toBeNull();
    // Someone of the event is no tie: people take part in many things ("Harbor Unit officers rallied behind their chief" on another day).
    expect(compare('Harbor Unit officers rallied behind their chief on Monday.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('a count of a gathering', () => {
  it('counts people: a crowd, a turnout, a number that gathered', () => {
    expect(compare('A crowd of about 500 rallied in Port Alder.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: '500' }],
    });
    expect(
      compare(
        'A crowd estimated at about 500 rallied in Port Alder that day to demand the unit be disbanded.',
      )?.outcome,
    ).toBe('discrepant');
    expect(compare('Turnout at the Port Alder rally was about 500.')?.outcome).toBe('discrepant');
    expect(compare('Some 500 turned out for the rally in Port Alder.')?.outcome).toBe('discrepant');
    expect(compare('A 500-strong crowd held a rally in Port Alder.')?.outcome).toBe('discrepant');
  });

  it("says the record's value as the record says it", () => {
    expect(compare('A crowd of about 500 rallied in Port Alder.')?.explanation).toContain(
      'about 50 people',
    );
  });

  it("agrees with the record's count said so, and leaves a count with a noun of its own to that noun", () => {
    expect(compare('A crowd of about 50 rallied in Port Alder.')?.outcome).toBe('agrees');
    expect(compare('Turnout at the Port Alder rally was about 50.')?.outcome).toBe('agrees');
    expect(compare('A crowd of 45 held a rally in Port Alder on Thursday, June 13.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('Two officers watched the crowd at the Port Alder rally.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('a person who refused to meet, said to have met', () => {
  it('is wrong for every refuser the record names, in any wording of meeting', () => {
    expect(compare('Pat Vane met with Lou Pike.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'person', page: 'Pat Vane met with Lou Pike' }],
    });
    expect(
      compare('Mayor Ida Marsh sat down with Pike for a private conversation before he left.')
        ?.outcome,
    ).toBe('discrepant');
    expect(
      compare('Even so, Pat Vane, for her part, later held talks with Lou Pike.')?.outcome,
    ).toBe('discrepant');
    expect(compare('Ida Marsh did meet with Lou Pike on Friday.')?.outcome).toBe('discrepant');
    expect(compare('Pat Vane had a private meeting with Pike in Dunmore.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('is wrong for someone the record has absent from the meeting', () => {
    expect(compare('Ned Cole sat down with Lou Pike in Dunmore on Friday.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('is not wrong when denied, with another person, on a day that is no meeting refused, or a meeting recorded', () => {
    expect(compare('Pat Vane did not meet with Lou Pike.')?.outcome).not.toBe('discrepant');
    expect(compare('Pat Vane never sat down with Lou Pike during his visit.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Pat Vane met with Ned Cole.')?.outcome).not.toBe('discrepant');
    expect(
      compare('Ida Marsh met with Lou Pike in September.')?.comparisons.some(
        (c) => c.slot === 'person',
      ),
    ).toBe(false);
    expect(compare('Ned Cole met with Lou Pike.')?.outcome).not.toBe('discrepant');
    expect(compare('Pat Vane said she would not meet with Lou Pike.')?.outcome).not.toBe(
      'discrepant',
    );
  });

  it('is not wrong of two refusers meeting each other (they refused someone else)', () => {
    expect(compare('Mayor Ida Marsh met with Pat Vane on Wednesday, June 12.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Pat Vane sat down with Mayor Ida Marsh at City Hall.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Pike met with Mayor Ida Marsh.')?.outcome).toBe('discrepant');
  });

  it('is not wrong of a refuser or an absentee meeting someone who met no one in the record', () => {
    expect(compare('Governor Ann Doe met with Pat Vane on Friday, June 14.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('Governor Ann Doe sat down with Ned Cole in Dunmore on Friday.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('Ned Cole sat down with Lou Pike in Dunmore on Friday.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('He met with Pat Vane.')?.outcome).toBe('discrepant');
  });
});

describe('a claim passed on from unnamed sources', () => {
  it("is compared as the page's own: the sources are no speaker of the story", () => {
    expect(compare('Sources say Pike then sat down with Pat Vane.')?.outcome).toBe('discrepant');
    expect(compare('According to sources, Pike met with Mayor Ida Marsh on Friday.')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('We are told Pike also met Pat Vane.')?.outcome).toBe('discrepant');
  });

  it("a named speaker, or a hedge that doubts, still keeps it from being the page's", () => {
    expect(compare('Pat Vane says Pike then sat down with her staff.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Critics claim Pike sat down with Pat Vane.')?.outcome).not.toBe('discrepant');
    expect(compare('Rumors say Pike met with Pat Vane.')?.outcome).not.toBe('discrepant');
  });
});

describe('the embedded record: a crowd at the City Hall protest of 31 March 2025 (about 100 people)', () => {
  const rochester = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
    worldIndex(),
  );
  const at = (sentence: string) => compareSentence(sentence, rochester, '2026-03-31');

  it("compares the crowd with the protest's count, a demand for firings being no outcome the count is of", () => {
    expect(
      at(
        'On March 31 a crowd put at roughly 1,000 rallied outside City Hall, demanding that the officers be fired.',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      at(
        'Some 1,000 protested at City Hall on Monday, March 31, calling for the officers to be fired.',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      at(
        'On March 31 a crowd of about 100 rallied outside City Hall, demanding that the officers be fired.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      at(
        'About a hundred people protested at City Hall on March 31, calling for the officers to be fired.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe("the embedded record: what a person's trip was for", () => {
  const rochester = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
    worldIndex(),
  );
  const at = (sentence: string) => compareSentence(sentence, rochester, '2025-05-02');

  it('is not another event its words name ("stand with" are also the words of the March post)', () => {
    expect(
      at('Tom Homan came to Rochester on Tuesday, April 29, to stand with the officers.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      at('On April 29 Homan traveled to Rochester to stand with the Locust Club.')?.outcome,
    ).not.toBe('discrepant');
    expect(at('Homan flew to Rochester on April 30 to visit the Locust Club.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('a crowd that went somewhere to protest keeps its protest', () => {
    expect(at('About 1,000 people went to City Hall to protest on March 31.')?.outcome).toBe(
      'discrepant',
    );
    expect(at('About 100 people went to City Hall to protest on March 31.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
