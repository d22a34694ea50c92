/**
 * The words a drafted event is named by, for events of any kind (issue 17): the verb the report
 * tells it with in all its forms ("burst" → bursts, bursting; "broke" → break, breaks, broken,
 * breaking), and the noun the report names it by elsewhere ("Water main break floods …": the
 * subject's noun followed by a verb's noun names the happening, not the thing). General English
 * only: no story's words.
 */

import kinds from './event-kinds.json' with { type: 'json' };

const KIND_OF = new Map<string, readonly string[]>();
for (const kind of kinds.kinds) for (const word of kind) KIND_OF.set(word, kind);
/** A kind (its word list) → its broad words: verbs of many senses that tell a happening already of that kind ("hit" a crash). */
const BROAD = new Map<readonly string[], readonly string[]>();
for (const { kind, words } of kinds.broad) {
  const list = KIND_OF.get(kind);
  if (!list)
    throw new Error(`event-kinds.json: broad words for "${kind}", which is no kind's word`);
  BROAD.set(list, words);
}

/**
 * The other words of the kinds of happening an event's words name ("caved" → collapsed, gave way, cave-in …;
 * event-kinds.json), in the order of the kinds, none of the event's own; then the kinds' broad words ("slammed into"
 * → hit, struck). A broad word of the event's own makes it of no kind.
 */
export function sameKindWords(words: readonly string[]): string[] {
  const own = new Set(words.map((w) => w.toLowerCase()));
  const out = new Set<string>();
  const found = new Set<readonly string[]>();
  for (const w of own) {
    const kind = KIND_OF.get(w);
    if (!kind) continue;
    found.add(kind);
    for (const other of kind) if (!own.has(other)) out.add(other);
  }
  for (const kind of found)
    for (const broad of BROAD.get(kind) ?? []) if (!own.has(broad)) out.add(broad);
  return [...out];
}

/**
 * The kinds of happening a text names by a word of the kind ("Flash flood traps campers …" → the flood kind), each as
 * its word list with the words the text uses, in the order the kinds are listed; a broad word ("hits") names none.
 */
export function kindsNamedIn(text: string): { kind: readonly string[]; named: string[] }[] {
  const folded = ` ${text
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')} `;
  return kinds.kinds
    .map((kind) => ({ kind, named: kind.filter((w) => folded.includes(` ${w} `)) }))
    .filter((k) => k.named.length > 0);
}

