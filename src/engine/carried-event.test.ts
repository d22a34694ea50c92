/**
 * A sentence that goes on with the event of the sentence before through its subject ("He …", "It …") and links no
 * event of its own: its arrival or leaving time, its stay and its next stop are compared with that one event
 * (analyze.ts carriedOfWhatCameBefore, compare/carried-event.ts). Invented story: on 14 June 2024 Lou Pike visited
 * Dunmore, from about 10:30 to noon, and spent about an hour with the Dunmore Police Department; on 12 June he had
 * talks with the mayor (no time recorded).
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import { raidPack, westmark } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

function tripPack() {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as {
    stories: { entities: unknown[]; events: unknown[] }[];
  };
  const story = p.stories[0]!;
  story.entities.push(
    { id: 'lou-pike', kind: 'person', name: 'Lou Pike', world: 'lou-pike' },
    { id: 'ned-cole', kind: 'person', name: 'Ned Cole', world: 'ned-cole' },
    { id: 'dunmore', kind: 'place', name: 'Dunmore', world: 'dunmore' },
  );
  story.events.push(
    {
      id: 'pike-trip',
      label: 'Lou Pike visits Dunmore and the Dunmore Police Department',
      words: ['trip'],
      date: '2024-06-14',
      time: '10:30',
      timeEnd: '12:00',
      places: ['dunmore'],
      participants: [
        { role: 'came', entities: ['lou-pike'] },
        { role: 'present', entities: ['dunmore-pd'] },
      ],
      duration: { min: 1, max: 1, unit: 'hours', note: 'about an hour spent there', of: ['spent'] },
      outcomes: [{ kind: 'visited' }],
      sources: ['ledger'],
      confidence: 'high',
    },
    {
      id: 'pike-talks',
      label: 'Lou Pike holds talks with the mayor',
      words: ['talks'],
      date: '2024-06-12',
      participants: [{ role: 'spoke', entities: ['lou-pike'] }],
      sources: ['ledger'],
      confidence: 'high',
    },
  );
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const index = indexPacks([tripPack()], { world: westmark() });
const RAID =
  'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.';
/** The verdict of the paragraph's last sentence, after `before` in the same paragraph. */
const verdictOf = (last: string, before = 'Lou Pike visited Dunmore on June 14.', join = ' ') => {
  const page = ['Dawn raid in Port Alder', RAID, `${before}${join}${last}`].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
    f.text.includes(last.slice(0, 24)),
  )?.verdict;
};

describe('a pronoun subject going on with the one event of the sentence before', () => {
  it('finds an arrival hours before the recorded time wrong, and a departure long after its end', () => {
    expect(verdictOf('He got in shortly before 8 a.m.')).toBe('discrepant');
    expect(verdictOf('He pulled up at about 7 a.m., as the shops opened.')).toBe('discrepant');
    expect(verdictOf('He left at 4 p.m.')).toBe('discrepant');
  });

  it('finds a stay far longer than the recorded one wrong', () => {
    expect(verdictOf('He stayed for close to four hours.')).toBe('discrepant');
    expect(verdictOf('He remained there for five hours, chatting with residents.')).toBe(
      'discrepant',
    );
  });

  it('finds a next stop at another town\u2019s body of the same kind wrong', () => {
    expect(verdictOf('From there he drove on to the Kells Police Department.')).toBe('discrepant');
    expect(verdictOf('Then he headed to the Kells Police Department for a second stop.')).toBe(
      'discrepant',
    );
    // After sentences of its own that link nothing (its arrival, its stay): the visit is still the one carried.
    expect(
      verdictOf(
        'From there he drove on to the Kells Police Department.',
        'Lou Pike visited Dunmore on June 14. He got in around 10:40 a.m. He stayed for about an hour.',
      ),
    ).toBe('discrepant');
  });

  it('goes back along a chain of sentences opening on the same pronoun', () => {
    expect(
      verdictOf(
        'He stayed for close to four hours.',
        'Lou Pike visited Dunmore on June 14. He got in around 10:40 a.m. He was greeted warmly.',
      ),
    ).toBe('discrepant');
  });

  it('names its explanation after the event carried, with the page\u2019s and the record\u2019s values', () => {
    const page = [
      'Dawn raid in Port Alder',
      RAID,
      'Lou Pike visited Dunmore on June 14. He stayed for close to four hours.',
    ].join('\n');
    const finding = analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
      f.text.startsWith('He stayed'),
    );
    expect(finding?.explanation).toContain('Lou Pike visits Dunmore');
    expect(finding?.comparison).toEqual([
      { slot: 'duration', page: 'for close to four hours', record: 'about an hour spent there' },
    ]);
  });
});

describe('nothing is carried where the sentence may be about something else', () => {
  it('agrees, or says nothing, when the values fit the record', () => {
    expect(verdictOf('He got in at about 10:45 a.m.')).not.toBe('discrepant');
    expect(verdictOf('He left around noon.')).not.toBe('discrepant');
    expect(verdictOf('He stayed for about an hour.')).not.toBe('discrepant');
    expect(verdictOf('From there he drove on to the Dunmore Police Department.')).not.toBe(
      'discrepant',
    );
  });

  it('says nothing after a sentence about another person, or about two people', () => {
    expect(
      verdictOf('He got in shortly before 8 a.m.', 'Ned Cole visited Dunmore on June 14.'),
    ).toBeUndefined();
    expect(
      verdictOf(
        'He got in shortly before 8 a.m.',
        'Lou Pike visited Dunmore with Ned Cole on June 14.',
      ),
    ).toBeUndefined();
  });

  it('says nothing when the sentence before links two events', () => {
    expect(
      verdictOf(
        'He got in shortly before 8 a.m.',
        'Lou Pike held the talks and visited Dunmore on June 14.',
      ),
    ).toBeUndefined();
  });

  it('says nothing when the sentence before links no event, or when a paragraph ends between', () => {
    expect(
      verdictOf('He got in shortly before 8 a.m.', 'Lou Pike is a retired engineer.'),
    ).toBeUndefined();
    expect(
      verdictOf('He got in shortly before 8 a.m.', 'Lou Pike visited Dunmore on June 14.', '\n'),
    ).toBeUndefined();
  });

  it('says nothing for a quote, a plan, another day, or a stay somewhere else', () => {
    expect(
      verdictOf('\u201CHe got in shortly before 8 a.m.,\u201D a clerk recalled.'),
    ).toBeUndefined();
    expect(verdictOf('He was due to get in shortly before 8 a.m.')).toBeUndefined();
    expect(verdictOf('The next morning he got in shortly before 8 a.m.')).toBeUndefined();
    expect(verdictOf('He stayed for two days in Kells.')).toBeUndefined();
  });

  it('says nothing of an arrival at an event that is no coming of the person (a speaker at talks)', () => {
    expect(
      verdictOf('He got in shortly before 8 a.m.', 'Lou Pike held the talks on June 12.'),
    ).toBeUndefined();
  });
});
