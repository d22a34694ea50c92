/** Quotes credited to a place and a post with no name ("Westmoor's chief put it: …"), and short phrases a pronoun credits to a body. */
import { describe, expect, it } from 'vitest';
import { testPack } from '../pack/test-pack.ts';
import type { Entity, Quote } from '../pack/schema.ts';
import { analyzeText, indexPacks } from './index.ts';
import { matchQuote } from './match-quote.ts';
import { placeTitledSpeaker } from './place-title-speaker.ts';

const ENTITIES: Entity[] = [
  { id: 'eastport', kind: 'place', name: 'Eastport' },
  { id: 'westmoor', kind: 'place', name: 'Westmoor, Ohio', aliases: ['Westmoor'] },
  {
    id: 'bo-park',
    kind: 'person',
    name: 'Bo Park',
    role: 'Chief of the Eastport Police Department',
  },
  { id: 'ann-lee', kind: 'person', name: 'Ann Lee', role: 'Mayor of Westmoor' },
  { id: 'tess-vine', kind: 'person', name: 'Tess Vine', role: 'Spokeswoman' },
  { id: 'guild', kind: 'organization', name: 'Eastport Police Guild', aliases: ['the guild'] },
];
const q = (id: string, speaker: string, text: string): Quote => ({
  id,
  speaker,
  text,
  status: 'verified',
  date: '2025-01-02',
  occasion: 'talking to reporters',
  sources: ['gazette'],
});
const QUOTES = [
  q(
    'park-job',
    'bo-park',
    'That is not our work, and I will not make it our work while I lead this department.',
  ),
  q(
    'lee-bridge',
    'ann-lee',
    'The bridge will reopen once the engineers have inspected every single beam.',
  ),
  q(
    'vine-calm',
    'tess-vine',
    'Everyone should stay calm while the harbour crews finish their inspection.',
  ),
  q(
    'guild-order',
    'guild',
    'The order from city hall is a complete overreaction to a minor event.',
  ),
];
const index = indexPacks([testPack({ entities: ENTITIES, quotes: QUOTES })]);
const details = index.stories[0]!.checks();
const verdict = (sentence: string, previous = '') => {
  const m = matchQuote(sentence, details, previous);
  return m ? `${m.verdict}${m.kind === 'misattributed-quote' ? ' (misattributed)' : ''}` : 'none';
};
const PARK = 'That is not our work, and I will not make it our work';

describe('placeTitledSpeaker', () => {
  it('reads a place and a post as the speaker, and finds their holder on record', () => {
    expect(
      placeTitledSpeaker(`Westmoor's chief put it more sharply: \u201C${PARK}.\u201D`, ENTITIES),
    ).toEqual({ place: 'Westmoor, Ohio', post: 'chief' });
    expect(
      placeTitledSpeaker(`\u201C${PARK},\u201D said the Eastport police chief.`, ENTITIES)?.holder
        ?.id,
    ).toBe('bo-park');
    expect(
      placeTitledSpeaker(`\u201C${PARK},\u201D the Westmoor mayor said.`, ENTITIES)?.holder?.id,
    ).toBe('ann-lee');
  });

  it('is no speaker when a name follows the title, or when the place and post are not the subject', () => {
    expect(
      placeTitledSpeaker(
        `\u201C${PARK},\u201D said Westmoor Police Chief Al Roe of the county.`,
        ENTITIES,
      ),
    ).toBeUndefined();
    expect(
      placeTitledSpeaker(
        `Reporters asked the Westmoor chief about it: \u201C${PARK}.\u201D`,
        ENTITIES,
      ),
    ).toBeUndefined();
  });
});

