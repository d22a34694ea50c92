/**
 * Counts and days in wordings the typed reading missed (invented story: the raid on Tuesday 11 June 2024, four men
 * detained; the Harbor Unit officers on desk duty from Wednesday 12 June until back on duty on Monday 17 June; the
 * mayor's interview with the Alder Ledger on Thursday 13 June; the dog handlers reaching the warehouse at 7:30 a.m.;
 * the Dunmore police's statement on Friday 14 June; a guilty plea in September).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { handlersEvent } from './test-handlers.ts';
import { outletPack } from './test-story.ts';

function numbersRecord() {
  const { pack, world } = outletPack();
  const p = JSON.parse(JSON.stringify(pack)) as {
    stories: { events: Record<string, unknown>[] }[];
  };
  const story = p.stories[0]! as { events: Record<string, unknown>[]; entities?: unknown[] };
  story.entities?.push({ id: 'dunmore', kind: 'place', name: 'Dunmore', world: 'dunmore' });
  const events = story.events;
  const raid = events.find((e) => e.id === 'raid')!;
  raid.outcomes = [
    { kind: 'raided' },
    { kind: 'detained', count: 4, nouns: ['men', 'people', 'passengers'] },
  ];
  events.push(
    {
      id: 'desk-duty',
      label: 'The raid officers are put on desk duty; back on duty on 17 June',
      words: ['desk duty', 'back on duty', 'returned to duty'],
      date: '2024-06-12',
      dateEnd: '2024-06-17',
      outcomes: [{ kind: 'desk-duty' }, { kind: 'returned-to-duty' }],
      participants: [{ role: 'subject', entities: ['harbor-unit'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
    handlersEvent(),
    {
      id: 'dunmore-statement',
      label: 'The Dunmore police put out a statement on the raid',
      words: ['dunmore curfew'],
      date: '2024-06-14',
      places: ['dunmore'],
      participants: [{ role: 'spoke', entities: ['dunmore-pd'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'plea',
      label: 'One of the men detained pleads guilty',
      words: ['pleaded guilty', 'pleads guilty'],
      date: '2024-09',
      sources: ['ledger'],
      confidence: 'high',
    },
  );
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, world);
}

const record = numbersRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a definite count whose noun an outcome defines (defined-group.ts)', () => {
  it("is the outcome's count wherever the story records it, even in a clause about a later event", () => {
    expect(
      compare('One of the nine men detained in the raid pleaded guilty in September.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'nine' }] });
    expect(compare('In September, one of the two detained men pleaded guilty.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      compare('Of the seven men who were detained, one pleaded guilty in September.')?.outcome,
    ).toBe('discrepant');
  });

  it('says nothing of the right count or of a part of the group set beside someone else', () => {
    expect(
      compare('One of the four men detained in the raid pleaded guilty in September.')?.outcome,
    ).not.toBe('discrepant');
    expect(compare('In September, one of the four detained men pleaded guilty.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('One of the two passengers detained with the driver pleaded guilty in September.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a day strictly inside a span the record gives by its ends (span-ends.ts)', () => {
  it('is not confirmed', () => {
    expect(compare('The officers were back on duty on Friday after the raid.')?.outcome).not.toBe(
      'agrees',
    );
    expect(compare('The officers were back on duty on June 14.')?.outcome).not.toBe('agrees');
  });

  it('agrees on either end', () => {
    expect(compare('The officers were back on duty on Monday.')?.outcome).toBe('agrees');
    expect(compare('The officers were put on desk duty on June 12.')?.outcome).toBe('agrees');
  });
});

describe('an outlet only spoken to (addressed-outlet.ts)', () => {
  it('leaves the day to the interview, which is held to its record', () => {
    expect(compare('Ida Marsh gave an interview to the Alder Ledger on Tuesday.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Tuesday' }],
    });
    expect(
      compare('Marsh went first, on Tuesday, in an interview with the Alder Ledger.')?.outcome,
    ).toBe('discrepant');
    expect(compare('Ida Marsh gave an interview to the Alder Ledger on June 11.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('agrees with the right day, and keeps a day in a clause where the outlet reports unconfirmed', () => {
    expect(compare('Ida Marsh gave an interview to the Alder Ledger on Thursday.')?.outcome).toBe(
      'agrees',
    );
    expect(
      compare('Marsh went first, on June 13, in an interview with the Alder Ledger.')?.outcome,
    ).toBe('agrees');
    expect(compare('The Alder Ledger reported her interview on Tuesday.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compare('Her interview with the Alder Ledger was published on Tuesday.')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('"last <weekday>" (last-weekday.ts)', () => {
  it("is held to the day of the clause's event like a bare weekday", () => {
    expect(
      compare('The Harbor Unit raided the warehouse on Quay Street last Friday.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'weekday', page: 'Friday' }] });
    expect(
      compare('Just last Sunday, Harbor Unit officers raided the warehouse on Quay Street.')
        ?.outcome,
    ).toBe('discrepant');
    expect(
      compare('This past Thursday, Harbor Unit officers raided the warehouse on Quay Street.')
        ?.outcome,
    ).toBe('discrepant');
  });

  it("agrees with the right day and leaves bounds and other nouns' days alone", () => {
    expect(
      compare('The Harbor Unit raided the warehouse on Quay Street last Tuesday.')?.outcome,
    ).toBe('agrees');
    expect(
      compare('Since last Friday the warehouse on Quay Street has been closed after the raid.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare("The Harbor Unit defended last Friday's statement about the raid on Quay Street.")
        ?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a relative clause that tells when its antecedent arrived (relative-arrival.ts)', () => {
  it('is the arrival of what the antecedent names', () => {
    expect(
      compare(
        'The raid began at dawn, and the dog handlers, who got there at a quarter past six, searched the warehouse.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time', page: 'a quarter past six' }],
    });
    expect(
      compare('The dog handlers, who showed up at 9:10 a.m., searched the warehouse.')?.outcome,
    ).toBe('discrepant');
  });

  it('agrees with the recorded time, and leaves a relative clause of no arrival alone', () => {
    expect(
      compare('The dog handlers, who arrived at about 7:30 a.m., searched the warehouse.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The dog handlers, who had trained since 9:10 a.m., searched the warehouse.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a town before "(\'s) police (department)" (town-police.ts)', () => {
  it("names the town's police, so the day of the event the town links is held to it", () => {
    expect(compare("On Tuesday, Dunmore's police department put out a statement.")).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'weekday', page: 'Tuesday' }],
    });
    expect(compare("Then on Wednesday, Dunmore's police put out a statement.")?.outcome).toBe(
      'discrepant',
    );
  });

  it('agrees with the right day, and a town alone still says nothing sure of the day', () => {
    expect(compare("On Friday, Dunmore's police department put out a statement.")?.outcome).toBe(
      'agrees',
    );
    expect(compare('In Dunmore, a statement came out on Tuesday.')?.outcome).not.toBe('discrepant');
  });
});

describe('a count of those who took part, in a clause that links nothing else (scene-count.ts)', () => {
  it("is held to the incident's count of them when it is the whole group or more", () => {
    expect(compare('Some 40 officers were involved.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: '40' }],
    });
    expect(compare('Forty officers took part, and all of them went back to work.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('agrees with the recorded count and leaves a part, or people at large, alone', () => {
    expect(compare('Fifteen officers were involved.')?.outcome).toBe('agrees');
    expect(compare('Two officers helped.')?.outcome).not.toBe('discrepant');
    expect(compare('About 300 people were involved in a march downtown.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});
