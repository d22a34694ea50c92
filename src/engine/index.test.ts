/**
 * The engine's public API with the pack that ships with Sourcelight. The texts
 * are written for these tests; blocks are joined with line breaks, as the DOM
 * layer does.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { analyzeText, countVerdicts, foldText, indexPacks, recognizeStory, type Analysis } from './index.ts';

const index = indexPacks([loadEmbeddedPack()]);
const ROCHESTER = 'rochester-border-patrol-backup-2025';

const page = (...blocks: string[]) => blocks.join('\n');

/** The finding for a sentence of the page, checking that the sentence is on the page. */
function findingFor(text: string, analysis: Analysis, sentence: string) {
  expect(text).toContain(sentence);
  return analysis.findings.find((f) => f.text === sentence);
}

/** Spans read back and sources are usable, for any analysis. */
function expectWellFormed(text: string, analysis: Analysis) {
  for (const finding of analysis.findings) {
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(finding.sources.length).toBeGreaterThan(0);
    for (const source of finding.sources) expect(source.url).toMatch(/^https:\/\/[^\s/]+\.[^\s/]+/);
  }
}

describe('a distorted retelling of the Rochester story', () => {
  const sentences = {
    iceCall: 'Officers in Rochester are under investigation after they answered a call from ICE asking for backup at a traffic stop on the west side.',
    eightArrested: 'Eight people were arrested once the officers pulled up with lights and sirens.',
    vanPlain: 'About eight people were in the van, the police chief said.',
    vanCustody: 'About eight people were in the van, and three of them were taken into custody.',
    eightOfTen: 'Eight of the ten officers who handcuffed the men returned to patrol after a brief retraining.',
    eightOfTenPlain: 'Eight of the ten officers returned to patrol within a week.',
    mayor: 'Mayor Malik Evans said the officers had broken city policy.',
    biden: 'Under the Biden administration, cities like this one keep clashing with federal immigration agents.',
    calledForFiring: 'Local activists called for the officers to be fired.',
    fired: 'Two of the officers were fired last week.',
  };
  const text = page(
    'Rochester cops in hot water for helping ICE',
    `${sentences.iceCall} ${sentences.eightArrested}`,
    `${sentences.vanPlain} ${sentences.vanCustody}`,
    `${sentences.eightOfTen} ${sentences.eightOfTenPlain}`,
    sentences.mayor,
    sentences.biden,
    `${sentences.calledForFiring} ${sentences.fired}`,
  );
  const analysis = analyzeText(text, index);
  const verdict = (sentence: string) => {
    const finding = findingFor(text, analysis, sentence);
    return finding && { check: finding.checkId, verdict: finding.verdict };
  };

  it('is recognised as the Rochester story', () => {
    expect(analysis.story?.storyId).toBe(ROCHESTER);
    expect(analysis.story?.packId).toBe('sourcelight-core');
    expect(analysis.story?.score).toBeGreaterThanOrEqual(analysis.story?.threshold ?? Infinity);
    expect(analysis.story?.cues).toEqual(expect.arrayContaining(['place-rochester', 'federal-agency', 'backup-request']));
  });

  it('flags ICE making the call when Border Patrol is not named', () => {
    expect(verdict(sentences.iceCall)).toEqual({ check: 'ice-made-the-call', verdict: 'discrepant' });
  });

  it('flags "eight people were arrested"', () => {
    expect(verdict(sentences.eightArrested)).toEqual({ check: 'eight-detained', verdict: 'discrepant' });
  });

  it('does not flag the estimate of about eight people in the van', () => {
    expect(verdict(sentences.vanPlain)).toBeUndefined();
    expect(verdict(sentences.vanCustody)).toEqual({ check: 'three-detained', verdict: 'consistent' });
  });

  it('does not take "eight of the ten officers" for eight detainees', () => {
    expect(verdict(sentences.eightOfTen)?.verdict).not.toBe('discrepant');
    expect(verdict(sentences.eightOfTenPlain)?.verdict).not.toBe('discrepant');
  });

  it('flags the Biden administration', () => {
    expect(verdict(sentences.biden)).toEqual({ check: 'biden-administration', verdict: 'discrepant' });
  });

  it('finds calls to fire the officers consistent, but officers being fired discrepant', () => {
    expect(verdict(sentences.calledForFiring)).toEqual({ check: 'leaders-called-for-firing', verdict: 'consistent' });
    expect(verdict(sentences.fired)).toEqual({ check: 'officers-fired', verdict: 'discrepant' });
  });

  it('leaves sentences that no check covers alone', () => {
    expect(verdict(sentences.mayor)).toBeUndefined();
    expect(verdict('Rochester cops in hot water for helping ICE')).toBeUndefined();
  });

  it('reports findings in page order, with spans that read back and https sources', () => {
    const starts = analysis.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expectWellFormed(text, analysis);
    expect(countVerdicts(analysis.findings)).toEqual({ discrepant: 4, consistent: 2, unverified: 0 });
  });
});

