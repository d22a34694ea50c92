import { describe, expect, it } from 'vitest';
import { KINDS, perturb } from './generate.ts';
import {
  loadLists,
  loadSentenceFile,
  loadStories,
  PARTS,
  sentenceFiles,
  type Part,
  type StoryInfo,
  type TrueSentence,
} from './suite.ts';
import { parseCount } from './values.ts';

const lists = loadLists();
const stories = loadStories();
const files = (parts: readonly Part[]) =>
  parts
    .flatMap((part) => sentenceFiles(part).map(loadSentenceFile))
    .map((f) => ({ story: stories.find((s) => s.story === f.story)!, sentences: f.sentences }));
const everything = (parts: readonly Part[] = PARTS) =>
  files(parts).flatMap(({ story, sentences }) =>
    sentences.flatMap((s) => perturb(s, lists, story)),
  );

const story: StoryInfo = { key: 't', story: 't', carrier: '', exclude: {} };
const sentence = (text: string, slots: TrueSentence['slots']): TrueSentence => ({
  id: 't-1',
  ref: 'B1',
  voice: 'plain',
  text,
  slots,
});

describe('perturbation generator', () => {
  it('is deterministic: the same perturbations, in the same order, run after run', () => {
    expect(everything()).toEqual(everything());
    const first = everything()
      .slice(0, 40)
      .map((p) => p.text);
    expect(first).toEqual(
      everything()
        .slice(0, 40)
        .map((p) => p.text),
    );
  });

  it.each(PARTS.map((p) => [p]))('produces cases of every kind in the %s part', (part) => {
    const kinds = new Set(everything([part]).map((p) => p.kind));
    // Kinds added after the held-out part was written (it is not edited to fit them).
    const later =
      part === 'held-out'
        ? [
            'time-words',
            'time-hedge',
            'duration',
            'court',
            'disposition',
            'owner',
            'demand',
            'whole',
            'colour',
            'medium',
            'post',
            'offset',
            'run-day',
            'met',
            'all-of',
            'holder',
            'date-words',
            'side',
          ]
        : [];
    expect(KINDS.filter((k) => !kinds.has(k) && !later.includes(k))).toEqual([]);
  });

  it('changes the sentence every time: the replacement differs from the original, ids are unique', () => {
    const byId = new Map(
      files(PARTS)
        .flatMap(({ sentences }) => sentences)
        .map((s) => [s.id, s]),
    );
    const all = everything();
    expect(all.length).toBeGreaterThan(400);
    for (const p of all) {
      expect(p.to.toLowerCase(), p.id).not.toBe(p.from.toLowerCase());
      expect(p.text, p.id).not.toBe(byId.get(p.sentenceId)!.text);
      expect(p.text, p.id).toContain(p.to);
    }
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
  });

  it('never uses a value the record ties to the story, nor a real person of the suite', () => {
    const people = new Set(
      files(PARTS).flatMap(({ sentences }) =>
        sentences.flatMap((s) => s.slots.filter((x) => x.type === 'person').map((x) => x.text)),
      ),
    );
    for (const { story: info, sentences } of files(PARTS)) {
      for (const p of sentences.flatMap((s) => perturb(s, lists, info))) {
        if (p.kind === 'person') expect(people.has(p.to), p.id).toBe(false);
        const type = p.kind === 'agency' ? 'agency' : p.kind;
        for (const value of info.exclude[type as keyof typeof info.exclude] ?? [])
          expect(p.to.toLowerCase(), p.id).not.toBe(value.toLowerCase());
      }
    }
  });

  it('labels by the record: another immigration agency is a flag, qualifiers carry their own label, counts stay outside the compatible range', () => {
    const agencies = perturb(
      sentence('Border Patrol agents stopped the van.', [
        { type: 'agency', text: 'Border Patrol', actor: 'agents' },
      ]),
      lists,
      story,
    );
    expect(
      agencies.filter((p) => p.kind === 'agency-related').every((p) => p.expect === 'flag'),
    ).toBe(true);
    expect(agencies.filter((p) => p.kind === 'agency-related').length).toBeGreaterThan(0);
    expect(agencies.find((p) => p.kind === 'denial')?.text).toMatch(
      /^[A-Z].* agents, not Border Patrol agents, stopped the van\.$/,
    );
    // Another unit of the same parent is another body: expected discrepant, never one of the immigration list's own names.
    const sibling = agencies.filter((p) => p.kind === 'agency-sibling');
    expect(sibling).toHaveLength(1);
    expect(sibling[0]).toMatchObject({
      expect: 'discrepant',
      to: expect.stringMatching(/Field Operations|Air and Marine/) as unknown as string,
    });
    const both = perturb(
      sentence('HSI and Border Patrol agents stopped the van.', [{ type: 'agency', text: 'HSI' }]),
      lists,
      story,
    );
    expect(both.filter((p) => p.kind === 'agency-sibling').map((p) => p.to)).toEqual([
      expect.stringMatching(/Enforcement and Removal Operations/),
    ]);

    const titles = perturb(
      sentence('It was proposed by Mayor Lovely Warren.', [
        { type: 'title', text: 'Mayor', qualifiers: { former: 'true', acting: 'discrepant' } },
      ]),
      lists,
      story,
    );
    expect(titles.map((p) => [p.text, p.expect])).toEqual([
      ['It was proposed by former Mayor Lovely Warren.', 'true'],
      ['It was proposed by acting Mayor Lovely Warren.', 'discrepant'],
      ['It was proposed by Travis County Sheriff Lovely Warren.', 'discrepant'],
    ]);
    // A county sheriff's title only for a one-holder post's right before the name, with nothing capitalised before it.
    expect(
      perturb(
        sentence('It was proposed by Rochester Mayor Lovely Warren.', [
          { type: 'title', text: 'Mayor', qualifiers: {} },
        ]),
        lists,
        story,
      ),
    ).toEqual([]);
    expect(
      perturb(
        sentence('It was proposed by the mayor, Lovely Warren.', [
          { type: 'title', text: 'mayor', qualifiers: {} },
        ]),
        lists,
        story,
      ),
    ).toEqual([]);

    const counts = perturb(
      sentence('About eight people were in the van.', [
        { type: 'count', text: 'eight', noun: 'people', range: [7, 9] },
      ]),
      lists,
      story,
    );
    expect(counts.map((p) => p.to)).toEqual([
      'sixteen',
      '16',
      'twenty-four',
      '24',
      'a dozen',
      'two dozen',
    ]);
    const exact = perturb(
      sentence('Ten officers came.', [
        { type: 'count', text: 'Ten', noun: 'officers', deny: true },
      ]),
      lists,
      story,
    );
    expect(exact.map((p) => p.text)).toEqual([
      'Twenty officers came.',
      '20 officers came.',
      'Thirty officers came.',
      '30 officers came.',
      'Eleven officers came.',
      'Nine officers came.',
      'A dozen officers came.',
      'Two dozen officers came.',
      'Half a dozen officers came.',
      'Dozens of officers came.',
      'Roughly thirty officers came.',
      'A handful of officers came.',
      'About ten officers came.',
      'Like thirty officers came.',
      'No officers came.',
    ]);
    // Quantifier words: a hedge far off and "a handful" of ten are wrong; the same number hedged is true.
    expect(
      exact
        .filter((p) => /^(Roughly|A handful|About|Like|Two dozen)/.test(p.text))
        .map((p) => p.expect),
    ).toEqual(['discrepant', 'discrepant', 'discrepant', 'true', 'discrepant']);
    for (const p of everything().filter((x) => x.kind === 'count'))
      expect(p.to, p.id).not.toMatch(/^(one|1)$/);
    expect(
      perturb(
        sentence('A father and his two sons.', [{ type: 'count', text: 'two', noun: 'sons' }]),
        lists,
        story,
      ).map((p) => p.to),
    ).not.toContain('a dozen');
    expect(
      perturb(
        sentence('A van with an estimated eight people.', [
          { type: 'count', text: 'eight', noun: 'people', range: [7, 9] },
        ]),
        lists,
        story,
      ).map((p) => p.to),
    ).not.toContain('a dozen');
  });

  it('dates a report known only by its month to a day: before what it quotes is wrong, on or after stays true', () => {
    const ran = perturb(
      sentence('The Ledger ran the round-up in June 2024.', [
        { type: 'month-year', text: 'June 2024', yearOnly: true, runsFrom: '2024-06-20' },
      ]),
      lists,
      story,
    ).filter((p) => p.kind === 'run-day');
    expect(ran.map((p) => p.expect)).toEqual(['discrepant', 'discrepant', 'true']);
    for (const p of ran) {
      expect(p.from).toBe('in June 2024');
      const day = Number(/^on June (\d{1,2}), 2024$/.exec(p.to)![1]);
      expect(p.expect === 'true' ? day >= 20 && day <= 30 : day < 20).toBe(true);
    }
    // Without "in" before the month, or without the day it runs from, nothing of the kind.
    expect(
      perturb(
        sentence('June 2024 saw the round-up.', [
          { type: 'month-year', text: 'June 2024', runsFrom: '2024-06-20' },
        ]),
        lists,
        story,
      ).filter((p) => p.kind === 'run-day'),
    ).toEqual([]);
    expect(
      perturb(
        sentence('The Ledger ran it in June 2024.', [{ type: 'month-year', text: 'June 2024' }]),
        lists,
        story,
      ).filter((p) => p.kind === 'run-day'),
    ).toEqual([]);
  });

  it('says a date right after a weekday as its day in words: another day (wrong) and the same day (true)', () => {
    const said = perturb(
      sentence('They met on Friday, June 12, 2020.', [{ type: 'date', text: 'June 12, 2020' }]),
      lists,
      story,
    ).filter((p) => p.kind === 'day-in-words');
    expect(said.map((p) => p.expect)).toEqual(['discrepant', 'true']);
    expect(said[0]!.to).toMatch(/^the (?:ninth|tenth|eleventh|thirteenth|fourteenth|fifteenth)$/);
    expect(said[1]!.to).toBe('the twelfth');
    expect(
      perturb(
        sentence('They met on June 12, 2020.', [{ type: 'date', text: 'June 12, 2020' }]),
        lists,
        story,
      ).filter((p) => p.kind === 'day-in-words'),
    ).toEqual([]);
  });

  it('shifts dates, months, years and times into other values, in the same format', () => {
    const dated = perturb(
      sentence('It was on March 24, 2025.', [{ type: 'date', text: 'March 24, 2025' }]),
      lists,
      story,
    );
    const dates = dated.filter((p) => p.kind === 'date');
    // The date said as a public day of its year by name, after "on" (never the day it is).
    const named = dated.filter((p) => p.kind === 'named-day');
    expect(named).toHaveLength(2);
    for (const p of named)
      expect(p).toMatchObject({
        to: expect.stringMatching(/^[A-Z][\w' ]+ 2025$/),
        expect: 'discrepant',
      });
    expect(
      perturb(
        sentence('It was on Monday, March 24, 2025.', [{ type: 'date', text: 'March 24, 2025' }]),
        lists,
        story,
      ).filter((p) => p.kind === 'named-day'),
    ).toEqual([]);
    expect(dates.map((p) => p.variant)).toEqual([
      expect.stringMatching(/^[+-]\d+ days$/),
      expect.stringMatching(/days$/),
      'another month',
      'another year',
    ]);
    for (const p of dates) expect(p.to).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    // After "on", the day in words: as written (true) and a day off (wrong).
    expect(dated.filter((p) => p.kind === 'date-words').map((p) => [p.to, p.expect])).toEqual([
      ['the twenty-fourth of March 2025', 'true'],
      ['the twenty-fifth of March 2025', 'discrepant'],
    ]);
    expect(
      perturb(
        sentence('The March 24, 2025 stop.', [{ type: 'date', text: 'March 24, 2025' }]),
        lists,
        story,
      ).filter((p) => p.kind === 'date-words'),
    ).toEqual([]);
    const all = perturb(
      sentence('At 5:30 p.m. it began.', [{ type: 'time', text: '5:30 p.m.' }]),
      lists,
      story,
    );
    const times = all.filter((p) => p.kind === 'time');
    expect(times.at(-1)!.to).toBe('5:30 a.m.');
    for (const p of times) expect(p.to).toMatch(/^\d{1,2}:30 [ap]\.m\.$/);
    // The clock in words: the same time stays true, a shifted one is wrong.
    const words = all.filter((p) => p.kind === 'time-words');
    expect(words[0]).toMatchObject({ to: 'half past five in the evening', expect: 'true' });
    expect(words[1]).toMatchObject({ expect: 'discrepant' });
    expect(words[1]!.to).toMatch(
      /^half past (twelve|one|two|eight|nine|ten) (in the afternoon|at night)$/,
    );
    // A close hedge: another close word on the same side stays true; the other side an hour off is wrong.
    const hedged = perturb(
      sentence('Shortly after 6 p.m. the call came.', [{ type: 'time', text: '6 p.m.' }]),
      lists,
      story,
    ).filter((p) => p.kind === 'time-hedge');
    expect(hedged.map((p) => [p.to, p.expect])).toEqual([
      ['A little after 6 p.m.', 'true'],
      ['Shortly before 5 p.m.', 'discrepant'],
    ]);
    expect(
      perturb(
        sentence('At 6 p.m. the call came.', [{ type: 'time', text: '6 p.m.' }]),
        lists,
        story,
      ).filter((p) => p.kind === 'time-hedge'),
    ).toEqual([]);
    const years = perturb(
      sentence('It was in November 2016.', [
        { type: 'month-year', text: 'November 2016', yearOnly: true },
      ]),
      lists,
      story,
    );
    expect(years.map((p) => p.variant)).toEqual(['another year']);
    expect(parseCount('Twenty-four')).toBe(24);
  });

  it('scales a duration or puts it in the next unit, in the same form', () => {
    const to = (text: string) =>
      perturb(sentence(`It took ${text} then.`, [{ type: 'duration', text }]), lists, story).map(
        (p) => [p.variant, p.to, p.expect],
      );
    expect(to('two-hour')).toEqual([
      ['x3', 'six-hour', 'discrepant'],
      ['in days', 'two-day', 'discrepant'],
    ]);
    expect(to('about an hour')).toEqual([
      ['x3', 'about three hours', 'discrepant'],
      ['in days', 'about a day', 'discrepant'],
    ]);
    expect(to('the past decade')).toEqual([
      ['x3', 'the past three decades', 'discrepant'],
      ['in years', 'the past year', 'discrepant'],
    ]);
  });

  it('gives an act done to part of a group to all of it, the group counted from the middle of its range', () => {
    const cases = perturb(
      sentence('Guards searched some of the guests at the gate.', [
        { type: 'part', text: 'some of the', noun: 'guests', range: [11, 13] },
      ]),
      lists,
      story,
    );
    const whole = cases.filter((p) => p.expect === 'discrepant');
    expect(whole.length).toBe(2);
    for (const p of whole)
      expect(p.text).toMatch(
        /^Guards searched (?:all|all of the|every one of the|each of the) twelve guests at the gate\.$/,
      );
    expect(cases.filter((p) => p.expect === 'true').map((p) => p.kind)).toEqual(['all-of']);
  });

  it('credits another outlet three ways: from the list, an unmarked name after a noun for its kind, and an unmarked name alone', () => {
    const out = perturb(
      sentence('According to the Quayside Ledger, the raid was lawful.', [
        { type: 'outlet', text: 'Quayside Ledger' },
      ]),
      lists,
      story,
    );
    expect(out.filter((p) => p.kind === 'outlet').length).toBe(2);
    const kind = out.find((p) => p.kind === 'outlet-kind')!;
    expect(
      lists.unmarkedOutlets.some(
        (n) =>
          kind.text === `According to the ${kind.to.split(' ')[0]} ${n}, the raid was lawful.` ||
          kind.text.endsWith(`${n}, the raid was lawful.`),
      ),
    ).toBe(true);
    expect(lists.outletKinds.some((k) => kind.to.startsWith(`${k} `))).toBe(true);
    const bare = out.find((p) => p.kind === 'outlet-unmarked')!;
    // "the" goes with the name it replaced: "According to Slate".
    expect(bare.text).toBe(`According to ${bare.to}, the raid was lawful.`);
    expect(out.every((p) => p.expect === 'discrepant')).toBe(true);
    // A sentence that names the kind already keeps it, and takes the unmarked name after it.
    const typed = perturb(
      sentence('She spoke to the magazine Quayside Ledger.', [
        { type: 'outlet', text: 'Quayside Ledger' },
      ]),
      lists,
      story,
    );
    const after = typed.find((p) => p.kind === 'outlet-kind')!;
    expect(after.text).toBe(`She spoke to the magazine ${after.to}.`);
    expect(typed.some((p) => p.kind === 'outlet-unmarked')).toBe(false);
  });
  it('moves a case to another court, never a compatible one, and changes how it ended', () => {
    const courts = perturb(
      sentence('The suit was filed in federal court.', [
        { type: 'court', text: 'federal court', compatible: ['federal court', 'a federal court'] },
      ]),
      lists,
      story,
    );
    expect(courts.length).toBe(2);
    expect(
      courts.every(
        (p) =>
          p.kind === 'court' && p.expect === 'discrepant' && lists.courts.courts.includes(p.to),
      ),
    ).toBe(true);
    const prejudice = perturb(
      sentence('The judge dismissed it without prejudice.', [
        { type: 'disposition', text: 'without prejudice' },
      ]),
      lists,
      story,
    );
    expect(prejudice.map((p) => [p.to, p.expect])).toEqual([['with prejudice', 'discrepant']]);
    const ended = perturb(
      sentence('The judge threw out the suit.', [{ type: 'disposition', text: 'threw out' }]),
      lists,
      story,
    );
    expect(
      ended
        .filter((p) => p.expect === 'discrepant')
        .every((p) => lists.courts.merits.includes(p.to)),
    ).toBe(true);
    expect(
      ended
        .filter((p) => p.expect === 'true')
        .map((p) => p.to)
        .every((t) => lists.courts.dismissed.includes(t) && t !== 'threw out'),
    ).toBe(true);
    expect(ended.length).toBe(3);
  });
});
