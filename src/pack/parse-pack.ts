import * as v from 'valibot';
import { ClaimPackSchema, type ClaimPack } from './schema.ts';

export type PackResult = { ok: true; pack: ClaimPack } | { ok: false; errors: string[] };

/**
 * Validates untrusted pack data. Besides the schema it checks what a schema
 * cannot: unique ids, and check sources that name an original of their story.
 */
export function parsePack(data: unknown): PackResult {
  const parsed = v.safeParse(ClaimPackSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.slice(0, 20).map((issue) => `${v.getDotPath(issue) ?? '(pack)'}: ${issue.message}`),
    };
  }
  const pack = parsed.output;
  const errors: string[] = [];
  const storyIds = new Set<string>();
  for (const story of pack.stories) {
    if (storyIds.has(story.id)) errors.push(`stories: duplicate story id "${story.id}"`);
    storyIds.add(story.id);
    const sources = [...story.originals, ...(story.corroborating ?? [])];
    const sourceIds = new Set(sources.map((s) => s.id));
    if (sourceIds.size !== sources.length) errors.push(`${story.id}: duplicate source id`);
    const checkIds = new Set<string>();
    for (const check of story.checks) {
      if (checkIds.has(check.id)) errors.push(`${story.id}: duplicate check id "${check.id}"`);
      checkIds.add(check.id);
      for (const source of check.sources) {
        if (!sourceIds.has(source)) errors.push(`${story.id}.${check.id}: unknown source "${source}"`);
      }
    }
    const cueIds = new Set(story.recognition.cues.map((cue) => cue.id));
    for (const id of story.recognition.require ?? []) {
      if (!cueIds.has(id)) errors.push(`${story.id}.recognition: required cue "${id}" is not a cue`);
    }
    for (const original of story.originals) {
      if (!original.headline) errors.push(`${story.id}.${original.id}: an original needs a headline`);
    }
    for (const source of sources) {
      if (!source.urlConfirmed && !source.urlNote) {
        errors.push(`${story.id}.${source.id}: an unconfirmed url needs a urlNote saying what it points to`);
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, pack };
}
