/**
 * An outlet's owner named as a company ("X, a site owned by the Y newspaper
 * chain", "X is part of Y Media Group", "the Y chain, which owns X"), not as
 * an outlet mention (outlet-owner.ts judges those), when the world lists the
 * companies that own or have owned X (`owners`). Used by compare-outlet.ts;
 * nothing here knows a story.
 *
 * The line (zero false alarms first):
 * - Judged only when X is an outlet of the world with owners recorded and the
 *   owner is a capitalised name said to be a company of the news trade: a
 *   kind word after it ("newspaper chain", "media group", "media company",
 *   "publishing company", "chain", "conglomerate") or ending it ("Y Media",
 *   "Y Newspapers", "Y Publishing", "Y Communications", "Y Broadcast
 *   Group"), or an outlet the world knows; "Y Holdings", "Y Inc." may own
 *   anything and are left alone.
 * - Agrees when the name shares a distinctive word with one of X's owners,
 *   or is X itself, its brand or a network it is affiliated with; unconfirmed
 *   when it is an outlet sharing an owner with X; a conflict otherwise.
 * - A network ("part of the Y network") is an affiliation for a station or a
 *   network the world knows, and is left alone; for any other outlet (a site,
 *   a paper) "the Y network" is the company's network of outlets, its owner.
 * - Two outlets named together may be said to have the owner together: "X is
 *   Z's sister site, and both belong to Y", "X and Z are both owned by Y".
 * - An organisation said to own or publish X outright ("X, a publication of
 *   the Y Association of Z", "X is published by the Y Foundation") is named as
 *   its owner, its name read through "of"/"for"; one X only belongs to or is
 *   part of may be a membership, and is left alone.
 * - Left alone: a bare name with no kind word (a person, a fund, a city may
 *   own things too), and an outlet without recorded owners.
 */
import type { Mention } from '../read/types.ts';
import type { Outlet } from '../../world/schema.ts';
import type { ValueResult } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';
import { notOwner, OUTLET_NOUN, ownOrBrand, worldOutlet } from './outlet-owner.ts';

type OutletMention = Mention & { type: 'outlet' };

const NAME = String.raw`((?:\p{Lu}[\p{L}\p{N}&'\u2019-]*\.?\s+){0,3}\p{Lu}[\p{L}\p{N}&'\u2019-]*\.?)`;
/** A company of the news trade, said by a word after its name. */
const KIND = String.raw`(?:newspaper|news|media|publishing|broadcasting|broadcast|magazine|digital\s+media|information|communications)\s+(?:chain|group|company|companies|conglomerate|empire|giant|corporation|firm|house|publisher|holding company)|(?:chain|conglomerate|publisher|holding company)`;
/** A company's name that says what it is ("Tidewater Media", "Quay Newspapers"). */
const KIND_IN_NAME =
  /\s(?:Media|Newspapers|Publishing|Publications|Communications|Broadcasting|(?:Media|Broadcast|Broadcasting|Newspaper|Publishing|Communications)\s+(?:Group|Company|Co\.?|Corp\.?|Corporation|Inc\.?|LLC))$/;

/** After the outlet: ", a site owned by the ", " is the trade site run by the ", " is part of ", ", which belongs to ". */
const OWNED_BY_AFTER = new RegExp(
  String.raw`^(?:,[^,.;:!?]{1,80},)?\s*(?:,\s*(?:(?:a|an|the|its)\s+(?:[\p{Ll}-]+\s+){0,3}?)?(?:(?:which|that)\s+(?:is|was|has been)\s+)?|\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?${OUTLET_NOUN}\s+(?:(?:which|that)\s+(?:is|was)\s+)?|\s+(?:is|was|has been|had been)\s+)?(?:(?:now|also|still|wholly|ultimately)\s+)?` +
    String.raw`(?:(?:owned|run|operated|controlled|published)\s+by|(?:a\s+)?(?:part|property|subsidiary|unit|division|arm|publication)\s+of|(?:belongs|belonged)\s+to)\s+(?:the\s+)?${NAME}(?:\s+(${KIND}|network))?(?![\p{L}\p{N}])`,
  'u',
);
/** Words of owning or publishing outright ("published by", "a publication of"), not of belonging, which may be membership ("part of the Y Alliance"). */
const PUBLISHED_BY =
  /\b(?:(?:owned|run|operated|published)\s+by|publication\s+of)\s+(?:the\s+)?[^\s]+(?:\s+\S+){0,3}$/u;
/** An organisation's name, by its head word ("Y Association", "Society of Y"): a body that may publish an outlet. */
const ORGANIZATION_IN_NAME =
  /\b(?:Association|Society|Foundation|Institute|Federation|League|Guild|Academy|Fraternal\s+Order)\b/;
/** The rest of an organisation's name after its head ("… Association of Chiefs of Police", "… Institute for Y"). */
const NAME_GOES_ON =
  /^\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&'\u2019-]*(?:\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{N}&'\u2019-]*){0,5}/u;
