/** Whom a page credits quoted words to. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../pack/schema.ts';
import { creditedSpeaker, speakerAfter, speakerNames, subjectSpeaker } from './quote-speaker.ts';

const ENTITIES: Entity[] = [
  { id: 'ann-lee', kind: 'person', name: 'Ann Lee', role: 'Mayor of Eastport' },
  { id: 'bo-park', kind: 'person', name: 'Bo Park', role: 'Eastport Police Chief' },
  { id: 'cy-park', kind: 'person', name: 'Cy Park', role: 'City clerk' },
  { id: 'guild', kind: 'organization', name: 'Eastport Police Guild', aliases: ['the guild'] },
];
const SPEAKERS = ENTITIES.map((entity) => ({ entity, names: speakerNames(entity, ENTITIES) }));
const who = (sentence: string, previous = '') => {
  const found = creditedSpeaker(sentence, previous, SPEAKERS);
  return found === undefined || found === null ? found : found.entity.id;
};

describe('speakerNames', () => {
  it('generates the surname and title + surname from the entity, but not a surname two people share', () => {
    const lee = speakerNames(ENTITIES[0]!, ENTITIES);
    expect(lee).toEqual(expect.arrayContaining(['ann lee', 'lee', 'mayor lee', 'mayor ann lee']));
    const park = speakerNames(ENTITIES[1]!, ENTITIES);
    expect(park).toEqual(expect.arrayContaining(['chief park', 'police chief park']));
    expect(park).not.toContain('park');
  });
});

describe('creditedSpeaker', () => {
  it('finds the speaker before or after a verb of speech, or before a colon', () => {
    expect(who('\u201CWe are done,\u201D Lee said.')).toBe('ann-lee');
    expect(who('\u201CWe are done,\u201D said Chief Park.')).toBe('bo-park');
    // An adverb between the verb and the name, as translated prose has it.
    expect(who('\u201CWe are done,\u201D said also the chief Park.')).toBe('bo-park');
    expect(who('Mayor Lee, speaking at city hall, told reporters: \u201CWe are done.\u201D')).toBe(
      'ann-lee',
    );
    expect(who('The guild was blunt: \u201CWe are done.\u201D')).toBe('guild');
  });

  it('credits the subject of a clause a participle of saying ends before the quote ("went further, telling reporters, “…”")', () => {
    expect(who('Mayor Lee went further, telling reporters, \u201CWe are done.\u201D')).toBe(
      'ann-lee',
    );
    expect(who('The guild hit back within hours, saying \u201CWe are done.\u201D')).toBe('guild');
    expect(who('Lee closed the meeting, adding: \u201CWe are done.\u201D')).toBe('ann-lee');
    // Another speaker named in the clause, or the name after a preposition: not for this reading to say.
    expect(who('Mayor Lee praised Chief Park, saying \u201CWe are done.\u201D')).toBeUndefined();
    expect(who('Critics of Mayor Lee rallied, saying \u201CWe are done.\u201D')).toBeUndefined();
    // A name owning a noun is not the subject ("Lee's police chief went further, telling reporters, …").
    expect(
      who('Lee\u2019s police chief went further, telling reporters, \u201CWe are done.\u201D'),
    ).toBeUndefined();
    expect(who("Lee's allies were blunt too, writing, \u201CWe are done.\u201D")).toBeUndefined();
    // Before a colon the owner is whose the words are.
    expect(who('We play Lee\u2019s sharpest line from that day: \u201CWe are done.\u201D')).toBe(
      'ann-lee',
    );
    // A participle with a long object between it and the quote is not read as the credit.
    expect(
      who(
        'Lee spoke, telling everyone who had come to the hall on Monday \u201CWe are done.\u201D',
      ),
    ).toBeUndefined();
  });

  it('credits the subject of a verb that leads to the verb of speech ("went on to say", "have chosen to say")', () => {
    expect(who('Lee went on to say, \u201CWe are done.\u201D')).toBe('ann-lee');
    expect(
      who('Why might the mayor, Ann Lee, have chosen to say \u201CWe are done\u201D so early?'),
    ).toBe('ann-lee');
    expect(who('Mayor Lee was quick to add: \u201CWe are done.\u201D')).toBe('ann-lee');
    expect(who('Lee chose to tell reporters \u201CWe are done.\u201D')).toBe('ann-lee');
    // Not a verb of speech after "to": the words are not credited by it.
    expect(who('Lee went on to win, and \u201CWe are done\u201D was the headline.')).not.toBe(
      'ann-lee',
    );
    expect(
      who('Lee decided to tell reporters nothing more; Park had said, \u201CWe are done.\u201D'),
    ).not.toBe('ann-lee');
    // A complaint is speech: "In the same appearance Lee complained of “…”".
    expect(
      who(
        'In the same appearance Lee complained of \u201Ca total lack of urgency\u201D at the scene.',
      ),
    ).toBe('ann-lee');
  });

  it('credits the one a cleft names ("X is the one who said")', () => {
    expect(who('The chief, Bo Park, is the one who said, \u201CWe are done.\u201D')).toBe(
      'bo-park',
    );
    expect(who('Lee was the person who wrote \u201CWe are done.\u201D')).toBe('ann-lee');
    // Not someone the words were said to or about.
    expect(who('Lee is the one who heard Park say \u201CWe are done.\u201D')).not.toBe('ann-lee');
  });

  it('carries the speaker of the sentence before to a pronoun', () => {
    expect(who('\u201CWe are done,\u201D she added.', 'Lee said the council had met.')).toBe(
      'ann-lee',
    );
    expect(who('\u201CWe are done,\u201D she added.')).toBeNull();
  });

  it('does not take the object of the speech, or a person the words are about, for the speaker', () => {
    expect(
      who(
        '\u201CWe are done,\u201D she added, noting she had told Chief Park to stop.',
        'Lee said the council had met.',
      ),
    ).toBe('ann-lee');
    expect(who('The guild thanked Lee for \u201Cher steady support.\u201D')).toBeUndefined();
  });
});

describe('creditedSpeaker: words said about a person', () => {
  it('does not credit a person named after "said" when the clause goes on, or after a preposition before a colon', () => {
    expect(
      who('Critics said Lee \u201Cabandoned the officers in their hour of need.\u201D'),
    ).toBeUndefined();
    expect(
      who('Guild leaders hit back at Lee: \u201CThis is a complete overreaction.\u201D'),
    ).toBeUndefined();
    expect(who('It was Mayor Lee who laid down the rule: \u201CWe are done.\u201D')).toBe(
      'ann-lee',
    );
  });
});

describe("speakerAfter: the paragraph's last speaker", () => {
  const after = (sentences: string[]) =>
    sentences.reduce<(typeof SPEAKERS)[number] | null>(
      (carried, s) => speakerAfter(s, SPEAKERS, carried),
      null,
    )?.entity.id ?? null;

  it('keeps the named speaker over sentences that name no one, and through "she added"', () => {
    expect(
      after([
        'Lee said the council had met.',
        'The vote was close.',
        '\u201CWe are done,\u201D she added.',
      ]),
    ).toBe('ann-lee');
  });

  it('drops it when another of the speakers is named, and takes a new one credited with speaking', () => {
    expect(after(['Lee said the council had met.', 'Chief Park was not there.'])).toBeNull();
    expect(after(['Lee said the council had met.', 'Chief Park said nothing.'])).toBe('bo-park');
    expect(after(['Lee said the council had met.', 'Lee has led the city since 2020.'])).toBe(
      'ann-lee',
    );
  });

  it('is what creditedSpeaker gives a pronoun when passed', () => {
    const lee = SPEAKERS[0]!;
    expect(
      creditedSpeaker('\u201CWe are done,\u201D she added.', 'The vote was close.', SPEAKERS, lee)
        ?.entity.id,
    ).toBe('ann-lee');
    expect(
      creditedSpeaker('\u201CWe are done,\u201D she added.', 'The vote was close.', SPEAKERS),
    ).toBeNull();
  });
});

describe('creditedSpeaker: a place or agency before the title', () => {
  it('credits the person after "said" and a capitalised place or agency with a title', () => {
    expect(who('\u201CWe are done,\u201D said Eastport Police Chief Bo Park.')).toBe('bo-park');
    expect(who('\u201CWe are done,\u201D said Northfield County Mayor Ann Lee.')).toBe('ann-lee');
    expect(who('\u201CWe are done,\u201D said the Eastport Mayor Lee.')).toBe('ann-lee');
  });

  it("does not when the words before the title are not a name's, or the clause goes on", () => {
    expect(
      who('\u201CWe are done,\u201D said the clerk to Eastport Police Chief Bo Park.'),
    ).toBeUndefined();
    expect(who('\u201CWe are done,\u201D said Tuesday Bo Park.')).toBeUndefined();
    expect(
      who('Critics said Eastport Police Chief Bo Park \u201Cabandoned the officers.\u201D'),
    ).toBeUndefined();
  });
});

describe("creditedSpeaker: a title of the person's own role after a place", () => {
  it('credits the person when the capitalised word before the name is one of their role\'s ("Eastport Clerk Cy Park")', () => {
    expect(who('\u201CWe are done,\u201D said Eastport City Clerk Cy Park.')).toBe('cy-park');
    expect(who('\u201CWe are done,\u201D said Eastport Treasurer Cy Park.')).toBeUndefined();
  });
});

describe('subjectSpeaker: the speaker a sentence opens with', () => {
  const subject = (sentence: string) => subjectSpeaker(sentence, SPEAKERS)?.entity.id;
  it('is the one named first, as the subject, before the quote', () => {
    expect(subject('The guild called the remarks \u201Ca small overreaction.\u201D')).toBe('guild');
    expect(subject('Mayor Lee had called it \u201Ca disgrace.\u201D')).toBe('ann-lee');
  });
  it('is no one when the name is an owner, after a preposition, or beside another speaker', () => {
    expect(subject('Lee\u2019s critics called it \u201Ca disgrace.\u201D')).toBeUndefined();
    expect(subject('Critics of Lee called it \u201Ca disgrace.\u201D')).toBeUndefined();
    expect(subject('Lee and the guild called it \u201Ca disgrace.\u201D')).toBeUndefined();
  });
});

describe('creditedSpeaker: "X is quoted as saying"', () => {
  it('credits the subject of the passive "quoted as saying" with the words', () => {
    expect(who('Lee is also quoted as saying, \u201CWe are done.\u201D')).toBe('ann-lee');
    expect(
      who('Chief Park was quoted in the Eastport Ledger saying, \u201CWe are done.\u201D'),
    ).toBe('bo-park');
  });

  it('does not credit a person the quoted words are only about, or one merely quoted elsewhere', () => {
    expect(
      who('The piece quoted a resident who praised Lee: \u201CShe listens.\u201D'),
    ).toBeUndefined();
    expect(who('A clerk who had quoted Lee before said the rules were clear.')).toBeUndefined();
  });
});

describe("creditedSpeaker: a transcript's speaker label", () => {
  it('credits the line to the one person the label in capitals names, title or not', () => {
    expect(who('CHIEF PARK: I learned of this from a resident who called my office.')).toBe(
      'bo-park',
    );
    expect(who('MAYOR ANN LEE: We will review the footage.')).toBe('ann-lee');
    expect(who('LEE: We will review the footage.')).toBe('ann-lee');
  });

  it('reads no speaker from a label naming no one of the story, or two of it, or from ordinary capitals', () => {
    expect(who('REPORTER: Did the officers ask about immigration status?')).toBeUndefined();
    expect(who('PARK: We will review the footage.')).toBeUndefined();
    expect(who('NOTE: The video was released on Wednesday.')).toBeUndefined();
  });

  it("gives way to the line's own credit, and reads no label on a line that quotes someone", () => {
    expect(who('CHIEF PARK: As Mayor Lee put it, \u201CWe will review the footage.\u201D')).toBe(
      'ann-lee',
    );
    expect(
      who('CHIEF PARK: As the mayor put it, \u201CWe will review the footage.\u201D'),
    ).not.toBe('bo-park');
    expect(
      who('CHIEF PARK: I called her. She told me, \u201CWe will review the footage.\u201D'),
    ).not.toBe('bo-park');
    expect(who('CHIEF PARK: Ann Lee said we will review the footage.')).toBe('ann-lee');
  });

  it("the label also carries to the paragraph's next lines", () => {
    expect(speakerAfter('CHIEF PARK: Ten of them.', SPEAKERS, null)?.entity.id).toBe('bo-park');
  });
});
