/**
 * `npm run package`: writes store-ready zips of the built extension to
 * artifacts/ (run after `npm run build`, which `npm run package` does first),
 * and the source archive addons.mozilla.org asks for when code is bundled:
 * every file git tracks, as they are in the working tree (so the archive
 * matches what was just built), never node_modules or dist. The README says
 * how to rebuild from it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Packaged {
  extensions: string[];
  /** Null outside a git checkout (for example in an unpacked source archive): there is nothing to tell tracked files from. */
  source: string | null;
  /** Files in the working tree that git does not track and does not ignore: built from, but not in the source archive. */
  untracked: string[];
}

const git = (args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });

function insideGit(): boolean {
  try {
    return git(['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
}

export function packageExtension(artifacts = 'artifacts'): Packaged {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  mkdirSync(artifacts, { recursive: true });
  const extensions = ['chrome', 'firefox'].map((target) => {
    const filename = `sourcelight-${target}-${version}.zip`;
    execFileSync(
      'npx',
      [
        'web-ext',
        'build',
        '--source-dir',
        `dist/${target}`,
        '--artifacts-dir',
        artifacts,
        '--filename',
        filename,
        '--overwrite-dest',
      ],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return join(artifacts, filename);
  });
  if (!insideGit()) return { extensions, source: null, untracked: [] };
  const source = join(artifacts, `sourcelight-source-${version}.zip`);
  // `git stash create` makes a commit of the working tree's tracked files without touching anything
  // (empty output when nothing changed): the archive holds what was built, not only what was committed.
  const tree = git(['stash', 'create']).trim() || 'HEAD';
  execFileSync(
    'git',
    ['archive', '--format=zip', `--prefix=sourcelight-${version}/`, '-o', resolve(source), tree],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const untracked = git(['ls-files', '--others', '--exclude-standard']).split('\n').filter(Boolean);
  return { extensions, source, untracked };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { extensions, source, untracked } = packageExtension();
  for (const file of extensions) console.log(file);
  if (source)
    console.log(
      `${source} (sources for addons.mozilla.org: see "Rebuilding from the source archive" in the README)`,
    );
  else console.error('Not a git checkout: no source archive written.');
  if (untracked.length)
    console.error(`Not in the source archive (untracked by git): ${untracked.join(', ')}`);
}
