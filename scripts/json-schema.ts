/**
 * The claim-pack JSON Schema, generated from the valibot schema in
 * src/pack/schema.ts. `npx tsx scripts/json-schema.ts --write` refreshes
 * schema/claim-pack.schema.json; a unit test fails when the file is stale.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ClaimPackSchema } from '../src/pack/schema.ts';

export const SCHEMA_PATH = fileURLToPath(
  new URL('../schema/claim-pack.schema.json', import.meta.url),
);

export function claimPackJsonSchema(): string {
  const schema = {
    ...toJsonSchema(ClaimPackSchema, { errorMode: 'ignore' }),
    $id: 'https://github.com/sourcelight/sourcelight/schema/claim-pack.schema.json',
    title: 'Sourcelight claim pack',
    description:
      'Stories, their original reports, facts, quotes, unverified claims and timelines, used by Sourcelight to compare articles with the original reporting. Cross-references (source, entity and cue ids) and id uniqueness are checked by `sourcelight pack validate`, not by this schema.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv.includes('--write')) {
  writeFileSync(SCHEMA_PATH, claimPackJsonSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
