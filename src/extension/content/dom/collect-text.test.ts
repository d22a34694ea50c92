/**
 * The content script's page reading is pure DOM code, so the CLI can run it over
 * linkedom's DOM of the HTML (src/cli/read-html.ts). These tests run it there;
 * e2e/one-reading.spec.ts checks that browsers read the same.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from './article-root.ts';
import { collectText, walkReadable } from './collect-text.ts';
import { mayRetellAStory } from './gate.ts';
import { pageLinks } from './read-page.ts';

const dom = (body: string) =>
  parseHTML(`<!doctype html><html><head><title>Doc title</title></head><body>${body}</body></html>`)
    .document as unknown as Document;

describe('collectText over a server-side DOM', () => {
  it('reads the prose, one block per line, and leaves out what the extension never reads', () => {
    const doc = dom(`<article>
      <h1>Headline</h1>
      <p>First <b>bold</b> words.</p>
      <nav>Home Politics</nav><aside>Related</aside><footer>Footer</footer><form><button>Send</button></form>
      <figure><img alt="x"><figcaption>A caption</figcaption></figure>
      <p hidden>Hidden text.</p><p aria-hidden="true">Also hidden.</p><script>var x = 1;</script><style>p{}</style>
      <sourcelight-card>Card</sourcelight-card><svg><title>Icon</title></svg><title>Stray title</title>
      <ul><li>One</li><li>Two</li></ul><p>Last<br>line.</p>
    </article>`);
    const { text } = collectText(doc.querySelector('article') as Element);
    expect(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ).toEqual(['Headline', 'First bold words.', 'One', 'Two', 'Last', 'line.']);
  });

  it('reads an aside of prose inside the article, and no other aside', () => {
    const para = (n: number) =>
      `<p>Paragraph ${n} of the box tells, in full sentences, what the police said about the stop and the visit that followed.</p>`;
    const read = (html: string) =>
      collectText(dom(html).body)
        .text.split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    // A "Good to know" box of prose inside the article is part of it.
    expect(
      read(
        `<article><p>Intro.</p><aside><h2>Good to know</h2>${para(1)}${para(2)}</aside></article>`,
      ),
    ).toEqual([
      'Intro.',
      'Good to know',
      expect.stringMatching(/^Paragraph 1/),
      expect.stringMatching(/^Paragraph 2/),
    ]);
    expect(read(`<main><aside>${para(1)}${para(2)}</aside></main>`)).toHaveLength(2);
    // One paragraph (a pull quote, a teaser), a box of links, or an aside outside the article is not.
    expect(read(`<article><p>Intro.</p><aside>${para(1)}<p>Short.</p></aside></article>`)).toEqual([
      'Intro.',
    ]);
    expect(
      read(
        `<article><p>Intro.</p><aside><p><a href="/a">${'Related story headline that runs long enough to be a paragraph of its own text'}</a></p><p><a href="/b">${'Another related story headline that runs long enough to be a paragraph itself'}</a></p></aside></article>`,
      ),
    ).toEqual(['Intro.']);
    expect(read(`<p>Intro.</p><aside>${para(1)}${para(2)}</aside>`)).toEqual(['Intro.']);
  });

  it('reads a box of facts in list items inside the article, not a list of links or tags', () => {
    const read = (html: string) =>
      collectText(dom(html).body)
        .text.split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    const facts = `<ul><li>Location: Birch Lane, off the river road</li><li>Agencies at the scene: the county sheriff</li><li>Press briefing: the next afternoon</li></ul>`;
    expect(
      read(`<article><p>Intro.</p><aside><h2>Key facts</h2>${facts}</aside></article>`),
    ).toEqual([
      'Intro.',
      'Key facts',
      'Location: Birch Lane, off the river road',
      'Agencies at the scene: the county sheriff',
      'Press briefing: the next afternoon',
    ]);
    // Two facts, short tags, a list of links, or a box outside the article: not read.
    expect(
      read(
        `<article><p>Intro.</p><aside><ul><li>Location: Birch Lane, off the river road</li><li>Agencies at the scene: the county sheriff</li></ul></aside></article>`,
      ),
    ).toEqual(['Intro.']);
    expect(
      read(
        `<article><p>Intro.</p><aside><ul><li>Police</li><li>Immigration</li><li>Politics</li><li>City hall</li></ul></aside></article>`,
      ),
    ).toEqual(['Intro.']);
    expect(
      read(
        `<article><p>Intro.</p><aside><ul><li><a href="/a">Related: another story about the river road</a></li><li><a href="/b">Related: the county sheriff's budget fight</a></li><li><a href="/c">Related: a press briefing on the bridge</a></li></ul></aside></article>`,
      ),
    ).toEqual(['Intro.']);
    expect(read(`<p>Intro.</p><aside>${facts}</aside>`)).toEqual(['Intro.']);
  });

  it('maps every character back to its text node', () => {
    const doc = dom('<p>Alpha <i>beta</i> gamma.</p><p>Delta.</p>');
    const collected = collectText(doc.body);
    expect(collected.text).toBe('Alpha beta gamma.\nDelta.');
    for (const { node, start } of collected.segments)
      expect(collected.text.slice(start, start + node.data.length)).toBe(node.data);
  });

  it('stops at the cap', () => {
    const doc = dom(`${'<p>0123456789</p>'.repeat(50)}`);
    expect(collectText(doc.body, 25).text).toBe('0123456789\n0123456789\n0123456789');
  });

  it('walks a page nested tens of thousands deep without overflowing the stack', () => {
    const depth = 20_000;
    const doc = dom(`${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}<p>after</p>`);
    let elements = 0;
    walkReadable(doc.body, (node) => void (node.nodeType === 1 && elements++));
    expect(elements).toBe(depth + 1);
    expect(collectText(doc.body).text).toBe('deep\nafter');
  });
});

describe('the article root, the gate and the links over a server-side DOM', () => {
  it('picks the longest article long enough to be the story, else main', () => {
    const long = `<article id="story"><p>${'Words of the story. '.repeat(40)}</p></article>`;
    expect(
      findArticleRoot(dom(`<main id="m"><article><p>Teaser</p></article>${long}</main>`))?.id,
    ).toBe('story');
    expect(findArticleRoot(dom('<main id="m"><article><p>Teaser</p></article></main>'))?.id).toBe(
      'm',
    );
  });

  it('the gate reads the text the engine reads: a term only in navigation or a caption does not let a page through', () => {
    const gate = /\brochester\b/;
    expect(
      mayRetellAStory(dom('<article><p>Police in Rochester said so.</p></article>'), gate),
    ).toBe(true);
    expect(
      mayRetellAStory(
        dom(
          '<nav>Rochester</nav><article><figure><figcaption>Rochester</figcaption></figure><p>Bread.</p></article>',
        ),
        gate,
      ),
    ).toBe(false);
  });

  it('lists the http(s) links once each, resolved against the page address or its <base href>', () => {
    const doc = dom(
      '<a href="/a">a</a><a href="https://x.test/b">b</a><a href="/a">again</a><a href="mailto:me@x.test">m</a><a href="javascript:void 0">j</a><map><area href="c"></map>',
    );
    expect(pageLinks(doc, 'https://site.test/dir/page.html')).toEqual([
      'https://site.test/a',
      'https://x.test/b',
      'https://site.test/dir/c',
    ]);
    const based = parseHTML(
      '<!doctype html><html><head><base href="https://other.test/news/"></head><body><a href="story">s</a></body></html>',
    ).document as unknown as Document;
    expect(pageLinks(based, 'https://site.test/page.html')).toEqual([
      'https://other.test/news/story',
    ]);
  });
});

describe('collectText linkShare', () => {
  const main = (html: string) =>
    parseHTML(
      `<!doctype html><html><body><main>${html}</main></body></html>`,
    ).document.querySelector('main') as unknown as Element;

  it("is high for a list of links, counting a short item's words outside its link", () => {
    const collected = collectText(
      main(
        '<h1>Latest</h1><ul><li><a href="#">Harbour plan goes to a vote</a> (2 min)</li><li><a href="#">School bus contract delayed</a></li><li>Weather: sunny</li></ul>',
      ),
    );
    expect(collected.text).toContain('Harbour plan goes to a vote');
    expect(collected.linkShare).toBeGreaterThan(0.8);
  });

  it('is low for prose with a link in it, and leaves the text as it was', () => {
    const collected = collectText(
      main(
        '<p>The council met on Tuesday and heard residents on the harbour plan, debated for two years.</p><p>Read <a href="#">the plan</a> in full.</p>',
      ),
    );
    expect(collected.text).toBe(
      'The council met on Tuesday and heard residents on the harbour plan, debated for two years.\nRead the plan in full.',
    );
    expect(collected.linkShare).toBeLessThan(0.15);
  });
});
