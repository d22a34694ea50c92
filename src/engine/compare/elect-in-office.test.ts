/**
 * The president-elect said to be in office already (elect-in-office.ts): the chiefs spoke on 14–16 November 2016
 * (sources.md C6–C8), between the 2016 election and Trump's first inauguration on 20 January 2017 (world file).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs, rochester } from './test-embedded-stories.ts';

const compare = (s: string) => compareSentence(s, chiefs, '2016-11-30');

describe('the president-elect said to be in office already', () => {
  it.each([
    'The departments answered Donald Trump, already sworn in as the 45th president, on deportations.',
    'Their pledges came while Trump was already the president.',
    'Trump, by then in the Oval Office, had promised mass deportations.',
  ])('%s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'office', record: expect.stringContaining('20 January 2017') }],
    });
  });

  it('never a false alarm', () => {
    for (const s of [
      'The departments answered President-elect Donald Trump on deportations.',
      'Trump had not yet been sworn in when the departments answered him.',
      'By the time Gov1 re-posted the piece, Trump had already taken office.',
      'Trump, already the president-elect, had promised mass deportations.',
      'Trump was sworn in as president on 20 January 2017.',
      "Trump's quote, \u201Calready sworn in as president,\u201D was a joke.",
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    // A story told outside a transition: nothing here.
    expect(
      compareSentence(
        'Trump, already sworn in as president, praised the officers.',
        rochester,
        '2025-04-30',
      )?.outcome,
    ).not.toBe('discrepant');
  });

  it('an act of office told as done already, on a page of the transition', () => {
    const onPage = (sentence: string, date: string) => compareSentence(sentence, chiefs, date);
    for (const s of [
      'Trump has already signed an order against the cities.',
      'President Trump, hard as that is to write, has already issued two orders on deportations.',
    ])
      expect(onPage(s, '2016-12-02'), s).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'office', record: expect.stringContaining('20 January 2017') }],
      });
    expect(
      onPage('Trump had already signed an order on deportations.', '2016-12-02'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'office' }] });
  });

  it('an act of office: never a false alarm', () => {
    for (const [s, date] of [
      // Told on a page of his term: "has" is the page's own day.
      ['Trump has already signed an order against the cities.', '2017-03-02'],
      ['Trump already signed an order against the cities.', '2023-05-01'],
      ['Trump had already signed an order on deportations.', '2017-03-02'],
      ['Trump has not already signed an executive order.', '2016-12-02'],
      [
        'By the time the piece was re-posted, Trump had already signed an order on deportations.',
        '2017-03-02',
      ],
      ['Trump has already signed an order of books for the library.', '2016-12-02'],
      ['The mayor said Trump has already signed an order.', '2016-12-02'],
      ['\u201CTrump has already signed an order,\u201D one caller insisted.', '2016-12-02'],
    ] as const)
      expect(compareSentence(s, chiefs, date)?.outcome, s).not.toBe('discrepant');
  });

  it('the term told as under way on a page of the transition', () => {
    expect(
      compareSentence(
        "President Trump's first weeks in office have families nervous.",
        chiefs,
        '2016-11-29',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'office', record: expect.stringContaining('20 January 2017') }],
    });
    for (const [s, date] of [
      ["Trump's first weeks in office have families nervous.", '2017-02-20'],
      ["Trump's first weeks in office will be hard on families.", '2016-11-29'],
      ["Trump's first weeks in office have not begun.", '2016-11-29'],
      ["\u201CTrump's time in office has begun,\u201D one caller said.", '2016-11-29'],
    ] as const)
      expect(compareSentence(s, chiefs, date)?.outcome, s).not.toBe('discrepant');
  });

  it('"President X" with a participle of wanting or promising, on a page of the transition', () => {
    expect(
      compareSentence(
        'With President Trump promising a crackdown on illegal immigration, people are worried.',
        chiefs,
        '2016-11-22',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'office' }] });
    expect(
      compareSentence(
        'With President Trump promising a crackdown on illegal immigration, people are worried.',
        chiefs,
        '2017-03-22',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('the term told as begun on a page dated in the transition', () => {
  const on = (s: string, day: string) => compareSentence(s, chiefs, day);
  it.each([
    'Now that Donald Trump has been sworn in, riders keep asking whether officers will check papers.',
    'Trump has now taken office, and the chiefs are under pressure.',
    'Donald Trump is now in the White House, and the departments must answer him.',
  ])('%s', (sentence) => {
    expect(on(sentence, '2016-12-01')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'office', record: expect.stringContaining('20 January 2017') }],
    });
  });
  it('never a false alarm: a prospect, a condition, a denial, or a page from after the term began', () => {
    for (const s of [
      'Once Donald Trump has been sworn in, officers may be asked to check papers.',
      'Until Trump has taken office, nothing changes for the departments.',
      'If Trump has been sworn in by then, the chiefs will be asked again.',
      'Donald Trump has not been sworn in yet.',
      '\u201CTrump has been sworn in,\u201D the joke went.',
    ])
      expect(on(s, '2016-12-01')?.outcome, s).not.toBe('discrepant');
    expect(
      on('Now that Donald Trump has been sworn in, riders keep asking us.', '2017-03-01')?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('the title of the office itself on a page dated in the transition', () => {
  const on = (s: string) => compareSentence(s, chiefs, '2016-11-29');
  it.each([
    "It's about how local police plan to handle President Trump's promises on immigration.",
    "Could not find any response from President Trump to Beck's remarks as of closing.",
  ])('%s', (sentence) => {
    expect(on(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'office' }],
    });
  });
  it('never a false alarm: a time to come, a denial of the title, a quote, or a later page', () => {
    for (const s of [
      'Police will have to deal with President Trump soon.',
      'When President Trump takes office, raids may follow.',
      'Trump is not President Trump yet.',
      '"President Trump" is a phrase the chiefs avoided.',
    ])
      expect(on(s)?.outcome, s).not.toBe('discrepant');
    expect(
      compareSentence(
        "Could not find any response from President Trump to Beck's remarks as of closing.",
        chiefs,
        '2017-03-01',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});
