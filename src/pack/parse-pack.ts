import * as v from 'valibot';
import { ClaimPackSchema, type ClaimPack, type Entity, type Story } from './schema.ts';
import { issuePath, issueReason } from './schema-issues.ts';

/** One problem with a pack: where it is (a JSON path such as `stories[0].facts[2].sources[0]`) and why. */
export interface PackProblem {
  path: string;
  message: string;
}

export type PackResult = { ok: true; pack: ClaimPack } | { ok: false; problems: PackProblem[] };

const MAX_PROBLEMS = 50;

/** Formats a problem as one line. */
export const formatProblem = (problem: PackProblem): string =>
  `${problem.path}: ${problem.message}`;

/** Checks what the schema cannot: unique ids, and references to ids that exist. */
function crossCheck(pack: ClaimPack): PackProblem[] {
  const problems: PackProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  const storyIds = new Set<string>();
  pack.stories.forEach((story, s) => {
    const at = `stories[${s}]`;
    if (storyIds.has(story.id)) add(`${at}.id`, `duplicate story id "${story.id}"`);
    storyIds.add(story.id);
    checkStory(story, at, add);
    checkEntities(story, at, add);
    checkEvents(story, at, add);
    if (
      pack.formatVersion === 1 &&
      (story.events || story.entities?.some((e) => e.within || e.world || e.roles))
    ) {
      add(`${at}`, 'events and the entity fields within, world and roles need formatVersion 2');
    }
  });
  return problems;
}

