/**
 * What a drafted pack lets the engine judge of people's posts, agencies and the day of what the sentence before told
 * (issue 17, through the engine's general rules): another post than any the record gives a person (other-post.ts);
 * "former" on a page of the days the record puts them in their post (held-office.ts); an agency whose name says it is
 * of another government than the event's (agency-level.ts); "It happened on …" after a sentence about the event
 * (carried-event.ts); the outlet a speaker told, quoted or retold in other words (quote-event.ts, what-came-before.ts);
 * and, in the drafter, "that Friday" as the Friday the report already told, and an outcome in a clause of another time
 * as its own event. A made-up report; none of its words is in the engine or the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack } from './draft-story.ts';
import { analyzeInput } from '../analyze-input.ts';
import { indexPacks } from '../../engine/index.ts';

const world = worldIndex();

const original = reportHtml(
  '2026-05-13',
  'Pell Valley Gazette',
  'Gravel truck slams into Pell Valley school van; six pupils hurt',
  `
PELL VALLEY, Ore. — A gravel truck slammed into a Pell Valley School District van carrying nine pupils at about 7:45 a.m. on Tuesday, May 12, at the corner of Ostrander Avenue and Quill Street.
Six pupils were taken to Pell Valley General Hospital with minor injuries, Pell Valley Police Chief Noor Abernethy said.
Crews from the Pell Valley Fire Department freed the van's driver from the cab in about ten minutes, Pell Valley Fire Chief Bram Oyelaran said.
Battalion Chief Ivo Renk led the crews at the scene.
Ada Quennell, a spokeswoman for the Pell Valley School District, said the district would review its routes.
The district had held a safety drill on Friday, May 1, at the bus yard on Vane Street.
Drivers practised evacuating a van in under two minutes that Friday, Quennell said.
“I heard the brakes and then the whole van shook sideways,” crossing guard Wilma Strand told the Gazette.
Quarry Road reopened to traffic on Wednesday, May 13, one day after police closed it for the crash investigation.
`,
);

const result = draftPack({ name: 'van.html', content: original }, [], {
  world,
  today: '2026-12-01',
});
if (!result.ok) throw new Error(result.error);
const pack = result.pack;
const index = indexPacks([pack], { world });

/** The verdict on the page's last paragraph, on a page of that date that tells the crash first. */
function verdict(sentence: string, pageDate = '2026-05-14'): string {
  const lines = sentence.split(' || ');
  const analysis = analyzeInput(
    reportHtml(
      pageDate,
      'Valley Talk',
      'Gravel truck slams into Pell Valley school van',
      [
        'A gravel truck slammed into a Pell Valley school van at Ostrander Avenue and Quill Street.',
        ...lines,
      ].join('\n'),
    ),
    index,
    { today: '2026-12-01' },
  ).analysis;
  expect(analysis.story?.storyId).toBe(pack.stories[0]!.id);
  const last = lines[lines.length - 1]!;
  return analysis.findings.find((f) => f.text === last)?.verdict ?? 'silent';
}

describe('another post than any the record gives a person (other-post.ts)', () => {
  it("finds another service's chief, a lower rank and another kind of post wrong", () => {
    expect(verdict('Police Chief Bram Oyelaran said the crews worked fast.')).toBe('discrepant');
    expect(verdict('Battalion Chief Bram Oyelaran said the crews worked fast.')).toBe('discrepant');
    expect(verdict('Fire Chief Ivo Renk said the crews worked fast.')).toBe('discrepant');
    expect(verdict('District President Ada Quennell said routes would be reviewed.')).toBe(
      'discrepant',
    );
  });

  it('leaves their own post, a loose title and a qualified one alone', () => {
    for (const s of [
      'Fire Chief Bram Oyelaran said the crews worked fast.',
      'Pell Valley Fire Chief Bram Oyelaran said the crews worked fast.',
      'Chief Bram Oyelaran said the crews worked fast.',
      'Chief Ivo Renk led the crews at the scene.',
      'Battalion Chief Ivo Renk led the crews at the scene.',
      'Ada Quennell, the district spokeswoman, said routes would be reviewed.',
      'Future Police Chief Bram Oyelaran said the crews worked fast.',
    ])
      expect(verdict(s), s).not.toBe('discrepant');
  });

  it('is only unconfirmed on a page long after the days the record knows', () => {
    expect(
      verdict('Police Chief Bram Oyelaran said the crews worked fast.', '2029-06-01'),
    ).not.toBe('discrepant');
  });
});

