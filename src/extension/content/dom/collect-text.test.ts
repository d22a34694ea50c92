/** The extension's collector measures the page's shape as it reads the text (the engine's PageContext.linkShare). */
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectText } from './collect-text.ts';

const body = (html: string) => parseHTML(`<!doctype html><html><body><main>${html}</main></body></html>`).document.querySelector('main') as unknown as Element;

describe('collectText linkShare', () => {
  beforeAll(() => {
    // The collector walks with the DOM's constants, which linkedom's window carries but Node's global lacks.
    const { window } = parseHTML('');
    Object.assign(globalThis, { Node: window.Node, NodeFilter: window.NodeFilter ?? { SHOW_ELEMENT: 1, SHOW_TEXT: 4, FILTER_ACCEPT: 1, FILTER_REJECT: 2 } });
  });

  it('is high for a list of links, counting a short item\'s words outside its link', () => {
    const root = body('<h1>Latest</h1><ul><li><a href="#">Harbour plan goes to a vote</a> (2 min)</li><li><a href="#">School bus contract delayed</a></li><li>Weather: sunny</li></ul>');
    const collected = collectText(root);
    expect(collected.text).toContain('Harbour plan goes to a vote');
    expect(collected.linkShare).toBeGreaterThan(0.8);
  });

  it('is low for prose with a link in it, and leaves the text as it was', () => {
    const root = body('<p>The council met on Tuesday and heard residents on the harbour plan, debated for two years.</p><p>Read <a href="#">the plan</a> in full.</p>');
    const collected = collectText(root);
    expect(collected.text).toBe('The council met on Tuesday and heard residents on the harbour plan, debated for two years.\nRead the plan in full.');
    expect(collected.linkShare).toBeLessThan(0.15);
  });
});
