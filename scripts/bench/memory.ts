/**
 * Heap held by one pack, measured in a fresh process (bench.ts runs this once
 * per pack, so that nothing else on the heap blurs the figures):
 * `node --expose-gc --import tsx scripts/bench/memory.ts embedded|CLAIMS [engine|naive|minisearch]`
 * prints {rawMB, packMB, indexMB}: the parsed JSON object; the validated pack
 * once the raw object is dropped; what indexPacks (or the competitor's index)
 * adds on top.
 */
import { indexPacks } from '../../src/engine/index.ts';
import { EMBEDDED_PACK_DATA } from '../../src/pack/embedded-pack.ts';
import { parsePack } from '../../src/pack/parse-pack.ts';
import type { ClaimPack } from '../../src/pack/schema.ts';
import { miniSearchPeer, naiveBaseline } from './competitors.ts';
import { generatePack } from './generate-pack.ts';
import { heapAfterCollection } from './heap.ts';

const heap = heapAfterCollection;

const which = process.argv[2] ?? 'embedded';
const json =
  which === 'embedded'
    ? JSON.stringify(EMBEDDED_PACK_DATA)
    : JSON.stringify(generatePack(Number(which), 1).data);
const held: { raw?: unknown; pack?: unknown; index?: unknown } = {};
const h0 = await heap();
held.raw = JSON.parse(json);
const h1 = await heap();
const parsed = parsePack(held.raw);
if (!parsed.ok) throw new Error('invalid pack');
held.pack = parsed.pack;
delete held.raw;
const h2 = await heap();
const builders: Record<string, (pack: ClaimPack) => unknown> = {
  engine: (pack) => indexPacks([pack]),
  naive: naiveBaseline,
  minisearch: miniSearchPeer,
};
const build = builders[process.argv[3] ?? 'engine'];
if (!build) throw new Error(`unknown index: ${process.argv[3]}`);
held.index = build(parsed.pack);
const h3 = await heap();
process.stdout.write(
  `${JSON.stringify({ rawMB: h1 - h0, packMB: h2 - h0, indexMB: h3 - h2, held: Object.keys(held).length })}\n`,
);
