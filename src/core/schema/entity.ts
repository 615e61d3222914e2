/**
 * What an entity is: a zod object of its fields, its primary key and the field that places a row
 * in a month. Provenance columns are added by the store to every stored row; plugins never set them.
 */
import { z } from 'zod';
import { duckdbType, fieldInfo, type FieldInfo } from './fields.ts';

export interface EntityDefinition<Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** Folder name under data/ and table name in SQL. */
  name: string;
  description: string;
  /** Every entity has an `id`; when a source gives none, the id is made from these fields. */
  naturalKey: readonly (keyof Shape & string)[];
  /** Timestamp or date field that decides the month file a row lives in. */
  partitionBy: keyof Shape & string;
  /**
   * Fields a month file is sorted by before the date (mentions: the tracked kind and name), so
   * each name's rows fill row groups of their own and a query for one brand reads its row groups
   * alone (Parquet min/max statistics), in DuckDB and in any other engine.
   */
  clusterBy?: readonly (keyof Shape & string)[];
  schema: z.ZodObject<Shape>;
  /**
   * Fields that should come in this order (a deal is created before it closes). A row where the
   * later one is earlier is stored as the source gives it, and the pull warns with how many there
   * are, an example id and `effect`: what the reports make of such rows.
   */
  chronology?: readonly { earlier: keyof Shape & string; later: keyof Shape & string; effect: string }[];
}

export function defineEntity<Shape extends z.ZodRawShape>(def: EntityDefinition<Shape>): EntityDefinition<Shape> {
  if (!('id' in def.schema.shape)) throw new Error(`entity ${def.name} must have an id field`);
  return def;
}

/** Provenance columns the store adds to every row (not part of the plugin-facing schema). */
export const provenanceColumns = [
  { name: 'source_name', type: 'VARCHAR', description: 'Name of the configured source (key under `sources`).' },
  { name: 'source_plugin', type: 'VARCHAR', description: 'Plugin that produced the row.' },
  { name: 'source_stream', type: 'VARCHAR', description: 'Stream of the plugin that produced the row.' },
  { name: 'source_file', type: 'VARCHAR', description: 'Input file (relative to the project), when the row came from a file.' },
  { name: 'source_line', type: 'BIGINT', description: 'Line of the input file where the row starts, when known.' },
  { name: 'imported_at', type: 'TIMESTAMPTZ', description: 'When the row was first imported (UTC).' },
] as const;

export interface ColumnInfo extends FieldInfo {
  duckdb: string;
}

/** The entity's fields in declaration order, with their DuckDB types. */
export function entityFields(entity: EntityDefinition): ColumnInfo[] {
  return Object.entries(entity.schema.shape).map(([name, schema]) => {
    const info = fieldInfo(name, schema as z.ZodType);
    return { ...info, duckdb: duckdbType(info.kind) };
  });
}

/** All stored columns: fields then provenance. */
export function storedColumns(entity: EntityDefinition): { name: string; type: string }[] {
  return [
    ...entityFields(entity).map((f) => ({ name: f.name, type: f.duckdb })),
    ...provenanceColumns.map((c) => ({ name: c.name, type: c.type })),
  ];
}

export type EntityRecord<E extends EntityDefinition> = z.infer<E['schema']>;
