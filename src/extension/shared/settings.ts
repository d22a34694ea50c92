import * as v from 'valibot';
import { onLocalChange, readLocal, writeLocal } from '../platform/browser-api.ts';

/** The user's settings, with their defaults declared alongside. */
export const SettingsSchema = v.object({
  /** Annotate pages that retell a known story. */
  enabled: v.optional(v.boolean(), true),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

const KEY = 'settings';

/** Reads a stored settings record; a missing or damaged one falls back to the defaults field by field. */
export function parseSettings(stored: unknown): Settings {
  const defaults = v.parse(SettingsSchema, {});
  if (typeof stored !== 'object' || stored === null) return defaults;
  const result: Settings = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    const field = v.safeParse(SettingsSchema.entries[key], (stored as Record<string, unknown>)[key]);
    if (field.success) result[key] = field.output;
  }
  return result;
}

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await readLocal(KEY));
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await loadSettings()), ...patch };
  await writeLocal(KEY, next);
  return next;
}

export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  return onLocalChange(KEY, (value) => listener(parseSettings(value)));
}
