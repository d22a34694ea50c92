/**
 * How an actor judged the people of an agency who acted, turned round. The record has a judgement of an agency's
 * people (an event's `reactions` with `members`, the nouns they go by: "officers", "cops"): the senator called what
 * the officers did a clear violation of the policy (against), the union said they did nothing wrong (for). The page
 * gives a holder the other judgement of them, in any of these shapes:
 *
 * - a verdict reported: "X said (that) the officers had followed / complied with / broken the policy", "… did
 *   nothing wrong", "… acted properly"; a denial turns it ("had not followed the rules" is against);
 * - a feeling about them: "X said he was glad / proud / pleased (that) his officers …", "X was troubled that …";
 * - a verb of judging with them as its object or, passive, its subject: "X praised the officers", "the officers were
 *   criticized by X".
 *
 * - kept away: "X said the city should never have let its officers near the scene" (kept-away.ts), against them.
 *
 * Verbs of conceding are verbs of saying ("acknowledged that the officers had gone too far"); a parenthesis may
 * follow the holder ("Brew, on the other hand, says …").
 * The holder is named before the speech verb (or "X's statement said …"), credited after it ("…, X said";
 * "according to X"), or a pronoun standing for the one holder the sentence before names. The people are a member noun
 * after "the / his / its / their …" or after the agency's own name or place ("Rochester officers"); a noun another
 * agency qualifies ("Border Patrol officers") is not them, and a sentence naming another agency is not read with a
 * bare "the officers". The record judging that pair only the other way is a conflict; a pair it does not judge, a
 * question, a condition, a denied speech verb ("did not say") or someone else's account of the holder says nothing.
 * Nothing here knows a story.
 */
import { perRecord } from './per-record.ts';
import { foldText } from '../normalize.ts';
import { escapeRegExp } from '../terms.ts';
import type { Comparison } from './value-result.ts';
import { keptAwayLead } from './kept-away.ts';
import { AGAINST, FOR, partiesIn, type Party } from './reaction-turned.ts';
import { showDate } from './record-values.ts';
import { sentenceBefore } from './stance-turned.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

type Reaction = NonNullable<IndexedEvent['reactions']>[number];
type Polarity = 'for' | 'against';

const SPEECH = String.raw`(?:said|says|say|told\s+(?:[\p{L}.'\u2019-]+\s+){1,3}|tells\s+(?:[\p{L}.'\u2019-]+\s+){1,3}|stated|states|wrote|writes|added|adds|argued|argues|insisted|insists|maintained|maintains|claimed|claims|declared|declares|asserted|asserts|posted|noted|notes|announced|explained|stressed|contended|concluded|found|believed|believes|thought|thinks|felt|feels|made\s+clear|made\s+it\s+clear|acknowledg(?:ed|es)|conced(?:ed|es)|admit(?:ted|s))`;
/** What may stand between a speech verb and the people: a date, "to reporters", "on X", "that". */
const SPEECH_GAP = String.raw`(?:\s+(?!(?:said|says|say|claimed|claims|told|tells|wrote|writes|added|argued|insisted|who|which|but|and|because|while|although)(?![\p{L}]))[\p{L}\p{N}.,'\u2019-]+){0,6}?`;

