/**
 * The engine's public API with the pack that ships with Sourcelight. The page
 * texts are written for these tests; blocks are joined with line breaks, as
 * the DOM layer does.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import {
  analyzeText,
  countVerdicts,
  foldText,
  indexPacks,
  recognizeStory,
  type Analysis,
} from './index.ts';

const pack = loadEmbeddedPack();
const index = indexPacks([pack]);
const ROCHESTER = 'rochester-border-patrol-backup-2025';
const CHIEFS = 'police-chiefs-immigration-2016';

const page = (...blocks: string[]) => blocks.join('\n');

/** The finding for a sentence of the page, checking that the sentence is on the page. */
function findingFor(text: string, analysis: Analysis, sentence: string) {
  expect(text).toContain(sentence);
  return analysis.findings.find((f) => f.text === sentence);
}

/** Spans read back, claims are named, and sources are usable, for any analysis. */
function expectWellFormed(text: string, analysis: Analysis) {
  for (const finding of analysis.findings) {
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(finding.claimId).toMatch(/^(fact|quote|unverified|review|event):[a-z0-9-]+$/);
    expect(finding.original.length).toBeGreaterThan(0);
    expect(finding.explanation.length).toBeGreaterThan(0);
    expect(finding.sources.length).toBeGreaterThan(0);
    for (const source of finding.sources) expect(source.url).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+/);
  }
}

describe('a distorted retelling of the Rochester story', () => {
  const sentences = {
    iceCall:
      'Officers in Rochester face an inquiry after they answered a call from ICE asking for backup at a traffic stop on the west side.',
    eightArrested: 'Eight people were arrested once the officers pulled up with lights and sirens.',
    vanPlain: 'About eight people were in the van, the police chief said.',
    vanCustody: 'About eight people were in the van, and three of them were taken into custody.',
    eightOfTen:
      'Eight of the ten officers who handcuffed the men returned to patrol after a short retraining.',
    eightOfTenPlain: 'Eight of the ten officers returned to patrol within a week.',
    biden:
      'Under the Biden administration, cities like this one keep clashing with federal immigration agents.',
    calledForFiring: 'Local activists called for the officers to be fired.',
    fired: 'Two of the officers were fired last week.',
  };
  const headline = 'Rochester cops in hot water for helping ICE';
  const text = page(
    headline,
    `${sentences.iceCall} ${sentences.eightArrested}`,
    `${sentences.vanPlain} ${sentences.vanCustody}`,
    `${sentences.eightOfTen} ${sentences.eightOfTenPlain}`,
    sentences.biden,
    `${sentences.calledForFiring} ${sentences.fired}`,
  );
  const analysis = analyzeText(text, index);
  const verdict = (sentence: string) => {
    const finding = findingFor(text, analysis, sentence);
    return finding && { claim: finding.claimId, verdict: finding.verdict };
  };

  it('is recognised as the Rochester story', () => {
    expect(analysis.story?.storyId).toBe(ROCHESTER);
    expect(analysis.story?.packId).toBe('sourcelight-core');
    expect(analysis.story?.score).toBeGreaterThanOrEqual(analysis.story?.threshold ?? Infinity);
    expect(analysis.story?.cues).toEqual(
      expect.arrayContaining(['place-rochester', 'federal-agency', 'backup-request']),
    );
    expect(analysis.story?.timeContext.start).toBe('2025-03-24');
  });

  it('flags ICE making the call when Border Patrol is not named, as imprecise, with the nuance', () => {
    const finding = findingFor(text, analysis, sentences.iceCall);
    expect(finding).toMatchObject({
      claimId: 'fact:backup-request',
      verdict: 'discrepant',
      kind: 'agency',
    });
    expect(finding?.explanation).toMatch(/imprecise/);
    expect(finding?.nuance).toMatch(/Border Patrol/);
  });

  it('flags "eight people were arrested"', () => {
    expect(verdict(sentences.eightArrested)).toEqual({
      claim: 'fact:detained-count',
      verdict: 'discrepant',
    });
  });

  it('does not flag the estimate of about eight people in the van', () => {
    expect(verdict(sentences.vanPlain)?.verdict).not.toBe('discrepant');
    expect(verdict(sentences.vanCustody)?.verdict).not.toBe('discrepant');
  });

  it('does not take "eight of the ten officers" for eight detainees', () => {
    expect(verdict(sentences.eightOfTen)?.verdict).not.toBe('discrepant');
    expect(verdict(sentences.eightOfTenPlain)?.verdict).not.toBe('discrepant');
  });

  it('flags the Biden administration as the wrong time', () => {
    expect(findingFor(text, analysis, sentences.biden)).toMatchObject({
      claimId: 'fact:time-administration',
      verdict: 'discrepant',
      kind: 'time-context',
    });
  });

  it('does not flag calls to fire the officers, but flags officers being fired', () => {
    expect(verdict(sentences.calledForFiring)?.verdict).not.toBe('discrepant');
    expect(findingFor(text, analysis, sentences.fired)).toMatchObject({
      claimId: 'fact:officers-discipline',
      verdict: 'discrepant',
      kind: 'contradicted',
    });
  });

  it('calls the headline\'s "helping ICE" imprecise, since the page never names Border Patrol', () => {
    expect(analysis.findings.find((f) => f.text === headline)).toMatchObject({
      verdict: 'discrepant',
      kind: 'agency',
      claimId: 'fact:who-was-helped',
    });
    expect(analysis.findings.find((f) => f.text === headline)?.explanation).toMatch(/imprecise/);
  });

  it('leaves "helping ICE" alone on a page that also names Border Patrol', () => {
    const withBorderPatrol = analyzeText(
      `${text}\nBorder Patrol agents were at the stop too.`,
      index,
    );
    expect(withBorderPatrol.findings.find((f) => f.text === headline)).toBeUndefined();
  });

  it('reports findings in page order, with spans that read back and https sources', () => {
    const starts = analysis.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expectWellFormed(text, analysis);
    expect(countVerdicts(analysis.findings).discrepant).toBe(5);
  });
});

