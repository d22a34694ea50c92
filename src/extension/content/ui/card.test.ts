import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../shared/page-report.ts';
import { cardStrings } from '../card-strings.ts';
import { CARD_TAG } from '../page-names.ts';
import { createCard } from './card.ts';

/** A card in a linkedom document, with a way into its closed shadow root (which the page itself never has). */
function cardIn() {
  const { document } = parseHTML('<!doctype html><html><body><p>text</p></body></html>');
  let root: ShadowRoot | undefined;
  const create = document.createElement.bind(document);
  document.createElement = ((tag: string) => {
    const node = create(tag);
    if (tag.startsWith(CARD_TAG)) {
      const attach = node.attachShadow.bind(node);
      node.attachShadow = (init: ShadowRootInit) => (root = attach(init));
    }
    return node;
  }) as typeof document.createElement;
  const card = createCard(document as unknown as Document, cardStrings(), () => undefined);
  const show = (finding: ReportedFinding) => {
    card.show(finding, [{ left: 10, top: 10, bottom: 30, right: 200 }]);
    const box = root?.querySelector('.card');
    if (!box) throw new Error('no card');
    return {
      label: box.getAttribute('aria-label'),
      chip: box.querySelector('.verdict')?.textContent,
      /** Each heading with the text under it, in order. */
      parts: [...box.querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]),
      /** The class of the block each part sits in, in order: the head, then the body (which scrolls when the card is short of room), then the foot. */
      blocks: [...box.children].map((child) => child.className),
      inBody: [...box.querySelectorAll('.body dt')].map((dt) => dt.textContent),
      inFoot: [...box.querySelectorAll('.foot dt, .foot .hint')].map(
        (n) => n.className || n.textContent,
      ),
    };
  };
  return { show };
}

const FINDING: ReportedFinding = {
  verdict: 'discrepant',
  kind: 'agency',
  text: 'The FBI led the raid.',
  claimId: 'fact:raid.agency',
  original: 'HSI and Border Patrol agents led the operation.',
  explanation: 'The record names HSI and Border Patrol, not the FBI.',
  nuance: 'Police came as backup.',
  sources: [
    {
      id: 's1',
      publisher: 'Daily Example',
      date: '2025-03-26',
      url: 'https://example.org/a',
      urlConfirmed: true,
      headline: 'H',
    },
  ],
};

describe('the card', () => {
  it('puts every part under its own heading: the page, the record, why it differs, what to keep in mind, the sources', () => {
    const { parts } = cardIn().show(FINDING);
    expect(parts).toEqual([
      ['labelPageSays', FINDING.text],
      ['labelRecordSays', FINDING.original],
      ['labelWhyDiffers', FINDING.explanation],
      ['labelKeepInMind', FINDING.nuance],
      ['labelSources', 'Daily Example, March 26, 2025'],
    ]);
  });

  it('keeps the sources and the keyboard hint in the foot, outside the body that scrolls when the window leaves little room', () => {
    const card = cardIn().show(FINDING);
    expect(card.blocks).toEqual(['head', 'body', 'foot']);
    expect(card.inBody).toEqual([
      'labelPageSays',
      'labelRecordSays',
      'labelWhyDiffers',
      'labelKeepInMind',
    ]);
    expect(card.inFoot).toEqual(['labelSources', 'hint']);
  });

  it('names the explanation by the verdict, and leaves out a nuance the record does not keep', () => {
    const card = cardIn();
    const { nuance: _nuance, ...plain } = FINDING;
    expect(card.show({ ...plain, verdict: 'consistent' }).parts.map(([label]) => label)).toEqual([
      'labelPageSays',
      'labelRecordSays',
      'labelWhyAgrees',
      'labelSources',
    ]);
    expect(card.show({ ...plain, verdict: 'unverified' }).parts.map(([label]) => label)).toContain(
      'labelWhyUnverified',
    );
  });

  it('shows the typed values side by side when the finding has them', () => {
    const { parts } = cardIn().show({
      ...FINDING,
      comparison: [{ slot: 'agency', page: 'FBI', record: 'HSI and Border Patrol' }],
    });
    expect(parts[2]).toEqual(['agency', 'labelComparison(FBI,HSI and Border Patrol)']);
  });

  it('says "False" or "Imprecise" in words, not only in colour, when the pack records how wrong the value is', () => {
    const card = cardIn();
    expect(card.show({ ...FINDING, severity: 'imprecise' })).toMatchObject({
      chip: 'severityImprecise',
      label: 'Sourcelight: severityImprecise',
    });
    expect(card.show({ ...FINDING, severity: 'false' }).chip).toBe('severityFalse');
    expect(card.show(FINDING).chip).toBe('verdictDiscrepant');
  });
});
