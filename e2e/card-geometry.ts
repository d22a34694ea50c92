import type { BrowserContext, Page } from '@playwright/test';
import type { Page as FirefoxPage } from 'puppeteer-core';

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Where the open card is, and whether its sources can be reached. */
export interface CardGeometry {
  open: boolean;
  card: Rect;
  /** The window less its scroll bars. */
  view: { width: number; height: number };
  /** The part of the card that scrolls when the window leaves it too little room. */
  body: Rect;
  scrollable: boolean;
  /** Whether the room beside the sentence limits the card's height (below what its styles allow). */
  limited: boolean;
  /** Whether the card shows "This page says" (left out when it is short of room: the sentence is beside it). */
  pageTextShown: boolean;
  /** The body's tabindex (0: it can be focused, and so scrolled by keyboard). */
  bodyTabIndex: number;
  bodyScrollTop: number;
  /** The first source link, as the card first shows and once its body is scrolled to the end. */
  link: Rect | null;
  linkAfterScroll: Rect | null;
  /** The focused element inside the card ("a.", "div.body", …), if any. */
  active: string | null;
}

/** Runs in the page with `this` bound to the card's (closed) shadow root. */
const MEASURE = `function () {
  const card = this.querySelector('.card');
  const body = this.querySelector('.body') || card;
  const link = this.querySelector('.sources a');
  const r = (e) => { const b = e.getBoundingClientRect(); return { top: b.top, bottom: b.bottom, left: b.left, right: b.right }; };
  const geometry = {
    open: !card.hidden,
    card: r(card),
    view: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    body: r(body),
    scrollable: body.scrollHeight > body.clientHeight + 1,
    limited: card.style.maxHeight !== '',
    pageTextShown: getComputedStyle(this.querySelector('.page-text')).display !== 'none',
    bodyTabIndex: body.tabIndex,
    bodyScrollTop: body.scrollTop,
    link: link ? r(link) : null,
    active: this.activeElement ? this.activeElement.localName + '.' + this.activeElement.className : null,
  };
  const top = body.scrollTop;
  body.scrollTop = body.scrollHeight;
  geometry.linkAfterScroll = link ? r(link) : null;
  body.scrollTop = top;
  return JSON.stringify(geometry);
}`;

interface DomNode {
  nodeId: number;
  localName?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode): DomNode | null {
  if (node.localName?.startsWith('sourcelight-card')) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return null;
}

/** Chromium: the DevTools protocol reaches into the closed shadow root (`pierce`). */
export async function cardGeometry(
  context: BrowserContext,
  page: Page,
): Promise<CardGeometry | null> {
  return callInCard(context, page, MEASURE).then((value) =>
    value === null ? null : (JSON.parse(value) as CardGeometry),
  );
}

/** Focuses the open card, as the keyboard shortcut does (Chromium). */
export async function focusCard(context: BrowserContext, page: Page): Promise<void> {
  await callInCard(
    context,
    page,
    "function () { this.querySelector('.card').focus(); return ''; }",
  );
}

async function callInCard(
  context: BrowserContext,
  page: Page,
  functionDeclaration: string,
): Promise<string | null> {
  const cdp = await context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: DomNode;
    };
    const shadow = findHost(root)?.shadowRoots?.[0];
    if (!shadow) return null;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId as string,
      functionDeclaration,
      returnByValue: true,
    });
    return result.value as string;
  } finally {
    await cdp.detach();
  }
}

interface BidiConnection {
  send(
    method: string,
    params: unknown,
  ): Promise<{ result: { result: { type: string; value?: unknown } } }>;
}

/** Firefox: WebDriver BiDi serializes closed shadow roots when asked (`includeShadowTree: 'all'`), and can call a function on one. */
export async function cardGeometryFirefox(page: FirefoxPage): Promise<CardGeometry | null> {
  const value = await callInCardFirefox(page, MEASURE);
  return value === null ? null : (JSON.parse(value) as CardGeometry);
}

/** Calls a function (its source, returning a string) with `this` bound to the card's closed shadow root, in Firefox. */
export async function callInCardFirefox(
  page: FirefoxPage,
  functionDeclaration: string,
): Promise<string | null> {
  const connection = (page.browser() as unknown as { connection: BidiConnection }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const host = await connection.send('script.callFunction', {
    functionDeclaration: "() => document.querySelector('sourcelight-card')",
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const shadow = (host.result.result.value as { shadowRoot?: { sharedId?: string } } | undefined)
    ?.shadowRoot?.sharedId;
  if (!shadow) return null;
  const called = await connection.send('script.callFunction', {
    functionDeclaration,
    this: { sharedId: shadow },
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
  });
  return called.result.result.value as string;
}

/** Whether two rectangles overlap (touching edges do not). */
export const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Scrolls the n-th range under a highlight so its first line's top is at `y`, and gives a point on that line. */
export const PLACE_SENTENCE = ([name, n, y]: readonly [string, number, number]) => {
  const range = [...(CSS.highlights.get(name) ?? [])][n] as Range | undefined;
  if (!range) throw new Error(`no range ${n} under ${name}`);
  const first = range.getClientRects()[0] as DOMRect;
  window.scrollBy({ top: first.top - y, behavior: 'instant' as ScrollBehavior });
  const line = range.getClientRects()[0] as DOMRect;
  return {
    x: line.left + Math.min(20, line.width / 2),
    y: line.top + line.height / 2,
    top: line.top,
  };
};

/** The client rects of the n-th range under a highlight. */
export const SENTENCE_RECTS = ([name, n]: readonly [string, number]) => {
  const range = [...(CSS.highlights.get(name) ?? [])][n] as Range | undefined;
  if (!range) throw new Error(`no range ${n} under ${name}`);
  return [...range.getClientRects()]
    .filter((r) => r.width > 0)
    .map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
};