describe('details of the Rochester facts', () => {
  const lead = 'In Rochester, federal agents asked city police for backup at a traffic stop.';
  const analyze = (sentence: string) => {
    const text = page(lead, sentence);
    const analysis = analyzeText(text, index);
    expect(analysis.story?.storyId).toBe(ROCHESTER);
    expectWellFormed(text, analysis);
    return findingFor(text, analysis, sentence);
  };

  it('does not blame ICE when Border Patrol is named in the same sentence', () => {
    expect(
      analyze('ICE and Border Patrol agents called the officers for backup.')?.verdict,
    ).not.toBe('discrepant');
  });

  it('agrees when the call is credited to Border Patrol', () => {
    expect(analyze('Border Patrol agents called the officers for backup.')).toMatchObject({
      claimId: 'fact:backup-request',
      verdict: 'consistent',
    });
  });

  it('does not see ICE in "police", "justice" or "service"', () => {
    expect(analyze('The police service called for justice.')).toBeUndefined();
  });

  it('sees ICE through typographic spaces and quotes, and keeps the span on the original text', () => {
    const sentence = 'ICE\u00A0agents \u201Ccalled\u201D the precinct for back\u2011up.';
    expect(analyze(sentence)).toMatchObject({
      claimId: 'fact:backup-request',
      verdict: 'discrepant',
      text: sentence,
    });
  });

  it('flags the digit form of eight, but not 18', () => {
    expect(analyze('Officers helped arrest 8 people.')).toMatchObject({
      claimId: 'fact:detained-count',
      verdict: 'discrepant',
    });
    expect(analyze('Officers helped arrest 18 people.')).toBeUndefined();
    expect(analyze('Eighteen people were arrested.')).toBeUndefined();
  });

  it('counts "a week after the stop" to the City Hall protest, which "protests" also names', () => {
    expect(analyze('Protests at City Hall followed a week after the stop.')?.verdict).not.toBe(
      'discrepant',
    );
  });

  it('compares counts, outcomes and durations in new words with the record (issue 14)', () => {
    expect(analyze('A dozen officers are riding a desk until they get retrained.')).toMatchObject({
      verdict: 'discrepant',
      comparison: [{ slot: 'count', page: 'A dozen', record: '10 officers' }],
    });
    expect(analyze('The mayor suspended all ten officers without pay.')).toMatchObject({
      verdict: 'discrepant',
      comparison: [{ slot: 'outcome', page: 'suspended' }],
    });
    expect(analyze('The chief said the retraining would take about two weeks.')?.verdict).toBe(
      'discrepant',
    );
    expect(analyze('Roughly 40 officers converged on the scene.')?.verdict).toBe('discrepant');
    for (const s of [
      'About ten officers were put on desk duty.',
      'The ten officers were pulled off patrol.',
      'The officers got a day or two of retraining.',
      'The retraining session lasted two hours.',
      'About ten officers converged on the scene.',
    ]) {
      expect(analyze(s)?.verdict, s).not.toBe('discrepant');
    }
  });

  it('does not read a number with a thousands separator as a count of eight', () => {
    expect(
      analyze('ICE has arrested more than 8,000 people nationwide this year, Border Patrol said.')
        ?.verdict,
    ).not.toBe('discrepant');
    expect(analyze('Agents have arrested 8,000 people this year.')?.verdict).not.toBe('discrepant');
  });

  it('does not flag officers who were not fired', () => {
    expect(analyze('No officers were fired.')?.verdict).not.toBe('discrepant');
    expect(analyze('None of the officers was fired.')?.verdict).not.toBe('discrepant');
    expect(analyze('The officers have not been fired.')?.verdict).not.toBe('discrepant');
  });

  it('does not flag other kinds of firing, or calls for firing', () => {
    expect(analyze('Police fired tear gas at a protest last year.')?.verdict).not.toBe(
      'discrepant',
    );
    expect(
      analyze('Protesters at City Hall called for the officers to be fired.')?.verdict,
    ).not.toBe('discrepant');
  });

  it('flags officers being fired however it is put', () => {
    expect(analyze('The officers were fired after the video came out.')).toMatchObject({
      claimId: 'fact:officers-discipline',
      verdict: 'discrepant',
    });
    expect(analyze('Several of the officers lost their jobs over the stop.')).toMatchObject({
      claimId: 'fact:officers-discipline',
      verdict: 'discrepant',
    });
  });

  it('does not flag a sentence that contrasts with the Biden administration', () => {
    expect(
      analyze('Unlike the Biden administration, the new White House sent more agents north.')
        ?.verdict,
    ).not.toBe('discrepant');
  });

  it('attaches the record and the sources it rests on', () => {
    const finding = analyze('Under Biden, the federal government kept cities guessing.');
    expect(finding?.claimId).toBe('fact:time-administration');
    expect(finding?.original).toMatch(/Trump administration/);
    expect(finding?.sources.map((s) => s.id)).toEqual(['nypost-2025-03-28', 'spectrum-2025-04-02']);
  });

  it('flags a claim the record contradicts: the city police did not make the stop', () => {
    expect(analyze('Rochester police pulled over a van on the west side.')).toMatchObject({
      claimId: 'fact:targeted-stop',
      verdict: 'discrepant',
      kind: 'contradicted',
    });
  });

  it('marks claims the record can neither confirm nor refute as unverified', () => {
    expect(analyze('The whole affair began with a routine traffic stop.')).toMatchObject({
      claimId: 'unverified:routine-stop',
      verdict: 'unverified',
      kind: 'unverified-claim',
    });
  });
});

