/**
 * `npm run package`: writes store-ready zips of the built extension to
 * artifacts/ (run after `npm run build`, which `npm run package` does first).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

for (const target of ['chrome', 'firefox']) {
  const filename = `sourcelight-${target}-${version}.zip`;
  execFileSync(
    'npx',
    ['web-ext', 'build', '--source-dir', `dist/${target}`, '--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  console.log(`artifacts/${filename}`);
}
