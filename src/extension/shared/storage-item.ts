/**
 * One value in the extension's local storage, always read through its own
 * parser: what is missing or damaged reads as the default, so no caller casts
 * what it reads. Used for the settings and for the feeds' records.
 */
import * as v from 'valibot';
import { onLocalChange, readLocal, writeLocal } from '../platform/browser-api.ts';

export interface StorageItem<T> {
  readonly key: string;
  /** The stored value as the parser reads it (the default when missing or damaged). */
  read(): Promise<T>;
  write(value: T): Promise<void>;
  /** Stores null in its place: it reads as the default again. */
  clear(): Promise<void>;
  /** Calls `listener` with each new value, parsed; returns an unsubscribe function. */
  onChange(listener: (value: T) => void): () => void;
}

export function storageItem<T>(key: string, parse: (stored: unknown) => T): StorageItem<T> {
  return {
    key,
    read: async () => parse(await readLocal(key)),
    write: (value) => writeLocal(key, value),
    clear: () => writeLocal(key, null),
    onChange: (listener) => onLocalChange(key, (value) => listener(parse(value))),
  };
}

/** A parser from a schema: what the schema accepts (with its defaults), else `fallback()`. */
export const parsedOr =
  <T>(schema: v.GenericSchema<unknown, T>, fallback: () => T) =>
  (stored: unknown): T => {
    const result = v.safeParse(schema, stored);
    return result.success ? result.output : fallback();
  };
