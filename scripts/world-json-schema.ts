/**
 * The world-file JSON Schema, generated from the valibot schema in
 * src/world/schema.ts. `npx tsx scripts/world-json-schema.ts --write` refreshes
 * schema/world.schema.json; a unit test fails when the file is stale.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WorldSchema } from '../src/world/schema.ts';

export const WORLD_SCHEMA_PATH = fileURLToPath(
  new URL('../schema/world.schema.json', import.meta.url),
);

export function worldJsonSchema(): string {
  const schema = {
    ...toJsonSchema(WorldSchema, { errorMode: 'ignore' }),
    $id: 'https://github.com/sourcelight/sourcelight/schema/world.schema.json',
    title: 'Sourcelight world knowledge',
    description:
      'World knowledge that belongs to no story (US states and places, agencies, offices with their holders and terms, elections, outlets), used by Sourcelight with every claim pack. Cross-references, cycles, overlapping terms and names that designate two entries are checked by src/world/parse-world.ts, not by this schema.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv.includes('--write')) {
  writeFileSync(WORLD_SCHEMA_PATH, worldJsonSchema());
  console.log(`wrote ${WORLD_SCHEMA_PATH}`);
}
