/** Moved to src/cli/eval-score.ts, which `sourcelight pack test` shares. */
export * from '../../src/cli/eval-score.ts';
