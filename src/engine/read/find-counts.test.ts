import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const none = buildGazetteer([]);
const counts = (s: string) =>
  readSentence(s, none)
    .flatMap((c) => c.mentions)
    .filter((m) => m.type === 'count')
    .map((m) => ({ text: m.text, ...m.value }));

describe('counts', () => {
  it('never reads the emergency number as a count', () => {
    expect(counts('Dispatch phoned 911 asking local police to come quickly.')).toEqual([]);
  });

  it('reads numbers in digits and words with the noun they count', () => {
    expect(counts('Three men were detained.')).toEqual([
      { text: 'Three', min: 3, max: 3, noun: 'men', approximate: false },
    ]);
    expect(counts('About 100 protesters gathered.')).toEqual([
      { text: '100', min: 100, max: 100, noun: 'protesters', approximate: true },
    ]);
    expect(counts('Ten Springfield officers were involved.')[0]).toMatchObject({
      min: 10,
      noun: 'officers',
    });
    expect(counts('A father and his two sons were held.')[0]).toMatchObject({
      min: 2,
      noun: 'sons',
    });
    expect(counts('Twenty-two people signed.')[0]).toMatchObject({
      text: 'Twenty-two',
      min: 22,
      max: 22,
      noun: 'people',
    });
    expect(counts('There were 1,200 marchers.')[0]).toMatchObject({ min: 1200, noun: 'marchers' });
    expect(counts('Only one officer was there.')[0]).toMatchObject({
      min: 1,
      max: 1,
      noun: 'officer',
    });
    expect(counts('Eight of the officers left.')[0]).toMatchObject({ min: 8, noun: 'officers' });
  });

  it('reads no count in a number that names a thing after its noun ("Resolution 2017-5", "Local 1170", "Route 104")', () => {
    expect(counts('Resolution 2017-5 bars city staff from asking about status.')).toEqual([]);
    expect(counts('Members of Local 1170 marched down Route 104 with 40 others.')).toEqual([
      expect.objectContaining({ min: 40, noun: 'others' }),
    ]);
  });

  it('reads "as many as" and "up to" as a ceiling the count came near, "at most" as a bound only', () => {
    expect(counts('As many as twenty officers came.')[0]).toMatchObject({
      min: 15,
      max: 20,
      noun: 'officers',
    });
    expect(counts('Up to a dozen agents were there.')[0]).toMatchObject({
      min: 9,
      max: 12,
      noun: 'agents',
    });
    expect(counts('At most twenty officers came.')[0]).toMatchObject({
      min: 0,
      max: 20,
      noun: 'officers',
    });
    expect(counts('No more than eight people were inside.')[0]).toMatchObject({
      min: 0,
      max: 8,
      noun: 'people',
    });
  });

  it('counts what a verb of estimating puts "at" a number ("put the van\'s occupants at 24")', () => {
    expect(counts("The chief put the van's occupants at an estimated 24.")[0]).toMatchObject({
      min: 24,
      noun: 'occupants',
      approximate: true,
    });
    expect(
      counts('Officials pegged the number of protesters in the square at 200.')[0],
    ).toMatchObject({ min: 200, noun: 'protesters' });
    expect(counts('Reporters estimated the crowd of marchers at about 300.')[0]).toMatchObject({
      min: 300,
      noun: 'marchers',
    });
    // No verb of estimating, or nothing plural in its object: no count ("set the meeting at 5", "arrived at 6").
    expect(counts('The chief set the meeting at 5.')).toEqual([]);
    expect(counts('The officers arrived at 6.')).toEqual([]);
  });

  it('counts the head of a noun compound, over a hyphened modifier', () => {
    expect(counts('A dozen big-city police chiefs spoke.')[0]).toMatchObject({
      min: 11,
      max: 13,
      noun: 'chiefs',
    });
    expect(counts('All four of the police chiefs were quoted.')[0]).toMatchObject({
      min: 4,
      noun: 'chiefs',
    });
    expect(counts('Two police cars blocked the road.')[0]).toMatchObject({ noun: 'cars' });
    expect(counts('About ten police officers came.')[0]).toMatchObject({
      min: 10,
      noun: 'officers',
      approximate: true,
    });
    expect(counts('Three chiefs spoke out.')[0]).toMatchObject({ noun: 'chiefs' });
    expect(counts('Ten police were there.')[0]).toMatchObject({ noun: 'police' });
  });

  it('reads "two dozen" as dozens of the number, not two', () => {
    expect(counts('Two dozen officers came.')).toEqual([
      { text: 'Two dozen', min: 22, max: 26, noun: 'officers', approximate: false },
    ]);
    expect(counts('Some two dozen officers came.')[0]).toMatchObject({
      min: 24,
      max: 24,
      approximate: true,
      noun: 'officers',
    });
    expect(counts('About three dozen protesters gathered.')[0]).toMatchObject({
      text: 'three dozen',
      min: 36,
      approximate: true,
    });
  });

  it('reads "half a dozen" as six, near it like "a dozen", not as a dozen', () => {
    expect(counts('Half a dozen deputies came.')).toEqual([
      { text: 'Half a dozen', min: 5, max: 7, noun: 'deputies', approximate: false },
    ]);
    expect(counts('A half-dozen deputies came.')[0]).toMatchObject({
      min: 5,
      max: 7,
      noun: 'deputies',
    });
    expect(counts('About half a dozen deputies came.')[0]).toMatchObject({
      min: 6,
      max: 6,
      approximate: true,
    });
  });

  it('reads a year before a name or after "the" as a year, not a count', () => {
    expect(counts('The 2025 Springfield police backup incident drew protests.')).toEqual([]);
    expect(counts('2025 Springfield police backup incident')).toEqual([]);
    expect(counts('About 2000 protesters marched.')[0]).toMatchObject({
      min: 2000,
      noun: 'protesters',
    });
  });

  it('reads bounds and hedges', () => {
    expect(counts('More than eight people were inside.')[0]).toMatchObject({
      min: 9,
      noun: 'people',
      approximate: false,
    });
    expect(counts('More than eight people were inside.')[0]?.max).toBeUndefined();
    expect(counts('At least 10 officers came.')[0]).toMatchObject({ min: 10 });
    expect(counts('At least 10 officers came.')[0]?.max).toBeUndefined();
    expect(counts('Up to eight people fit.')[0]).toMatchObject({ min: 6, max: 8 });
    expect(counts('Fewer than five agents stayed.')[0]).toMatchObject({ min: 0, max: 4 });
    expect(counts('About ten officers arrived.')[0]).toMatchObject({
      min: 10,
      max: 10,
      approximate: true,
    });
    expect(counts('A van with an estimated eight people.')[0]).toMatchObject({
      min: 8,
      approximate: true,
    });
    expect(counts('Roughly eight people were in the van.')[0]).toMatchObject({ approximate: true });
    expect(counts('All 10 officers were reassigned.')[0]).toMatchObject({
      min: 10,
      max: 10,
      noun: 'officers',
      approximate: false,
    });
  });

  it('reads ranges', () => {
    expect(counts('Between 10 and 12 officers were on scene.')[0]).toMatchObject({
      text: '10 and 12',
      min: 10,
      max: 12,
      noun: 'officers',
    });
    expect(counts('There were 10 to 12 officers.')[0]).toMatchObject({ min: 10, max: 12 });
    expect(counts('There were 10-12 officers.')[0]).toMatchObject({ min: 10, max: 12 });
  });

  it('reads vague counts', () => {
    // Bare, a round number in words is near it (a dozen is not ten); under a hedge it is loose, or open at one end.
    expect(counts('A dozen agents came.')[0]).toMatchObject({
      text: 'A dozen',
      min: 11,
      max: 13,
      noun: 'agents',
      approximate: false,
    });
    expect(counts('About a dozen agents came.')[0]).toMatchObject({
      min: 12,
      max: 12,
      noun: 'agents',
      approximate: true,
    });
    expect(counts('Up to a dozen agents came.')[0]).toMatchObject({
      min: 9,
      max: 12,
      noun: 'agents',
    });
    expect(counts('More than a dozen agents came.')[0]).toMatchObject({ min: 12, noun: 'agents' });
    expect(counts('More than a dozen agents came.')[0]?.max).toBeUndefined();
    expect(counts('Dozens of protesters came.')[0]).toMatchObject({
      min: 24,
      noun: 'protesters',
      approximate: true,
    });
    expect(counts('Several officers left.')[0]).toMatchObject({ min: 3, max: 9, noun: 'officers' });
    expect(counts('A handful of people stayed.')[0]).toMatchObject({ noun: 'people' });
  });

  it('reads "no <noun>" as a count of zero', () => {
    expect(counts('No officers were fired.')).toEqual([
      { text: 'No', min: 0, max: 0, noun: 'officers', approximate: false },
    ]);
    expect(counts('No officer was fired.')[0]).toMatchObject({ min: 0, max: 0, noun: 'officer' });
    expect(counts('There was no comment and no longer any doubt.')).toEqual([]);
    expect(counts('No Springfield officers were involved.')[0]).toMatchObject({
      min: 0,
      max: 0,
      noun: 'officers',
    });
  });

  it('a number with no noun counts in words, not in digits; years and codes are no counts', () => {
    expect(counts('The answer is three.')).toEqual([
      { text: 'three', min: 3, max: 3, noun: '', approximate: false },
    ]);
    expect(counts('They called 911 at once.')).toEqual([]);
    expect(counts('The answer is 6: a father and two sons.')[0]).toMatchObject({
      text: '6',
      min: 6,
      noun: '',
    });
    expect(counts('It began in 1986.')).toEqual([]);
    expect(counts('He won the 2016 election.')).toEqual([]);
    expect(counts('No one was hurt, and one of them left.')).toEqual([]);
  });

  it('a count inside a date, a time or a relative time is not read again', () => {
    expect(counts('On March 24, 2025, at 6 p.m., two days later.')).toEqual([]);
  });

  it('a hedge after the number ("or so", "or more", "or fewer") is read with it, and the noun after the hedge', () => {
    expect(counts('Twenty or so officers turned up.')).toEqual([
      { text: 'Twenty', min: 20, max: 20, noun: 'officers', approximate: true },
    ]);
    expect(counts('Ten or more agents came.')[0]).toMatchObject({ min: 10, noun: 'agents' });
    expect(counts('Ten or more agents came.')[0]).not.toHaveProperty('max');
    expect(counts('Five or fewer people waited.')[0]).toMatchObject({
      min: 0,
      max: 5,
      noun: 'people',
    });
  });

  it('days that space events apart, and "one another", count nothing', () => {
    expect(counts('The statements came within a few days of one another.')).toEqual([]);
    expect(counts('The two statements came two days apart.')).toEqual([
      { text: 'two', min: 2, max: 2, noun: 'statements', approximate: false },
    ]);
    expect(counts('They were issued within three days of each other.')).toEqual([]);
    // A number of days with no spacing after it is still read.
    expect(counts('They waited two days.')[0]).toMatchObject({ min: 2, noun: 'days' });
  });
});

describe('a name between a count and its noun (stop 61)', () => {
  it('takes no room of the modifiers: "38 Linwood Elementary School fourth-graders"', () => {
    const counts = readSentence(
      'A truck hit a bus carrying 38 Harmon Valley Elementary School fourth-graders on a trip.',
      buildGazetteer([]),
    )
      .flatMap((c) => c.mentions)
      .filter((m) => m.type === 'count');
    expect(counts.map((m) => [m.text, m.value.noun])).toEqual([['38', 'graders']]);
  });
});
