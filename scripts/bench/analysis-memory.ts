/**
 * Memory of one full analysis of a matching page, in a fresh process (bench.ts
 * runs this once per size of its matching-page sweep):
 * `node --expose-gc --import tsx scripts/bench/analysis-memory.ts CHARS`
 * prints {heapAfterCallMB, resultMB, peakRssMB, callRssMB}: the heap the call
 * leaves in use before any collection (a lower bound of its peak), the heap its
 * result holds after full collections, the process's peak resident memory (Node,
 * tsx and the page's extraction included) and how much the call raised it.
 */
import { analyzeText, indexPacks } from '../../src/engine/index.ts';
import { loadEmbeddedPack } from '../../src/pack/embedded.ts';
import { demoRetelling, repeatTo } from './matching-page.ts';
import { heapAfterCollection } from './heap.ts';

const heap = heapAfterCollection;

const page = repeatTo(demoRetelling(), Number(process.argv[2]));
const index = indexPacks([loadEmbeddedPack()]);
const before = await heap();
const rssBefore = process.resourceUsage().maxRSS / 1024;
const result = analyzeText(page, index, { links: [], published: null, today: '2026-11-21' });
const heapAfterCallMB = process.memoryUsage().heapUsed / 1024 / 1024 - before;
const peakRssMB = process.resourceUsage().maxRSS / 1024;
const resultMB = (await heap()) - before;
process.stdout.write(
  `${JSON.stringify({ heapAfterCallMB, resultMB, peakRssMB, callRssMB: peakRssMB - rssBefore, findings: result.findings.length })}\n`,
);
