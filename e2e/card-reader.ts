import type { BrowserContext, Page } from '@playwright/test';

/** What a reader sees in Sourcelight's card. */
export interface CardView {
  open: boolean;
  label: string;
  verdict: string;
  text: string;
  links: { text: string; href: string }[];
  /** Each labelled part: its heading, the class of its content, and the content's text. */
  parts: { label: string; cls: string; text: string }[];
  /** The keyboard hint at the card's foot. */
  hint: string;
}

interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue?: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

const attr = (node: DomNode, name: string) => {
  const list = node.attributes ?? [];
  const at = list.indexOf(name);
  return at >= 0 && at % 2 === 0 ? (list[at + 1] ?? '') : null;
};
const kids = (node: DomNode) => [...(node.shadowRoots ?? []), ...(node.children ?? [])];
const textOf = (node: DomNode): string =>
  node.nodeType === 3 ? (node.nodeValue ?? '') : kids(node).map(textOf).join(' ');
function findAll(node: DomNode, test: (n: DomNode) => boolean, acc: DomNode[] = []): DomNode[] {
  if (test(node)) acc.push(node);
  for (const child of kids(node)) findAll(child, test, acc);
  return acc;
}

/**
 * Reads the card out of its closed shadow root. Page scripts cannot (that is
 * the point); the DevTools protocol can, with `pierce`.
 */
export async function readCard(context: BrowserContext, page: Page): Promise<CardView | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const [host] = findAll(root, (n) => n.localName?.startsWith('sourcelight-card') ?? false);
    if (!host) return null;
    const [card] = findAll(host, (n) => (attr(n, 'class') ?? '').split(' ').includes('card'));
    if (!card) return null;
    return {
      open: attr(card, 'hidden') === null,
      label: attr(card, 'aria-label') ?? '',
      verdict: attr(card, 'data-verdict') ?? '',
      text: textOf(card).replace(/\s+/g, ' ').trim(),
      links: findAll(card, (n) => n.localName === 'a').map((a) => ({
        text: textOf(a).trim(),
        href: attr(a, 'href') ?? '',
      })),
      hint: findAll(card, (n) => attr(n, 'class') === 'hint').map((n) => textOf(n).trim())[0] ?? '',
      parts: findAll(card, (n) => n.localName === 'dl').flatMap((dl) => {
        const items = (dl.children ?? []).filter(
          (n) => n.localName === 'dt' || n.localName === 'dd',
        );
        return items.flatMap((dt, i) => {
          const dd = items[i + 1];
          if (dt.localName !== 'dt' || dd?.localName !== 'dd') return [];
          const clean = (n: DomNode) => textOf(n).replace(/\s+/g, ' ').trim();
          return [{ label: clean(dt), cls: attr(dd, 'class') ?? '', text: clean(dd) }];
        });
      }),
    };
  } finally {
    await cdp.detach();
  }
}

/** The centre of the first line of the n-th range under a highlight name, in viewport coordinates. */
export function pointOnHighlight(
  page: Page,
  name: string,
  n = 0,
): Promise<{ x: number; y: number; text: string }> {
  return page.evaluate(
    ([h, i]) => {
      const range = [...(CSS.highlights.get(h) ?? [])][i] as Range | undefined;
      if (!range) throw new Error(`no range ${i} under ${h}`);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] as DOMRect;
      return {
        x: rect.left + Math.min(20, rect.width / 2),
        y: rect.top + rect.height / 2,
        text: range.toString(),
      };
    },
    [name, n] as const,
  );
}
