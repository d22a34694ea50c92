import { analyzeText, type Analysis, type PackIndex } from '../engine/index.ts';
import { NO_ADDRESS, readHtml } from './read-html.ts';

export interface AnalysedInput {
  /** The text the engine read: the article's text as the extension collects it for HTML, the input itself for plain text. */
  text: string;
  analysis: Analysis;
}

/** Looks like HTML rather than plain text. */
export function isHtml(content: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>])/i.test(content) ||
    /<(p|article|div|body)[\s>]/i.test(content.slice(0, 20_000))
  );
}

/** Reads HTML as the extension reads the page (read-html.ts), plain text as it is, and analyses it. `today` is YYYY-MM-DD. */
export function analyzeInput(
  content: string,
  index: PackIndex,
  options: { today: string; url?: string },
): AnalysedInput {
  if (isHtml(content)) {
    const { collected, analysis } = readHtml(content, index, {
      url: options.url ?? NO_ADDRESS,
      today: options.today,
    });
    return { text: collected.text, analysis };
  }
  return { text: content, analysis: analyzeText(content, index, { today: options.today }) };
}
