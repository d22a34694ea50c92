import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORLD_SCHEMA_PATH, worldJsonSchema } from './world-json-schema.ts';

describe('schema/world.schema.json', () => {
  it('is up to date with src/world/schema.ts (refresh with: npx tsx scripts/world-json-schema.ts --write)', () => {
    expect(readFileSync(WORLD_SCHEMA_PATH, 'utf8')).toBe(worldJsonSchema());
  });

  it('describes strict objects, the required sections and the date pattern', () => {
    const schema = JSON.parse(readFileSync(WORLD_SCHEMA_PATH, 'utf8'));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'formatVersion',
        'version',
        'updated',
        'country',
        'states',
        'places',
        'agencies',
        'people',
        'offices',
        'elections',
        'outlets',
      ]),
    );
    expect(JSON.stringify(schema)).toContain('^\\\\d{4}(-(0[1-9]|1[0-2])');
  });

  it('is the schema data/world.json names', () => {
    expect(JSON.parse(readFileSync('data/world.json', 'utf8')).$schema).toBe(
      '../schema/world.schema.json',
    );
  });
});
