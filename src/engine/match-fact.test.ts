/** One sentence against one fact: details, contradictions, `unless` and negation. */
import { describe, expect, it } from 'vitest';
import type { Detail, Fact } from '../pack/schema.ts';
import { matchFact } from './match-fact.ts';
import { indexedFerryFact } from './ferry-fact.ts';
import { foldText } from './normalize.ts';

type FactSpec = Pick<Fact, 'id' | 'about'> & Partial<Fact>;

/** Indexes one fact of a made-up story about a ferry that ran aground, the way the engine does. */
const indexFact = (spec: FactSpec) =>
  indexedFerryFact(
    {
      statement: 'What the record says.',
      kind: 'event',
      sources: ['herald'],
      confidence: 'high',
      ...spec,
    },
    undefined,
    { summary: 'A ferry ran aground in fog; the coastguard took everyone off.' },
  );

const judge = (spec: FactSpec, sentence: string) => matchFact(foldText(sentence), indexFact(spec));
const verdictOf = (spec: FactSpec, sentence: string) => judge(spec, sentence)?.verdict ?? null;

/** The coastguard took the passengers off; "the navy" is wrong, "lifeboat volunteers" only partly right. */
const rescuers: FactSpec = {
  id: 'rescuers',
  about: [['rescued', 'took off', 'brought ashore']],
  details: [
    {
      slot: 'agency',
      accepted: ['coastguard', 'coast guard'],
      wrong: [
        {
          terms: ['navy', 'naval'],
          severity: 'false',
          explanation: 'The coastguard did the rescue, not the navy.',
        },
        {
          terms: ['lifeboat volunteers'],
          severity: 'imprecise',
          explanation: 'Volunteers helped, but the coastguard led the rescue.',
        },
      ],
    },
  ],
};

describe('matchFact: what makes a sentence about the fact', () => {
  it('needs a term of every `about` group', () => {
    const twoGroups: FactSpec = { id: 'two', about: [['ferry'], ['aground', 'sandbar']] };
    expect(judge(twoGroups, 'The ferry ran aground.')).not.toBeNull();
    expect(judge(twoGroups, 'The ferry was late.')).toBeNull();
    expect(judge(twoGroups, 'A sandbar moved.')).toBeNull();
  });

  it("ignores a sentence with one of the fact's `unless` terms, even one that would be discrepant", () => {
    const guarded: FactSpec = { ...rescuers, unless: ['in the film', 'drill'] };
    expect(verdictOf(guarded, 'The navy rescued everyone in the film version.')).toBeNull();
    expect(verdictOf(guarded, 'In last year\u2019s drill, the navy rescued everyone.')).toBeNull();
    expect(verdictOf(guarded, 'The navy rescued everyone.')).toBe('discrepant');
  });

  it('agrees with any sentence about a plain fact (one with no details or contradictions)', () => {
    expect(judge({ id: 'plain', about: [['fog']] }, 'Thick fog hid the rocks.')).toEqual({
      verdict: 'consistent',
      kind: 'statement',
      claimId: 'fact:plain',
      explanation: 'This agrees with the original reports.',
    });
  });

  it("says nothing about a sentence that mentions none of a detailed fact's values", () => {
    expect(judge(rescuers, 'Everyone was rescued before dark.')).toBeNull();
  });
});

