import { describe, expect, it } from 'vitest';
import { buildGazetteer, type GazetteerEntry } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const G: GazetteerEntry[] = [
  { kind: 'agency', id: 'ice', names: ['ICE'] },
  { kind: 'agency', id: 'fbi', names: ['FBI'] },
  { kind: 'agency', id: 'bp', names: ['the Patrol Service'] },
];
const gaz = buildGazetteer(G);
const read = (s: string) => readSentence(s, gaz);
const flat = (s: string) =>
  read(s).flatMap((c) =>
    c.mentions.map((m) => `${m.type}:${m.text}${m.negated ? ' (denied)' : ''}`),
  );

describe('readSentence', () => {
  it('returns no clause for an empty or blank sentence', () => {
    expect(read('')).toEqual([]);
    expect(read('   ')).toEqual([]);
  });

  it('gives offsets into the sentence', () => {
    const s = 'On Monday, March 24, Mayor Jane Doe said three men were detained on Elm Street.';
    for (const m of read(s).flatMap((c) => c.mentions))
      expect(s.slice(m.start, m.end)).toBe(m.text);
    expect(flat(s)).toEqual([
      'weekday:Monday',
      'date:March 24',
      'title:Mayor',
      'person:Jane Doe',
      'count:three',
      'outcome:detained',
      'street:Elm Street',
    ]);
  });

  it('keeps offsets with typographic quotes and characters outside the basic plane', () => {
    const s = '\u201CWe\u2019re done,\u201D \u{1F600} Sheriff Ann Lee said on Friday.';
    const ms = read(s).flatMap((c) => c.mentions);
    for (const m of ms) expect(s.slice(m.start, m.end)).toBe(m.text);
    expect(ms.map((m) => m.text)).toEqual(['Sheriff', 'Ann Lee', 'Friday']);
  });

  describe('clauses', () => {
    it('a simple sentence is one clause', () => {
      expect(read('The van was stopped on Monday.')).toHaveLength(1);
    });
    it('splits at ";", ":", dashes and coordinators after a comma', () => {
      const s =
        'The mayor spoke on Monday; the chief spoke on Tuesday \u2014 the union on Wednesday, but the FBI said nothing.';
      const clauses = read(s);
      expect(clauses.map((c) => s.slice(c.start, c.end))).toEqual([
        'The mayor spoke on Monday;',
        'the chief spoke on Tuesday \u2014',
        'the union on Wednesday,',
        'but the FBI said nothing.',
      ]);
      expect(clauses.map((c) => c.mentions.map((m) => m.text))).toEqual([
        ['mayor', 'Monday'],
        ['chief', 'Tuesday'],
        ['Wednesday'],
        ['FBI'],
      ]);
    });
    it('dashes around an aside in the subject cut nothing when the predicate goes on after them', () => {
      for (const s of [
        'Five men \u2014 a father and his sons \u2014 were taken into custody on Monday.',
        'Five men -- a father and his sons -- were taken into custody on Monday.',
      ]) {
        expect(read(s).map((c) => s.slice(c.start, c.end))).toEqual([s]);
      }
      // A dash pair followed by anything but an auxiliary or a copula still ends clauses, and so does a lone dash.
      const t = 'Police stopped the van \u2014 a red one \u2014 and the FBI left on Monday.';
      expect(read(t)).toHaveLength(3);
      expect(read('The chief spoke on Tuesday \u2014 the FBI was silent.')).toHaveLength(2);
    });
    it('a relative clause between commas is a clause of its own', () => {
      const s =
        'Ann Lee, who spoke on Wednesday, joined Bo Ray, who had given an interview on Monday.';
      expect(read(s).map((c) => s.slice(c.start, c.end))).toEqual([
        'Ann Lee,',
        'who spoke on Wednesday,',
        'joined Bo Ray,',
        'who had given an interview on Monday.',
      ]);
    });
    it('"and" before a modal starts a clause of another time', () => {
      const s = 'The arena opened in 1974 and will stay closed indefinitely.';
      expect(read(s).map((c) => s.slice(c.start, c.end))).toEqual([
        'The arena opened in 1974',
        'and will stay closed indefinitely.',
      ]);
      expect(read('Police stopped the van on Monday and detained three men.')).toHaveLength(1);
    });
    it('an if-clause ends at its comma', () => {
      const clauses = read('If the officers broke policy, they will be disciplined.');
      expect(clauses).toHaveLength(2);
      expect(clauses[0]!.stance).toBe('conditional');
    });
  });

  describe('negation', () => {
    it('"X, not Y" denies Y only', () => {
      expect(flat('ICE, not the FBI, made the stop.')).toEqual([
        'agency:ICE',
        'agency:FBI (denied)',
      ]);
      expect(read('ICE, not the FBI, made the stop.')[0]!.negated).toBe(false);
    });
    it('"not X but Y" denies X only', () => {
      expect(flat('It was not ICE but the FBI that made the stop.')).toEqual([
        'agency:ICE (denied)',
        'agency:FBI',
      ]);
    });
    it('"rather than X" and "instead of X" deny X', () => {
      expect(flat('The FBI rather than ICE made the arrest.')).toEqual([
        'agency:FBI',
        'agency:ICE (denied)',
        'outcome:arrest',
      ]);
      expect(flat('It happened on Monday instead of Tuesday.')).toEqual([
        'weekday:Monday',
        'weekday:Tuesday (denied)',
      ]);
    });
    it('a verb of not doing denies the outcome after it ("skips any meeting", "declined to meet")', () => {
      expect(flat('He skips any meeting with the mayor.')).toContain('outcome:meeting (denied)');
      expect(flat('She declined a meeting with the chief.')).toContain('outcome:meeting (denied)');
      expect(flat('He met the mayor.')).toContain('outcome:met');
    });
    it('"neither X nor Y" denies both', () => {
      expect(flat('Neither ICE nor the FBI took part.')).toEqual([
        'agency:ICE (denied)',
        'agency:FBI (denied)',
      ]);
    });
    it('"not by" and "was not on" reach the value after the preposition', () => {
      expect(flat('The van was stopped by ICE, not by the FBI.')).toEqual([
        'outcome:stopped',
        'agency:ICE',
        'agency:FBI (denied)',
      ]);
      expect(flat('The stop was not on Monday.')).toEqual(['weekday:Monday (denied)']);
    });
    it('a denied verb denies the clause and its outcomes, not the other values', () => {
      const [c] = read('ICE did not detain anyone on Monday and no officer was fired.');
      expect(c!.negated).toBe(true);
      expect(c!.mentions.map((m) => `${m.text}${m.negated ? '!' : ''}`)).toEqual([
        'ICE',
        'detain!',
        'Monday',
        'No'.toLowerCase(),
        'fired!',
      ]);
    });
    it('a negation stays in its clause', () => {
      const clauses = read('The officers were not fired; they were suspended.');
      expect(clauses.map((c) => c.negated)).toEqual([true, false]);
      expect(clauses.flatMap((c) => c.mentions).map((m) => m.negated)).toEqual([true, false]);
    });
    it('a denial in a quote before a speech verb stays with the quote clause', () => {
      const [c] = read('"We are not to be handcuffing people," the chief said.');
      expect(c!.mentions.find((m) => m.type === 'outcome')?.negated).toBe(true);
      expect(c!.mentions.find((m) => m.type === 'title')?.negated).toBe(false);
    });
  });

  describe('stance', () => {
    const stance = (s: string) => read(s).map((c) => c.stance);
    it('asserted by default, also for a named source', () => {
      expect(stance('The van was stopped on Monday, the chief said.')).toEqual(['asserted']);
      expect(stance('According to the FBI, three men were detained.')).toEqual(['asserted']);
    });
    it('reported for hedges and vague sources', () => {
      expect(stance('Critics said the officers were fired.')).toEqual(['reported']);
      expect(stance('The officers were reportedly fired.')).toEqual(['reported']);
      expect(stance('The union claimed the men were released.')).toEqual(['reported']);
      expect(stance('According to rumors, the chief resigned.')).toEqual(['reported']);
      expect(stance('Some argue the stop was illegal.')).toEqual(['reported']);
    });
    it('reported for hearsay passed on to the writer, not for what the writer told', () => {
      expect(stance('A client of mine tells me the officers were fired.')).toEqual(['reported']);
      expect(stance("I'm told the chief resigned.")).toEqual(['reported']);
      expect(stance('I was told the men were released.')).toEqual(['reported']);
      expect(stance("I've heard the van was white.")).toEqual(['reported']);
      expect(stance('I told the chief the officers were retrained.')).toEqual(['asserted']);
      expect(stance('I had told the chief the officers were retrained.')).toEqual(['asserted']);
    });
    it('reported for an unnamed someone who swore or insisted, even with a short phrase between', () => {
      expect(stance('Somebody in chat swore the mayor was there.')).toEqual(['reported']);
      expect(stance('Someone insisted the officers were fired.')).toEqual(['reported']);
      expect(stance('The chief swore the officers were retrained.')).toEqual(['asserted']);
    });
    it("a modal or a negator inside a phrase of time or concession before the subject is the phrase's own", () => {
      const after = read(
        "But after all the talk of who would or wouldn't meet him, Homan did sit down with the chief.",
      );
      expect(after.map((c) => [c.stance, c.negated])).toEqual([['asserted', false]]);
      expect(after[0]!.mentions.find((m) => m.type === 'outcome')).toMatchObject({
        value: { kind: 'met' },
        negated: false,
      });
      expect(stance('After the stop, the officers would be retrained.')).toEqual(['conditional']);
      expect(stance('After the stop the officers would be retrained.')).toEqual(['conditional']);
      expect(
        read('Despite no officer being fired, the union was angry.')[0]!.mentions.find(
          (m) => m.type === 'outcome',
        )?.negated,
      ).toBe(true);
      // No comma of its own: the verb and its negator before the first comma are the main clause's.
      expect(
        read(
          'Following the briefing Homan did not visit the city on March 28, though he met union leaders.',
        )[0]!.mentions.find((m) => m.type === 'outcome')?.negated,
      ).toBe(true);
      expect(
        read('During the stop federal agents did not detain eight people, they detained three.')[0]!
          .negated,
      ).toBe(true);
      expect(stance('Someone posted a video of the stop.')).toEqual(['asserted']);
    });
    it('question for a question', () => {
      expect(stance('Were the officers fired?')).toEqual(['question']);
      expect(stance('The mayor spoke; was anyone fired?')).toEqual(['asserted', 'question']);
    });
    it('conditional for if, would, could, but not for an intention reported after a speech verb', () => {
      expect(stance('The officers could be fired.')).toEqual(['conditional']);
      expect(stance('The chief would have fired them.')).toEqual(['conditional']);
      expect(stance('The chief said his officers would not help ICE.')).toEqual(['asserted']);
      expect(stance('The department held firm, saying its officers would not help ICE.')).toEqual([
        'asserted',
      ]);
    });
    it('asserted when the modal belongs to a clause of time or purpose after the main verb ("until they could …")', () => {
      expect(stance('The officers were put on desk duty until they could be retrained.')).toEqual([
        'asserted',
      ]);
      expect(stance('The agents stepped aside so the officers could work.')).toEqual(['asserted']);
      expect(stance('The agents stepped aside so that the officers could work.')).toEqual([
        'asserted',
      ]);
      // A modal before the subordinator still conditions the main clause; "so" as a degree word is no purpose clause.
      expect(
        stance('The officers would be kept on desk duty until they could be retrained.'),
      ).toEqual(['conditional']);
      expect(stance('The officers were so few that nothing could be done.')).toEqual([
        'conditional',
      ]);
    });
    it('asserted for what a factive frame takes as known, after the frame\'s modal ("should keep in mind that …")', () => {
      expect(stance('Readers should keep in mind that the officers were fired in May.')).toEqual([
        'asserted',
      ]);
      expect(stance('You may remember that the chief resigned.')).toEqual(['asserted']);
      // A modal after the frame, or a leading "if", still conditions it.
      expect(stance('Readers should note that the officers might be fired.')).toEqual([
        'conditional',
      ]);
      expect(stance('Readers should keep in mind that the officers could be fired.')).toEqual([
        'conditional',
      ]);
      expect(stance('Readers should ask whether the officers were fired.')).toEqual([
        'conditional',
      ]);
      expect(stance('If you remember that the chief resigned, you are wrong.')).toEqual([
        'conditional',
        'asserted',
      ]);
    });
    it('a request asserts nothing, in its clause and the ones joined after it ("please … and release …")', () => {
      expect(
        stance('If the request is denied, please cite the rule and release the rest.').every(
          (x) => x !== 'asserted',
        ),
      ).toBe(true);
      expect(stance('Please release the records by Friday.')).toEqual(['conditional']);
      // Before the request, and a speaker's own "please", stay asserted.
      expect(stance('The men were released on Friday, and please note the date.')[0]).toBe(
        'asserted',
      );
      expect(stance('He said, "Please release them," and the agents released them.')[0]).toBe(
        'asserted',
      );
      // A colon ends the request: what follows it is asserted.
      expect(stance('Please fix the box: the men were released on Friday.').at(-1)).toBe(
        'asserted',
      );
    });
  });
});