describe('matchQuote: a speaker given by a place and a post', () => {
  it("calls the words misattributed when the place is not the speaker's, or the post is not theirs there", () => {
    expect(verdict(`Westmoor's chief put it even more sharply: \u201C${PARK}.\u201D`)).toBe(
      'discrepant (misattributed)',
    );
    expect(verdict(`\u201C${PARK},\u201D said the Eastport mayor.`)).toBe(
      'discrepant (misattributed)',
    );
    // After a script's speaker label.
    expect(verdict(`ANNA: Westmoor's chief put it even more sharply: \u201C${PARK}.\u201D`)).toBe(
      'discrepant (misattributed)',
    );
    // The post's holder on record is someone else.
    expect(verdict(`\u201C${PARK},\u201D the Westmoor mayor said.`)).toBe(
      'discrepant (misattributed)',
    );
  });

  it("keeps the speaker's own place and post, a named speaker, and a speaker whose role names no place", () => {
    expect(verdict(`Eastport's chief put it even more sharply: \u201C${PARK}.\u201D`)).toBe(
      'consistent',
    );
    expect(verdict(`\u201C${PARK},\u201D said the Eastport police chief.`)).toBe('consistent');
    expect(
      verdict(`Park, unlike Westmoor's chief, put it sharply: \u201C${PARK}.\u201D`),
    ).not.toContain('discrepant');
    expect(
      verdict(
        '\u201CEveryone should stay calm while the harbour crews finish their inspection,\u201D said the Westmoor chief.',
      ),
    ).not.toContain('discrepant');
  });
});

describe('matchQuote: a short phrase a pronoun credits to the body named before', () => {
  const before = 'The guild says the order was wrong.';
  it('reads "they" after a body as the body: one word changed is altered, its own words consistent', () => {
    expect(
      verdict(
        'They also called the order \u201Ca total overreaction,\u201D and many agree.',
        before,
      ),
    ).toBe('discrepant');
    expect(
      verdict(
        'They also called the order \u201Ca complete overreaction,\u201D and many agree.',
        before,
      ),
    ).toBe('consistent');
  });

  it('does not read "he" as a body, nor a pronoun with another speaker named before the quote', () => {
    expect(verdict('He also called the order \u201Ca total overreaction.\u201D', before)).toBe(
      'none',
    );
    expect(
      verdict('They thanked Park for calling it \u201Ca total overreaction.\u201D', before),
    ).toBe('none');
  });
});

describe('analyzeText: a pronoun opening a paragraph after a one-sentence paragraph that names a body', () => {
  const page = (second: string) =>
    analyzeText(
      `Harbour Town woke to smoke.\n\nThe guild says the order was wrong.\n\n${second}\n`,
      index,
    )
      .findings.filter((f) => f.text.includes('overreaction'))
      .map((f) => f.verdict);
  it('carries the body named in the last paragraph\'s last sentence to "they"', () => {
    expect(
      page('They also called the order \u201Ca total overreaction,\u201D and many agree.'),
    ).toEqual(['discrepant']);
    expect(
      page('They also called the order \u201Ca complete overreaction,\u201D and many agree.'),
    ).toEqual(['consistent']);
  });
});

describe('matchQuote: a few quoted words (four or five) credited to a recorded speaker', () => {
  it('words no record holds are unverified, never discrepant', () => {
    expect(
      verdict(
        'Park said the department would have \u201Cno contact of any kind\u201D with the agents.',
      ),
    ).toBe('unverified');
  });

  it('a piece of their record is theirs; words credited to no one, or too few, say nothing', () => {
    expect(verdict('Park said it was \u201Cnot our work, and I\u201D who decides.')).toBe(
      'consistent',
    );
    expect(
      verdict('The department would have \u201Cno contact of any kind\u201D with the agents.'),
    ).toBe('none');
    expect(
      verdict('Park said the department would have \u201Cno contact\u201D with the agents.'),
    ).toBe('none');
  });
});

describe('matchQuote: "they" only for the body the sentence just before credits', () => {
  it('not for a body named two sentences back, with others in between', () => {
    const guild = { entity: ENTITIES[5]!, names: ['eastport police guild', 'the guild'] };
    expect(
      matchQuote(
        'They also called the order \u201Ca total overreaction.\u201D',
        details,
        'The officers were cleared on Friday.',
        guild,
      )?.verdict,
    ).toBeUndefined();
  });
});