/** Common English irregular verbs: base → [past, past participle]. */
const IRREGULAR: Record<string, [string, string]> = {
  arise: ['arose', 'arisen'],
  awake: ['awoke', 'awoken'],
  bear: ['bore', 'borne'],
  beat: ['beat', 'beaten'],
  begin: ['began', 'begun'],
  bend: ['bent', 'bent'],
  bind: ['bound', 'bound'],
  bite: ['bit', 'bitten'],
  bleed: ['bled', 'bled'],
  blow: ['blew', 'blown'],
  break: ['broke', 'broken'],
  breed: ['bred', 'bred'],
  bring: ['brought', 'brought'],
  build: ['built', 'built'],
  burn: ['burnt', 'burnt'],
  burst: ['burst', 'burst'],
  buy: ['bought', 'bought'],
  cast: ['cast', 'cast'],
  catch: ['caught', 'caught'],
  choose: ['chose', 'chosen'],
  cling: ['clung', 'clung'],
  come: ['came', 'come'],
  cost: ['cost', 'cost'],
  creep: ['crept', 'crept'],
  cut: ['cut', 'cut'],
  deal: ['dealt', 'dealt'],
  dig: ['dug', 'dug'],
  dive: ['dove', 'dived'],
  draw: ['drew', 'drawn'],
  drink: ['drank', 'drunk'],
  drive: ['drove', 'driven'],
  eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'],
  feed: ['fed', 'fed'],
  feel: ['felt', 'felt'],
  fight: ['fought', 'fought'],
  find: ['found', 'found'],
  flee: ['fled', 'fled'],
  fling: ['flung', 'flung'],
  fly: ['flew', 'flown'],
  forbid: ['forbade', 'forbidden'],
  freeze: ['froze', 'frozen'],
  give: ['gave', 'given'],
  grind: ['ground', 'ground'],
  grow: ['grew', 'grown'],
  hang: ['hung', 'hung'],
  hide: ['hid', 'hidden'],
  hit: ['hit', 'hit'],
  hold: ['held', 'held'],
  hurt: ['hurt', 'hurt'],
  keep: ['kept', 'kept'],
  know: ['knew', 'known'],
  lay: ['laid', 'laid'],
  lead: ['led', 'led'],
  leave: ['left', 'left'],
  lend: ['lent', 'lent'],
  let: ['let', 'let'],
  lie: ['lay', 'lain'],
  light: ['lit', 'lit'],
  lose: ['lost', 'lost'],
  make: ['made', 'made'],
  meet: ['met', 'met'],
  pay: ['paid', 'paid'],
  quit: ['quit', 'quit'],
  ride: ['rode', 'ridden'],
  ring: ['rang', 'rung'],
  rise: ['rose', 'risen'],
  run: ['ran', 'run'],
  seek: ['sought', 'sought'],
  sell: ['sold', 'sold'],
  send: ['sent', 'sent'],
  set: ['set', 'set'],
  shake: ['shook', 'shaken'],
  shed: ['shed', 'shed'],
  shoot: ['shot', 'shot'],
  shrink: ['shrank', 'shrunk'],
  shut: ['shut', 'shut'],
  sink: ['sank', 'sunk'],
  slay: ['slew', 'slain'],
  slide: ['slid', 'slid'],
  slit: ['slit', 'slit'],
  spend: ['spent', 'spent'],
  spill: ['spilt', 'spilt'],
  spin: ['spun', 'spun'],
  split: ['split', 'split'],
  spread: ['spread', 'spread'],
  spring: ['sprang', 'sprung'],
  stand: ['stood', 'stood'],
  steal: ['stole', 'stolen'],
  stick: ['stuck', 'stuck'],
  sting: ['stung', 'stung'],
  strike: ['struck', 'struck'],
  swear: ['swore', 'sworn'],
  sweep: ['swept', 'swept'],
  swell: ['swelled', 'swollen'],
  swim: ['swam', 'swum'],
  swing: ['swung', 'swung'],
  take: ['took', 'taken'],
  tear: ['tore', 'torn'],
  throw: ['threw', 'thrown'],
  upset: ['upset', 'upset'],
  wake: ['woke', 'woken'],
  wear: ['wore', 'worn'],
  win: ['won', 'won'],
  wind: ['wound', 'wound'],
  withdraw: ['withdrew', 'withdrawn'],
  write: ['wrote', 'written'],
};

/** Past forms → base ("broke" → break); a past that is also another verb's base ("lay", "found") keeps its own. */
const BASE_OF = new Map<string, string>();
for (const [base, [past, participle]] of Object.entries(IRREGULAR)) {
  for (const form of [past, participle])
    if (!BASE_OF.has(form) && !(form in IRREGULAR && form !== base)) BASE_OF.set(form, base);
}

/** Whether a word is the simple past of an irregular verb ("burst", "broke", "fell", "struck"). */
export function irregularPast(word: string): boolean {
  const base = BASE_OF.get(word);
  return base !== undefined && IRREGULAR[base]![0] === word;
}

