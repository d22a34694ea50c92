import type { AnalyzeReport } from './report-json.ts';
import { KIND_WORDS, SIGNAL_WORDS, wordFor } from './report-words.ts';

/** Styling for the report: terminal colours (terminal-style.ts) or none. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  blue(s: string): string;
  yellow(s: string): string;
}

export const PLAIN: Style = {
  bold: (s) => s,
  dim: (s) => s,
  red: (s) => s,
  green: (s) => s,
  blue: (s) => s,
  yellow: (s) => s,
};

const LABEL = {
  discrepant: 'DISCREPANT',
  unverified: 'UNVERIFIED',
  consistent: 'CONSISTENT',
} as const;

/** How messages and the report name the input: "standard input" for -. */
const sourceName = (source: string): string => (source === '-' ? 'standard input' : source);

/** At most `max` characters of text, cut at a word and marked with an ellipsis when cut. */
export function excerpt(text: string, max = 120): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The readable report: the story and its originals, discrepancies first, then unverified and consistent sentences, then signals. */
export function toTextReport(report: AnalyzeReport, style: Style): string {
  const out: string[] = [];
  const source = sourceName(report.input.source);
  const story = report.stories[0];
  if (!story) {
    out.push(`${source}: no known story. Sourcelight has nothing to say about this page.`);
    return out.join('\n');
  }
  const count = (v: string) => report.findings.filter((f) => f.verdict === v).length;
  out.push(style.bold(story.title), style.dim(`Recognised in ${source}.`), '');
  out.push(style.bold('Original reports'));
  for (const o of story.originals) {
    out.push(
      `  ${o.publisher}, ${o.published}${o.author ? `, ${o.author}` : ''}: ${o.title ?? ''}`,
      `    ${o.url}`,
    );
    if (!o.urlConfirmed && o.urlNote)
      out.push(style.dim(`    (address not confirmed: this link is ${o.urlNote})`));
  }
  out.push(
    '',
    `${style.red(`${count('discrepant')} discrepant`)} · ${style.green(`${count('consistent')} consistent`)} · ${style.blue(`${count('unverified')} unverified`)}`,
  );
  const colour = { discrepant: style.red, unverified: style.blue, consistent: style.green };
  for (const verdict of ['discrepant', 'unverified', 'consistent'] as const) {
    for (const f of report.findings.filter((x) => x.verdict === verdict)) {
      // A discrepancy says how wrong: false, or imprecise (partly right).
      const label =
        f.severity === 'imprecise'
          ? 'DISCREPANT, IMPRECISE'
          : f.severity === 'false'
            ? 'DISCREPANT, FALSE'
            : LABEL[verdict];
      out.push(
        '',
        `${colour[verdict](label)} ${style.dim(`(${wordFor(KIND_WORDS, f.kind)})`)} ${f.text}`,
      );
      if (verdict === 'consistent')
        out.push(`  ${style.dim('Agrees with the record:')} ${f.original}`);
      else {
        out.push(
          `  ${style.dim('Record:')} ${f.original}`,
          `  ${style.dim('Why:')} ${f.explanation}`,
        );
        for (const c of f.comparison)
          out.push(
            `  ${style.dim(`${c.slot}:`)} page: ${c.page} ${style.dim('·')} record: ${c.record}`,
          );
        if (f.nuance) out.push(`  ${style.dim('Nuance:')} ${f.nuance}`);
      }
      out.push(
        style.dim(
          `  Sources: ${f.sources.map((s) => `${s.publisher} (${s.published}) ${s.url}`).join('; ')}`,
        ),
      );
    }
  }
  if (report.signals.length) {
    out.push('', style.bold('About the page'));
    for (const s of report.signals) {
      out.push(
        `  ${style.yellow(wordFor(SIGNAL_WORDS, s.kind))}: ${s.explanation}${s.text ? style.dim(` "${excerpt(s.text)}"`) : ''}`,
      );
    }
  }
  return out.join('\n');
}
