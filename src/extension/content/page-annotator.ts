/**
 * Analyses the page and draws the findings; `clear()` removes every trace.
 * It takes the document and the pack index as parameters and touches no
 * extension API, so it can be driven by tests as well as by the content app.
 */
import type { PackIndex, Verdict } from '../../engine/index.ts';
import { toPageReport, type PageReport, type ReportedFinding } from '../shared/page-report.ts';
import { rangeFor } from './dom/collect-text.ts';
import { readPage } from './dom/read-page.ts';
import { createHighlighter } from './highlight/highlighter.ts';

/** A finding drawn on the page: the reported finding and its text's range. */
export interface Annotated {
  finding: ReportedFinding;
  range: Range;
}

export interface PageAnnotator {
  /** Analyses the page now and redraws the highlights of the verdicts in `show`; returns the report. */
  run(show?: Readonly<Record<Verdict, boolean>>): PageReport;
  /** The findings drawn by the last run, in page order. */
  entries(): Annotated[];
  clear(): void;
}

const ALL: Record<Verdict, boolean> = { discrepant: true, consistent: true, unverified: true };

export function createPageAnnotator(doc: Document, index: PackIndex): PageAnnotator {
  const highlighter = createHighlighter(doc);
  let drawn: Annotated[] = [];
  const none = (): PageReport =>
    toPageReport(doc.location.href, { story: null, findings: [], signals: [] });
  const clear = () => {
    highlighter.clear();
    drawn = [];
  };
  return {
    run(show = ALL) {
      // The wrapping fallback changes the DOM: undo the last drawing before reading the text again.
      clear();
      // The reading the CLI shares (dom/read-page.ts): only the text the engine analyses (capped, without navigation
      // or hidden text) is read, even on a page padded to megabytes; a page that retells no known story stops at
      // recognition, before its links are read.
      const { collected, analysis } = readPage(doc, index, {
        url: doc.URL,
        today: new Date().toISOString().slice(0, 10),
      });
      if (!analysis.story) return none();
      const report = toPageReport(doc.location.href, analysis);
      drawn = analysis.findings.flatMap((finding, i) => {
        if (!show[finding.verdict]) return [];
        const range = rangeFor(collected, finding.start, finding.end);
        return range ? [{ finding: report.findings[i] as ReportedFinding, range }] : [];
      });
      highlighter.show(drawn.map(({ finding, range }) => ({ verdict: finding.verdict, range })));
      return report;
    },
    entries: () => drawn,
    clear,
  };
}
