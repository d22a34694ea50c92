/**
 * Who holds a drafted pack's one-holder posts (issue 17, through the engine's general rules): a stranger under a bare
 * title ("Sheriff Jane Roe") that only one person of the story's record could carry is another holder of that post
 * (person-post.ts, soleStoryPost), unless the clause names a place the record does not hold, or the story has two
 * posts of that head; and "former" read through the post's body words ("Former County Board Chairman X", "former
 * county health officer X"; find-people.ts), so a page of the story's days that retires a sitting holder is wrong.
 * And a state's department named as the doer of what the record has a county's body do (compare-doer.ts: the level a
 * story body's own name says). A made-up report; none of its words is in the engine or the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack } from './draft-story.ts';
import { retellingReader } from './retelling-verdict.ts';

const world = worldIndex();

const original = reportHtml(
  '2026-04-18',
  'Corrin Valley Record',
  'Grain elevator fire forces evacuation of 60 homes in Corrin',
  `
CORRIN, Neb. — A fire at the Harlan Co-op grain elevator on Depot Street forced the evacuation of 60 homes on Friday, April 17, Orrick County Sheriff Tamsin Velde said.
Crews from the Corrin Fire Department fought the fire for about six hours, Corrin Fire Chief Abel Mirow said.
No one was hurt, Velde said.
Corrin Police Chief Mara Quist closed Depot Street to traffic until Saturday morning.
The Orrick County Health Department ordered the co-op's feed store closed on Friday because of the smoke.
The Nebraska Department of Environment and Energy inspected the co-op's dust filters on Saturday, April 18.
County Board Chairman Rufus Anand said the board would review the elevator's permits at its meeting on Tuesday, May 5.
Orrick County Health Officer Lena Duarte said residents near the elevator should keep their windows closed until Sunday.
“We got every family out before the smoke turned,” Velde said.
`,
);

const result = draftPack({ name: 'elevator.html', content: original }, [], {
  world,
  today: '2026-12-01',
});
if (!result.ok) throw new Error(result.error);
const pack = result.pack;
const read = retellingReader(pack);

/** The verdict on the page's last paragraph (with the finding when discrepant), on a page of that date that tells the fire first. */
function verdict(sentence: string, pageDate = '2026-04-19'): string {
  const { storyId, finding: f } = read({
    date: pageDate,
    publisher: 'Plains Talk',
    headline: 'Grain elevator fire forces evacuation in Corrin',
    lines: [
      'A fire at the Harlan Co-op grain elevator on Depot Street forced the evacuation of 60 homes in Corrin.',
      ...sentence.split(' || '),
    ],
  });
  expect(storyId).toBe(pack.stories[0]!.id);
  return f ? `${f.verdict}${f.verdict === 'discrepant' ? `: ${JSON.stringify(f)}` : ''}` : 'silent';
}

describe("a stranger under the bare title of the story's one holder", () => {
  it('is another holder of the post, and the finding names the one the record has', () => {
    const v = verdict('Sheriff Dale Pruett said nobody was hurt in the evacuation.');
    expect(v).toMatch(/^discrepant/);
    expect(v).toContain('Tamsin Velde');
  });

  it("is another holder when the apposition after the name gives the post's body in lower-case words", () => {
    expect(verdict('Dale Pruett, sheriff of the county, said nobody was hurt.')).toMatch(
      /^discrepant.*Tamsin Velde/,
    );
    expect(verdict('Dale Pruett, sheriff of the next county, said nobody was hurt.')).not.toMatch(
      /^discrepant/,
    );
  });

  it('leaves the holder, a sheriff of a place the record does not hold, and a bare title two posts share alone', () => {
    for (const s of [
      'Sheriff Tamsin Velde said nobody was hurt in the evacuation.',
      'Sheriff Dale Pruett of Vinton County said nobody was hurt in the evacuation.',
      'Deputy Sheriff Dale Pruett said nobody was hurt in the evacuation.',
      // The story has a police chief and a fire chief: "Chief" alone is neither's for sure.
      'Chief Dale Pruett said crews fought the fire for about six hours.',
      // Another time, another body, another rank, or not speaking: may be another town's or another time's sheriff.
      'The late Sheriff Dale Pruett said in 1998 that the elevator was a hazard.',
      "Sheriff Dale Pruett, Velde's predecessor, said the elevator had been a worry for years.",
      'Sheriff Dale Pruett of Duluth said his deputies could help.',
      'Sheriff Dale Pruett, who runs a neighbouring county, said his deputies could help.',
      'Sheriff Dale Pruett sent two boats to help.',
      'Chief Deputy Dale Pruett said nobody was hurt in the evacuation.',
    ])
      expect(verdict(s), s).not.toMatch(/^discrepant/);
  });
});

describe('"former" read through the words of the post\'s body', () => {
  it("finds a sitting holder retired on a page of the story's days", () => {
    expect(
      verdict('Former County Board Chairman Rufus Anand said the board would review the permits.'),
    ).toMatch(/^discrepant/);
    expect(
      verdict(
        'Former county health officer Lena Duarte told residents to keep their windows shut.',
      ),
    ).toMatch(/^discrepant/);
    expect(
      verdict(
        'Former Orrick County Health Officer Lena Duarte told residents to keep their windows shut.',
      ),
    ).toMatch(/^discrepant/);
  });

  it('leaves the post without "former" alone', () => {
    for (const s of [
      'County Board Chairman Rufus Anand said the board would review the permits.',
      'County health officer Lena Duarte told residents to keep their windows shut.',
    ])
      expect(verdict(s), s).not.toMatch(/^discrepant/);
  });
});

describe("a state's department doing what the record has a county's body do", () => {
  it('is another body; the county body itself and an unnamed one are left alone', () => {
    expect(
      verdict(
        "The Nebraska Department of Agriculture ordered the co-op's feed store closed on Friday.",
      ),
    ).toMatch(/^discrepant.*Orrick County Health Department/);
    for (const s of [
      "The Orrick County Health Department ordered the co-op's feed store closed on Friday.",
      "Health officials ordered the co-op's feed store closed on Friday.",
    ])
      expect(verdict(s), s).not.toMatch(/^discrepant/);
  });

  it("is another body the other way round: a county's office doing what the record has a state's department do", () => {
    expect(
      verdict("The Orrick County Sheriff's Office inspected the co-op's dust filters on Saturday."),
    ).toMatch(/^discrepant.*Nebraska Department of Environment and Energy/);
    for (const s of [
      "The Nebraska Department of Environment and Energy inspected the co-op's dust filters on Saturday.",
      "State officials inspected the co-op's dust filters on Saturday.",
    ])
      expect(verdict(s), s).not.toMatch(/^discrepant/);
  });
});
