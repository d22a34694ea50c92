/**
 * The shape of a page: how much of its text sits in links or in list items of
 * a few words. An index, a list of headlines or a page of related links names
 * stories without telling any, so it is not annotated, however many of a
 * story's names its link texts carry. The extension's collector and the CLI's
 * HTML reader both count with `shapeCounter` as they read the page's text.
 */

/** A list item of at most this many words is a headline or a link, not prose. */
const SHORT_ITEM_WORDS = 12;

/**
 * A short item counts when it holds a link, or when it ends without a sentence's punctuation (a headline, a label):
 * a list of fact bullets ("Detained: three men.") or of short sentences is content, not an index.
 */
const SENTENCE_END = /[.!?;]["'\u201D\u2019)\]]*$/;

/** A page with more than this share of its text in links or short list items is a list of links or headlines. */
const LINK_PAGE_SHARE = 0.5;

export interface ShapeCounter {
  /** Counts a piece of the page's text: `inLink` when inside a link, `item` the list item holding it (any identity), if any. */
  add(text: string, inLink: boolean, item: object | null): void;
  /** The share (0 to 1) of the text's non-space characters in links or short list items. */
  share(): number;
}

export function shapeCounter(): ShapeCounter {
  let total = 0;
  let listed = 0;
  let item: object | null = null;
  let itemChars = 0;
  let itemWords = 0;
  let itemLinked = false;
  let itemTail = '';
  const close = () => {
    if (item && itemWords <= SHORT_ITEM_WORDS && (itemLinked || !SENTENCE_END.test(itemTail)))
      listed += itemChars;
    item = null;
    itemChars = 0;
    itemWords = 0;
    itemLinked = false;
    itemTail = '';
  };
  return {
    add(text, inLink, owner) {
      const chars = text.length - (text.match(/\s/g)?.length ?? 0);
      if (!chars) return;
      total += chars;
      if (owner !== item) {
        close();
        item = owner;
      }
      if (item) {
        itemWords += text.match(/\S+/g)?.length ?? 0;
        itemLinked ||= inLink;
        itemTail = text.trimEnd();
      }
      if (inLink) listed += chars;
      else if (item) itemChars += chars;
    },
    share() {
      close();
      return total ? listed / total : 0;
    },
  };
}

/** Whether a page of this link share is a list of links or headlines (see LINK_PAGE_SHARE). */
export const isLinkList = (linkShare: number | undefined): boolean =>
  (linkShare ?? 0) > LINK_PAGE_SHARE;
