#!/usr/bin/env node
// The `sourcelight` command: runs the built CLI (`npm run build:cli` writes it from src/cli/).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/sourcelight.mjs', import.meta.url);
if (!existsSync(built)) {
  console.error(
    'sourcelight: the command is not built yet; run `npm run build:cli` (or `npm run build`) first.',
  );
  process.exit(1);
}
await import(built.href);