describe('quotes of the Rochester story', () => {
  const lead = 'In Rochester, federal agents asked city police for backup at a traffic stop.';
  const analyze = (sentence: string) => {
    const text = page(lead, sentence);
    const analysis = analyzeText(text, index);
    expectWellFormed(text, analysis);
    return findingFor(text, analysis, sentence);
  };

  it('finds the border czar\u2019s short post consistent in quotation marks', () => {
    expect(analyze('Tom Homan wrote on X: \u201CHelp is coming!\u201D')).toMatchObject({
      claimId: 'quote:homan-help-is-coming',
      verdict: 'consistent',
      kind: 'quote',
    });
  });

  it('flags the post placed during his later visit', () => {
    expect(
      analyze('During his visit, Homan told the officers: \u201CHelp is coming!\u201D'),
    ).toMatchObject({
      claimId: 'quote:homan-help-is-coming',
      verdict: 'discrepant',
      kind: 'time-context',
    });
  });

  it('flags words no report records the mayor saying', () => {
    const sentence =
      'Mayor Evans said: "This action violates both our city\'s sanctuary resolution and a police general order regarding immigration law enforcement."';
    expect(analyze(sentence)).toMatchObject({
      claimId: 'quote:evans-fabricated-violates',
      verdict: 'discrepant',
      kind: 'quote',
    });
  });
});

