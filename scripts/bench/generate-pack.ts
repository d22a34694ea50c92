/**
 * A seeded, deterministic generator of claim packs for the benchmarks: made-up
 * local-news stories (a place, a person, an agency, an event) with the parts a
 * real pack has: recognition cues with a required place or headline cue,
 * facts with accepted and wrong values, quotes (some with misquoted variants),
 * unverified claims and imported fact-checks. Same seed, same pack, byte for byte.
 *
 * A "claim" is one fact, quote, unverified claim or review; a story holds ten
 * (four facts, two quotes, one unverified claim, three reviews), the last
 * story fewer when the count is not a multiple of ten.
 *
 * It also writes, from the same vocabulary, an unrelated page of any size and
 * a page that retells one of the generated stories.
 */
import { MONTH_NAMES } from '../../src/shared/month-names.ts';

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(rand: Rand, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const int = (rand: Rand, min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const SYLLABLES = [
  'ash',
  'bel',
  'bran',
  'cal',
  'dor',
  'el',
  'fen',
  'gar',
  'hol',
  'kel',
  'lin',
  'mar',
  'nor',
  'ol',
  'pen',
  'quin',
  'ros',
  'sal',
  'tam',
  'ul',
  'ver',
  'wick',
  'yar',
  'zen',
  'bro',
  'cran',
  'dun',
  'fal',
  'glen',
  'har',
];
const PLACE_ENDS = [
  'ford',
  'ton',
  'field',
  'bridge',
  'haven',
  'wood',
  'port',
  'ville',
  'bury',
  'dale',
  'mouth',
  'stead',
];
const FIRST = [
  'Ana',
  'Ben',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'James',
  'Kofi',
  'Lena',
  'Marco',
  'Nadia',
  'Omar',
  'Priya',
  'Quentin',
  'Rosa',
  'Samuel',
  'Tara',
  'Umar',
  'Vera',
  'Wes',
  'Yusuf',
  'Zoe',
];
const LAST = [
  'Abbott',
  'Baptiste',
  'Chen',
  'Delgado',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Sato',
  'Tanaka',
  'Ueda',
  'Varga',
  'Walsh',
  'Xu',
  'Young',
  'Zielinski',
];
const ROLES = [
  { role: 'mayor', title: 'Mayor' },
  { role: 'police chief', title: 'Chief' },
  { role: 'fire chief', title: 'Chief' },
  { role: 'county executive', title: 'Executive' },
  { role: 'school superintendent', title: 'Superintendent' },
  { role: 'state senator', title: 'Senator' },
  { role: 'harbour master', title: 'Harbour Master' },
];
const AGENCIES = [
  { name: 'County Sheriff\u2019s Office', alias: 'sheriff\u2019s deputies' },
  { name: 'State Police', alias: 'state troopers' },
  { name: 'Fire Department', alias: 'firefighters' },
  { name: 'Environmental Protection Agency', alias: 'EPA' },
  { name: 'Coast Guard', alias: 'coast guard crews' },
  { name: 'National Weather Service', alias: 'forecasters' },
  { name: 'Department of Transportation', alias: 'DOT' },
  { name: 'Health Department', alias: 'health inspectors' },
];
const EVENTS = [
  {
    topic: 'warehouse fire',
    words: ['fire', 'blaze', 'flames'],
    verb: 'evacuated',
    thing: 'workers',
    place: 'warehouse',
  },
  {
    topic: 'river flood',
    words: ['flood', 'flooding', 'floodwaters'],
    verb: 'rescued',
    thing: 'residents',
    place: 'river district',
  },
  {
    topic: 'chemical spill',
    words: ['spill', 'leak', 'chemical'],
    verb: 'treated',
    thing: 'people',
    place: 'rail yard',
  },
  {
    topic: 'bridge collapse',
    words: ['bridge', 'collapse', 'collapsed'],
    verb: 'injured',
    thing: 'drivers',
    place: 'old bridge',
  },
  {
    topic: 'school closure',
    words: ['school', 'closure', 'closed'],
    verb: 'moved',
    thing: 'pupils',
    place: 'high school',
  },
  {
    topic: 'transit strike',
    words: ['strike', 'walkout', 'union'],
    verb: 'stranded',
    thing: 'commuters',
    place: 'bus depot',
  },
  {
    topic: 'water contamination',
    words: ['water', 'contamination', 'boil-water'],
    verb: 'sickened',
    thing: 'residents',
    place: 'treatment plant',
  },
  {
    topic: 'factory layoffs',
    words: ['layoffs', 'factory', 'jobs'],
    verb: 'laid off',
    thing: 'employees',
    place: 'plant',
  },
  {
    topic: 'storm damage',
    words: ['storm', 'winds', 'outage'],
    verb: 'left without power',
    thing: 'homes',
    place: 'coast road',
  },
  {
    topic: 'election recount',
    words: ['recount', 'ballots', 'election'],
    verb: 'recounted',
    thing: 'ballots',
    place: 'county hall',
  },
];
const CAUSES = [
  'faulty wiring',
  'an arsonist',
  'a burst main',
  'heavy rain',
  'a software error',
  'a contractor',
  'budget cuts',
  'a lightning strike',
];
const OUTLETS = [
  'Valley Courier',
  'Harbour Gazette',
  'Northern Ledger',
  'Lakeside Post',
  'County Herald',
  'Evening Tribune',
  'Coast Review',
  'Metro Bulletin',
];
const CHECKERS = ['FactWatch', 'TruthMeter', 'CheckDesk', 'VerifyNow', 'ClaimLens'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const QUOTES = [
  'We will rebuild {place} stronger than it was before.',
  'Nobody in {place} should have to go through a night like this.',
  'The crews did everything they could, and they did it fast.',
  'We are asking every family in {place} to be patient with us.',
  'I have seen nothing like this in thirty years of service.',
  'Our first job is to find out exactly what went wrong.',
  'The people of {place} deserve straight answers, and they will get them.',
  'There will be a full and independent review of the response.',
  'We were warned about this, and we should have acted sooner.',
  'Help is on the way, and it will keep coming until the work is done.',
];
const RATINGS = [
  { label: 'False', verdict: 'discrepant' },
  { label: 'Pants on Fire', verdict: 'discrepant' },
  { label: 'True', verdict: 'consistent' },
  { label: 'Half True', verdict: 'unverified' },
  { label: 'Missing context', verdict: 'unverified' },
] as const;

const CLAIMS_PER_STORY = 10;

interface StoryPlan {
  n: number;
  place: string;
  person: { first: string; last: string; role: string; title: string };
  agency: (typeof AGENCIES)[number];
  other: (typeof AGENCIES)[number];
  event: (typeof EVENTS)[number];
  outlet: string;
  year: number;
  month: number;
  day: number;
  count: number;
  wrongCount: number;
  cause: string;
  quotes: string[];
}

function planStory(rand: Rand, n: number): StoryPlan {
  const place = cap(pick(rand, SYLLABLES) + pick(rand, SYLLABLES) + pick(rand, PLACE_ENDS));
  const role = pick(rand, ROLES);
  const agency = pick(rand, AGENCIES);
  let other = pick(rand, AGENCIES);
  if (other === agency)
    other = AGENCIES[(AGENCIES.indexOf(agency) + 1) % AGENCIES.length] as (typeof AGENCIES)[number];
  const count = int(rand, 3, 480);
  const q1 = int(rand, 0, QUOTES.length - 1);
  const q2 = (q1 + int(rand, 1, QUOTES.length - 1)) % QUOTES.length;
  return {
    n,
    place,
    person: { first: pick(rand, FIRST), last: pick(rand, LAST), ...role },
    agency,
    other,
    event: pick(rand, EVENTS),
    outlet: pick(rand, OUTLETS),
    year: int(rand, 2015, 2026),
    month: int(rand, 1, 12),
    day: int(rand, 1, 28),
    count,
    wrongCount: count * int(rand, 2, 9) + int(rand, 1, 9),
    cause: pick(rand, CAUSES),
    quotes: [QUOTES[q1] as string, QUOTES[q2] as string].map((q) => q.replace('{place}', place)),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
const dateOf = (p: StoryPlan) => `${p.year}-${pad(p.month)}-${pad(p.day)}`;
const personName = (p: StoryPlan) => `${p.person.first} ${p.person.last}`;
const headlineOf = (p: StoryPlan) =>
  `${p.place} ${p.event.topic}: ${p.count} ${p.event.thing} ${p.event.verb}`;

/** Claim counts of one story: facts, quotes, unverified claims, reviews (in that order of filling). */
function split(claims: number): [number, number, number, number] {
  const facts = Math.min(4, claims);
  const quotes = Math.min(2, claims - facts);
  const unverified = Math.min(1, claims - facts - quotes);
  return [facts, quotes, unverified, claims - facts - quotes - unverified];
}

function buildStory(rand: Rand, p: StoryPlan, claims: number): Record<string, unknown> {
  const [nFacts, nQuotes, nUnverified, nReviews] = split(claims);
  const id = `s${p.n}-${slug(p.place)}-${slug(p.event.topic)}`;
  const name = personName(p);
  const date = dateOf(p);
  const month = MONTH_NAMES[p.month - 1] as string;
  const weekday = WEEKDAYS[
    new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() === 0
      ? 6
      : new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay() - 1
  ] as string;
  const wrongDay = p.day === 28 ? 27 : p.day + 1;
  const facts = [
    {
      id: 'count',
      kind: 'number',
      confidence: 'high',
      sources: ['original'],
      statement: `${p.count} ${p.event.thing} were ${p.event.verb} after the ${p.event.topic} in ${p.place}.`,
      about: [[p.event.verb, p.event.thing]],
      details: [
        {
          slot: 'number',
          accepted: [String(p.count)],
          wrong: [
            {
              terms: [String(p.wrongCount)],
              severity: 'false',
              claim: `${p.wrongCount} ${p.event.thing} were ${p.event.verb}.`,
              explanation: `The record gives ${p.count}, not ${p.wrongCount}.`,
            },
          ],
        },
      ],
    },
    {
      id: 'date',
      kind: 'event',
      confidence: 'high',
      sources: ['original'],
      statement: `The ${p.event.topic} happened on ${month} ${p.day}, ${p.year}.`,
      about: [p.event.words],
      details: [
        {
          slot: 'date',
          accepted: [`${month} ${p.day}`, weekday],
          wrong: [
            {
              terms: [`${month} ${wrongDay}`],
              severity: 'imprecise',
              explanation: `It happened on ${month} ${p.day}, a day earlier.`,
            },
          ],
        },
      ],
    },
    {
      id: 'agency',
      kind: 'event',
      confidence: 'medium',
      sources: ['original', 'local'],
      statement: `The ${p.agency.name} led the response in ${p.place}.`,
      about: [['led', 'response', 'responded', 'in charge']],
      details: [
        {
          slot: 'agency',
          accepted: [p.agency.name, p.agency.alias],
          wrong: [
            {
              terms: [p.other.name],
              severity: 'false',
              explanation: `The ${p.agency.name}, not the ${p.other.name}, led the response.`,
            },
          ],
        },
      ],
    },
    {
      id: 'official',
      kind: 'attribution',
      confidence: 'high',
      sources: ['local'],
      statement: `${name} is the ${p.person.role} of ${p.place}.`,
      about: [[p.person.last.toLowerCase()]],
      contradictions: [
        {
          id: 'resigned',
          claim: `${name} resigned over the ${p.event.topic}.`,
          when: [[p.person.last.toLowerCase()], ['resigned', 'stepped down']],
          explanation: `${name} is still in office; no resignation is on record.`,
        },
      ],
    },
  ].slice(0, nFacts);
  const quotes = p.quotes.slice(0, nQuotes).map((text, i) => ({
    id: `quote-${i + 1}`,
    speaker: 'official',
    role: p.person.role,
    date,
    occasion: `press briefing in ${p.place}`,
    text,
    status: i === 0 ? 'verified' : 'single-source',
    sources: ['original'],
    ...(i === 1 || rand() < 0.3
      ? {
          variants: [
            {
              text: text.replace(/\.$/, ', no matter what.'),
              kind: 'misquote',
              note: 'An addition that was never said.',
            },
          ],
        }
      : {}),
  }));
  const unverified = Array.from({ length: nUnverified }, () => ({
    id: 'cause',
    claim: `The ${p.event.topic} was caused by ${p.cause}.`,
    when: [['caused by', 'blamed on', 'started by'], [p.cause]],
    record: 'The cause is still under investigation.',
    explanation: 'No official finding on the cause has been published.',
    sources: ['original'],
  }));
  const reviews = Array.from({ length: nReviews }, (_, i) => {
    const rating = pick(rand, RATINGS);
    const checker = pick(rand, CHECKERS);
    return {
      id: `review-${i + 1}`,
      claim: `${pick(rand, [name, `A viral post`, `A council member`])} said ${p.event.thing} in ${p.place} were ${p.event.verb} because of ${pick(rand, CAUSES)} (${i + 1}).`,
      rating: { label: rating.label },
      verdict: rating.verdict,
      reviewer: checker,
      url: `https://${slug(checker)}.example/${p.year}/${id}-${i + 1}`,
      date,
    };
  });
  return {
    id,
    title: `${cap(p.event.topic)} in ${p.place} (${month} ${p.year})`,
    summary: `A ${p.event.topic} in ${p.place} on ${month} ${p.day}, ${p.year}; ${p.count} ${p.event.thing} were ${p.event.verb}.`,
    timeContext: {
      start: date,
      end: `${p.year}-${pad(p.month)}`,
      summary: `${month} ${p.year}; ${name} was ${p.person.role}.`,
    },
    originals: [
      {
        id: 'original',
        publisher: p.outlet,
        headline: headlineOf(p),
        date,
        url: `https://${slug(p.outlet)}.example/${id}`,
        urlConfirmed: true,
      },
    ],
    corroborating: [
      {
        id: 'local',
        publisher: `${p.place} city hall`,
        date,
        url: `https://${slug(p.place)}.example/news/${p.n}`,
        urlConfirmed: true,
        kind: 'official',
      },
    ],
    entities: [
      {
        id: 'official',
        kind: 'person',
        name,
        aliases: [`${p.person.title} ${p.person.last}`],
        role: `${cap(p.person.role)} of ${p.place}`,
      },
      { id: 'place', kind: 'place', name: p.place },
      { id: 'agency', kind: 'agency', name: p.agency.name, aliases: [p.agency.alias] },
    ],
    recognition: {
      threshold: 4,
      requireAny: ['place', 'headline'],
      cues: [
        { id: 'place', entities: ['place'], weight: 2 },
        { id: 'headline', terms: [`${p.place} ${p.event.topic}`], weight: 4 },
        { id: 'official', entities: ['official'], weight: 2 },
        { id: 'event', terms: p.event.words, weight: 1 },
        { id: 'agency', entities: ['agency'], weight: 1 },
      ],
    },
    facts,
    quotes,
    unverified,
    reviews,
  };
}

export interface GeneratedPack {
  /** The pack as plain JSON data, before validation. */
  data: Record<string, unknown>;
  /** The page texts that go with it: a retelling of story `matchingStory`. */
  matchingArticle: string;
  matchingStory: string;
}

/** A pack of exactly `claims` claims (at least 1), the same for the same seed. */
export function generatePack(claims: number, seed = 1): GeneratedPack {
  if (!Number.isInteger(claims) || claims < 1) throw new Error('claims must be a positive integer');
  const rand = rng(seed);
  const stories: Record<string, unknown>[] = [];
  const plans: StoryPlan[] = [];
  for (let n = 0, left = claims; left > 0; n++, left -= CLAIMS_PER_STORY) {
    const plan = planStory(rand, n);
    plans.push(plan);
    stories.push(buildStory(rand, plan, Math.min(CLAIMS_PER_STORY, left)));
  }
  const target = plans[Math.floor(plans.length / 2)] as StoryPlan;
  return {
    data: {
      format: 'sourcelight-pack',
      formatVersion: 1,
      id: `bench-${claims}`,
      version: '1.0.0',
      publisher: 'Sourcelight benchmark generator',
      updated: '2026-11',
      description: `Generated with seed ${seed}: made-up stories, not news.`,
      stories,
    },
    matchingArticle: retelling(rng(seed ^ 0x5eed), target),
    matchingStory: stories[plans.indexOf(target)]?.id as string,
  };
}

/** A page retelling a story, with right and wrong details, a quote and a misquote, padded with generic prose. */
function retelling(rand: Rand, p: StoryPlan): string {
  const name = personName(p);
  const month = MONTH_NAMES[p.month - 1] as string;
  const lines = [
    `${headlineOf(p)}`,
    `By a staff writer, ${p.outlet}`,
    `Residents of ${p.place} are still counting the cost of the ${p.event.topic} that hit the town on ${month} ${p.day}, ${p.year}.`,
    `Officials say ${p.wrongCount} ${p.event.thing} were ${p.event.verb} as the ${p.event.topic} unfolded.`,
    `The ${p.other.name} led the response, according to witnesses who spoke to reporters at the scene.`,
    `${p.person.title} ${p.person.last} told a press briefing: \u201C${p.quotes[0]}\u201D`,
    `Some neighbours said the ${p.event.topic} was caused by ${p.cause}, although no report has said so.`,
    `Later, ${name} resigned over the ${p.event.topic}, a local blog claimed.`,
    `\u201C${(p.quotes[1] as string).replace(/\.$/, ', no matter what.')}\u201D ${p.person.last} added.`,
    `${filler(rand, 900)}`,
    `The ${p.agency.name} has promised a full report by the end of the year.`,
  ];
  return lines.join('\n\n');
}

const FILLER_SUBJECTS = [
  'The council',
  'A spokesperson for the bakery',
  'The new library',
  'Local gardeners',
  'The football club',
  'A recipe blog',
  'Commuters',
  'The museum',
  'Parents',
  'The weather office',
  'Shop owners',
  'The orchestra',
  'Students',
  'Our reviewer',
  'The chef',
  'The bakery\u2019s owner',
  'The town\u2019s youth choir',
];
const FILLER_VERBS = [
  'announced',
  'welcomed',
  'questioned',
  'reviewed',
  'celebrated',
  'postponed',
  'described',
  'compared',
  'recommended',
  'discussed',
];
const FILLER_OBJECTS = [
  'a plan for the summer market',
  'the price of sourdough bread',
  'a season of late-night concerts',
  'the new cycling lanes',
  'a list of ten autumn recipes',
  'the results of the spring tournament',
  'a guide to growing tomatoes',
  'the renovation of the old cinema',
  'an exhibition of early photographs',
  'the best walks along the coast',
  'a proposal to extend opening hours',
  'the history of the town clock',
];
const FILLER_TAILS = [
  'on Tuesday',
  'after months of delay',
  'with some enthusiasm',
  'in a long statement',
  'to mixed reviews',
  'for the third year running',
  'despite the rain',
  'at a packed meeting',
  'in the weekend edition',
  'without much fuss',
  '\u2014 again \u2014 on Friday',
  'with a \u201Cwarm welcome\u201D',
];

/** Generic prose about nothing any pack covers (markets, recipes, sport), with typographic quotes and dashes as news pages have them, at least `chars` long. */
function filler(rand: Rand, chars: number, extras: readonly string[] = []): string {
  const out: string[] = [];
  let length = 0;
  let sentences = 0;
  while (length < chars) {
    let sentence = `${pick(rand, FILLER_SUBJECTS)} ${pick(rand, FILLER_VERBS)} ${pick(rand, FILLER_OBJECTS)} ${pick(rand, FILLER_TAILS)}.`;
    if (extras.length && rand() < 0.05)
      sentence = `${sentence.slice(0, -1)} in ${pick(rand, extras)}.`;
    sentences++;
    out.push(sentences % 6 === 0 ? `${sentence}\n\n` : `${sentence} `);
    length += sentence.length + 1;
  }
  return out.join('').trim();
}

/**
 * An unrelated page of at least `chars` characters: everyday prose that uses
 * words stories use ("fire", "police", "election"), as unrelated pages do.
 * `nearMisses` (a place a story requires, say) are named now and then, so
 * that recognition has to look further before rejecting the page.
 */
export function unrelatedArticle(
  chars: number,
  seed = 7,
  nearMisses: readonly string[] = [],
): string {
  const rand = rng(seed);
  const extras = [
    'the harbour',
    'the county hall',
    'the fire station',
    'the police museum',
    'the election office',
    'the river district',
    ...nearMisses,
  ];
  return filler(rand, chars, extras);
}
