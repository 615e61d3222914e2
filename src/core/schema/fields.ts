/**
 * Field builders for the normalized entities. Each builder returns a zod schema carrying its
 * `kind` and description in zod's metadata, so that one definition gives validation, TypeScript
 * types, DuckDB column types, bulk-load casts and the README's field reference.
 */
import { z } from 'zod';

export type FieldKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'ratio'
  | 'duration'
  | 'timestamp'
  | 'date'
  | 'boolean'
  | 'enum'
  | 'string_list';

export interface FieldMeta {
  kind: FieldKind;
  description: string;
  values?: readonly string[];
  /** Smallest allowed value (numbers). */
  min?: number;
  /** Largest allowed value (numbers). */
  max?: number;
}

const withMeta = <T extends z.ZodType>(schema: T, meta: FieldMeta): T => schema.meta({ ...meta }) as T;

/** Free text or an identifier. */
export const text = (description: string) => withMeta(z.string().min(1), { kind: 'string', description });
/** A whole number (counts: mentions, followers, sessions). */
export const integer = (description: string) => withMeta(z.number().int(), { kind: 'integer', description });
/** A count that cannot be negative. */
export const count = (description: string) => withMeta(z.number().int().nonnegative(), { kind: 'integer', description, min: 0 });
/** Any real number (money, scores). */
export const number = (description: string) => withMeta(z.number().finite(), { kind: 'number', description });
/** A fraction between 0 and 1 ("32.30%" in an export is stored as 0.323). */
export const ratio = (description: string) => withMeta(z.number().min(0).max(1), { kind: 'ratio', description, min: 0, max: 1 });
/** A duration in seconds ("00:01:11" in an export is stored as 71). */
export const duration = (description: string) => withMeta(z.number().nonnegative(), { kind: 'duration', description, min: 0 });
/** An instant, stored in UTC. */
export const timestamp = (description: string) => withMeta(z.date(), { kind: 'timestamp', description });
/** A calendar date (YYYY-MM-DD) in the reporting time zone. */
export const date = (description: string) => withMeta(z.iso.date(), { kind: 'date', description });
export const boolean = (description: string) => withMeta(z.boolean(), { kind: 'boolean', description });
export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, description: string) =>
  withMeta(z.enum(values), { kind: 'enum', description, values });
/** A list of short strings (hashtags, tags, URLs). */
export const list = (description: string) => withMeta(z.array(z.string()), { kind: 'string_list', description });

/** An optional field: absent and null both mean "not given by the source". */
export const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export interface FieldInfo extends FieldMeta {
  name: string;
  required: boolean;
}

/** Reads kind, description and requiredness of one field schema (unwrapping optional/nullable). */
export function fieldInfo(name: string, schema: z.ZodType): FieldInfo {
  let s: z.ZodType = schema;
  let required = true;
  for (let i = 0; i < 4; i++) {
    const def = (s as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
    if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
      required = false;
      s = def.innerType;
    } else break;
  }
  const meta = s.meta() as FieldMeta | undefined;
  if (!meta?.kind) throw new Error(`field ${name} has no Cadence kind; build it with the helpers in fields.ts`);
  return {
    name,
    required,
    kind: meta.kind,
    description: meta.description,
    ...(meta.values ? { values: meta.values } : {}),
    ...(meta.min !== undefined ? { min: meta.min } : {}),
    ...(meta.max !== undefined ? { max: meta.max } : {}),
  };
}

/** DuckDB column type of a field kind. Timestamps are TIMESTAMPTZ (UTC instants). */
export function duckdbType(kind: FieldKind): string {
  switch (kind) {
    case 'string':
    case 'enum':
      return 'VARCHAR';
    case 'integer':
      return 'BIGINT';
    case 'number':
    case 'ratio':
    case 'duration':
      return 'DOUBLE';
    case 'timestamp':
      return 'TIMESTAMPTZ';
    case 'date':
      return 'DATE';
    case 'boolean':
      return 'BOOLEAN';
    case 'string_list':
      return 'VARCHAR[]';
  }
}