describe('matchFact: details', () => {
  it('is discrepant when a wrong value is present and no accepted one', () => {
    expect(judge(rescuers, 'A navy crew rescued the passengers.')).toEqual({
      verdict: 'discrepant',
      kind: 'agency',
      claimId: 'fact:rescuers',
      explanation: 'The coastguard did the rescue, not the navy.',
      severity: 'false',
    });
  });

  it('gives the explanation of the wrong value found, imprecise ones included', () => {
    expect(judge(rescuers, 'Lifeboat volunteers rescued the passengers.')?.explanation).toBe(
      'Volunteers helped, but the coastguard led the rescue.',
    );
    expect(judge(rescuers, 'Lifeboat volunteers rescued the passengers.')?.severity).toBe(
      'imprecise',
    );
  });

  it('gives no finding at all when an accepted and a wrong value are both present', () => {
    expect(judge(rescuers, 'The coastguard and the navy rescued the passengers.')).toBeNull();
    expect(
      judge(
        rescuers,
        'Lifeboat volunteers, called by the coast guard, brought ashore forty people.',
      ),
    ).toBeNull();
  });

  it('agrees when an accepted value is present and no wrong one', () => {
    expect(verdictOf(rescuers, 'The coastguard rescued the passengers.')).toBe('consistent');
  });

  it('reads a value set in quotation marks as a phrase named, not said, whether right or wrong', () => {
    // The right value only named ("fix every “coastguard” in the captions"): the wrong one the page asserts stands.
    expect(
      verdictOf(
        rescuers,
        'The navy rescued them, so fix every \u201Ccoastguard\u201D in the captions.',
      ),
    ).toBe('discrepant');
    // The wrong value only named: the page asserts the right one.
    expect(verdictOf(rescuers, 'The coastguard rescued them; change any "navy" you see.')).toBe(
      'consistent',
    );
    // A longer quote is someone's words, not a phrase named.
    expect(
      judge(rescuers, 'The skipper said "the coastguard was quick", and the navy rescued them.'),
    ).toBeNull();
  });

  it('matches values as whole words', () => {
    expect(judge(rescuers, 'The NAVY\u2019s boats rescued them.')?.verdict).toBe('discrepant');
    expect(judge(rescuers, 'The Navyhall crew rescued them.')).toBeNull();
  });

  it('flags one detail even when another detail of the same fact agrees', () => {
    const twoDetails: FactSpec = {
      ...rescuers,
      details: [
        {
          slot: 'number',
          accepted: ['forty'],
          wrong: [
            { terms: ['four hundred'], severity: 'false', explanation: 'Forty, not four hundred.' },
          ],
        },
        ...(rescuers.details ?? []),
      ],
    };
    expect(judge(twoDetails, 'The navy rescued forty people.')?.explanation).toBe(
      'The coastguard did the rescue, not the navy.',
    );
    expect(judge(twoDetails, 'The coastguard rescued four hundred people.')?.explanation).toBe(
      'Forty, not four hundred.',
    );
    expect(verdictOf(twoDetails, 'The coastguard rescued forty people.')).toBe('consistent');
  });

  it('does not agree when one detail agrees and another is mixed', () => {
    const twoDetails: FactSpec = {
      ...rescuers,
      details: [{ slot: 'number', accepted: ['forty'] }, ...(rescuers.details ?? [])],
    };
    expect(judge(twoDetails, 'The coastguard and the navy rescued forty people.')).toBeNull();
  });

  it.each<[Detail['slot'], string]>([
    ['agency', 'agency'],
    ['number', 'number'],
    ['date', 'date'],
    ['time', 'date'],
    ['place', 'place'],
    ['person', 'person'],
    ['role', 'person'],
    ['outlet', 'attribution'],
    ['administration', 'time-context'],
    ['outcome', 'statement'],
    ['stance', 'statement'],
  ])('names a %s difference a %s finding', (slot, kind) => {
    const spec: FactSpec = {
      id: 'slot',
      about: [['ferry']],
      details: [
        { slot, wrong: [{ terms: ['wrong value'], severity: 'false', explanation: 'Wrong.' }] },
      ],
    };
    expect(judge(spec, 'The ferry had the wrong value.')?.kind).toBe(kind);
  });

  it('names every difference with a time-context fact a time-context finding', () => {
    const spec: FactSpec = {
      id: 'when',
      kind: 'time-context',
      about: [['ferry']],
      details: [
        {
          slot: 'place',
          wrong: [
            { terms: ['last night'], severity: 'false', explanation: 'It happened in 2019.' },
          ],
        },
      ],
    };
    expect(judge(spec, 'The ferry ran aground last night.')).toMatchObject({
      verdict: 'discrepant',
      kind: 'time-context',
    });
  });
});

describe('matchFact: contradictions', () => {
  const sinking: FactSpec = {
    id: 'hull',
    about: [['ferry', 'boat']],
    details: [{ slot: 'outcome', accepted: ['towed'] }],
    contradictions: [
      {
        id: 'sank',
        claim: 'The ferry sank.',
        when: [['sank', 'went down', 'sunk']],
        unless: ['nearly sank', 'feared it'],
        explanation: 'The ferry did not sink: it was towed off the sandbar the next day.',
      },
    ],
  };

  it('is discrepant when every `when` group is present', () => {
    expect(judge(sinking, 'The ferry sank in the night.')).toEqual({
      verdict: 'discrepant',
      kind: 'contradicted',
      claimId: 'fact:hull',
      explanation: 'The ferry did not sink: it was towed off the sandbar the next day.',
      severity: 'false',
    });
  });

  it('wins over an agreeing detail in the same sentence', () => {
    expect(verdictOf(sinking, 'The ferry sank and was towed away.')).toBe('discrepant');
  });

  it("lets the contradiction's own `unless` rule it out, without ruling out the fact", () => {
    expect(judge(sinking, 'The ferry nearly sank.')).toBeNull();
    expect(verdictOf(sinking, 'Crews feared it went down, but the ferry was towed clear.')).toBe(
      'consistent',
    );
  });

  it('needs a term of each of several `when` groups', () => {
    const spec: FactSpec = {
      id: 'captain',
      about: [['captain', 'skipper']],
      contradictions: [
        {
          id: 'arrested',
          claim: 'The captain was arrested.',
          when: [
            ['captain', 'skipper'],
            ['arrested', 'charged'],
          ],
          explanation: 'Nobody was arrested.',
        },
      ],
    };
    expect(verdictOf(spec, 'The skipper was charged on Monday.')).toBe('discrepant');
    expect(verdictOf(spec, 'The skipper was praised on Monday.')).toBeNull();
  });
});