describe('details of the Rochester checks', () => {
  const lead = 'In Rochester, federal agents asked city police for backup at a traffic stop.';
  const analyze = (sentence: string) => {
    const text = page(lead, sentence);
    const analysis = analyzeText(text, index);
    expect(analysis.story?.storyId).toBe(ROCHESTER);
    expectWellFormed(text, analysis);
    return findingFor(text, analysis, sentence);
  };

  it('does not blame ICE alone when Border Patrol is named in the same sentence', () => {
    const finding = analyze('ICE and Border Patrol agents called the officers for backup.');
    expect(finding?.checkId).not.toBe('ice-made-the-call');
    expect(finding).toMatchObject({ checkId: 'border-patrol-asked-for-backup', verdict: 'consistent' });
  });

  it('does not see ICE in "police", "justice" or "service"', () => {
    expect(analyze('The police service called for justice.')).toBeUndefined();
  });

  it('sees ICE through typographic spaces and quotes, and keeps the span on the original text', () => {
    const sentence = 'ICE\u00A0agents \u201Ccalled\u201D the precinct for back\u2011up.';
    const finding = analyze(sentence);
    expect(finding).toMatchObject({ checkId: 'ice-made-the-call', verdict: 'discrepant', text: sentence });
  });

  it('flags the digit form of eight, but not 18', () => {
    expect(analyze('Officers helped arrest 8 people.')?.checkId).toBe('eight-detained');
    expect(analyze('Officers helped arrest 18 people.')).toBeUndefined();
    expect(analyze('Eighteen people were arrested.')).toBeUndefined();
  });

  it('does not flag officers who were not fired', () => {
    expect(analyze('The officers have not been fired.')).toBeUndefined();
  });

  it('does not flag accurate sentences that mention firing', () => {
    expect(analyze('No officers were fired.')?.verdict).not.toBe('discrepant');
    expect(analyze('None of the officers was fired.')?.verdict).not.toBe('discrepant');
    expect(analyze('Police fired tear gas at a protest last year.')?.verdict).not.toBe('discrepant');
  });

  it('does not flag a sentence that contrasts with the Biden administration', () => {
    expect(analyze('Unlike the Biden administration, the new White House sent more agents north.')).toBeUndefined();
  });

  it('does not read a digit inside a larger number as a count', () => {
    expect(analyze('ICE has arrested more than 8,000 people nationwide this year, Border Patrol said.')).toBeUndefined();
  });

  it('attaches the check text and the sources it rests on', () => {
    const finding = analyze('Under Biden, the federal government kept cities guessing.');
    expect(finding?.checkId).toBe('biden-administration');
    expect(finding?.original).toMatch(/Trump administration/);
    expect(finding?.sources.map((s) => s.id)).toEqual(['nypost-2025-03-28', 'spectrum-2025-04-02']);
  });
});

