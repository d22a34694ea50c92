import { buildCli } from './scripts/build-cli.ts';

// The tests that run the `sourcelight` bin (and a production install of it) run the built CLI: build it from the current source first.
export default async function setup(): Promise<void> {
  await buildCli();
}