describe('matchFact: negation', () => {
  it('lets a negation before the wrong value suppress it', () => {
    expect(judge(rescuers, 'It was not the navy that rescued them.')).toBeNull();
    expect(judge(rescuers, 'Nobody from the navy rescued anyone.')).toBeNull();
    expect(judge(rescuers, 'They weren\u2019t rescued by the navy.')).toBeNull();
  });

  it('lets a negation just after the wrong value suppress it', () => {
    expect(judge(rescuers, 'The navy rescued them? Not true.')).toBeNull();
    expect(judge(rescuers, 'Reports that the navy rescued them are false.')).toBeNull();
  });

  it('does not let a negation in a later, unrelated clause suppress the wrong value', () => {
    expect(
      verdictOf(
        rescuers,
        'The navy rescued them, and the crew said the boat had not been checked in years.',
      ),
    ).toBe('discrepant');
  });

  it('lets a negation before a contradiction suppress it', () => {
    const spec: FactSpec = {
      id: 'hull',
      about: [['ferry']],
      contradictions: [
        { id: 'sank', claim: 'It sank.', when: [['sank']], explanation: 'It did not sink.' },
      ],
    };
    expect(judge(spec, 'The ferry never sank.')).toBeNull();
    expect(judge(spec, 'No, the ferry sank nowhere.')).toBeNull();
    expect(
      verdictOf(spec, 'The ferry sank near the harbour, where the water is not deep at all.'),
    ).toBe('discrepant');
  });

  it('never agrees with a negated sentence', () => {
    expect(judge(rescuers, 'The coastguard has not rescued anyone yet.')).toBeNull();
    expect(judge({ id: 'plain', about: [['fog']] }, 'There was no fog that night.')).toBeNull();
    expect(judge({ id: 'plain', about: [['fog']] }, 'The fog wasn\u2019t thick.')).toBeNull();
    // Even when the negation is nowhere near the agreeing value.
    expect(
      judge(rescuers, 'The coastguard rescued them, though the crew could not say how.'),
    ).toBeNull();
  });
});

describe('a wrong value that places the story in a later period', () => {
  /** The inquiry report came out in March 2020; a page that has the ferry's crew answering it moves the story there. */
  const later: FactSpec = {
    id: 'later',
    about: [['ferry']],
    details: [
      {
        slot: 'date',
        wrong: [
          {
            terms: ['inquiry report'],
            severity: 'imprecise',
            explanation:
              'The ferry ran aground in May 2019; the inquiry report came in March 2020.',
            period: { start: '2020-03-10', label: 'after the inquiry report (10 March 2020)' },
          },
        ],
      },
    ],
  };

  it('is wrong when the sentence ties the story to it', () => {
    expect(verdictOf(later, 'The ferry crew answered the inquiry report in their statement.')).toBe(
      'discrepant',
    );
  });

  it('is not when the sentence dates the thing itself within the period', () => {
    expect(
      verdictOf(
        later,
        'The inquiry report on the ferry came out on March 10, 2020, ten months later.',
      ),
    ).toBeNull();
    expect(verdictOf(later, 'The inquiry report on the ferry came out on May 2, 2019.')).toBe(
      'discrepant',
    );
  });

  it('is not when the sentence names the period\u2019s first day without its year', () => {
    for (const s of [
      'Since the inquiry report came out on March 10, many ask what the ferry crew said.',
      'Since the March 10 inquiry report, many ask what the ferry crew said.',
      'Since the inquiry report of 10 March, many ask what the ferry crew said.',
    ])
      expect(verdictOf(later, s), s).toBeNull();
    expect(
      verdictOf(
        later,
        'Since the inquiry report came out on March 12, the ferry crew answered it.',
      ),
    ).toBe('discrepant');
  });

  it('is not when the sentence dates it in the month or year the period opens, or tells it as coming later', () => {
    for (const s of [
      'The inquiry report on the ferry came out in March 2020.',
      'The inquiry report came after the ferry crew had spoken.',
      'The inquiry report on the ferry was issued only months later.',
      'For the ferry crew, the inquiry report was still months away.',
    ])
      expect(verdictOf(later, s), s).toBeNull();
    // Tied to the story still: the crew answered it, or the page puts the story after it.
    expect(verdictOf(later, 'The ferry crew spoke after the inquiry report came out.')).toBe(
      'discrepant',
    );
    expect(verdictOf(later, 'The ferry crew answered the inquiry report in May 2019.')).toBe(
      'discrepant',
    );
  });
});