describe('pages that do not retell a known story', () => {
  const unrelated = {
    'another Rochester story (a festival)': page(
      'Jazz festival fills downtown Rochester',
      'ROCHESTER, N.Y. — The jazz festival opened on Friday with twelve stages across downtown.',
      'The mayor welcomed the first band, and the police chief asked drivers to leave East Avenue to buses.',
      'Vendors sold ice cream and lemonade until midnight. Eight people were treated for heat exhaustion.',
    ),
    'a Border Patrol stop in Texas': page(
      'Agents find fentanyl in a spare tyre',
      'EL PASO, Texas — Border Patrol agents stopped a pickup on Interstate 10 and found forty pounds of fentanyl hidden in the spare tyre.',
      'The agents asked the county sheriff for backup, and the driver was handcuffed and taken into custody.',
      'Eight other drivers were waved through while the truck was searched.',
    ),
    'a recipe': page(
      'Lemon granita',
      'Stir 200 grams of sugar into 500 ml of hot water until it dissolves, then add the juice of eight lemons.',
      'Freeze the mixture in a shallow tray and scrape it with a fork every 30 minutes until it looks like crushed ice.',
      'Serve it in chilled glasses. Leftovers keep for a week.',
    ),
    'a sanctuary-city story in Chicago': page(
      'Chicago keeps its sanctuary rules',
      'CHICAGO — The mayor said on Tuesday that Chicago will stay a sanctuary city and that its police will not share records with ICE.',
      'The rules were tightened during the Biden administration, and aldermen debated them again this week.',
      'Eight people were arrested at a protest outside the federal building. Several officers were fired upon with fireworks.',
    ),
  };

  it.each(Object.entries(unrelated))('%s gets no story and no findings', (_name, text) => {
    expect(recognizeStory(foldText(text), index)).toBeNull();
    expect(analyzeText(text, index)).toEqual({ story: null, findings: [] });
  });

  it('empty and whitespace-only pages get nothing', () => {
    expect(analyzeText('', index)).toEqual({ story: null, findings: [] });
    expect(analyzeText(' \n\n\t ', index)).toEqual({ story: null, findings: [] });
  });

  // BUG (pack data): recognition does not require the place cue, so a Chicago page
  // about ICE asking local police for help at a traffic stop reaches the Rochester
  // threshold (federal agency 2 + request for help 2 + traffic stop 1 + mayor 1 +
  // sanctuary 1 = 7), and the Rochester checks then run on it.
  it('a Chicago story about federal agents asking police for help is not the Rochester story', () => {
    const text = page(
      'CHICAGO — Federal agents asked for help from Chicago police during a traffic stop on the South Side.',
      'The mayor said that in a sanctuary city officers must stay out of immigration cases.',
    );
    expect(analyzeText(text, index).story).toBeNull();
  });

  // "Monroe County" names counties in several states, so it is not a place cue.
  it('a Border Patrol stop in Monroe County, Florida is not the Rochester story', () => {
    const text = 'KEY WEST, Fla. — Border Patrol agents in Monroe County, Florida, asked the sheriff for backup after a boat landed.';
    expect(analyzeText(text, index).story).toBeNull();
  });
});

describe('the other embedded story', () => {
  it('recognises the 2016 police chiefs story and flags it as current news', () => {
    const text = page(
      'Police chiefs push back',
      'Police chiefs in several sanctuary cities said this week that they will not help with deportation.',
      'Charlie Beck and Chris Magnus, quoted by Police1, spoke for many of them.',
    );
    const analysis = analyzeText(text, index);
    expect(analysis.story?.storyId).toBe('police-chiefs-immigration-2016');
    expect(analysis.findings.map((f) => [f.checkId, f.verdict])).toEqual([['presented-as-current', 'discrepant']]);
    expectWellFormed(text, analysis);
  });
});