/** Words of a rule kept or broken. */
const RULE = String.raw`(?:(?:the|its|their|his|her|our|city|city['\u2019]s|department['\u2019]s|[\p{L}-]+)\s+){0,3}(?:polic(?:y|ies)|rules?|laws?|orders?|general\s+orders?|protocols?|procedures?|guidelines?|ordinances?|resolutions?|directives?|regulations?)`;
const KEEP = String.raw`(?:follow(?:ed|s|ing)?|obey(?:ed|s|ing)?|compl(?:y|ied|ies|ying)\s+with|abid(?:e|ed|es|ing)\s+by|adher(?:e|ed|es|ing)\s+to|st(?:uck|ick|icks)\s+to|kept\s+to|keep\s+to|respect(?:ed|s)?|honou?r(?:ed|s)?|(?:(?:were|was|are|is|been)\s+)?(?:acted|act|acting|stayed|stay|staying|remained|were|was|are|is|been)\s+(?:(?:well|fully|entirely|completely)\s+)?(?:within|in\s+line\s+with|in\s+keeping\s+with|consistent\s+with|in\s+compliance\s+with))\s+${RULE}`;
const BREAK = String.raw`(?:violat(?:e|ed|es|ing)|br(?:eak|oke|oken|eaks|eaking)|breach(?:ed|es)?|def(?:y|ied|ies)|flout(?:ed|s)?|ignor(?:e|ed|es)|disregard(?:ed|s)?|(?:go|went|gone|goes|acted|act)\s+against|r[ua]n\s+afoul\s+of|contraven(?:e|ed|es)|(?:(?:were|was|are|is|been)\s+)?(?:were|was|are|is|been|acted|acting)\s+(?:(?:clearly|plainly)\s+)?(?:in\s+violation\s+of|in\s+breach\s+of|outside))\s+${RULE}`;
const RIGHT = String.raw`(?:did\s+(?:absolutely\s+|anything\s+but\s+)?nothing\s+wrong|(?:had\s+|have\s+)?done\s+(?:absolutely\s+)?nothing\s+wrong|did\s+(?:the\s+right\s+thing|everything\s+right|(?:their|his|her)\s+jobs?|what\s+(?:they|he|she)\s+(?:were|was)\s+(?:supposed|trained)\s+to\s+do)|acted\s+(?:properly|appropriately|correctly|lawfully|professionally|by\s+the\s+book)|(?:were|was)\s+right\s+to|went\s+by\s+the\s+book|played\s+it\s+by\s+the\s+book)`;
/** "should not have been punished" is said for them, not against: a harm done to them after "should not have been". */
const NOT_HARMED = String.raw`(?!\s+been\s+(?:punish|disciplin|suspend|fired|scold|reprimand|blam|critici|sanction|penali|investigat|reassign|demot|charg|arrest|prosecut|attack|singled|targeted|treated|thrown|removed|sidelined|desked)\p{L}*)`;
const WRONG = String.raw`(?:did\s+(?:something\s+)?wrong|(?:had\s+|have\s+)?done\s+(?:something\s+)?wrong|acted\s+(?:improperly|wrongly|inappropriately|unlawfully)|(?:were|was)\s+wrong\s+to|should\s+(?:not|never)\s+have${NOT_HARMED}|should\s*n['\u2019]t\s+have${NOT_HARMED}|overstepped|crossed\s+a\s+line|crossed\s+the\s+line|(?:had\s+|have\s+)?(?:gone|went)\s+(?:much\s+|way\s+)?too\s+far)`;
/** Between the people and their verdict: "had", "all", "simply", "appear to have", "may have". */
const TO_VERDICT = String.raw`(?:\s+(?:had|have|has|all|both|simply|just|only|clearly|plainly|fully|completely|entirely|in\s+fact|(?:appear(?:ed|s)?|seem(?:ed|s)?)\s+to\s+have|may\s+have|might\s+have|likely|probably|\p{L}+ly))*`;
/** A denial right before the verdict's verb: "had not followed", "didn't follow", "never broke". */
const DENIAL = String.raw`(?:\s+(?:did|do|does|had|have|has|were|was)?\s*(?:not|n['\u2019]t|never))?`;
const FEEL_FOR = String.raw`(?:glad|happy|pleased|proud|grateful|thankful|relieved|delighted|satisfied|heartened)`;
const FEEL_AGAINST = String.raw`(?:disappointed|troubled|concerned|upset|angry|angered|dismayed|bothered|alarmed|disturbed|unhappy|displeased|appalled|frustrated)`;
/** A parenthesis or appositive after the holder: "Brew, on the other hand, says …", "Brew, the county's Republican leader, backed …". */
const APPOSITIVE = String.raw`(?:\s*,[^,;:"\u201C\u201D]{1,80},)?`;
const PRONOUN_HOLDER = /^(?:he|she|they|it)$/;
/**
 * A trip made for the judging, between the holder and the verb: "X went to the union hall to defend the officers",
 * "X came to the city to thank them". Going somewhere to do it tells that the holder did it there.
 */
