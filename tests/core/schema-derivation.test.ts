/**
 * One schema, no second copy: for every entity, a record built from the zod schema's field kinds
 * goes through the real host, and the Parquet file it lands in has exactly the columns and DuckDB
 * types derived from that schema (plus provenance).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { entities, entityNames, type EntityName } from '../../src/core/schema/entities.ts';
import { entityFields, storedColumns } from '../../src/core/schema/entity.ts';
import { openDuck } from '../../src/core/store/duckdb.ts';
import { defineSource } from '../../src/plugins/public.ts';
import { pullFixture } from '../../src/plugins/testkit.ts';

/** A valid value for each field kind (every field filled, optional ones too). */
function sample(kind: string, values?: readonly string[]): unknown {
  switch (kind) {
    case 'string':
      return 'x';
    case 'enum':
      return values![0];
    case 'integer':
      return 3;
    case 'number':
      return 2.5;
    case 'ratio':
      return 0.25;
    case 'duration':
      return 71;
    case 'timestamp':
      return new Date('2026-09-14T08:00:00Z');
    case 'date':
      return '2026-09-14';
    case 'boolean':
      return true;
    case 'string_list':
      return ['a', 'b'];
  }
  throw new Error(kind);
}

const everyEntity = defineSource({
  name: 'every-entity',
  options: z.object({}),
  streams: Object.fromEntries(entityNames.map((e) => [e, { entity: e }])) as Record<string, { entity: EntityName }>,
  check: async () => ({ ok: true, message: '' }),
  async *pull() {
    for (const name of entityNames) {
      const data = Object.fromEntries(entityFields(entities[name] as never).map((f) => [f.name, sample(f.kind, f.values)]));
      yield { type: 'record' as const, stream: name, data };
    }
  },
});

describe('schema derivation', () => {
  it('stores every entity with the columns and types derived from its zod schema', async () => {
    const r = await pullFixture({ plugin: everyEntity, options: {} });
    const duck = await openDuck();
    try {
      expect(r.rejects).toEqual([]);
      for (const name of entityNames) {
        const entity = entities[name] as never;
        const file = r.manifest.entities[name]!.files[0]!;
        const described = await duck.all<{ column_name: string; column_type: string }>(`DESCRIBE SELECT * FROM read_parquet('${join(r.dataDir, file.path)}', hive_partitioning = false)`);
        expect(described.map((c) => [c.column_name, c.column_type]), name).toEqual(storedColumns(entity).map((c) => [c.name, c.type === 'TIMESTAMPTZ' ? 'TIMESTAMP WITH TIME ZONE' : c.type]));
        // And the values come back as written.
        const row = r.rows[name]![0]!;
        for (const f of entityFields(entity)) {
          const want = sample(f.kind, f.values);
          expect(row[f.name], `${name}.${f.name}`).toEqual(want instanceof Date ? want.toISOString() : want);
        }
      }
    } finally {
      duck.close();
      await r.cleanup();
    }
  });
});
