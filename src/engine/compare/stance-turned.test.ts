/**
 * Stances and acts turned round (stance-turned.ts, effect-turned.ts, lead-turned.ts, not-yet.ts, quoted-stance.ts),
 * on the invented story (test-story.ts) with the pack 0.7.6 fields added here, so each is found from the data alone:
 * the Dunmore Police Department's refusal of immigration enforcement stated outright; Mayor Marsh saying more
 * immigration duties would erode residents' trust; Marsh saying the Harbor Unit led the raid while Dunmore officers
 * stood back; a harbor levy signed in March 2022 by Pat Vane, council minority leader from January 2022.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { parsePack } from '../../pack/parse-pack.ts';
import { worldIndex } from '../../world/embedded.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import { compareSentence } from './compare-sentence.ts';
import { quotedStanceConflict } from './quoted-stance.ts';
import { turnedInPart } from './stance-turned.ts';
import { buildStoryRecord, type StoryRecord } from './story-record.ts';
import { HARBOR_LEVY } from './test-raid-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Json = { stories: { events: Record<string, unknown>[] }[] };

function story(withFields: boolean): StoryRecord {
  const p = JSON.parse(JSON.stringify(raidPack())) as Json;
  const events = p.stories[0]!.events;
  if (withFields) {
    const briefing = events.find((e) => e.id === 'briefing')!;
    (briefing.commitments as Record<string, unknown>[]).find(
      (c) => c.action === 'immigration-enforcement',
    )!.outright = true;
    briefing.effects = [
      {
        of: ['immigration'],
        on: ['trust'],
        direction: 'harms',
        holders: ['ida-marsh'],
        statement: "Marsh said more immigration duties would erode residents' trust",
      },
    ];
    events.find((e) => e.id === 'raid')!.leads = [
      {
        led: ['harbor-unit'],
        stoodBack: ['dunmore-pd'],
        holders: ['ida-marsh'],
        statement: 'Marsh said the Harbor Unit led the raid while Dunmore officers stood back',
      },
    ];
    events.push(HARBOR_LEVY);
  }
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord((parsed.pack as ClaimPack).stories[0]!, westmark());
}

const record = story(true);
const bare = story(false);
const compare = (sentence: string, page?: string, date = '2024-06-20', r = record) =>
  compareSentence(sentence, r, date, { page });

describe('an outright refusal given only in part', () => {
  it.each([
    'The Dunmore Police Department will help with deportations, but only for people with criminal records.',
    'Dunmore police said they would start working with immigration agents if the law changed.',
    'The Dunmore Police Department said it would check immigration status only for people already under arrest.',
  ])('is the opposite when the record states it outright: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('discrepant');
    expect(compare(sentence)?.explanation).toContain('if only in some cases');
  });

  it('is not confirmed, and no conflict, when the record does not say it is outright', () => {
    expect(
      compare(
        'The Dunmore Police Department will help with deportations, but only for people with criminal records.',
        undefined,
        '2024-06-20',
        bare,
      )?.outcome,
    ).toBe('unconfirmed');
  });

  it('leaves a limited refusal alone (the same direction as the record)', () => {
    expect(
      compare(
        'The Dunmore Police Department said it would not help with deportations except when a judge orders it.',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a holder carried from the sentence before', () => {
  const page = (second: string) =>
    `The Dunmore Police Department issued a statement on Wednesday. ${second} Residents reacted.`;
  it.each([
    'It also said it would start checking immigration status at every traffic stop.',
    'The department said its officers will begin helping with deportations.',
    'They added that officers would start turning people over to immigration agents.',
  ])('%s', (second) => {
    expect(compare(second, page(second))?.outcome).toBe('discrepant');
  });

  it('needs the pronoun to fit and the sentence before to name the holder', () => {
    const s =
      'He also said officers would start checking immigration status at every traffic stop.';
    // "He" points to a person; the sentence before names only an agency.
    expect(compare(s, page(s))?.outcome).not.toBe('discrepant');
    // The act has a subject of its own that does not point back.
    const cities = 'It also said some cities would start checking immigration status.';
    expect(compare(cities, page(cities))?.outcome).not.toBe('discrepant');
    const other =
      'Lou Pike spoke to reporters on Wednesday. It also said it would start checking immigration status.';
    expect(
      compare('It also said it would start checking immigration status.', other)?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('a start set against a refusal on "but"', () => {
  it('is a start of the enforcement refused', () => {
    const s =
      'The Dunmore Police Department said it had not taken part in immigration enforcement before but would begin assisting federal agents under the new administration.';
    expect(compare(s)?.outcome).toBe('discrepant');
  });

  it.each([
    // A real condition or doubt after "but".
    'The Dunmore Police Department said it had not taken part in immigration enforcement before but might begin assisting federal agents if asked.',
    // No refusal of enforcement before it: cooperation of another kind, not confirmed.
    'The Dunmore Police Department said it would begin assisting federal agents under the new administration.',
  ])('not otherwise: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});

describe('what an act would do, turned round', () => {
  it.each([
    'Marsh said that taking on immigration duties would strengthen trust.',
    'Mayor Ida Marsh argued more immigration enforcement would "build" residents\' trust.',
    'Marsh said taking on immigration work would not erode trust.',
  ])('%s', (s) => {
    expect(compare(s)?.outcome).toBe('discrepant');
  });

  it.each([
    'Marsh said that taking on immigration duties would erode trust.',
    'Marsh said more immigration duties would not build trust.',
    'Marsh said immigration duties would do little to strengthen trust.',
    'Critics claimed Marsh thought immigration duties would strengthen trust.',
    'Would immigration duties strengthen trust, Marsh asked?',
    'Marsh said community policing builds trust.',
    'Lou Pike said immigration duties would strengthen trust.',
    // The act itself turned or cut: the direction of what is said is not certain.
    'Marsh said reducing immigration duties would strengthen trust.',
    'Marsh said ending cooperation on immigration would build trust.',
    'Marsh said fewer immigration duties would restore trust.',
    'Marsh said that if police stopped doing immigration work, it would strengthen trust.',
  ])('not: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});

describe('who took the lead, swapped', () => {
  it.each([
    'Marsh said the Dunmore Police Department took the lead while the Harbor Unit stood back.',
    'Mayor Marsh said the Harbor Unit agents stood by as the Dunmore Police Department took charge.',
  ])('%s', (s) => {
    expect(compare(s)?.outcome).toBe('discrepant');
  });

  it.each([
    'Marsh said the Harbor Unit took the lead while the Dunmore Police Department stood back.',
    'Lou Pike said the Dunmore Police Department took the lead.',
    'The Dunmore Police Department took the lead, the union said.',
    'Marsh said the Dunmore Police Department did not take the lead.',
    'Marsh said the Dunmore Police Department may have taken the lead.',
    'Critics claimed Marsh said the Dunmore Police Department took the lead.',
  ])('not: %s', (s) => {
    expect(compare(s)?.outcome).not.toBe('discrepant');
  });
});

describe('an act told as done before its time', () => {
  it('by someone who took office after the page was written', () => {
    const r = compare(
      'Meanwhile, Vane has already signed the harbor levy.',
      undefined,
      '2021-06-01',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]).toMatchObject({
      slot: 'time',
      page: 'Vane has already signed the harbor levy',
    });
  });

  it('in the simple past right after the doer, also after "this comes after"', () => {
    expect(compare('Vane signed the harbor levy.', undefined, '2021-06-01')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time', page: 'Vane signed the harbor levy' }],
    });
    expect(
      compare('All this comes after Vane signed the harbor levy.', undefined, '2021-06-01')
        ?.outcome,
    ).toBe('discrepant');
  });

  it.each([
    ['Vane has already signed the harbor levy.', '2022-06-01'],
    ['Marsh has already signed the harbor levy.', '2021-06-01'],
    ['Vane has promised to sign the harbor levy.', '2021-06-01'],
    ['Vane has not signed the harbor levy.', '2021-06-01'],
    ['Critics feared Vane had already signed the harbor levy.', '2021-06-01'],
    ['The council met before Vane signed the harbor levy.', '2021-06-01'],
    ['Vane will have signed the harbor levy by spring.', '2021-06-01'],
    // The clause dates the act after the page: written or updated later.
    ['Vane signed the harbor levy in March 2022.', '2021-06-01'],
    ['After Vane has signed the harbor levy, the port will pay more.', '2021-06-01'],
    ['The levy Vane and Marsh backed was signed later.', '2021-06-01'],
  ])('not: %s (page of %s)', (s, date) => {
    expect(compare(s, undefined, date)?.outcome).not.toBe('discrepant');
  });
});

describe('unrecorded quoted words that turn a recorded stance round', () => {
  const dunmore = record.entityCanon.get('dunmore-pd')!;
  const marsh = record.entityCanon.get('ida-marsh')!;
  it.each([
    ['A Dunmore spokesman said: "We will start helping with deportations next month."', dunmore],
    [
      '"From now on our officers will check immigration status at every stop," the department said.',
      dunmore,
    ],
    ['"Taking on immigration duties will strengthen trust," Marsh said.', marsh],
  ])('%s', (s, canon) => {
    expect(quotedStanceConflict(s, record, canon)).not.toBeNull();
  });

  it.each([
    ['"We will never help with deportations," the spokesman said.', dunmore],
    ['"Should we start helping with deportations?" the spokesman asked.', dunmore],
    ['"If the law changes, we could start checking immigration status," he said.', dunmore],
    ['"We will keep working with federal agencies," Marsh said.', marsh],
    ['"We will start helping with deportations," a resident said.', marsh],
  ])('not: %s', (s, canon) => {
    expect(quotedStanceConflict(s, record, canon)).toBeNull();
  });
});

describe('on the embedded pack (own wordings)', () => {
  const embedded = loadEmbeddedPack();
  const chiefs = buildStoryRecord(
    embedded.stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
    worldIndex(),
  );
  const rochester = buildStoryRecord(
    embedded.stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
    worldIndex(),
  );
  const at = (s: string, r = chiefs, date = '2016-11-25') => compareSentence(s, r, date)?.outcome;

  it.each([
    'Beck said the LAPD would help Homeland Security with deportations, though only in cases involving violent felons.',
    'The Denver department said it would begin helping ICE once the new administration took office.',
    'Chief Magnus argued that more immigration duties would help community trust.',
    'The Aurora police said they would begin enforcing immigration law.',
    'Trump had already issued executive orders on sanctuary cities.',
  ])('turned round: %s', (s) => {
    expect(at(s)).toBe('discrepant');
  });

  it.each([
    'Smith said Border Patrol agents led the removal while RPD officers hung back.',
    'Police Chief David Smith said the Border Patrol took charge while Rochester police stood by.',
  ])('turned round (Rochester): %s', (s) => {
    expect(at(s, rochester, '2025-04-01')).toBe('discrepant');
  });

  it.each([
    // The record's own values, said otherwise.
    'Beck said his officers would check immigration status, but only for people already arrested.',
    'Magnus wrote that more immigration duties would seriously compromise community trust.',
    'The Denver Police Department said it would not be involved in immigration enforcement in the future.',
    // Conditional, hypothetical, questioned, feared, wished or denied by others: not the holder's stance.
    'If Congress changed the law, the LAPD might have to start checking immigration status.',
    'Will the LAPD start checking immigration status under Trump?',
    'Critics feared the LAPD would start checking immigration papers.',
    'Trump wants the LAPD to start checking immigration status.',
    'Some residents worried that Denver police would begin helping ICE.',
    'Trump has promised executive orders on sanctuary cities.',
  ])('not flagged: %s', (s) => {
    expect(at(s)).not.toBe('discrepant');
  });

  it.each([
    'Smith said the federal agents stood back while RPD officers took the lead.',
    'Homan said Border Patrol agents took the lead.',
    'Homan disputed that Rochester police took the lead.',
  ])('not flagged (Rochester): %s', (s) => {
    expect(at(s, rochester, '2025-04-01')).not.toBe('discrepant');
  });

  it('an act of office after the page’s date is fine on a later page', () => {
    expect(
      at('Trump had already issued executive orders on sanctuary cities.', chiefs, '2017-03-01'),
    ).not.toBe('discrepant');
  });
});

describe('an outright refusal for the acts of some words, given in part in another form of the word', () => {
  const refusal = {
    action: 'immigration-enforcement',
    does: false,
    times: new Set(['future']),
    holders: new Set(['dunmore-pd']),
    statement: 'will not work on deportation efforts',
    outright: ['deportation', 'border sweeps'] as const,
  };
  const mention = (does: boolean): Parameters<typeof turnedInPart>[1] => ({
    type: 'commitment',
    value: { action: 'immigration-enforcement', does, time: 'future', lead: 0, scope: 'narrow' },
    start: 0,
    end: 4,
    text: 'help',
    negated: false,
  });

  it('finds the word\'s stem ("deport" for "deportation")', () => {
    expect(
      turnedInPart(refusal, mention(true), 'would help federal agents find people to deport'),
    ).toBe(true);
    expect(turnedInPart(refusal, mention(true), 'would help with deportations')).toBe(true);
  });

  it('leaves other acts, and a refusal in the same direction, alone', () => {
    expect(
      turnedInPart(refusal, mention(true), 'would help federal agents find people to arrest'),
    ).toBe(false);
    expect(
      turnedInPart(refusal, mention(false), 'would not help federal agents find people to deport'),
    ).toBe(false);
    expect(turnedInPart(refusal, mention(true), 'would help guard the border')).toBe(false);
  });
});
