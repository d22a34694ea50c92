import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { claimPackJsonSchema, SCHEMA_PATH } from './json-schema.ts';

describe('schema/claim-pack.schema.json', () => {
  it('is up to date with src/pack/schema.ts (refresh with: npx tsx scripts/json-schema.ts --write)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(claimPackJsonSchema());
  });

  it('describes strict objects and the id and date patterns', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'formatVersion',
        'id',
        'version',
        'publisher',
        'updated',
        'stories',
      ]),
    );
    expect(JSON.stringify(schema)).toContain('^\\\\d{4}(-(0[1-9]|1[0-2])');
  });
});
