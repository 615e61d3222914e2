/**
 * Validation of records yielded by plugins, against the entity's zod schema. The first problem
 * becomes the reject reason with a stable code, the same codes bulk loads use. A record without
 * an id gets the derived one (identity.ts).
 */
import type { z } from 'zod';
import type { ErrorCode } from '../errors.ts';
import type { EntityDefinition } from '../schema/entity.ts';
import { entityFields, type ColumnInfo } from '../schema/entity.ts';
import { derivedId } from './identity.ts';

export type RecordCheck =
  /** `derived`: the record came without an id, so the host made one (identity.ts). */
  | { ok: true; row: Record<string, unknown>; derived: boolean }
  | { ok: false; field: string; code: ErrorCode; reason: string; value: string };

const codeFor = (info: ColumnInfo | undefined, issue: z.core.$ZodIssue, present: boolean): ErrorCode => {
  if (!present) return 'CADENCE_VALUE_REQUIRED';
  if (issue.code === 'invalid_value') return 'CADENCE_VALUE_NOT_ALLOWED';
  if (issue.code === 'invalid_type' && info) {
    if (['integer', 'number', 'ratio'].includes(info.kind)) return 'CADENCE_VALUE_NOT_NUMBER';
    if (info.kind === 'timestamp' || info.kind === 'date') return 'CADENCE_VALUE_NOT_DATE';
    if (info.kind === 'duration') return 'CADENCE_VALUE_NOT_DURATION';
    if (info.kind === 'boolean') return 'CADENCE_VALUE_NOT_BOOLEAN';
  }
  if (issue.code === 'invalid_format' && info?.kind === 'date') return 'CADENCE_VALUE_NOT_DATE';
  return 'CADENCE_VALUE_INVALID';
};

/** `fields` is entityFields(entity), passed in so a pull computes it once, not per record. */
export function validateRecord(entity: EntityDefinition, data: Record<string, unknown>, fields: ColumnInfo[] = entityFields(entity)): RecordCheck {
  const input: Record<string, unknown> = { ...data };
  // Empty strings mean "not given", as in files.
  for (const [k, v] of Object.entries(input)) if (v === '') input[k] = null;
  const derived = input.id === undefined || input.id === null;
  if (derived) {
    input.id = derivedId(entity, input, data);
  } else if (typeof input.id === 'number') input.id = String(input.id);
  const parsed = entity.schema.safeParse(input);
  if (parsed.success) {
    const row: Record<string, unknown> = {};
    for (const f of fields) {
      const v = (parsed.data as Record<string, unknown>)[f.name];
      row[f.name] = v instanceof Date ? v.toISOString() : (v ?? null);
    }
    return { ok: true, row, derived };
  }
  const issue = parsed.error.issues[0]!;
  const field = String(issue.path[0] ?? '');
  const info = fields.find((f) => f.name === field);
  const raw = input[field];
  const present = raw !== undefined && raw !== null;
  const value = present ? (raw instanceof Date ? (Number.isNaN(raw.getTime()) ? 'Invalid Date' : raw.toISOString()) : typeof raw === 'string' ? raw : JSON.stringify(raw)) : '';
  return { ok: false, field, code: codeFor(info, issue, present), reason: present ? `${field}: ${JSON.stringify(value).slice(0, 80)} ${issue.message}` : `${field}: is required but empty`, value };
}