const WENT_TO = String.raw`\s+(?:went|came|traveled|travelled|headed|drove|flew|stopped\s+by|showed\s+up\s+at|turned\s+up\s+at)(?:\s+(?:over|down|back|out))?(?:\s+(?:to|at|in))?(?:\s+[\p{L}\p{N}'\u2019.-]+){1,6}?`;
const ADVERBS = String.raw`(?:\s+(?:\p{L}+ly|also|even|then|later|again|too))*`;
/** The holder right before the verb of judging, after an appositive and adverbs at most. */
const PLAIN_TAIL = new RegExp(
  String.raw`^${APPOSITIVE}(?:\s+(?:\p{L}+ly|also|even|then|later|again|too|has|had|have))*\s+$`,
  'u',
);
/** The holder, then a trip, before "to <verb of judging>": "X, a senator, went to the club to defend …". */
const TRIP_TAIL = new RegExp(String.raw`^${APPOSITIVE}${ADVERBS}${WENT_TO}\s+$`, 'u');
/** Verbs of judging in the base form, read only after "to" and a trip (TRIP_TAIL). */
const FOR_BASE = String.raw`defend|thank|back|support|praise|applaud|commend|laud|hail|congratulate|endorse|stand\s+(?:up\s+)?(?:by|with|behind)|side\s+with`;
const AGAINST_BASE = String.raw`criticize|criticise|condemn|slam|blast|attack|rebuke|denounce|fault|scold|reprimand|chastise|castigate|lambast|assail|censure|decry|bash|accuse`;

