/** The heap measurement the memory scripts share (run with `node --expose-gc`). */
const gc = (globalThis as { gc?: () => void }).gc;

/** Heap in use (MB) after full collections, with pauses so that V8's concurrent sweeping has finished. */
export async function heapAfterCollection(): Promise<number> {
  if (!gc) throw new Error('run with node --expose-gc');
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
