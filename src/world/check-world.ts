/**
 * What the world schema cannot check: unique ids, references to ids that
 * exist, no cycles in `within` or `partOf`, names that designate one thing
 * only, and terms that make sense (start before end, no two holders of an
 * office at once unless one is acting, elections won by the office's holder).
 */
import { foldName } from './fold.ts';
import { compareAtCommonPrecision } from './partial-dates.ts';
import type { Holder, World } from './schema.ts';
import { termStatus, termsOverlap } from './terms.ts';

/** One problem with the world file: where it is (a JSON path such as `offices[2].holders[0].end`) and why. */
export interface WorldProblem {
  path: string;
  message: string;
}

type Add = (path: string, message: string) => void;

/** Registers ids of one section, reporting duplicates. */
function idsOf(
  items: readonly { id: string }[],
  section: string,
  add: Add,
  taken = new Map<string, string>(),
): Map<string, string> {
  items.forEach((item, i) => {
    const at = `${section}[${i}]`;
    const other = taken.get(item.id);
    if (other) add(`${at}.id`, `duplicate id "${item.id}" (also ${other})`);
    else taken.set(item.id, at);
  });
  return taken;
}

/** Reports each name (folded) that two entries of one section share. */
function uniqueNames(
  entries: readonly { path: string; names: readonly string[] }[],
  add: Add,
): void {
  const owner = new Map<string, string>();
  for (const { path, names } of entries) {
    for (const name of new Set(names.map(foldName))) {
      const other = owner.get(name);
      if (other)
        add(
          path,
          `the name "${name}" also designates ${other}; a name must designate one entry only`,
        );
      else owner.set(name, path);
    }
  }
}

/** Reports a chain of links (`within`, `partOf`) that comes back to where it started. */
function noCycles(
  items: readonly { id: string }[],
  link: (id: string) => string | undefined,
  section: string,
  field: string,
  add: Add,
): void {
  items.forEach((item, i) => {
    const seen = new Set([item.id]);
    for (let next = link(item.id); next !== undefined; next = link(next)) {
      if (next === item.id) {
        add(
          `${section}[${i}].${field}`,
          `"${item.id}" is ${field} itself through ${[...seen].join(' → ')}`,
        );
        break;
      }
      if (seen.has(next)) break; // a cycle elsewhere, reported at its own members
      seen.add(next);
    }
  });
}

function checkHolder(
  holder: Holder,
  at: string,
  people: Map<string, string>,
  updated: string,
  add: Add,
): void {
  if (!people.has(holder.person))
    add(`${at}.person`, `refers to person "${holder.person}", which is not in people`);
  if (holder.start && holder.end && compareAtCommonPrecision(holder.start, holder.end) > 0)
    add(at, `start ${holder.start} is after end ${holder.end}`);
  if (!holder.start && !holder.confirmedFrom)
    add(
      at,
      'a term without a start needs confirmedFrom (a date the holder surely held the office) and a note',
    );
  if (holder.start && holder.confirmedFrom)
    add(`${at}.confirmedFrom`, 'is only for a term whose start is not known');
  if (!holder.start && !holder.note)
    add(`${at}.note`, 'a term without a start needs a note saying what is known');
  if (!holder.end && !holder.confirmedThrough)
    add(
      at,
      'an open term needs confirmedThrough (the last date the holder is known to have held the office)',
    );
  if (holder.end && holder.confirmedThrough)
    add(`${at}.confirmedThrough`, 'is only for an open term (one without an end)');
  const from = holder.start ?? holder.confirmedFrom;
  if (
    from &&
    holder.confirmedThrough &&
    compareAtCommonPrecision(from, holder.confirmedThrough) > 0
  )
    add(at, 'confirmedThrough is before the term begins');
  for (const field of ['start', 'end', 'confirmedFrom', 'confirmedThrough'] as const) {
    const date = holder[field];
    if (date && field !== 'end' && compareAtCommonPrecision(date, updated) > 0)
      add(`${at}.${field}`, `is after the file's updated date ${updated}`);
  }
}

