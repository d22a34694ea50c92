import * as v from 'valibot';
import { readLocal } from '../platform/browser-api.ts';
import { createSerialQueue } from './serial-queue.ts';
import { storageItem } from './storage-item.ts';

/**
 * A site rule as the user wrote it: a host name, lower case, kept as typed
 * ("www.example.com" stays "www.example.com"). A rule covers its host and
 * every host under it, so "example.com" covers www.example.com and
 * news.example.com, and "www.example.com" covers only www.example.com (and
 * names under it). The options page refuses public suffixes ("co.uk").
 */
const Site = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/));
const MAX_SITES = 1000;

/** The user's settings, with their defaults declared alongside. */
const SettingsSchema = v.object({
  /** Annotate pages that retell a known story. */
  enabled: v.optional(v.boolean(), true),
  /** Site rules: hosts where Sourcelight draws nothing (each covers the hosts under it). */
  disabledSites: v.optional(v.pipe(v.array(Site), v.maxLength(MAX_SITES)), []),
  /** Which verdicts are highlighted in pages. */
  show: v.optional(
    v.object({
      discrepant: v.optional(v.boolean(), true),
      consistent: v.optional(v.boolean(), true),
      unverified: v.optional(v.boolean(), true),
    }),
    {},
  ),
});

export type Settings = v.InferOutput<typeof SettingsSchema>;

/** Keeps what can be kept of a damaged field: the valid sites of a list, the valid switches of a group. */
function salvage(key: keyof Settings, value: unknown): unknown {
  if (key === 'disabledSites' && Array.isArray(value)) {
    return value.filter((site) => v.is(Site, site)).slice(0, MAX_SITES);
  }
  if (key === 'show' && typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([, on]) => typeof on === 'boolean'));
  }
  return value;
}

/** Reads a stored settings record; a missing or damaged one falls back to the defaults field by field. */
export function parseSettings(stored: unknown): Settings {
  return readSettings(stored).settings;
}

/**
 * Reads a stored settings record and says which fields were damaged (and so
 * reset, in whole or in part). A missing record or field is not damage: it
 * simply has its default.
 */
export function readSettings(stored: unknown): { settings: Settings; damaged: (keyof Settings)[] } {
  const defaults = v.parse(SettingsSchema, {});
  if (stored === undefined) return { settings: defaults, damaged: [] };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: defaults, damaged: Object.keys(defaults) as (keyof Settings)[] };
  }
  const result: Record<string, unknown> = { ...defaults };
  const damaged: (keyof Settings)[] = [];
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    const raw = (stored as Record<string, unknown>)[key];
    if (raw === undefined) continue;
    const salvaged = salvage(key, raw);
    const field = v.safeParse(SettingsSchema.entries[key], salvaged);
    if (field.success) result[key] = field.output;
    if (!field.success || JSON.stringify(salvaged) !== JSON.stringify(raw)) damaged.push(key);
  }
  return { settings: result as Settings, damaged };
}

/** The settings in local storage, under 'settings'. */
const settingsItem = storageItem('settings', parseSettings);

/** The stored settings and the fields that were damaged; the repaired record is written back. */
export async function loadAndRepairSettings(): Promise<{
  settings: Settings;
  damaged: (keyof Settings)[];
}> {
  const read = readSettings(await readLocal(settingsItem.key));
  if (read.damaged.length) await settingsItem.write(read.settings);
  return read;
}

/** The host of a page, as site rules name it (lower case, whole: "www." kept); null for pages that are not on a web site. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'http:' && protocol !== 'https:') || !hostname) return null;
    const site = hostname.toLowerCase().replace(/\.$/, '');
    // Hosts the settings cannot name (an IPv6 address) have no site switch.
    return v.is(Site, site) ? site : null;
  } catch {
    return null;
  }
}

/** Whether a site rule covers a host: the host itself, or any host under it. */
function ruleCovers(rule: string, host: string): boolean {
  return host === rule || host.endsWith(`.${rule}`);
}

/** The rules that turn Sourcelight off on a host. */
export function rulesCovering(rules: readonly string[], host: string): string[] {
  return rules.filter((rule) => ruleCovers(rule, host));
}

/** Whether Sourcelight should annotate a page at this URL. */
export function annotatesUrl(settings: Settings, url: string): boolean {
  if (!settings.enabled) return false;
  const site = siteOf(url);
  if (!site) return true;
  return rulesCovering(settings.disabledSites, site).length === 0;
}

export function loadSettings(): Promise<Settings> {
  return settingsItem.read();
}

/** Changes are applied one after another, each to the record as the previous one left it, so quick changes are never lost. */
const serially = createSerialQueue();

/** Applies `change` to the stored settings (read afresh) and stores the result. */
function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return serially(async () => {
    const current = await loadSettings();
    const next = { ...current, ...change(current) };
    await settingsItem.write(next);
    return next;
  });
}

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  return updateSettings(() => patch);
}

/** Adds a site rule (or removes exactly that rule). */
export function setSiteDisabled(rule: string, disabled: boolean): Promise<Settings> {
  return updateSettings(({ disabledSites }) => {
    const rest = disabledSites.filter((s) => s !== rule);
    return { disabledSites: disabled ? [...rest, rule].sort() : rest };
  });
}

/** Turns Sourcelight back on for a host: removes every rule that covers it (a rule for its parent domain too). */
export function turnSiteOn(host: string): Promise<Settings> {
  return updateSettings(({ disabledSites }) => ({
    disabledSites: disabledSites.filter((rule) => !ruleCovers(rule, host)),
  }));
}

/** Shows or hides one verdict's highlights. */
export function setVerdictShown(
  verdict: keyof Settings['show'],
  shown: boolean,
): Promise<Settings> {
  return updateSettings(({ show }) => ({ show: { ...show, [verdict]: shown } }));
}

export function onSettingsChange(listener: (settings: Settings) => void): () => void {
  return settingsItem.onChange(listener);
}
