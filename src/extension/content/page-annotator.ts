/**
 * Analyses the page and draws the findings; `clear()` removes every trace.
 * It takes the document and the pack index as parameters and touches no
 * extension API, so it can be driven by tests as well as by the entry point.
 */
import { analyzeText, foldText, recognizeStory, type PackIndex } from '../../engine/index.ts';
import { toPageReport, type PageReport } from '../shared/page-report.ts';
import { findArticleRoot } from './dom/article-root.ts';
import { collectText, rangeFor } from './dom/collect-text.ts';
import { createHighlighter } from './highlight/highlighter.ts';

export interface PageAnnotator {
  /** Analyses the page now and redraws its highlights; returns the report. */
  run(): PageReport;
  clear(): void;
}

export function createPageAnnotator(doc: Document, index: PackIndex): PageAnnotator {
  const highlighter = createHighlighter(doc);
  const none = (): PageReport => toPageReport(doc.location.href, { story: null, findings: [], signals: [] });
  return {
    run() {
      const root = findArticleRoot(doc);
      // Cheap pre-check on the raw text: most pages retell no known story and stop here.
      if (!root || !recognizeStory(foldText(root.textContent ?? ''), index)) {
        highlighter.clear();
        return none();
      }
      const collected = collectText(root);
      const links = Array.from(doc.links, (a) => a.href);
      const published = doc.querySelector('meta[property="article:published_time"], time[datetime]');
      const analysis = analyzeText(collected.text, index, {
        links,
        published: published?.getAttribute('content') ?? published?.getAttribute('datetime') ?? null,
        today: new Date().toISOString().slice(0, 10),
      });
      const ranges = analysis.findings.flatMap((finding) => {
        const range = rangeFor(collected, finding.start, finding.end);
        return range ? [{ verdict: finding.verdict, range }] : [];
      });
      highlighter.show(ranges);
      return toPageReport(doc.location.href, analysis);
    },
    clear: () => highlighter.clear(),
  };
}
