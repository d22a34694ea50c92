import { readFileSync, readdirSync } from 'node:fs';
import { analyzeText, indexPacks } from './src/engine/index.ts';
import { loadEmbeddedPack } from './src/pack/embedded.ts';
const idx = indexPacks([loadEmbeddedPack()]);
for (const f of readdirSync('../shared/seeds').sort()) {
  const text = readFileSync('../shared/seeds/' + f, 'utf8');
  const a = analyzeText(text, idx);
  console.log('==', f, a.story?.storyId ?? 'NO STORY', a.story?.score);
  for (const x of a.findings) console.log(' ', x.verdict.padEnd(10), x.claimId.padEnd(34), x.text.slice(0, 150).replace(/\n/g,' '));
}
