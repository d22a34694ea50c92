/**
 * Places named as not the event's (compare-values.ts place): where someone came from ("from Kells, North March") and a
 * list of places named as other ones ("among the other towns where …", "other towns like …"). A place said plainly to be
 * the event's is still checked. On the invented raid story (Mayor Ida Marsh’s briefing in Port Alder) and the embedded 2016 record (Tucson, Arizona).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const raid = buildStoryRecord(raidPack().stories[0]!, westmark());
const chiefs = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('police-chiefs'))!,
  worldIndex(),
);
const outcome = (s: string) => compareSentence(s, raid, '2024-06-20')?.outcome;

describe('a place named as another place than the event’s', () => {
  it.each([
    'At the briefing Mayor Ida Marsh listed Dunmore and Kells among the other towns where officers had helped.',
    'Officials in Dunmore and Kells, among the other towns near Port Alder, spoke after the briefing.',
    'Mayor Ida Marsh spoke at the briefing, as did officials in other towns like Dunmore and Kells.',
  ])('is not the event’s place: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
  });

  it.each([
    'Magnus had come to Tucson from Richmond, California.',
    'Magnus, a chief who had just arrived from Richmond, California, issued his statement.',
  ])(
    'a state after the town someone came from is where they came from (embedded 2016 record): %s',
    (s) => {
      expect(compareSentence(s, chiefs, '2016-11-20')?.outcome).not.toBe('discrepant');
    },
  );
  it('a state given to the event is still checked (embedded 2016 record)', () => {
    expect(
      compareSentence('Magnus issued his statement in Tucson, California.', chiefs, '2016-11-20')
        ?.outcome,
    ).toBe('discrepant');
  });

  it.each([
    'Mayor Ida Marsh spoke at the briefing in Dunmore.',
    'Mayor Ida Marsh spoke at the briefing in Kells and other towns.',
    'Mayor Ida Marsh spoke at the briefing in Dunmore, and the chief echoed her.',
    'Mayor Ida Marsh spoke at the briefing in Dunmore, and other towns followed suit.',
  ])('a place given as the event’s is still checked: %s', (s) => {
    expect(outcome(s)).toBe('discrepant');
  });

  it.each([
    'Police in Dunmore said much the same as Mayor Ida Marsh at the briefing.',
    'Officials in Kells echoed Mayor Ida Marsh after the briefing.',
  ])('the town of another party saying it again is theirs: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
  });

  it.each([
    'My cousin in Dunmore kept texting me about the briefing Mayor Ida Marsh gave.',
    'Readers in Kells wrote to us after Mayor Ida Marsh spoke at the briefing.',
    'Mayor Ida Marsh spoke at the briefing, and my family back in Kells watched it live.',
  ])('a place of someone who is no party to it is theirs: %s', (s) => {
    expect(outcome(s)).not.toBe('discrepant');
  });

  it.each([
    'Mayor Ida Marsh spoke at the briefing in Dunmore, her cousin said.',
    'Officers in Kells were at the briefing Mayor Ida Marsh gave.',
  ])('a place of the event or its parties is still checked: %s', (s) => {
    expect(outcome(s)).toBe('discrepant');
  });
});