describe('recognising the Rochester story', () => {
  it('recognises it from the New York Post headline even when Rochester is not named', () => {
    const text = page(
      'Sanctuary city mayor, police chief scold cops for assisting Border Patrol',
      'City leaders said the officers had gone too far.',
    );
    const match = recognizeStory(foldText(text), index)?.match;
    expect(match?.storyId).toBe(ROCHESTER);
    expect(match?.cues).toContain('post-headline');
    expect(match?.cues).not.toContain('place-rochester');
  });

  /** The same pack with no required cues, to show what they are keeping out. */
  const withoutRequired = indexPacks([
    {
      ...pack,
      stories: pack.stories.map((s) => ({
        ...s,
        recognition: { ...s.recognition, requireAny: undefined },
      })),
    },
  ]);

  it('does not take a Chicago story about federal agents asking police for help for it, though its score would be enough', () => {
    const text = page(
      'CHICAGO \u2014 Federal agents asked for help from Chicago police during a traffic stop on the South Side.',
      'The mayor said that in a sanctuary city officers must stay out of immigration cases.',
    );
    expect(recognizeStory(foldText(text), withoutRequired)?.match.storyId).toBe(ROCHESTER);
    expect(recognizeStory(foldText(text), index)).toBeNull();
    expect(analyzeText(text, index)).toEqual({ story: null, findings: [], signals: [] });
  });

  it('does not take a Border Patrol stop in Monroe County, Florida for it', () => {
    const text = page(
      'KEY WEST, Fla. \u2014 Border Patrol agents in Monroe County, Florida, asked the sheriff for backup after a boat landed.',
      'The mayor and the police chief, who oppose sanctuary rules, said deputies handcuffed people from the van at a traffic stop.',
    );
    expect(recognizeStory(foldText(text), withoutRequired)?.match.storyId).toBe(ROCHESTER);
    expect(analyzeText(text, index)).toEqual({ story: null, findings: [], signals: [] });
  });
});

describe('pages that do not retell a known story', () => {
  const unrelated = {
    'another Rochester story (a festival)': page(
      'Jazz festival fills downtown Rochester',
      'ROCHESTER, N.Y. \u2014 The jazz festival opened on Friday with a dozen stages spread across downtown.',
      'The mayor greeted the first band, and the police chief asked drivers to leave East Avenue to the buses.',
      'Vendors sold ice cream and lemonade until midnight. Eight people were treated for heat exhaustion.',
    ),
    'a Border Patrol stop in Texas': page(
      'Agents find fentanyl in a spare tyre',
      'EL PASO, Texas \u2014 Border Patrol agents stopped a pickup on Interstate 10 and found forty pounds of fentanyl in the spare tyre.',
      'The agents asked the county sheriff for backup, and the driver was handcuffed and taken into custody.',
      'Eight other drivers were waved through while the truck was searched.',
    ),
    'a recipe': page(
      'Lemon granita',
      'Stir 200 grams of sugar into 500 ml of hot water until it dissolves, then add the juice of eight lemons.',
      'Freeze it in a shallow tray and scrape it with a fork every 30 minutes until it looks like crushed ice.',
      'Serve in chilled glasses. Leftovers keep for a week.',
    ),
    'a sanctuary-city story in Chicago': page(
      'Chicago keeps its sanctuary rules',
      'CHICAGO \u2014 The mayor said on Tuesday that Chicago will stay a sanctuary city and that its police will not share records with ICE.',
      'The rules were tightened during the Biden administration, and aldermen argued about them again this week.',
      'Eight people were arrested at a protest outside the federal building. Several officers were fired upon with fireworks.',
    ),
  };

  it.each(Object.entries(unrelated))('%s gets no story and no findings', (_name, text) => {
    expect(recognizeStory(foldText(text), index)).toBeNull();
    expect(analyzeText(text, index)).toEqual({ story: null, findings: [], signals: [] });
  });

  it('empty and whitespace-only pages get nothing', () => {
    expect(analyzeText('', index)).toEqual({ story: null, findings: [], signals: [] });
    expect(analyzeText(' \n\n\t ', index)).toEqual({ story: null, findings: [], signals: [] });
  });
});

