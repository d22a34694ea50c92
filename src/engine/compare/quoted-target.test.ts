/**
 * Recorded words given to another target (quoted-target.ts), against the embedded Rochester record: Chief Smith saw
 * "a total lack of urgency on the part of multiple Border Patrol officers at the scene" (sources.md C2).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { quotedTarget } from './quoted-target.ts';
import { buildStoryRecord } from './story-record.ts';

const story = loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!;
const record = buildStoryRecord(story, worldIndex());
const recorded =
  'I see in the video a total lack of urgency on the part of multiple Border Patrol officers at the scene.';
const target = (sentence: string) => quotedTarget(sentence, recorded, record);

describe('recorded words given to another target', () => {
  it("is found when the page names another agency's people where the record goes on to name whose it was", () => {
    expect(
      target(
        'The chief said the footage showed \u201Ca total lack of urgency\u201D from the Rochester officers themselves.',
      ),
    ).toEqual({
      page: 'Rochester officers',
      record: 'Border Patrol officers',
      quoted: 'a total lack of urgency',
    });
    expect(
      target('Smith saw "a total lack of urgency" among RPD officers at the scene.'),
    ).toMatchObject({ page: 'RPD officers' });
  });

  it('reads "his own officers" as the speaker\'s agency, and the target after a denial of another ("not from X, but from Y")', () => {
    const smith =
      record.entityCanon.get('david-smith') ??
      [...record.people.values()].find((p) => p.name === 'David Smith')!.canon;
    const own = (sentence: string) => quotedTarget(sentence, recorded, record, smith);
    expect(
      own(
        'The chief said the video showed \u201Ca total lack of urgency\u201D \u2014 not from the federal agents, he stressed, but from his own officers at the scene.',
      ),
    ).toMatchObject({ page: 'his own officers', record: 'Border Patrol officers' });
    expect(
      own('The chief saw "a total lack of urgency" on the part of his own officers.'),
    ).toMatchObject({ page: 'his own officers' });
    // The record's target after the denial, or no speaker to own the officers: nothing.
    expect(
      own(
        'The chief saw "a total lack of urgency" \u2014 not from his own officers, but from the Border Patrol agents.',
      ),
    ).toBeNull();
    expect(
      target('The chief saw "a total lack of urgency" on the part of his own officers.'),
    ).toBeNull();
  });

  it("is not found for the record's own target, a body it is part of, or no agency named", () => {
    expect(
      target('Smith saw "a total lack of urgency" on the part of the Border Patrol agents.'),
    ).toBeNull();
    expect(
      target(
        'Smith saw "a total lack of urgency" on the part of Customs and Border Protection officers.',
      ),
    ).toBeNull();
    expect(target('Smith saw "a total lack of urgency" from the people there.')).toBeNull();
    expect(target('Smith saw "a total lack of urgency" that day.')).toBeNull();
    // A thing of the agency's, not its people ("in the RPD footage", "from RPD video").
    expect(
      target('Smith said there was "a total lack of urgency" in the Rochester police video.'),
    ).toBeNull();
    expect(target('Smith said he saw "a total lack of urgency" in the RPD footage.')).toBeNull();
    expect(target('Chief Smith described "a total lack of urgency" from RPD video.')).toBeNull();
    // The stretch ends the recorded sentence, or is not word for word in it: nothing to go on from.
    expect(
      target('Smith spoke of "Border Patrol officers at the scene" from the Rochester police.'),
    ).toBeNull();
    expect(
      target('Smith saw "a complete lack of urgency" from the Rochester officers.'),
    ).toBeNull();
  });
});
