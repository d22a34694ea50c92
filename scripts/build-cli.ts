/**
 * `npm run build:cli`: bundles the `sourcelight` command (src/cli/main.ts) into one
 * JavaScript file, dist/cli/sourcelight.mjs, which bin/sourcelight.mjs runs. No tsx at
 * run time: a production install (`npm ci --omit=dev`) has the runtime dependencies,
 * which stay outside the bundle, and this file. The embedded pack is bundled in.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli(): Promise<void> {
  await build({
    entryPoints: [`${root}src/cli/main.ts`],
    outfile: `${root}dist/cli/sourcelight.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      js: '// Built by scripts/build-cli.ts from src/cli/; edit those, then `npm run build:cli`.',
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
