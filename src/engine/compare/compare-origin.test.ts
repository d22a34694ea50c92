/**
 * People as typed values (compare-origin.ts), against the embedded pack's record: the three men taken into
 * custody were a father and his two sons from Guatemala (sources.md B12; the pack's detained outcome records
 * `origin` and `kin`).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const story = loadEmbeddedPack().stories.find((s) =>
  s.events?.some((e) => e.outcomes?.some((o) => o.origin)),
)!;
const record = buildStoryRecord(story, worldIndex());
const compare = (s: string, date = '2025-04-30') => compareSentence(s, record, date);
const outcome = (s: string) => compare(s)?.outcome;

describe('where the recorded people are from', () => {
  it('another country for them is discrepant, naming both', () => {
    expect(
      compare(
        'Three men from Honduras, a father and his two sons, were taken into federal custody.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'origin', page: 'Honduras', record: 'Guatemala' }],
    });
    expect(
      compare(
        'In the end, federal agents took a father and his two sons into custody, all three of them from Honduras.',
      )?.comparisons,
    ).toContainEqual({ slot: 'origin', page: 'Honduras', record: 'Guatemala' });
    expect(
      compare('The three men arrested were a father and his two sons from Mexico.')?.comparisons,
    ).toContainEqual({ slot: 'origin', page: 'Mexico', record: 'Guatemala' });
    expect(outcome('Agents detained three Salvadoran nationals.')).toBe('discrepant');
    expect(
      compare('Three men from Honduras were taken into federal custody.')?.explanation,
    ).toMatch(/Guatemala.*Honduras/);
  });
  it('the whole recorded kin named with no event, and a denial of something after the origin', () => {
    expect(
      compare('A father and his two sons from Honduras, who had no legal status, were held.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'origin', page: 'Honduras', record: 'Guatemala' }],
    });
    expect(
      outcome('A father and his two sons from Guatemala, who had no legal status, were held.'),
    ).not.toBe('discrepant');
    // A denial before the origin denies it; a kin word alone is no recorded group.
    expect(outcome('The father and his sons were not from Honduras.')).not.toBe('discrepant');
    expect(outcome('A father from Honduras had no legal status.')).not.toBe('discrepant');
  });
  it('the recorded country, or a region holding it, is never discrepant', () => {
    expect(
      outcome(
        'Three men from Guatemala, a father and his two sons, were taken into federal custody.',
      ),
    ).toBe('agrees');
    expect(
      outcome('A Guatemalan father and his two adult sons were taken into federal custody.'),
    ).toBe('agrees');
    expect(
      outcome('Agents detained three Guatemalan nationals, a father and his two sons.'),
    ).not.toBe('discrepant');
    expect(outcome('The three men detained were from Central America.')).not.toBe('discrepant');
    expect(outcome('The three men detained were from Latin America.')).not.toBe('discrepant');
  });
  it('a country said of someone else, or of nobody, says nothing', () => {
    expect(outcome("Agents from ICE's Guatemala office detained three men.")).not.toBe(
      'discrepant',
    );
    expect(
      outcome("The mayor's parents came from Mexico, he said after agents detained the three men."),
    ).not.toBe('discrepant');
    expect(outcome('A man from Mexico who watched the stop said it was unfair.')).not.toBe(
      'discrepant',
    );
    expect(
      outcome('The agents, one of them from Honduras, took the three men into custody.'),
    ).not.toBe('discrepant');
    expect(outcome('The three men were not from Honduras, and were detained.')).not.toBe(
      'discrepant',
    );
  });
  it('the group named with "the" is the recorded one with no outcome in the clause; "a" or someone else is not', () => {
    expect(
      compare('The three men, all from Mexico, were riding in the van on Whitney Street.')
        ?.comparisons,
    ).toContainEqual({ slot: 'origin', page: 'Mexico', record: 'Guatemala' });
    expect(outcome('A man from Mexico was riding in the van on Whitney Street.')).not.toBe(
      'discrepant',
    );
    expect(outcome('The agents from Mexico took part in the stop on Whitney Street.')).not.toBe(
      'discrepant',
    );
    expect(outcome('The men watched a woman from Mexico at the stop on Whitney Street.')).not.toBe(
      'discrepant',
    );
    expect(
      outcome('The three men, all from Guatemala, were riding in the van on Whitney Street.'),
    ).not.toBe('discrepant');
    expect(
      outcome(
        "The three men, all from Mexico's southern neighbour Guatemala, were riding in the van on Whitney Street.",
      ),
    ).not.toBe('discrepant');
  });
  it('the recorded group\'s member named with "the" (the driver) is compared in a clause linked to no event', () => {
    expect(
      compare(
        'The Justice Department said later that the driver, a 25-year-old from Honduras, had already been deported once, in 2023.',
      )?.comparisons,
    ).toContainEqual({ slot: 'origin', page: 'Honduras', record: 'Guatemala' });
    expect(
      compare('The Honduran driver had been deported once before.')?.comparisons,
    ).toContainEqual({ slot: 'origin', page: 'Honduran', record: 'Guatemala' });
    expect(outcome('The driver, a 25-year-old from Guatemala, had been deported before.')).not.toBe(
      'discrepant',
    );
    expect(outcome('A driver from Honduras watched the stop.')).not.toBe('discrepant');
    expect(outcome('The driver of the patrol car was from Honduras.')).not.toBe('discrepant');
    expect(outcome('The mayor said that the driver of his car came from Honduras.')).not.toBe(
      'discrepant',
    );
  });
});

describe('how the recorded people are related', () => {
  it('another relation among them is discrepant', () => {
    expect(compare('Federal agents took three brothers into custody.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'relation', page: 'brothers' }],
    });
    expect(outcome('A man and his two nephews were taken into federal custody.')).toBe(
      'discrepant',
    );
    expect(
      outcome('Three men, a father and two of his nephews, were taken into federal custody.'),
    ).toBe('discrepant');
  });
  it("the record's relation agrees; a relative of someone else is left alone", () => {
    expect(outcome('A father and his two sons were taken into federal custody.')).toBe('agrees');
    expect(outcome('The driver and his wife were detained.')).not.toBe('discrepant');
    expect(outcome("The men's cousin said they were detained.")).not.toBe('discrepant');
    expect(outcome('A neighbor said three men were detained.')).not.toBe('discrepant');
  });
});

describe('the people held and sent away', () => {
  it('"were held at the facility" names the detention, so its count is compared', () => {
    expect(
      compare(
        'Members noted that four men, described as a father and his three sons, were held at the federal facility in Batavia.',
      )?.comparisons,
    ).toContainEqual({ slot: 'count', page: 'four', record: '3 detained' });
    expect(outcome('The meeting was held at the federal facility.')).not.toBe('discrepant');
  });
  it('"flown back to X" is a deportation the record rules out in its days', () => {
    expect(compare('They were flown back to Guatemala.', '2025-03-28')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', page: 'flown back to Guatemala' }],
    });
    expect(outcome('Homan flew back to Guatemala City.')).not.toBe('discrepant');
    // "were already …" tells of what has happened since, unless a year puts it before (record-extent.ts).
    expect(
      compare('My neighbor says they were already flown back to Honduras.', '2025-03-28'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'outcome' }] });
    expect(compare('They were already deported, a relative says.', '2025-03-28')?.outcome).toBe(
      'discrepant',
    );
    expect(compare('The driver was already deported in 2023.', '2025-03-28')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('The driver was already deported once.', '2025-03-28')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('a relative of the recorded people (sources.md B14: the woman at the scene, Sarah Galvan, their wife and stepmother)', () => {
  it('another relation, by name or as "the woman", is discrepant, naming the record\'s', () => {
    expect(
      compare("The woman seen arguing with the supervisor was the men's neighbor."),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'relation',
          page: "the men's neighbor",
          record: 'Sarah Galvan: wife and stepmother',
        },
      ],
    });
    expect(
      compare('The woman who shouted that they were "not illegal" was their aunt.')?.outcome,
    ).toBe('discrepant');
    expect(compare("Galvan was their mother's sister.")?.outcome).toBe('discrepant');
  });
  it("the record's relation, a mother for a stepmother, a denial, or another woman say nothing wrong", () => {
    expect(
      outcome("The woman seen arguing with the supervisor was the men's stepmother."),
    ).not.toBe('discrepant');
    expect(outcome("Sarah Galvan is their father's wife.")).not.toBe('discrepant');
    expect(outcome('Galvan was their mother, she told reporters.')).not.toBe('discrepant');
    expect(outcome("The woman was not the men's neighbor.")).not.toBe('discrepant');
    expect(outcome("A woman who lives nearby was the men's neighbor.")).not.toBe('discrepant');
    expect(outcome("The woman was the officers' neighbor.")).not.toBe('discrepant');
  });
});

describe("an age told with the recorded people's origin (sources.md B6: HSI watched a 25-year-old Guatemalan man)", () => {
  it("another age is discrepant in a clause that names the event's agency or act, linked or not", () => {
    expect(
      compare(
        'According to the Department of Justice, HSI agents had been watching a 34-year-old Guatemalan man who had been deported in 2023.',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: '34' }] });
    expect(outcome('Border Patrol agents stopped a 31-year-old Guatemalan man.')).toBe(
      'discrepant',
    );
  });
  it('the recorded age, or a man of that origin the clause ties to nothing of the event, is never discrepant', () => {
    expect(
      outcome(
        'According to the Department of Justice, HSI agents had been watching a 25-year-old Guatemalan man who had been deported in 2023.',
      ),
    ).not.toBe('discrepant');
    expect(outcome('A 40-year-old Guatemalan man who lives nearby said he was scared.')).not.toBe(
      'discrepant',
    );
    expect(
      outcome(
        'HSI agents watched a 25-year-old Guatemalan man, deported once before in 2023, at a house on Orange Street.',
      ),
    ).not.toBe('discrepant');
  });
  it("a date told of a prior act is the act's, not the event's", () => {
    expect(outcome('The driver, deported once before in 2023, was detained.')).not.toBe(
      'discrepant',
    );
    expect(outcome('The driver, already deported in 2023, was detained.')).not.toBe('discrepant');
  });
});