export function checkWorld(world: World): WorldProblem[] {
  const problems: WorldProblem[] = [];
  const add: Add = (path, message) => problems.push({ path, message });

  // The country, states, places and agencies share one id space: a jurisdiction names any of them.
  const areas = idsOf(world.states, 'states', add, new Map([[world.country.id, 'country']]));
  idsOf(world.places, 'places', add, areas);
  const stateIds = new Set(world.states.map((s) => s.id));
  const places = new Map(world.places.map((p) => [p.id, p]));
  const jurisdictions = idsOf(world.agencies, 'agencies', add, new Map(areas));
  const people = idsOf(world.people, 'people', add);
  const offices = new Map(world.offices.map((o) => [o.id, o]));
  idsOf(world.offices, 'offices', add);
  idsOf(world.elections, 'elections', add);
  idsOf(world.agencyKinds, 'agencyKinds', add);
  idsOf(world.bodyKinds ?? [], 'bodyKinds', add);
  const outlets = new Map(world.outlets.map((o) => [o.id, o]));
  idsOf(world.outlets, 'outlets', add);
  const isArea = (id: string) => id === world.country.id || stateIds.has(id) || places.has(id);

  world.states.forEach((state, i) => {
    if (state.capital === undefined) return;
    const capital = places.get(state.capital);
    if (!capital)
      add(`states[${i}].capital`, `refers to place "${state.capital}", which is not in places`);
    else if (capital.state !== state.id)
      add(`states[${i}].capital`, `"${state.capital}" is in ${capital.state}, not ${state.id}`);
  });
  uniqueNames(
    world.states.map((s, i) => ({
      path: `states[${i}]`,
      names: [s.name, s.postal, ...(s.ap ?? []), ...(s.aliases ?? [])],
    })),
    add,
  );

  world.places.forEach((place, i) => {
    if (!stateIds.has(place.state))
      add(`places[${i}].state`, `refers to state "${place.state}", which is not in states`);
    if (place.within === undefined) return;
    const parent = places.get(place.within);
    if (!parent)
      add(`places[${i}].within`, `refers to place "${place.within}", which is not in places`);
    else if (parent.state !== place.state)
      add(`places[${i}].within`, `"${place.within}" is in ${parent.state}, not ${place.state}`);
  });
  noCycles(world.places, (id) => places.get(id)?.within, 'places', 'within', add);

  const agencies = new Map(world.agencies.map((a) => [a.id, a]));
  world.agencies.forEach((agency, i) => {
    const at = `agencies[${i}]`;
    if (agency.partOf !== undefined && !agencies.has(agency.partOf))
      add(`${at}.partOf`, `refers to agency "${agency.partOf}", which is not in agencies`);
    if (agency.place !== undefined && !isArea(agency.place))
      add(`${at}.place`, `refers to "${agency.place}", which is not a state or place`);
    if (agency.level !== 'federal' && agency.place === undefined)
      add(`${at}.place`, `a ${agency.level} agency needs the place it serves`);
    if (agency.localAliases && agency.place === undefined)
      add(`${at}.localAliases`, 'local aliases need the place where they apply');
  });
  noCycles(world.agencies, (id) => agencies.get(id)?.partOf, 'agencies', 'partOf', add);
  uniqueNames(
    world.agencies.map((a, i) => ({
      path: `agencies[${i}]`,
      names: [a.name, ...(a.aliases ?? [])],
    })),
    add,
  );
  uniqueNames(
    world.agencyKinds.map((k, i) => ({ path: `agencyKinds[${i}]`, names: k.terms })),
    add,
  );
  uniqueNames(
    (world.bodyKinds ?? []).map((k, i) => ({ path: `bodyKinds[${i}]`, names: k.terms })),
    add,
  );

  world.offices.forEach((office, i) => {
    const at = `offices[${i}]`;
    if (!jurisdictions.has(office.jurisdiction))
      add(
        `${at}.jurisdiction`,
        `refers to "${office.jurisdiction}", which is not the country, a state, a place or an agency`,
      );
    office.holders.forEach((holder, j) => {
      checkHolder(holder, `${at}.holders[${j}]`, people, world.updated, add);
      office.holders.slice(0, j).forEach((earlier, k) => {
        if (!holder.acting && !earlier.acting && termsOverlap(earlier, holder)) {
          add(
            `${at}.holders[${j}]`,
            `this term overlaps holders[${k}] (${earlier.person}); only an acting holder may overlap another`,
          );
        }
      });
    });
  });

  world.elections.forEach((election, i) => {
    const at = `elections[${i}]`;
    const office = offices.get(election.office);
    if (!office)
      add(`${at}.office`, `refers to office "${election.office}", which is not in offices`);
    for (const field of ['winner', 'runnerUp'] as const) {
      const id = election[field];
      if (id !== undefined && !people.has(id))
        add(`${at}.${field}`, `refers to person "${id}", which is not in people`);
    }
    if (compareAtCommonPrecision(election.date, election.termStart) > 0)
      add(`${at}.termStart`, 'is before the election');
    if (
      office &&
      !office.holders.some(
        (h) =>
          h.person === election.winner &&
          (h.start === election.termStart || termStatus(h, election.termStart) === 'in'),
      )
    ) {
      add(
        `${at}.winner`,
        `${election.winner} does not hold ${office.id} on ${election.termStart} in offices`,
      );
    }
  });

  world.outlets.forEach((outlet, i) => {
    const at = `outlets[${i}]`;
    if (outlet.locality !== undefined && !isArea(outlet.locality))
      add(`${at}.locality`, `refers to "${outlet.locality}", which is not a state or place`);
    outlet.affiliations?.forEach((id, j) => {
      const network = outlets.get(id);
      if (!network)
        add(`${at}.affiliations[${j}]`, `refers to outlet "${id}", which is not in outlets`);
      else if (network.kind !== 'network')
        add(`${at}.affiliations[${j}]`, `"${id}" is a ${network.kind}, not a network`);
    });
    if (outlet.partOf !== undefined && !outlets.has(outlet.partOf))
      add(`${at}.partOf`, `refers to outlet "${outlet.partOf}", which is not in outlets`);
  });
  noCycles(world.outlets, (id) => outlets.get(id)?.partOf, 'outlets', 'partOf', add);
  uniqueNames(
    world.outlets.map((o, i) => ({ path: `outlets[${i}]`, names: [o.name, ...(o.aliases ?? [])] })),
    add,
  );

  return problems;
}
