import { parsePack, type PackProblem } from './parse-pack.ts';
import type { ClaimPack } from './schema.ts';

/** What the store knows about one pack source (the embedded pack, a subscribed feed, a file). */
export interface PackStatus {
  origin: string;
  /** The pack in use: the newest valid one from this origin, if any ever was. */
  pack: ClaimPack | null;
  /** Problems with the most recent data from this origin; empty when it was valid. */
  problems: PackProblem[];
}

/**
 * Holds the packs in use. Data from an origin replaces that origin's pack only
 * when it validates; otherwise the last good pack stays and the problems are
 * kept for the options page to show.
 */
export class PackStore {
  readonly #entries = new Map<string, PackStatus>();

  /** Validates `data` from `origin`; returns its status afterwards. */
  offer(origin: string, data: unknown): PackStatus {
    const result = parsePack(data);
    const previous = this.#entries.get(origin);
    const status: PackStatus = result.ok
      ? { origin, pack: result.pack, problems: [] }
      : { origin, pack: previous?.pack ?? null, problems: result.problems };
    this.#entries.set(origin, status);
    return status;
  }

  /** Every origin's status, in the order the origins were first offered. */
  statuses(): PackStatus[] {
    return [...this.#entries.values()];
  }

  /** The packs in use, in origin order (earlier origins win conflicting story ids). */
  packs(): ClaimPack[] {
    return this.statuses().flatMap((s) => (s.pack ? [s.pack] : []));
  }
}
