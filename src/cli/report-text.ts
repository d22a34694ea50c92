import type { AnalyzeReport } from './report-json.ts';

/** ANSI styling, or none (NO_COLOR, or output that is not a terminal). */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  blue(s: string): string;
  yellow(s: string): string;
}

const wrap = (code: number) => (s: string) => `\u001b[${code}m${s}\u001b[0m`;
export const ANSI: Style = { bold: wrap(1), dim: wrap(2), red: wrap(31), green: wrap(32), blue: wrap(34), yellow: wrap(33) };
export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, red: (s) => s, green: (s) => s, blue: (s) => s, yellow: (s) => s };

const LABEL = { discrepant: 'DISCREPANT', unverified: 'UNVERIFIED', consistent: 'CONSISTENT' } as const;

/** The readable report: the story and its originals, discrepancies first, then unverified and consistent sentences, then signals. */
export function toTextReport(report: AnalyzeReport, style: Style): string {
  const out: string[] = [];
  const story = report.stories[0];
  if (!story) {
    out.push(`${report.input.source}: no known story. Sourcelight has nothing to say about this page.`);
    return out.join('\n');
  }
  const count = (v: string) => report.findings.filter((f) => f.verdict === v).length;
  out.push(style.bold(story.title), style.dim(`${report.input.source} · confidence ${story.confidence.toFixed(2)}`), '');
  out.push(style.bold('Original reports'));
  for (const o of story.originals) {
    out.push(`  ${o.publisher}, ${o.published}${o.author ? `, ${o.author}` : ''}: ${o.title ?? ''}`, `    ${o.url}`);
    if (!o.urlConfirmed && o.urlNote) out.push(style.dim(`    (address not confirmed: this link is ${o.urlNote})`));
  }
  out.push('', `${style.red(`${count('discrepant')} discrepant`)} · ${style.green(`${count('consistent')} consistent`)} · ${style.blue(`${count('unverified')} unverified`)}`);
  const colour = { discrepant: style.red, unverified: style.blue, consistent: style.green };
  for (const verdict of ['discrepant', 'unverified', 'consistent'] as const) {
    for (const f of report.findings.filter((x) => x.verdict === verdict)) {
      out.push('', `${colour[verdict](LABEL[verdict])} ${style.dim(`(${f.kind})`)} ${f.text}`);
      if (verdict !== 'consistent') {
        out.push(`  ${style.dim('Record:')} ${f.original}`, `  ${style.dim('Why:')} ${f.explanation}`);
        if (f.nuance) out.push(`  ${style.dim('Nuance:')} ${f.nuance}`);
      }
      out.push(style.dim(`  Sources: ${f.sources.map((s) => `${s.publisher} (${s.published}) ${s.url}`).join('; ')}`));
    }
  }
  if (report.signals.length) {
    out.push('', style.bold('About the page'));
    for (const s of report.signals) out.push(`  ${style.yellow(s.kind)}: ${s.explanation}${s.text ? style.dim(` "${s.text.slice(0, 120)}"`) : ''}`);
  }
  return out.join('\n');
}