/** Asked, supposed or denied: nothing is claimed. */
const DOUBT =
  /(?<![\p{L}])(?:if|whether|unless|would\s+have\s+been|(?:did|does|do)\s*(?:not|n['\u2019]t)\s+(?:say|claim|state|think)|never\s+(?:said|claimed|stated)|denied|den(?:y|ies)\s+that|rumou?r|falsely|wrongly\s+(?:said|claimed|reported))(?![\p{L}])/u;

export interface MemberVerdictConflict {
  comparison: Comparison;
  explanation: string;
  /** The event whose judgement the page turns round. */
  events: IndexedEvent[];
}

interface Judged {
  canon: string;
  /** Where the noun phrase starts (its determiner or qualifier), where its noun starts, where it ends. */
  from: number;
  start: number;
  end: number;
}

/** Determiners and qualifiers of the people's noun phrase: "the", "all ten", "his". */
const NP_HEAD =
  /(?:(?:all|both|the|his|her|its|their|our|those|these|city|police|local|ten|\p{N}+|department['\u2019]s)\s+)+$/u;

/** The pattern of a people noun with up to three words before it, built once per list of nouns (matchAll copies it, so its lastIndex stays 0). */
const NOUN_PATTERNS = new Map<string, RegExp>();
function nounPattern(nouns: readonly string[]): RegExp {
  const key = nouns.join('\n');
  let re = NOUN_PATTERNS.get(key);
  if (!re) {
    re = new RegExp(
      String.raw`(?<![\p{L}])((?:[\p{L}.'\u2019-]+\s+){0,3})(${nouns.map(escapeRegExp).join('|')})(?![\p{L}])`,
      'gu',
    );
    if (NOUN_PATTERNS.size >= 100) NOUN_PATTERNS.clear();
    NOUN_PATTERNS.set(key, re);
  }
  return re;
}

/** The member nouns (longest first) and the judged agencies of a list of reactions, gathered once per list: every sentence asks. */
const NOUNS_OF = new WeakMap<readonly { r: Reaction }[], { nouns: string[]; towards: string[] }>();
function nounsOf(reactions: readonly { r: Reaction }[]): { nouns: string[]; towards: string[] } {
  let got = NOUNS_OF.get(reactions);
  if (!got) {
    got = {
      nouns: [...new Set(reactions.flatMap(({ r }) => r.members ?? []))].sort(
        (a, b) => b.length - a.length,
      ),
      towards: [...new Set(reactions.flatMap(({ r }) => [...r.toward]))],
    };
    NOUNS_OF.set(reactions, got);
  }
  return got;
}

/** The people of a judged agency the folded text names: a member noun after a determiner or the agency's own words. */
function membersIn(
  text: string,
  raw: string,
  record: StoryRecord,
  reactions: readonly { r: Reaction }[],
): Judged[] {
  const { nouns, towards } = nounsOf(reactions);
  if (!nouns.length || !towards.length) return [];
  // No noun of the reactions in the text: nothing to match (the pattern below is case-sensitive, so a plain search decides).
  if (!nouns.some((n) => text.includes(n))) return [];
  const hits = record.gazetteer.find(raw);
  const agencyHits = hits.filter((h) => h.entries.some((e) => e.kind === 'agency'));
  const ofToward = (h: (typeof hits)[number]) =>
    h.entries.some(
      (e) => towards.includes(record.entityCanon.get(e.id) ?? e.id) || towards.includes(e.id),
    );
  // Each toward agency's own words ("rochester", "police"): a place or name qualifying the noun.
  const own = new Map(
    towards.map((t) => [
      t,
      foldText(record.nameOf(t))
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 2),
    ]),
  );
  const out: Judged[] = [];
  for (const m of text.matchAll(nounPattern(nouns))) {
    const nounStart = m.index + m[1]!.length;
    const before = m[1]!.trim().split(/\s+/).filter(Boolean);
    // The hit right before the noun, if any, qualifies it.
    const qual = hits.find(
      (h) =>
        h.end <= nounStart &&
        /^\s*(?:['\u2019]s\s*)?$/.test(text.slice(h.end, nounStart)) &&
        h.end > m.index,
    );
    let canon: string | undefined;
    if (qual) {
      if (ofToward(qual))
        canon = towards.find((t) =>
          qual.entries.some((e) => (record.entityCanon.get(e.id) ?? e.id) === t || e.id === t),
        );
      else if (
        qual.entries.some((e) => e.kind === 'agency' || e.kind === 'person' || e.kind === 'outlet')
      )
        continue;
      else {
        const word = foldText(raw.slice(qual.start, qual.end));
        const fits = towards.filter((t) => own.get(t)!.some((w) => word.split(/\s+/).includes(w)));
        if (fits.length !== 1) continue;
        canon = fits[0];
      }
    } else {
      // A determiner (or "the ten", "all the") right before: the one agency judged, when no other agency is named.
      const last = before[before.length - 1] ?? '';
      if (
        !/^(?:the|his|her|its|their|our|those|these|all|both|ten|\p{N}+|city|police|local|department['\u2019]s)$/u.test(
          last,
        )
      )
        continue;
      if (before.some((w) => /^(?:federal|border|immigration|customs|state|other|fellow)$/.test(w)))
        continue;
      if (towards.length !== 1 || agencyHits.some((h) => !ofToward(h))) continue;
      canon = towards[0];
    }
    if (!canon) continue;
    let from = qual ? qual.start : nounStart;
    from -= NP_HEAD.exec(text.slice(m.index, from))?.[0].length ?? 0;
    out.push({ canon, from, start: nounStart, end: m.index + m[0].length });
  }
  return out;
}

/** The patterns of reading a verdict, built once (their parts are constants above). */
const VERDICT_AFTER = new RegExp(
  String.raw`^(?:\s+(?:who|that)\s+[^,;]{1,60}?,|\s+who\s+[\p{L}'\u2019 -]{1,50}?(?=\s+(?:had|have|has|did|were|was|all|simply|clearly)(?![\p{L}])))?${TO_VERDICT}(${DENIAL})\s+(?:(${KEEP}|${RIGHT})|(${BREAK}|${WRONG}))(?![\p{L}])`,
  'u',
);
const PASSIVE_AFTER = new RegExp(
  String.raw`^\s+(?:were|was|have\s+been|had\s+been|got|get)\s+(?:\p{L}+ly\s+)?(?:(${FOR})|(${AGAINST}))\s+by\s+`,
  'iu',
);
const SPEECH_TAIL = new RegExp(
  String.raw`^(?:['\u2019]s?(?:\s+[\p{L}-]+){0,2})?${APPOSITIVE}(?:\s+(?:\p{L}+ly|also|even|then|later|has|had|have|again|too))*\s+${SPEECH}${SPEECH_GAP}\s*,?\s*(?:that\s+)?(?:(?:he|she|they|it|we|i)\s+(?:was|were|is|are|felt|feels|had\s+been|has\s+been|remained|remains)\s+(?:\p{L}+ly\s+|very\s+|so\s+)?)?$`,
  'u',
);
const PRONOUN_SPEECH = new RegExp(
  String.raw`(?:^|[,;:]\s*|\band\s+)\s*(he|she|they|it)(?:\s+(?:\p{L}+ly|also|even|then|later|again|too))*\s+${SPEECH}${SPEECH_GAP}\s*,?\s*(?:that\s+)?(?:(?:he|she|they|it|we|i)\s+(?:was|were|is|are|felt|feels)\s+(?:\p{L}+ly\s+|very\s+|so\s+)?)?$`,
  'u',
);
const CREDIT_AFTER = new RegExp(
  String.raw`^[^;:]{0,80}?,\s*(?:according\s+to\s+|(?:said|says|wrote|writes|added|adds|argued|argues|insisted|insists)\s+)?`,
  'u',
);
const SPEECH_AFTER_NAME = new RegExp(
  String.raw`^\s*(?:[\p{L}]+\s+){0,2}(?:said|says|wrote|writes|added|adds|argued|argues|insisted|insists)(?![\p{L}])`,
  'u',
);
const LEAD_BEFORE = new RegExp(
  String.raw`(?:(?:(${FEEL_FOR})|(${FEEL_AGAINST}))(?:\s+(?:that|of|with|by|about|at|to\s+see|to\s+hear|how|with\s+how|by\s+how|about\s+how))?(?:\s+(?:all|both))?|(?<![\p{L}])(?:(${FOR})|(${AGAINST}))|(?<![\p{L}])to\s+(?:(${FOR_BASE})|(${AGAINST_BASE})))\s+$`,
  'u',
);
const SPEECH_WORD = new RegExp(`(?<![\\p{L}])${SPEECH}(?![\\p{L}])`, 'u');
const SPEECH_OR_ACCORDING = new RegExp(`(?<![\\p{L}])${SPEECH}(?![\\p{L}])|according\\s+to`, 'u');

/** Judgements of the people the record judges, turned round: one per sentence at most. */
/** The record's reactions that judge an agency's people (with `members`), built once per record. */
const memberReactions = perRecord((record) =>
  record.events.flatMap((e) =>
    (e.reactions ?? []).filter((r) => r.members?.length).map((r) => ({ r, e })),
  ),
);

/** The holders of those reactions as parties, by canonical id (the last reaction's wins), once per record. */
const holderParties = perRecord((record): ReadonlyMap<string, Party> => {
  const parties = new Map<string, Party>();
  for (const { r } of memberReactions(record))
    for (const [c, p] of r.parties) if (r.holders.has(c)) parties.set(c, p);
  return parties;
});

export function memberVerdictResults(
  sentence: string,
  record: StoryRecord,
  pageText?: string,
): MemberVerdictConflict[] {
  const reactions = memberReactions(record);
  if (!reactions.length) return [];
  if (/\?\s*$/.test(sentence)) return [];
  // Quoted words are someone's own, not the page's account.
  const text = foldText(sentence).replace(
    /["\u201C\u201D][^"\u201C\u201D]*["\u201C\u201D]?/g,
    (q) => ' '.repeat(q.length),
  );
  if (DOUBT.test(text)) return [];
  const judged = membersIn(text, sentence, record, reactions);
  if (!judged.length) return [];
  const parties = holderParties(record);
  // The parties the text names, read only when a verdict, a passive or a lead is found: most judged people have none.
  let foundParties: ReturnType<typeof partiesIn> | undefined;
  const partiesFound = () => (foundParties ??= partiesIn(text, parties));

  for (const j of judged) {
    const after = text.slice(j.end);
    const before = text.slice(0, j.from);
    let polarity: Polarity | undefined;
    let span = 0;
    // A verdict after the people: kept or broken rule, right or wrong.
    const verdict = VERDICT_AFTER.exec(after);
    if (verdict) {
      polarity = verdict[2] ? 'for' : 'against';
      if (verdict[1]!.trim()) polarity = polarity === 'for' ? 'against' : 'for';
      // "did nothing wrong" after a denial is no verdict we read.
      if (verdict[1]!.trim() && /nothing/.test(verdict[0])) continue;
      span = verdict[0].length;
    }
    // Passive: "the officers were praised / criticized by X".
    const passive = PASSIVE_AFTER.exec(after);
    let passiveHolder: string | undefined;
    if (!polarity && passive) {
      polarity = passive[1] ? 'for' : 'against';
      const by = partiesFound().find(
        (f) =>
          f.start === j.end + passive[0].length ||
          (f.start > j.end + passive[0].length - 1 &&
            /^\s*(?:the\s+)?$/.test(text.slice(j.end + passive[0].length, f.start))),
      );
      if (!by) continue;
      passiveHolder = by.canon;
      span = passive[0].length;
    }
    // A feeling or a verb of judging right before the people.
    let lead: RegExpExecArray | null = null;
    if (!polarity) {
      lead = LEAD_BEFORE.exec(before.slice(Math.max(0, before.length - 60)));
      // "should never have let the officers near the scene" (kept-away.ts): a verb of judging against them.
      const kept = lead ? null : keptAwayLead(before, after);
      if (kept)
        lead = Object.assign([kept, undefined, undefined, undefined, kept], {
          index: before.length - kept.length,
          input: before,
        }) as unknown as RegExpExecArray;
      if (!lead) continue;
      // "to defend the officers' contract": what is judged is something of theirs, not them.
      if ((lead[5] || lead[6]) && /^['\u2019]/.test(after)) continue;
      polarity = lead[1] || lead[3] || lead[5] ? 'for' : 'against';
      // "praised" in "were praised by" is passive, read above; a denial before the feeling or verb turns nothing we read.
      if (
        /(?<![\p{L}])(?:not|n['\u2019]t|never|no\s+longer)\s+(?:\p{L}+\s+){0,2}$/u.test(
          before.slice(0, before.length - lead[0].length),
        )
      )
        continue;
    }

    // The holder.
    let holder: string | undefined = passiveHolder;
    let holderAt = -1;
    if (!holder) {
      const head = lead ? before.slice(0, before.length - lead[0].length) : before;
      // "to defend the officers" is read only as the aim of a trip the holder made (TRIP_TAIL).
      const infinitive = !!lead && (!!lead[5] || !!lead[6]);
      // Named before: "<holder>['s statement] [adverbs] <speech verb> [gap]" ending where the people (or the feeling) start.
      const subjects = partiesFound().filter((f) => f.end <= head.length);
      // After a trip, the holder is who made it, not a body named as where it went ("went to the X Club to …").
      const s = infinitive
        ? [...subjects].reverse().find((f) => TRIP_TAIL.test(head.slice(f.end)))
        : subjects[subjects.length - 1];
      const speechTail = SPEECH_TAIL;
      const feelTail =
        /^(?:\s+(?:\p{L}+ly|also|even|then|later|again|too))*\s+(?:was|were|is|are|felt|feels|had\s+been|has\s+been|remained|remains)\s+(?:\p{L}+ly\s+|very\s+|so\s+)?$/u;
      const accordingTo =
        s && /(?<![\p{L}])according\s+to\s+(?:the\s+)?$/u.exec(head.slice(0, s.start));
      if (s && accordingTo && /^\s*,\s*$/.test(head.slice(s.end)) && !lead) {
        holder = s.canon;
        holderAt = accordingTo.index;
      } else if (
        s &&
        ((!infinitive && speechTail.test(head.slice(s.end))) ||
          (lead && !infinitive && feelTail.test(head.slice(s.end))) ||
          (lead &&
            !lead[1] &&
            !lead[2] &&
            (infinitive ? TRIP_TAIL : PLAIN_TAIL).test(head.slice(s.end))))
      ) {
        holder = s.canon;
        holderAt = s.start;
      } else {
        // A pronoun as the subject: "He said …", "She also said …".
        const pron = PRONOUN_SPEECH.exec(head);
        // "He was glad …", "That she was troubled …" (an answer to "What did X say?"): a feeling told of a pronoun alone.
        const felt = infinitive
          ? null
          : (pron ??
            (lead && !lead[3] && !lead[4]
              ? /^\s*(?:that\s+)?(he|she|they)(?:\s+(?:\p{L}+ly|also|even|then|later|again|too))*\s+(?:was|were|is|are|felt|feels|had\s+been|has\s+been)\s+(?:\p{L}+ly\s+|very\s+|so\s+)?$/u.exec(
                  head,
                )
              : null));
        if (felt && PRONOUN_HOLDER.test(felt[1]!)) {
          const prior = foldText(sentenceBefore(pageText, sentence)).replace(
            /["\u201C\u201D][^"\u201C\u201D]*["\u201C\u201D]?/g,
            (q) => ' '.repeat(q.length),
          );
          const named = [...new Set(partiesIn(prior, parties).map((f) => f.canon))];
          const person = (c: string) => record.people.has(c);
          const fitting = named.filter((c) =>
            felt[1] === 'he' || felt[1] === 'she'
              ? person(c)
              : felt[1] === 'it'
                ? !person(c)
                : true,
          );
          if (fitting.length === 1) {
            holder = fitting[0];
            holderAt = felt.index;
          }
        }
        // Credited after: "…, X said" / "according to X".
        if (!holder && !infinitive) {
          const tail = text.slice(j.end + span);
          const credit = CREDIT_AFTER.exec(tail);
          const after = credit
            ? partiesFound().find(
                (f) =>
                  f.start === j.end + span + credit[0].length ||
                  (f.start >= j.end + span + credit[0].length &&
                    /^(?:the\s+)?$/.test(text.slice(j.end + span + credit[0].length, f.start))),
              )
            : undefined;
          if (
            after &&
            credit &&
            (/according\s+to\s+$|(?:said|says|wrote|writes|added|adds|argued|argues|insisted|insists)\s+$/.test(
              credit[0],
            ) ||
              SPEECH_AFTER_NAME.test(text.slice(after.end)))
          ) {
            // The verdict must open the sentence (after an opening "that" at most): no other speaker before it.
            if (!SPEECH_WORD.test(before)) holder = after.canon;
          }
        }
      }
      // Someone else's account of the holder ("the union said Smith was glad …"): a speech verb before the holder.
      if (holder && holderAt >= 0 && SPEECH_OR_ACCORDING.test(text.slice(0, holderAt))) continue;
    }
    if (!holder || holder === j.canon) continue;
    const pair = reactions.filter(({ r }) => r.holders.has(holder) && r.toward.has(j.canon));
    if (!pair.length || pair.some(({ r }) => r.polarity === polarity)) continue;
    const { r, e } = pair[0]!;
    const page = sentence
      .slice(
        Math.min(j.start, holderAt >= 0 ? holderAt : j.start),
        Math.min(sentence.length, j.end + span),
      )
      .trim();
    const said = `${r.statement} (${showDate(e.event.date)})`;
    return [
      {
        comparison: { slot: 'stance', page, record: said },
        explanation: `The record has ${record.nameOf(holder)} ${r.polarity === 'against' ? 'critical of' : 'on the side of'} the ${record.nameOf(j.canon)} officers who acted: ${said}; the page has the opposite: \u201C${page}\u201D.`,
        events: [e],
      },
    ];
  }
  return [];
}