function checkStory(story: Story, at: string, add: (path: string, message: string) => void): void {
  const sources = new Map<string, string>();
  const entities = new Map(story.entities?.map((e) => [e.id, e]) ?? []);
  const registerSources = (list: Story['originals'] | undefined, field: string) =>
    list?.forEach((source, i) => {
      const path = `${at}.${field}[${i}]`;
      if (sources.has(source.id))
        add(`${path}.id`, `duplicate source id "${source.id}" (also ${sources.get(source.id)})`);
      sources.set(source.id, path);
      if (!source.urlConfirmed && !source.urlNote)
        add(`${path}.urlNote`, 'an unconfirmed url needs a note saying what it points to');
    });
  registerSources(story.originals, 'originals');
  registerSources(story.corroborating, 'corroborating');
  story.originals.forEach((o, i) => {
    if (!o.headline) add(`${at}.originals[${i}].headline`, 'an original report needs its headline');
  });

  const checkSources = (ids: readonly string[], path: string) =>
    ids.forEach((id, i) => {
      if (!sources.has(id))
        add(`${path}.sources[${i}]`, `refers to source "${id}", which this story does not list`);
    });

  // Facts, quotes, unverified items and reviews share one id space: findings name them by id.
  const seen = new Map<string, string>();
  const unique = (id: string, path: string) => {
    if (seen.has(id)) add(`${path}.id`, `duplicate id "${id}" (also ${seen.get(id)})`);
    seen.set(id, path);
  };

  const entityIds = new Set<string>();
  story.entities?.forEach((entity, i) => {
    const path = `${at}.entities[${i}]`;
    if (entityIds.has(entity.id)) add(`${path}.id`, `duplicate entity id "${entity.id}"`);
    entityIds.add(entity.id);
    if (entity.partOf && !entities.has(entity.partOf))
      add(
        `${path}.partOf`,
        `refers to entity "${entity.partOf}", which this story does not define`,
      );
  });

  const cueIds = new Set<string>();
  story.recognition.cues.forEach((cue, i) => {
    const path = `${at}.recognition.cues[${i}]`;
    if (cueIds.has(cue.id)) add(`${path}.id`, `duplicate cue id "${cue.id}"`);
    cueIds.add(cue.id);
    if (!cue.terms && !cue.entities) add(path, 'a cue needs terms or entities');
    cue.entities?.forEach((id, j) => {
      if (!entities.has(id))
        add(`${path}.entities[${j}]`, `refers to entity "${id}", which this story does not define`);
    });
  });
  const storyEventIds = new Set((story.events ?? []).map((e) => e.id));
  story.recognition.events?.forEach((id, i) => {
    if (!storyEventIds.has(id))
      add(
        `${at}.recognition.events[${i}]`,
        `refers to event "${id}", which is not one of the story's events`,
      );
  });
  if (story.recognition.requireEvent && !story.recognition.events)
    add(`${at}.recognition.requireEvent`, 'needs recognition.events');
  for (const field of ['requireAny', 'requireAll'] as const) {
    story.recognition[field]?.forEach((id, i) => {
      if (!cueIds.has(id))
        add(
          `${at}.recognition.${field}[${i}]`,
          `refers to cue "${id}", which is not one of the story's cues`,
        );
    });
  }

  story.facts?.forEach((fact, i) => {
    const path = `${at}.facts[${i}]`;
    unique(fact.id, path);
    checkSources(fact.sources, path);
    fact.details?.forEach((detail, j) => {
      if (!detail.accepted && !detail.wrong?.length)
        add(`${path}.details[${j}]`, 'a detail needs accepted values, wrong values, or both');
    });
    const contradictionIds = new Set<string>();
    fact.contradictions?.forEach((c, j) => {
      if (contradictionIds.has(c.id))
        add(`${path}.contradictions[${j}].id`, `duplicate id "${c.id}"`);
      contradictionIds.add(c.id);
    });
  });
  story.quotes?.forEach((quote, i) => {
    const path = `${at}.quotes[${i}]`;
    unique(quote.id, path);
    checkSources(quote.sources, path);
    const speaker = entities.get(quote.speaker);
    if (!speaker)
      add(
        `${path}.speaker`,
        `refers to entity "${quote.speaker}", which this story does not define`,
      );
    else if (speaker.kind === 'place' || speaker.kind === 'document')
      add(
        `${path}.speaker`,
        `a quote's speaker must be a person, agency, outlet or organization, not a ${speaker.kind}`,
      );
    if (quote.elidedAfter !== undefined) {
      const before = story.quotes?.find((q) => q.id === quote.elidedAfter);
      if (!before || before === quote)
        add(
          `${path}.elidedAfter`,
          `refers to quote "${quote.elidedAfter}", which this story does not define`,
        );
      else if (before.speaker !== quote.speaker || before.occasion !== quote.occasion)
        add(`${path}.elidedAfter`, `must name a quote of the same speaker and occasion`);
    }
  });
  story.unverified?.forEach((item, i) => {
    unique(item.id, `${at}.unverified[${i}]`);
    checkSources(item.sources, `${at}.unverified[${i}]`);
  });
  const eventIds = new Set<string>();
  story.timeline?.forEach((event, i) => {
    // Timeline events have their own ids: "press-conference" may be both a fact and an event.
    if (eventIds.has(event.id)) add(`${at}.timeline[${i}].id`, `duplicate event id "${event.id}"`);
    eventIds.add(event.id);
    checkSources(event.sources, `${at}.timeline[${i}]`);
  });
  story.reviews?.forEach((review, i) => {
    const path = `${at}.reviews[${i}]`;
    unique(review.id, path);
    checkSources(review.sources ?? [], path);
    if (!review.url && !review.sources)
      add(path, 'a review needs its url, the sources it cites, or both');
  });
  // Partial dates compare at the precision both have: 2025-03-10 is within 2025-03.
  const { start, end } = story.timeContext;
  const common = Math.min(start.length, end.length);
  if (start.slice(0, common) > end.slice(0, common)) add(`${at}.timeContext`, 'start is after end');
}

const EVENT_PLACE_KINDS = new Set(['place', 'street']);

type Add = (path: string, message: string) => void;

/** Checks one entity reference: the story defines it and, given `fits`, its kind fits (else `must` says what it must be). */
function referenceChecker(entities: ReadonlyMap<string, Entity>, add: Add) {
  return (path: string, id: string, fits?: (kind: Entity['kind']) => boolean, must?: string) => {
    const entity = entities.get(id);
    if (!entity) add(path, `refers to entity "${id}", which this story does not define`);
    else if (fits && must && !fits(entity.kind)) add(path, `${must}, not a ${entity.kind}`);
  };
}

