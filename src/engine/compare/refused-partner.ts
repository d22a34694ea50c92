/**
 * An agency named as the partner someone refuses or rules out working with: "will not work with X on
 * deportations", "rules out working with X", "refused to cooperate with X", "declined to assist X". X is what is
 * ruled out, not who acts, so it is read against the record's commitment (denied-partner.ts), never as a
 * participant of the event. Only a verb of cooperating (lexicon `enforcementActVerbs.cooperate`) right before the
 * agency ("with", "in conjunction with", "alongside" may stand between), with a denial or a turning verb
 * (`commitmentFlips`, "rule out") a few words before it. "will work with X" stays compared. General English only.
 */
import raw from '../read/lexicon.json' with { type: 'json' };

const COOPERATE = raw.enforcementActVerbs.cooperate.flatMap((v) => {
  const parts = v.split(' ');
  const head = parts[0] as string;
  const rest = parts.slice(1).join(' ');
  const stem = head.endsWith('e') ? head.slice(0, -1) : head;
  const forms = [
    head,
    `${head}s`,
    `${stem}ed`,
    `${stem}ing`,
    ...(head.endsWith('e') ? [] : [`${head}ed`, `${head}ing`]),
  ];
  return forms.map((f) => (rest ? `${f} ${rest}` : f));
});
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TURNS = [
  ...raw.commitmentFlips,
  'rule out',
  'rules out',
  'ruled out',
  'ruling out',
  'refuse to',
  'refuses to',
  'refused to',
];
/** A denial or a turning verb, then at most four words, then a verb of cooperating and its preposition, at the end of the words before the agency. */
const REFUSED = new RegExp(
  String.raw`(?:\b(?:not|never|no\s+longer|${TURNS.map(escape).join('|')})\b|n['\u2019]t\b)\s+(?:[\p{L}'\u2019-]+\s+){0,4}?(?:${COOPERATE.map(escape).join('|')})\s+(?:(?:with|alongside|in\s+conjunction\s+with|in\s+cooperation\s+with)\s+)?(?:the\s+)?$`,
  'iu',
);

/** Whether the agency starting at `start` is the partner a denial or refusal before it rules out. */
export function refusedPartner(sentence: string, start: number): boolean {
  return REFUSED.test(sentence.slice(Math.max(0, start - 90), start));
}
