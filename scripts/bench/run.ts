/**
 * `npm run bench`: times the engine as it ships. The extension and the CLI run the engine bundled (Vite and
 * scripts/build-cli.ts, both through esbuild: one module, direct calls); `tsx` runs the sources file by file,
 * wrapping every function in a naming helper and linking modules through CommonJS getters, which costs the
 * matching article about a third more. So this bundles bench.ts and everything it imports with esbuild
 * (packages outside the bundle, as the CLI has them), then runs the bundle in a fresh Node with `--expose-gc`.
 * `-- --from-source` runs bench.ts through tsx instead, for comparison. Other arguments pass through.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = `${root}scripts/bench/bench.ts`;
const args = process.argv.slice(2);
const fromSource = args.includes('--from-source');
const rest = args.filter((a) => a !== '--from-source');

let command: string[];
if (fromSource) {
  command = ['--expose-gc', '--import', 'tsx', entry, ...rest];
} else {
  // Under node_modules, so that the bundle's packages (minisearch, valibot…) resolve from the project.
  const dir = `${root}node_modules/.cache/sourcelight-bench`;
  mkdirSync(dir, { recursive: true });
  const outfile = `${dir}/bench.mjs`;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    minify: true,
    packages: 'external',
    logLevel: 'warning',
    // The bench's scripts find their neighbours (memory.ts, the demo page) from where they live, not from the bundle.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(entry).href) },
  });
  command = ['--expose-gc', outfile, ...rest];
}
const result = spawnSync(process.execPath, command, {
  stdio: 'inherit',
  env: {
    ...process.env,
    SOURCELIGHT_BENCH_ENGINE: fromSource ? 'source (tsx)' : 'bundled (esbuild, as shipped)',
  },
});
process.exit(result.status ?? 1);