/** Format 2's entities: what each lies within, people's roles in order, no `within` cycle. */
function checkEntities(story: Story, at: string, add: Add): void {
  const entities = new Map(story.entities?.map((e) => [e.id, e]) ?? []);
  story.entities?.forEach((entity, i) => {
    const path = `${at}.entities[${i}]`;
    if (entity.within) {
      const outer = entities.get(entity.within);
      if (!outer)
        add(
          `${path}.within`,
          `refers to entity "${entity.within}", which this story does not define`,
        );
      // An organisation's `within` is the place it is based in (its seat).
      else if (
        (!EVENT_PLACE_KINDS.has(entity.kind) && entity.kind !== 'organization') ||
        outer.kind !== 'place'
      )
        add(
          `${path}.within`,
          'only a place, a street or an organisation (its seat) lies within a place',
        );
    }
    if (entity.supersedes && entity.kind !== 'document')
      add(`${path}.supersedes`, 'only a document supersedes another');
    entity.supersedes?.forEach((id, k) => {
      const earlier = entities.get(id);
      if (!earlier)
        add(
          `${path}.supersedes[${k}]`,
          `refers to entity "${id}", which this story does not define`,
        );
      else if (earlier.kind !== 'document' || id === entity.id)
        add(`${path}.supersedes[${k}]`, 'a document supersedes another document');
    });
    if (entity.roles && entity.kind !== 'person') add(`${path}.roles`, 'only a person has roles');
    entity.roles?.forEach((role, j) => {
      if (
        role.from &&
        role.to &&
        role.from.slice(0, Math.min(role.from.length, role.to.length)) >
          role.to.slice(0, Math.min(role.from.length, role.to.length))
      ) {
        add(`${path}.roles[${j}]`, 'from is after to');
      }
    });
  });
  // Cycles in `within` would make "lies within" undecidable.
  for (const entity of story.entities ?? []) {
    let next = entity.within;
    for (let steps = 0; next !== undefined; steps++, next = entities.get(next)?.within) {
      if (steps > entities.size) break;
      if (next === entity.id) {
        add(`${at}.entities`, `"${entity.id}" lies within itself`);
        break;
      }
    }
  }
}

/**
 * Every event: a unique id, the sources and entities it refers to (each of a kind that fits its role), ranges in order,
 * an end after the start, negatives apart from outcomes, and a legal and a vote record that make sense.
 */
