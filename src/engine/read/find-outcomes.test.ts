import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);
const outcomes = (s: string) =>
  readSentence(s, none)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'outcome')
    .map((m) => ({ text: m.text, kind: (m.value as { kind: string }).kind, negated: m.negated }));

describe('outcomes', () => {
  it('reads verbs, participles and nouns by kind', () => {
    expect(outcomes('Three men were detained.')).toEqual([
      { text: 'detained', kind: 'detained', negated: false },
    ]);
    expect(outcomes('They were taken into custody.')[0]).toMatchObject({ kind: 'detained' });
    // The object between verb and phrase: "took four men into custody".
    expect(outcomes('Agents took four men into custody.')[0]).toMatchObject({ kind: 'detained' });
    expect(outcomes('His detention lasted a week.')[0]).toMatchObject({ kind: 'detained' });
    // Led or taken away: removed in custody.
    expect(outcomes('Four men were handcuffed and taken away.')).toContainEqual({
      text: 'taken away',
      kind: 'detained',
      negated: false,
    });
    expect(outcomes('Two officers lost their jobs.')[0]).toMatchObject({
      text: 'lost their jobs',
      kind: 'fired',
    });
    expect(outcomes('All were put on desk duty.')[0]).toMatchObject({ kind: 'desk-duty' });
    expect(outcomes('The city faces a lawsuit.')[0]).toMatchObject({ kind: 'sued' });
    expect(outcomes('The department sued the city.')[0]).toMatchObject({ kind: 'sued' });
    expect(outcomes('The van was pulled over.')[0]).toMatchObject({ kind: 'stopped' });
    expect(outcomes('The officers were reprimanded.')[0]).toMatchObject({ kind: 'disciplined' });
    expect(outcomes('He was deported in May.')[0]).toMatchObject({ kind: 'deported' });
    expect(outcomes('The officers were back on patrol.')[0]).toMatchObject({
      kind: 'returned-to-duty',
    });
    // The same return said with "resumed" or "went back" (a part of the whole, counted against the recorded return).
    expect(outcomes('The officers resumed patrol on Monday.')[0]).toMatchObject({
      kind: 'returned-to-duty',
    });
    expect(outcomes('Both deputies went back to work.')[0]).toMatchObject({
      kind: 'returned-to-duty',
    });
  });

  it('reads "did sit down briefly with" as a meeting, the adverb three words in', () => {
    expect(outcomes('Homan did sit down briefly with the mayor.')).toEqual([
      { text: 'did sit down briefly with', kind: 'met', negated: false },
    ]);
  });

  it('reads a phrase of several words with an adverb in -ly inside it as the phrase', () => {
    expect(outcomes('The envoy sat down briefly with the mayor.')).toEqual([
      { text: 'sat down briefly with', kind: 'met', negated: false },
    ]);
    expect(outcomes('Both clerks were put temporarily on desk duty.')[0]).toMatchObject({
      kind: 'desk-duty',
    });
    // Not an adverb ("only", "early"), or no phrase round it: nothing new.
    expect(outcomes('The envoy sat down early with the mayor.')).toEqual([]);
    expect(outcomes('The envoy sat quietly in the hall.')).toEqual([]);
    // A hedge is not read over: the phrase's reading must not swallow it.
    expect(outcomes('The envoy sat down reportedly with the mayor.')).toEqual([]);
  });

  it('reads handcuffing said with the noun or the bare verb', () => {
    expect(outcomes('The deputies placed the two suspects in handcuffs.')[0]).toMatchObject({
      kind: 'handcuffed',
    });
    expect(outcomes('Guards helped handcuff the protesters.')[0]).toMatchObject({
      kind: 'handcuffed',
    });
    expect(outcomes('She was led out of the courthouse in cuffs.')[0]).toMatchObject({
      kind: 'handcuffed',
    });
  });

  it('reads the outcomes of non-crime news: evacuations, hospital stays, injuries, deaths, closures', () => {
    expect(outcomes('About 400 people were evacuated from their homes.')[0]).toMatchObject({
      kind: 'evacuated',
    });
    expect(outcomes('Residents were ordered to leave.')[0]).toMatchObject({
      text: 'ordered to leave',
      kind: 'evacuated',
    });
    expect(
      outcomes('Seven workers were taken to hospitals with breathing trouble.')[0],
    ).toMatchObject({ text: 'taken to hospitals', kind: 'hospitalized' });
    expect(outcomes('Two people were injured.')[0]).toMatchObject({ kind: 'injured' });
    expect(outcomes('One worker died at the hospital.')[0]).toMatchObject({ kind: 'killed' });
    expect(
      outcomes('The road was closed for six hours and reopened at noon.').map((o) => o.kind),
    ).toEqual(['closed', 'reopened']);
    expect(outcomes('No one was killed.')).toEqual([
      { text: 'killed', kind: 'killed', negated: true },
    ]);
    // A thing closed is no outcome for a person.
    expect(outcomes('The detective closed the case.')).toEqual([]);
  });

  it('reads their negation', () => {
    expect(outcomes('They were not charged.')).toEqual([
      { text: 'charged', kind: 'charged', negated: true },
    ]);
    expect(outcomes('No officer was fired.')[0]).toMatchObject({ kind: 'fired', negated: true });
    expect(outcomes("The men weren't released.")[0]).toMatchObject({
      kind: 'released',
      negated: true,
    });
    expect(outcomes('The officers were never disciplined.')[0]).toMatchObject({ negated: true });
    expect(outcomes('They were suspended, not fired.')).toEqual([
      { text: 'suspended', kind: 'suspended', negated: false },
      { text: 'fired', kind: 'fired', negated: true },
    ]);
  });

  it('a negator in a relative clause denies that clause only, not the outcome of the verb that takes the sentence up again', () => {
    expect(outcomes('The three guards who were not at work had been suspended.')).toEqual([
      { text: 'suspended', kind: 'suspended', negated: false },
    ]);
    expect(outcomes("The clerks who weren't on shift were reassigned.")).toEqual([
      { text: 'reassigned', kind: 'reassigned', negated: false },
    ]);
    // Inside the relative clause the outcome stays denied; the one after it does not.
    expect(outcomes('The nurses who were not fired were retrained.')).toEqual([
      { text: 'fired', kind: 'fired', negated: true },
      { text: 'retrained', kind: 'retrained', negated: false },
    ]);
    // With a conjunction the second verb may belong to the relative clause: the whole stays denied.
    expect(
      outcomes('The guards who were not at work and were suspended complained.')[0],
    ).toMatchObject({ kind: 'suspended', negated: true });
    // A plain denial still denies the clause.
    expect(outcomes('The guards who worked nights were not suspended.')[0]).toMatchObject({
      kind: 'suspended',
      negated: true,
    });
  });

  it('reads the nature of an investigation said right before its noun', () => {
    const natured = (s: string) =>
      readSentence(s, none)
        .flatMap((c) => c.mentions)
        .filter((m) => m.type === 'outcome')
        .map((m) => ({ text: m.text, value: m.value }));
    expect(natured('Prosecutors opened a criminal inquiry into the clerk.')).toEqual([
      { text: 'criminal inquiry', value: { kind: 'investigated', nature: 'criminal' } },
    ]);
    expect(natured('The board began an internal affairs probe.')).toEqual([
      { text: 'internal affairs probe', value: { kind: 'investigated', nature: 'internal' } },
    ]);
    // No nature word: the outcome alone.
    expect(natured('The board began a probe.')).toEqual([
      { text: 'probe', value: { kind: 'investigated' } },
    ]);
    // A nature word before an outcome that has none of its own is no part of it.
    expect(natured('The internal memo said two clerks were suspended.')).toEqual([
      { text: 'suspended', value: { kind: 'suspended' } },
    ]);
  });

  it('a thing after "released" or "fired" is no outcome for a person', () => {
    expect(outcomes('The department released more details.')).toEqual([]);
    expect(outcomes('The agency released a statement.')).toEqual([]);
    expect(outcomes('An officer fired two shots.')).toEqual([]);
    expect(outcomes('The agency released the men on Friday.')[0]).toMatchObject({
      kind: 'released',
    });
    // A passive with "get" ("getting fired over that statement") befell the subject, whatever thing follows.
    expect(outcomes('He ended up getting fired over that statement.')[0]).toMatchObject({
      kind: 'fired',
    });
    expect(outcomes('She gets fired over the memo.')[0]).toMatchObject({ kind: 'fired' });
  });

  it('a thing named before a relative clause of "released" is its object, no person', () => {
    expect(outcomes("The mayor's statement, which he released on March 26, was short.")).toEqual(
      [],
    );
    expect(outcomes('The statement that the city released on Friday was short.')).toEqual([]);
    expect(outcomes('Officials described the video police released.')).toEqual([]);
    // People before the clause, or no subject of the clause: still an outcome.
    expect(outcomes('The men that the agents released on Friday went home.')[0]).toMatchObject({
      kind: 'released',
    });
    expect(outcomes('The statement said the men were released on Friday.')[0]).toMatchObject({
      kind: 'released',
    });
    expect(outcomes('The men, whom agents released on Friday, went home.')[0]).toMatchObject({
      kind: 'released',
    });
  });

  it('a thing a passive "dismissed" or "released" is said of is no outcome for a person', () => {
    const kinds = (sentence: string) => outcomes(sentence).map((o) => o.kind);
    expect(kinds('The suit was dismissed by a federal judge.')).not.toContain('fired');
    expect(kinds('The lawsuit was later dismissed as moot.')).not.toContain('fired');
    expect(kinds('A judge dismissed the case.')).not.toContain('fired');
    expect(outcomes('Two officers were later dismissed.')[0]).toMatchObject({ kind: 'fired' });
    expect(outcomes('The officers were dismissed.')[0]).toMatchObject({ kind: 'fired' });
  });

  it('"stopped at" a place is a visit, not a stop', () => {
    expect(outcomes('The czar also stopped at the station.')).toEqual([]);
    expect(outcomes('The van was stopped at the corner.')[0]).toMatchObject({ kind: 'stopped' });
  });

  it("custody of a holder's kind or name is detention", () => {
    expect(outcomes('Two of the workers ended up in state custody.')).toEqual([
      { text: 'custody', kind: 'detained', negated: false },
    ]);
    expect(outcomes('The men remain in Harbor Unit custody.')).toEqual([
      { text: 'custody', kind: 'detained', negated: false },
    ]);
    expect(outcomes('She was granted joint custody of her son.')).toEqual([]);
    expect(outcomes('They are in a child custody dispute.')).toEqual([]);
  });

  it('"took X to court" is a suit, with the name sued left between', () => {
    expect(outcomes('The federal government took Rochester to court in April.')).toEqual([
      { text: 'to court', kind: 'sued', negated: false },
    ]);
    expect(outcomes('Prosecutors hauled the city and its mayor into court.')).toEqual([
      { text: 'into court', kind: 'sued', negated: false },
    ]);
    expect(outcomes('The lawyers went to court on Monday.')).toEqual([]);
    // The court's kind or name between "to" and "court".
    expect(outcomes('The state took the county to federal court last week.')).toEqual([
      { text: 'to federal court', kind: 'sued', negated: false },
    ]);
    expect(outcomes('Her union dragged the board into State Supreme Court.')).toEqual([
      { text: 'into State Supreme Court', kind: 'sued', negated: false },
    ]);
    expect(outcomes('The coach took the team to the basketball court.')).toEqual([]);
    expect(outcomes('She took the bus. Then she walked to court.')).toEqual([]);
  });
});

describe('held at a place of detention', () => {
  it('after "were", "remain" or "ended up"', () => {
    for (const s of [
      'Four people ended up held at the federal detention facility.',
      'Three men remain held at the detention center.',
      'They were held at the county jail.',
    ])
      expect(outcomes(s)[0], s).toMatchObject({ kind: 'detained' });
  });
  it('not an occasion, nor "held" after another word', () => {
    for (const s of [
      'The hearing ended up held at the county jail.',
      'They held up at the county jail.',
    ])
      expect(
        outcomes(s).some((o) => o.kind === 'detained'),
        s,
      ).toBe(false);
  });
});