/** The -s and -ing forms of a base ("break" → breaks, breaking; "rise" → rises, rising). */
function regularForms(base: string): string[] {
  const s = /(?:s|sh|ch|x|z)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  // "cut" → cutting, "begin" → beginning: a last syllable of one short vowel and one consonant doubles it.
  const doubles =
    /(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(base) &&
    (/^[^aeiou]*[aeiou][^aeiou]+$/.test(base) || /(?:gin|set|bid)$/.test(base));
  const ing = base.endsWith('ie')
    ? `${base.slice(0, -2)}ying`
    : /[^aeiou]e$/.test(base)
      ? `${base.slice(0, -1)}ing`
      : doubles
        ? `${base}${base.slice(-1)}ing`
        : `${base}ing`;
  return [s, ing];
}

/**
 * Every form of an irregular verb given any of its forms ("broke" → break, breaks, broke, broken,
 * breaking); any other word is returned alone.
 */
export function verbForms(word: string): string[] {
  const base = word in IRREGULAR ? word : BASE_OF.get(word);
  // A regular verb's base is often a noun or an infinitive of what did not happen ("to replace", "the issue"): its past alone.
  if (!base) return [word];
  const [past, participle] = IRREGULAR[base]!;
  return [...new Set([word, base, past, participle, ...regularForms(base)])];
}

/** Prepositions a verb of happening is followed by ("burst beneath the street", "fell onto the tracks"). */
export const PLACE_PREPOSITIONS = new Set([
  'beneath',
  'under',
  'underneath',
  'below',
  'above',
  'across',
  'along',
  'through',
  'into',
  'onto',
  'near',
  'behind',
  'inside',
  'outside',
  'over',
  'around',
  'against',
  'toward',
  'towards',
  'off',
  'down',
  'up',
  'out',
]);

/**
 * The head noun of a subject right before its verb, with the determiner that opens it and up to three
 * words between ("A 36-inch water main burst" → main), or undefined.
 */
export function headNoun(beforeVerb: string): string | undefined {
  const clause = beforeVerb.replace(/^[^—]*—\s*/u, '');
  // "the town had chartered": an auxiliary before the verb is no noun ("had" would find "had left" elsewhere).
  const head = /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(\p{Ll}{3,})\s+$/u.exec(
    clause,
  )?.[1];
  return head && !AUXILIARIES.has(head) ? head : undefined;
}

/** Verbs that stand before another verb of the same clause: never the head of its subject. */
const AUXILIARIES = new Set([
  'had',
  'has',
  'have',
  'having',
  'was',
  'were',
  'are',
  'been',
  'being',
  'will',
  'would',
  'shall',
  'should',
  'could',
  'can',
  'may',
  'might',
  'must',
  'did',
  'does',
]);

/**
 * The noun a report names a happening by after the thing it befell: "<subject> <noun>" anywhere in
 * the report ("Water main break floods …" with the subject "main" → break), when that noun is a form
 * of a verb (an irregular verb's, or a noun of action: -ion, -ure, -age, -ment). All its forms.
 */
export function happeningNouns(texts: readonly string[], subject: string): string[] {
  const out = new Set<string>();
  const re = new RegExp(`(?<![\\p{L}-])${subject}\\s+(\\p{Ll}{3,})(?![\\p{L}-])`, 'giu');
  for (const text of texts) {
    for (const m of text.matchAll(re)) {
      const noun = (m[1] as string).toLowerCase();
      if (noun in IRREGULAR || BASE_OF.has(noun)) for (const f of verbForms(noun)) out.add(f);
      else if (/(?:ion|ure|age|ment)$/.test(noun)) out.add(noun);
    }
  }
  return [...out];
}

/**
 * The verbs coordinated after an event's verb ("cut out and replaced a section": replaced), past tense
 * (regular or irregular), each with all its forms.
 */
export function coordinatedVerbs(afterVerb: string): string[] {
  const m =
    /^(?:\s+(?:up|down|out|off|over|away|back))?(?:\s+[\p{Ll}'-]+){0,3}?\s+and\s+(\p{Ll}{3,})(?![\p{L}'-])(?:\s+(up|down|out|off|over|away|back)\b)?/u.exec(
      afterVerb,
    );
  const verb = m?.[1];
  if (!verb || !(verb.endsWith('ed') || irregularPast(verb))) return [];
  // "struck power lines and came down hard": the verb after its own object, with its particle when it has one.
  const particle = m?.[2];
  return particle ? verbForms(verb).map((f) => `${f} ${particle}`) : verbForms(verb);
}

const DETERMINER = /^(?:a|an|the|its|his|her|their)$/;

/**
 * The head noun of a verb's object, when a determiner opens it and a preposition, comma or the end closes it
 * ("issued a boil-water advisory on Tuesday" → advisory); undefined otherwise.
 */
export function objectNoun(afterVerb: string, stop: (word: string) => boolean): string | undefined {
  const phrase = /^\s+([^,.;:]*)/u.exec(afterVerb)?.[1] ?? '';
  const words = phrase.split(/\s+/).filter(Boolean);
  if (!DETERMINER.test(words[0] ?? '')) return undefined;
  for (let k = 1; k <= 3 && k < words.length; k++) {
    const word = words[k] as string;
    if (!/^[\p{Ll}\p{N}-]+$/u.test(word) || stop(word)) return undefined;
    const next = words[k + 1];
    if (next !== undefined && !stop(next)) continue;
    const noun = word.split('-').pop() as string;
    return noun.length >= 4 && /^\p{Ll}+$/u.test(noun) && !stop(noun) ? noun : undefined;
  }
  return undefined;
}

/**
 * Whether the report treats a noun as a thing or an actor rather than a happening: something owned or owning
 * ("its plant", "the plant's production", "the company's website") or that speaks ("the company said"). Such a
 * subject ("The company filed …", "The plant opened …") does not name what happened.
 */
export function namesAThing(noun: string, texts: readonly string[]): boolean {
  const n = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `\\b(?:its|their|our)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${n}\\b|\\b${n}['’]s\\b|\\bthe\\s+${n}\\s*,?\\s+(?:said|says|told|which|that\\s+is)\\b`,
    'iu',
  );
  return texts.some((t) => re.test(t));
}
