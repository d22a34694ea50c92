/** The text report of the perturbation suite: true sentences, perturbations by kind, and (verbose) every case the engine got wrong. */
import { caught, type PerturbReport, type Tally } from './score.ts';

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
const num = (x: number, n = 8) => String(x).padStart(n);
const rate = (a: number, b: number) =>
  b === 0 ? '     n/a' : `${((a / b) * 100).toFixed(1)}%`.padStart(8);

export const HELD_OUT_WARNING =
  'WARNING: this is the HELD-OUT part of the perturbation suite. Score it once, at the end of issue 14; do not tune the engine or the packs on what it shows.';

function row(name: string, t: Tally, good: number): string {
  return `  ${pad(name, 26)}${num(t.n)}${num(t.discrepant)}${num(t.unverified)}${num(t.none)}${num(t.consistent)}${rate(good, t.n)}`;
}

export function formatPerturbReport(r: PerturbReport, verbose: boolean): string {
  const out: string[] = [];
  if (r.part === 'held-out') out.push(HELD_OUT_WARNING, '');
  out.push(
    `Perturbation suite (${r.part} part: ${r.sentences} true sentences, ${r.total.n} perturbations; reported, no target yet)`,
  );
  const head = `  ${pad('', 26)}${'n'.padStart(8)}${'disc'.padStart(8)}${'unver'.padStart(8)}${'silent'.padStart(8)}${'CONSIST'.padStart(8)}${'caught'.padStart(8)}`;
  out.push(head, `  ${'-'.repeat(74)}`);
  const t = r.trueSentences;
  out.push(`${row('true sentences', t, t.n - t.discrepant)}   <- disc = false alarms`);
  if (r.trueVariants.n)
    out.push(
      `${row('true variants', r.trueVariants, r.trueVariants.n - r.trueVariants.discrepant)}   <- disc = false alarms`,
    );
  out.push(`  ${'-'.repeat(74)}`);
  for (const k of r.byKind)
    out.push(
      row(
        `${k.kind}${k.expect === 'flag' ? ' (flag)' : ''}`,
        k,
        k.expect === 'flag' ? k.discrepant + k.unverified : k.discrepant,
      ),
    );
  const flagged = r.byKind.filter((k) => k.expect === 'flag').reduce((n, k) => n + k.unverified, 0);
  out.push(`  ${'-'.repeat(74)}`, row('all perturbations', r.total, r.total.discrepant + flagged));
  out.push(
    '',
    '  disc: discrepant; unver: unverified; silent: no finding; CONSIST: marked consistent (the worst: a false sentence vouched for);',
    '  caught: discrepant, or for (flag) rows discrepant or unverified; for true rows, not called discrepant.',
  );
  if (r.storyMissed)
    out.push(
      `  ${r.storyMissed} test pages were not recognised as their story (their verdicts still count).`,
    );
  if (verbose) {
    const wrong = r.cases.filter((c) => !caught(c));
    const order = (g: string) => (g === 'consistent' ? 0 : g === 'discrepant' ? 1 : 2);
    wrong.sort((a, b) => order(a.got) - order(b.got) || a.id.localeCompare(b.id));
    out.push('', `Cases the engine got wrong (${wrong.length}), marked consistent first:`);
    for (const c of wrong)
      out.push(
        `  ${pad(c.got.toUpperCase(), 11)} [${c.expect}] ${c.id} (${c.variant}${c.storyMissed ? `; story ${c.storyMissed}` : ''}): ${c.text}`,
      );
  } else {
    out.push('  (`npm run eval -- --verbose` lists every case the engine got wrong.)');
  }
  if (r.part === 'held-out') out.push('', HELD_OUT_WARNING);
  return out.join('\n');
}