describe('"former" while the record surely has them in the post (held-office.ts)', () => {
  it("is wrong on a page of the story's days, not years later", () => {
    expect(verdict('Former fire chief Bram Oyelaran said the crews worked fast.')).toBe(
      'discrepant',
    );
    expect(
      verdict('Former fire chief Bram Oyelaran said the crews worked fast.', '2029-06-01'),
    ).not.toBe('discrepant');
  });
});

describe("an agency whose name says it is of another government than the event's (agency-level.ts)", () => {
  it("finds a federal agency wrong for the town's fire crews", () => {
    expect(
      verdict("Crews from the U.S. Bureau of Reclamation freed the van's driver from the cab."),
    ).toBe('discrepant');
  });

  it("leaves a state's or a county's body alone beside a town's (it may have joined)", () => {
    expect(
      verdict(
        "Crews from the Oregon Department of Transportation freed the van's driver from the cab.",
      ),
    ).not.toBe('discrepant');
    expect(
      verdict(
        "Deputies from the Lane County Sheriff's Office freed the van's driver from the cab.",
      ),
    ).not.toBe('discrepant');
  });

  it('leaves the recorded agency and a name of no such shape alone', () => {
    expect(
      verdict("Crews from the Pell Valley Fire Department freed the van's driver from the cab."),
    ).not.toBe('discrepant');
    expect(verdict("The Riverside Rescue Squad freed the van's driver from the cab.")).not.toBe(
      'discrepant',
    );
  });
});

describe('"It happened on …" after a sentence about the event (carried-event.ts)', () => {
  it('dates the crash the sentence before told of', () => {
    expect(
      verdict(
        'The gravel truck slammed into the van near Quill Street. || It happened on Monday, May 11.',
      ),
    ).toBe('discrepant');
    expect(
      verdict(
        'The gravel truck slammed into the van near Quill Street. || It happened on Tuesday, May 12.',
      ),
    ).not.toBe('discrepant');
  });
});

describe('pack draft: "that Friday" is the Friday the report told before', () => {
  it("dates the practice on the drill's Friday, not the last Friday before the report", () => {
    const practice = pack.stories[0]!.events!.find((e) => e.words.includes('evacuating'));
    expect(practice?.date).toBe('2026-05-01');
  });
});

describe('the outlet a speaker told (a quote\'s occasion "told <outlet>")', () => {
  it('drafts the occasion from "… told the Gazette"', () => {
    const quote = pack.stories[0]!.quotes!.find((q) => q.text.startsWith('I heard the brakes'));
    expect(quote?.occasion).toBe('told Pell Valley Gazette');
  });

  it('finds another outlet wrong where the words are retold in other words, and the recorded one right', () => {
    expect(
      verdict(
        'Crossing guard Wilma Strand told the Pell Valley Beacon she heard the brakes and then the whole van shook sideways.',
      ),
    ).toBe('discrepant');
    expect(
      verdict(
        'Crossing guard Wilma Strand told the Pell Valley Gazette she heard the brakes and then the whole van shook sideways.',
      ),
    ).not.toBe('discrepant');
  });
});

describe('pack draft: an outcome in a clause of another time is its own event', () => {
  it('dates the closing a day before the reopening, apart from it', () => {
    const events = pack.stories[0]!.events!;
    const reopened = events.find((e) => e.outcomes?.some((o) => o.kind === 'reopened'));
    const closed = events.find(
      (e) =>
        e.outcomes?.some((o) => o.kind === 'closed') &&
        !e.outcomes.some((o) => o.kind === 'reopened'),
    );
    expect(reopened?.date).toBe('2026-05-13');
    expect(closed?.date).toBe('2026-05-12');
  });
});

describe('an agency that only speaks is who told it, not another body at the event', () => {
  it('leaves "The Lane County Sheriff\'s Office said …" alone', () => {
    expect(
      verdict("The Lane County Sheriff's Office said crews freed the van's driver from the cab."),
    ).not.toBe('discrepant');
  });
});
