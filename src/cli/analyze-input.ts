import { analyzeText, type Analysis, type PackIndex } from '../engine/index.ts';
import { extractArticle } from './extract-article.ts';

export interface AnalysedInput {
  /** The text the engine read: the article body for HTML, the input itself for plain text. */
  text: string;
  analysis: Analysis;
}

/** Looks like HTML rather than plain text. */
export function isHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(content) || /<(p|article|div|body)[\s>]/i.test(content.slice(0, 20_000));
}

/** Extracts the article (for HTML) and analyses it. `today` is YYYY-MM-DD. */
export function analyzeInput(content: string, index: PackIndex, options: { today: string; url?: string }): AnalysedInput {
  if (isHtml(content)) {
    const article = extractArticle(content, options.url);
    const text = article.byline ? `${article.text}\n${article.byline}` : article.text;
    return { text, analysis: analyzeText(text, index, { links: article.links, published: article.published, today: options.today, linkShare: article.linkShare }) };
  }
  return { text: content, analysis: analyzeText(content, index, { today: options.today }) };
}
