/**
 * Which installed packages would refuse the Node version the README promises
 * (package.json `engines.node`): npm only warns (EBADENGINE) and installs them
 * anyway, so this check makes such a dependency a failing test instead.
 * Every package in package-lock.json's `packages` is read from node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

export interface EngineConflict {
  /** The package's path in the lockfile (node_modules/…). */
  path: string;
  version: string;
  /** Its engines.node range. */
  node: string;
}

/** The lowest Node version a range allows (`>=20.19` → 20.19.0). */
export function promisedMinimum(range: string): string {
  const minimum = semver.minVersion(range);
  if (!minimum) throw new Error(`engines.node "${range}" allows no version`);
  return minimum.version;
}

/** Whether a dependency's engines.node range accepts the promised Node (every version from the minimum up is not required: the minimum must fit). */
export function acceptsNode(range: string, minimum: string): boolean {
  return semver.satisfies(minimum, range, { includePrerelease: false, loose: true });
}

export function engineConflicts(root = '.'): {
  minimum: string;
  checked: number;
  conflicts: EngineConflict[];
} {
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    engines?: { node?: string };
  };
  if (!own.engines?.node) throw new Error('package.json states no engines.node');
  const minimum = promisedMinimum(own.engines.node);
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, unknown>;
  };
  const conflicts: EngineConflict[] = [];
  let checked = 0;
  for (const path of Object.keys(lock.packages)) {
    if (!path.startsWith('node_modules/')) continue;
    const file = join(root, path, 'package.json');
    // Optional packages for other platforms are in the lockfile but not installed.
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: string;
      engines?: { node?: unknown };
    };
    const node = pkg.engines?.node;
    if (typeof node !== 'string') continue;
    checked++;
    if (!acceptsNode(node, minimum)) conflicts.push({ path, version: pkg.version ?? '?', node });
  }
  return { minimum, checked, conflicts };
}
