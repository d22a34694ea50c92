/**
 * Reads schema.org JSON-LD as publishers write it, without a JSON-LD processor
 * (no network: remote contexts are never fetched). `schemaTerms` copies the
 * data with every type and property named by its bare schema.org term:
 * `https://schema.org/ClaimReview`, `http://schema.org/ClaimReview`,
 * `schema:ClaimReview` (or any prefix an inline `@context` maps to schema.org)
 * and plain `ClaimReview` all become `ClaimReview`. An `@context` may be a
 * string, an object (`@vocab`, prefixes, term aliases) or an array of those;
 * nested contexts apply to their subtree. `{"@value": x}` becomes x.
 */

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** schema.org's namespace, over http or https, with or without www. */
const SCHEMA_ORG = /^https?:\/\/(?:www\.)?schema\.org\/?/i;
/** Nodes nested deeper than this are left out (bounded work on untrusted data). */
const MAX_DEPTH = 16;

interface Context {
  /** Prefix → namespace IRI (`schema` → `https://schema.org/`). */
  prefixes: ReadonlyMap<string, string>;
  /** Term alias → the IRI or compact IRI it stands for. */
  aliases: ReadonlyMap<string, string>;
}

const INITIAL: Context = {
  prefixes: new Map([['schema', 'https://schema.org/']]),
  aliases: new Map(),
};

/** The context in force inside a node whose `@context` is `local`. */
function extend(context: Context, local: unknown): Context {
  const prefixes = new Map(context.prefixes);
  const aliases = new Map(context.aliases);
  for (const entry of Array.isArray(local) ? local : [local]) {
    if (!isObject(entry)) continue; // a string context names a vocabulary; bare terms are read as schema.org's anyway
    for (const [key, value] of Object.entries(entry)) {
      const iri =
        typeof value === 'string'
          ? value
          : isObject(value) && typeof value['@id'] === 'string'
            ? value['@id']
            : undefined;
      if (key.startsWith('@') || !iri) continue;
      if (/[/#:]$/.test(iri)) prefixes.set(key, iri);
      else aliases.set(key, iri);
    }
  }
  return { prefixes, aliases };
}

/** The bare schema.org term a key or type names, or the name unchanged when it is not schema.org's. */
function term(name: string, context: Context): string {
  const expanded = context.aliases.get(name) ?? name;
  const colon = expanded.indexOf(':');
  let iri = expanded;
  if (colon > 0 && !expanded.slice(colon + 1).startsWith('//')) {
    const namespace = context.prefixes.get(expanded.slice(0, colon));
    if (namespace) iri = namespace + expanded.slice(colon + 1);
  }
  const schema = SCHEMA_ORG.exec(iri);
  return schema ? iri.slice(schema[0].length) : expanded;
}

function copy(data: unknown, context: Context, depth: number): unknown {
  if (depth > MAX_DEPTH) return undefined;
  if (Array.isArray(data))
    return data.map((x) => copy(x, context, depth + 1)).filter((x) => x !== undefined);
  if (!isObject(data)) return data;
  if ('@value' in data) return data['@value'];
  const inner = '@context' in data ? extend(context, data['@context']) : context;
  const out: Json = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === '@context') continue;
    if (key === '@type') {
      const types = (Array.isArray(value) ? value : [value]).filter(
        (t): t is string => typeof t === 'string',
      );
      out['@type'] = types.map((t) => term(t, inner));
      continue;
    }
    const name = key.startsWith('@') ? key : term(key, inner);
    const converted = copy(value, inner, depth + 1);
    if (converted === undefined) continue;
    // Two spellings of one property (`url` and `schema:url`) keep both values.
    out[name] = name in out ? [out[name], converted].flat() : converted;
  }
  return out;
}

/** A copy of JSON-LD data with schema.org types and properties named by their bare terms. */
export function schemaTerms(data: unknown): unknown {
  return copy(data, INITIAL, 0);
}

/** Whether a node (after `schemaTerms`) has the type. */
export function hasType(node: Json, type: string): boolean {
  return Array.isArray(node['@type']) && node['@type'].includes(type);
}

/**
 * Node references (`{"@id": "#org"}`) resolved against the nodes that data
 * (after `schemaTerms`) describes with that `@id` anywhere in it.
 */
export function nodeResolver(data: unknown): (x: unknown) => unknown {
  const byId = new Map<string, Json>();
  const visit = (x: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (Array.isArray(x)) return x.forEach((y) => visit(y, depth + 1));
    if (!isObject(x)) return;
    const id = x['@id'];
    if (typeof id === 'string' && Object.keys(x).length > 1 && !byId.has(id)) byId.set(id, x);
    for (const value of Object.values(x)) visit(value, depth + 1);
  };
  visit(data, 0);
  return (x) =>
    isObject(x) && typeof x['@id'] === 'string' && Object.keys(x).length === 1
      ? (byId.get(x['@id']) ?? x)
      : x;
}