describe('the 2016 police chiefs story', () => {
  const tail = 'Charlie Beck and Chris Magnus, quoted by Police1, spoke for many of them.';

  it('is recognised, and statements from 2016 told as this week\u2019s news are flagged', () => {
    const sentence = 'This week, police chiefs said they will not help with deportation.';
    const text = page('Police chiefs push back', sentence, tail);
    const analysis = analyzeText(text, index);
    expect(analysis.story?.storyId).toBe(CHIEFS);
    expect(analysis.findings.map((f) => [f.text, f.claimId, f.verdict, f.kind])).toEqual([
      [sentence, 'fact:chiefs-speak-out', 'discrepant', 'time-context'],
    ]);
    expectWellFormed(text, analysis);
  });

  it('is not flagged when the page dates the statements', () => {
    const sentence =
      'After the 2016 election, police chiefs said they would not help with deportation.';
    const text = page('Police chiefs push back', sentence, tail);
    expect(findingFor(text, analyzeText(text, index), sentence)?.verdict).not.toBe('discrepant');
  });

  // BUG (negation): a negation within three words after the wrong value counts
  // as negating it even across a clause boundary, so "said this week that they
  // will not help" is read as denying "this week" and is not flagged.
  it('flags "this week" followed closely by a negation in another clause', () => {
    const sentence =
      'Police chiefs in several sanctuary cities said this week that they will not help with deportation.';
    const text = page('Police chiefs push back', sentence, tail);
    const analysis = analyzeText(text, index);
    expect(analysis.story?.storyId).toBe(CHIEFS);
    expect(findingFor(text, analysis, sentence)).toMatchObject({
      claimId: 'fact:chiefs-speak-out',
      verdict: 'discrepant',
    });
  });
});

describe('a changed place', () => {
  const index = indexPacks([loadEmbeddedPack()]);
  it('flags the stop moved to another city, and not the Rochester police named in the same sentence', () => {
    const sentence =
      'Rochester police helped Border Patrol agents at a traffic stop in Buffalo last Monday.';
    const analysis = analyzeText(`${sentence}\nThe union, the Locust Club, defended them.`, index);
    expect(analysis.findings.find((f) => f.text === sentence)).toMatchObject({
      verdict: 'discrepant',
      kind: 'place',
      claimId: 'fact:place-of-stop',
    });
  });

  it('does not take "this western New York city" for New York City', () => {
    const sentence =
      'ROCHESTER, N.Y. (NWS) — The mayor of this western New York city said Wednesday that his police officers appear to have broken the sanctuary rules when they helped federal agents during a traffic stop.';
    const analysis = analyzeText(`${sentence}\nThe union, the Locust Club, defended them.`, index);
    expect(analysis.findings.find((f) => f.text === sentence)?.verdict).not.toBe('discrepant');
  });

  it('agrees with the street the record gives', () => {
    const sentence =
      'Rochester police met Border Patrol agents at the traffic stop on Whitney Street.';
    const analysis = analyzeText(`${sentence}\nThe union, the Locust Club, defended them.`, index);
    expect(analysis.findings.find((f) => f.text === sentence)).toMatchObject({
      verdict: 'consistent',
    });
  });
});

describe('a recorded quote cut at its end, with the world file', () => {
  const worldIndexed = indexPacks([pack], { world: worldIndex() });
  const LEAD =
    'Rochester police officers answered a Border Patrol call for backup during a traffic stop on Whitney Street in March 2025.';
  const verdictOf = (sentence: string) => {
    const text = page(LEAD, sentence);
    return findingFor(text, analyzeText(text, worldIndexed, { today: '2026-11-21' }), sentence);
  };

  it('is the speaker\'s words, credited and dated right: consistent, not "altered"', () => {
    expect(
      verdictOf(
        '\u201CI stand with the officers of the Rochester, New York Police Department,\u201D Homan wrote on Friday.',
      )?.verdict,
    ).toBe('consistent');
  });

  it('is unverified, never green, when the page credits it to someone or some day the record cannot confirm', () => {
    // A surname the page introduces elsewhere ("Tim Voss") is someone the record cannot place: unverified.
    const introduced =
      '\u201CI stand with the officers of the Rochester, New York Police Department,\u201D Voss wrote.';
    const text = page(LEAD, `Tim Voss, a local pastor, spoke too. ${introduced}`);
    expect(
      findingFor(text, analyzeText(text, worldIndexed, { today: '2026-11-21' }), introduced),
    ).toMatchObject({ verdict: 'unverified', comparison: [{ page: 'Voss' }] });
  });

  it('is discrepant when the page dates it on another day than its occasion (the words were posted on Friday; compare/speaker.ts)', () => {
    expect(
      verdictOf(
        '\u201CI stand with the officers of the Rochester, New York Police Department,\u201D Homan wrote on Tuesday.',
      ),
    ).toMatchObject({ verdict: 'discrepant', comparison: [{ page: 'Tuesday' }] });
  });

  it('is discrepant when the page credits it to a surname it never gives a first name (compare/person-post.ts)', () => {
    expect(
      verdictOf(
        '\u201CI stand with the officers of the Rochester, New York Police Department,\u201D Voss wrote.',
      ),
    ).toMatchObject({ verdict: 'discrepant', comparison: [{ page: 'Voss', record: 'Tom Homan' }] });
  });
});