function checkEvents(story: Story, at: string, add: Add): void {
  const entities = new Map(story.entities?.map((e) => [e.id, e]) ?? []);
  const refer = referenceChecker(entities, add);
  const isPlace = (kind: Entity['kind']) => EVENT_PLACE_KINDS.has(kind);
  const sources = new Set([...story.originals, ...(story.corroborating ?? [])].map((s) => s.id));
  const ids = new Set<string>();
  story.events?.forEach((event, i) => {
    const path = `${at}.events[${i}]`;
    if (ids.has(event.id)) add(`${path}.id`, `duplicate event id "${event.id}"`);
    ids.add(event.id);
    event.sources.forEach((id, j) => {
      if (!sources.has(id))
        add(`${path}.sources[${j}]`, `refers to source "${id}", which this story does not list`);
    });
    event.places?.forEach((id, j) =>
      refer(`${path}.places[${j}]`, id, isPlace, "an event's place must be a place or street"),
    );
    event.outcomes?.forEach((o, j) =>
      o.places?.forEach((id, k) =>
        refer(
          `${path}.outcomes[${j}].places[${k}]`,
          id,
          isPlace,
          "an outcome's place must be a place or street",
        ),
      ),
    );
    event.outcomes?.forEach((o, j) =>
      o.relatives?.forEach((r, k) =>
        refer(
          `${path}.outcomes[${j}].relatives[${k}].entity`,
          r.entity,
          (kind) => kind === 'person',
          'a relative must be a person',
        ),
      ),
    );
    event.participants?.forEach((p, j) =>
      p.entities.forEach((id, k) =>
        refer(
          `${path}.participants[${j}].entities[${k}]`,
          id,
          (kind) => !isPlace(kind) && kind !== 'document',
          'a participant must be a person, agency, outlet or organization',
        ),
      ),
    );
    event.commitments?.forEach((c, j) =>
      c.holders.forEach((id, k) =>
        refer(
          `${path}.commitments[${j}].holders[${k}]`,
          id,
          (kind) => ['person', 'agency', 'organization'].includes(kind),
          'a holder must be a person, agency or organization',
        ),
      ),
    );
    [
      ...(event.effects ?? []).map((x, j) => [`effects[${j}].holders`, x.holders] as const),
      ...(event.leads ?? []).flatMap((x, j) => [
        [`leads[${j}].holders`, x.holders] as const,
        [`leads[${j}].led`, x.led] as const,
        [`leads[${j}].stoodBack`, x.stoodBack] as const,
      ]),
    ].forEach(([field, list]) => list.forEach((id, k) => refer(`${path}.${field}[${k}]`, id)));
    event.quantities?.forEach((q, j) => {
      if (q.min > q.max) add(`${path}.quantities[${j}]`, 'min is more than max');
    });
    if (event.duration && event.duration.min > event.duration.max)
      add(`${path}.duration`, 'min is more than max');
    event.durations?.forEach((d, j) => {
      if (d.min > d.max) add(`${path}.durations[${j}]`, 'min is more than max');
    });
    // Partial dates compare by their common length: "2016-11" lies within ["2016-11-14", "2017-01-19"], and a window
    // from 14 November to "2016-11" (the month's end) does not end before it starts.
    const cut = (a: string, b: string) => a.slice(0, Math.min(a.length, b.length));
    const before = (a: string, b: string) => cut(a, b) < cut(b, a);
    if (event.dateEnd && before(event.dateEnd, event.date))
      add(`${path}.dateEnd`, 'ends before it starts');
    if (event.dateWindow) {
      const [from, to] = event.dateWindow;
      if (before(to, from)) add(`${path}.dateWindow`, 'ends before it starts');
      else if (before(event.date, from) || before(to, event.date))
        add(`${path}.dateWindow`, `does not hold the event's date ${event.date}`);
    }
    event.negatives?.forEach((n, j) => {
      if (event.outcomes?.some((o) => o.kind === n.kind))
        add(`${path}.negatives[${j}]`, `"${n.kind}" is both an outcome and a negative`);
      n.instead?.forEach((k, l) => {
        if (!event.outcomes?.some((o) => o.kind === k))
          add(`${path}.negatives[${j}].instead[${l}]`, `"${k}" is not an outcome of this event`);
      });
    });
    event.absent?.forEach((a, j) =>
      a.entities.forEach((id, k) => {
        refer(`${path}.absent[${j}].entities[${k}]`, id);
        if (entities.has(id) && event.participants?.some((p) => p.entities.includes(id)))
          add(`${path}.absent[${j}].entities[${k}]`, `"${id}" is both a participant and absent`);
      }),
    );
    event.demands?.forEach((d, j) =>
      d.by.forEach((id, k) => refer(`${path}.demands[${j}].by[${k}]`, id)),
    );
    event.legal?.defendants?.forEach((id, k) => refer(`${path}.legal.defendants[${k}]`, id));
    if (event.legal?.defendants && !event.legal.defendantsStatement)
      add(`${path}.legal.defendantsStatement`, "defendants need the record's words for them");
    event.legal?.targets?.forEach((id, k) => {
      refer(`${path}.legal.targets[${k}]`, id);
      if (entities.has(id) && entities.get(id)?.kind !== 'document')
        add(`${path}.legal.targets[${k}]`, `"${id}" is no document`);
    });
    if (event.legal?.targets && !event.legal.targetsStatement)
      add(`${path}.legal.targetsStatement`, "targets need the record's words for them");
    if (event.legal?.disposition?.prejudice !== undefined && !event.legal.disposition.dismissed)
      add(`${path}.legal.disposition.prejudice`, 'only a dismissal is with or without prejudice');
    if (event.vote?.for !== undefined && event.vote.for === 0 && event.vote.against === 0)
      add(`${path}.vote`, 'a vote needs someone voting');
  });
}

/**
 * Validates untrusted pack data. It never throws: every problem comes back
 * with its JSON path and a plain-English reason (at most 50 of them).
 */
export function parsePack(data: unknown): PackResult {
  if (Array.isArray(data))
    return { ok: false, problems: [{ path: '(pack)', message: 'must be an object, not a list' }] };
  const parsed = v.safeParse(ClaimPackSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => ({ path: issuePath(issue, '(pack)'), message: issueReason(issue) })),
    };
  }
  const problems = crossCheck(parsed.output);
  return problems.length
    ? { ok: false, problems: problems.slice(0, MAX_PROBLEMS) }
    : { ok: true, pack: parsed.output };
}