/** Owned together, after two outlets: ", and both belong to ", " are both owned by ", "; the two sites are part of ". */
const BOTH_OWNED_BY = new RegExp(
  String.raw`^[^.;:!?]{0,80}?(?:(?:,\s*|\s+)(?:and\s+)?(?:both|the\s+two(?:\s+(?:sites|outlets|papers|newspapers|stations|publications))?)\s+(?:(?:are|were)\s+(?:(?:now|also|still|both)\s+)*|(?:both\s+)?)|\s+(?:are|were)\s+(?:(?:now|also|still)\s+)*both\s+)` +
    String.raw`(?:(?:owned|run|operated|controlled|published)\s+by|(?:part|properties|subsidiaries|units|divisions|arms)\s+of|belong(?:ed)?\s+to)\s+(?:the\s+)?${NAME}(?:\s+(${KIND}|network))?(?![\p{L}\p{N}])`,
  'u',
);
/** Before the outlet: "the Y newspaper chain, which owns ", "Y Media bought ". */
const OWNS_BEFORE = new RegExp(
  String.raw`${NAME}(?:\s+(${KIND}))?(?:,\s*which)?\s+(?:owns|owned|bought|acquired|runs|publishes)\s+(?:the\s+)?$`,
  'u',
);

const words = (name: string) =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(
      (w) =>
        w.length > 2 &&
        ![
          'inc',
          'llc',
          'corp',
          'company',
          'group',
          'media',
          'the',
          'news',
          'newspapers',
          'publishing',
          'communications',
          'holdings',
        ].includes(w),
    );

/** The world's outlet of a name, looked up without a leading "the". */
const worldOutletNamed = (record: StoryRecord, name: string, id?: string): Outlet | undefined =>
  worldOutlet(record, name.replace(/^the\s+/i, ''), id);

/** The owner the clause names for outlet `m`, with whether a word says it is a news company, or only a network. */
function ownerNamed(
  sentence: string,
  m: OutletMention,
  mentions: readonly Mention[],
): { name: string; kind: boolean; network: boolean } | null {
  const after = OWNED_BY_AFTER.exec(sentence.slice(m.end, m.end + 140));
  const before = after
    ? null
    : OWNS_BEFORE.exec(sentence.slice(Math.max(0, m.start - 100), m.start));
  const hit = after ?? before ?? bothOwned(sentence, m, mentions);
  if (!hit) return null;
  let name = (hit[1] as string)
    .trim()
    .replace(/['\u2019]s$/, '')
    .replace(/^The\s+/, '')
    .replace(/(?<!\b(?:Inc|Co|Corp))\.$/, '');
  const network = hit[2] === 'network';
  // "X, a publication of the Y Association of Z": an organisation said to own or publish X outright is named as its owner.
  const organization =
    after !== null &&
    hit[2] === undefined &&
    PUBLISHED_BY.test(hit[0]) &&
    ORGANIZATION_IN_NAME.test(name);
  if (organization) name += NAME_GOES_ON.exec(sentence.slice(m.end + hit[0].length))?.[0] ?? '';
  return {
    name,
    kind: (hit[2] !== undefined && !network) || KIND_IN_NAME.test(` ${name}`) || organization,
    network,
  };
}

/** "X is Z's sister site, and both belong to Y": the owner of two outlets named together, `m` one of them. */
function bothOwned(
  sentence: string,
  m: OutletMention,
  mentions: readonly Mention[],
): RegExpExecArray | null {
  const hit = BOTH_OWNED_BY.exec(sentence.slice(m.end, m.end + 200));
  if (!hit) return null;
  const at = m.end + hit[0].length - (hit[1] as string).length - (hit[2] ? hit[2].length + 1 : 0);
  // Two outlets named before the owner, in the same clause, `m` one of them.
  const outlets = mentions.filter(
    (o) => o.type === 'outlet' && o.end <= at && !/[.;:!?]/.test(sentence.slice(o.end, at)),
  );
  return outlets.length >= 2 && outlets.includes(m) ? hit : null;
}

export function compareOwnerCompany(
  record: StoryRecord,
  sentence: string,
  m: OutletMention,
  mentions: readonly Mention[] = [],
): ValueResult | null {
  const x = worldOutletNamed(record, m.value.name, m.value.id);
  if (!x?.owners?.length) return null;
  const owner = ownerNamed(sentence, m, mentions);
  if (!owner) return null;
  const y = worldOutletNamed(record, owner.name);
  // "part of the Y network": a station's or a known network's affiliation, not its owner.
  if (owner.network && (y || ['tv', 'radio', 'network'].includes(x.kind ?? ''))) return null;
  if (!owner.kind && !owner.network && !y) return null;
  const owners = new Set(x.owners.flatMap(words));
  const names = [owner.name, ...(y ? [y.name, ...(y.aliases ?? [])] : [])];
  if (names.some((n) => words(n).some((w) => owners.has(w)))) return { status: 'agrees' };
  if (y && ownOrBrand(x, y)) return { status: 'agrees' };
  // Nothing distinctive in the name to compare ("the Media Group"): left alone.
  if (!words(owner.name).length) return null;
  return notOwner(x, y, owner.name, owner.name, (o) => words(o).some((w) => owners.has(w)));
}
