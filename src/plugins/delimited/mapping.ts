/**
 * Resolves the `columns` option (entity field → column, value, template, hash or sum) against a
 * file's header, giving the store exact header names.
 */
import { CadenceError } from '../../core/errors.ts';
import { getEntity } from '../../core/schema/entities.ts';
import { entityFields } from '../../core/schema/entity.ts';
import type { ColumnSpec } from '../api.ts';
import { closeMatches } from './close-matches.ts';
import type { FieldMapping } from './options.ts';
import { fold } from './sniff.ts';

/** Where the header was found, for error messages. */
export interface HeaderPlace {
  /** File as shown to the user (relative to the project). */
  file: string;
  headerLine: number;
}

export interface ResolvedMapping {
  /** Field → how the store reads it, with exact header names. */
  columns: Record<string, ColumnSpec>;
  /** Things that work but may not be what the user meant. */
  warnings: string[];
}

/** A fresh matcher of `{Column}` references in a template (a /g regex carries state, so never share one). */
const templateReference = () => /\{([^{}]+)\}/g;

/** Every column name a mapping refers to (as written), for finding the header row. */
export function referencedColumns(mapping: Record<string, FieldMapping>): string[] {
  const names = new Set<string>();
  for (const m of Object.values(mapping)) {
    if (typeof m === 'string') names.add(m);
    else if ('column' in m) names.add(m.column);
    else if ('template' in m) for (const [, name] of m.template.matchAll(templateReference())) names.add(name!);
    else if ('hash' in m) m.hash.filter((c) => c !== '*').forEach((c) => names.add(c));
    else if ('sum' in m) m.sum.forEach((c) => names.add(c));
    else if ('match' in m) m.match.forEach((c) => names.add(c));
  }
  return [...names];
}

/**
 * Checks the mapping against the entity (known fields, required fields given) without a file.
 * Throws CADENCE_CSV_MAPPING_INVALID.
 */
export function checkMappingFields(entityName: string, mapping: Record<string, FieldMapping>): string[] {
  const entity = getEntity(entityName);
  if (!entity) throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `Unknown entity "${entityName}".`);
  const fields = entityFields(entity);
  const known = new Map(fields.map((f) => [f.name, f]));
  for (const field of Object.keys(mapping)) {
    if (!known.has(field)) {
      const near = closeMatches(field, [...known.keys()]);
      throw new CadenceError(
        'CADENCE_CSV_MAPPING_INVALID',
        `"${field}" is not a field of ${entity.name}${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(' or ')}?)` : ''}. Its fields are: ${[...known.keys()].join(', ')}.`,
        { details: { field, entity: entity.name, fields: [...known.keys()] } },
      );
    }
  }
  const missing = fields.filter((f) => f.required && f.name !== 'id' && !given(mapping[f.name]));
  if (missing.length) {
    throw new CadenceError(
      'CADENCE_CSV_MAPPING_INVALID',
      `${entity.name} needs ${missing.map((f) => f.name).join(', ')}, but the mapping gives ${missing.length === 1 ? 'it' : 'them'} no column or value.`,
      { details: { missing: missing.map((f) => f.name), entity: entity.name } },
    );
  }
  const warnings: string[] = [];
  if (!mapping['id']) {
    const unmapped = entity.naturalKey.filter((k) => !mapping[k]);
    if (unmapped.length) {
      warnings.push(`id is not mapped and ${unmapped.join(', ')} ${unmapped.length === 1 ? 'is' : 'are'} not mapped, so a row's id is a hash of its whole line. That is safe for one export; if two files hold the same row with different values, both count — map id if your exports overlap.`);
    }
  }
  for (const [field, m] of Object.entries(mapping)) {
    const kind = known.get(field)!.kind;
    if (typeof m === 'object' && 'format' in m && m.format !== undefined && kind !== 'date' && kind !== 'timestamp') {
      warnings.push(`${field} has a \`format\`, but it is a ${kind} field; the format is ignored.`);
    }
    if (typeof m === 'object' && 'split' in m && m.split !== undefined && kind !== 'string_list') {
      warnings.push(`${field} has a \`split\`, but it is not a list field; the split is ignored.`);
    }
  }
  return warnings;
}

function given(m: FieldMapping | undefined): boolean {
  return m !== undefined && !(typeof m === 'object' && 'value' in m && m.value === null);
}

/**
 * Resolves the mapping against `header` (names as the sniffer reports them). Throws
 * CADENCE_CSV_MAPPING_INVALID for fields the entity lacks or required fields left out, and
 * CADENCE_CSV_MISSING_COLUMN for a column the header lacks.
 */
export function resolveMapping(entityName: string, mapping: Record<string, FieldMapping>, header: string[], place: HeaderPlace): ResolvedMapping {
  const warnings = checkMappingFields(entityName, mapping);
  const column = (name: string, field: string) => findColumn(name, header, place, field);
  const columns: Record<string, ColumnSpec> = {};
  for (const field of Object.keys(mapping).sort()) {
    const m = mapping[field]!;
    if (typeof m === 'string') {
      columns[field] = { column: column(m, field) };
    } else if ('column' in m) {
      const spec: ColumnSpec = { column: column(m.column, field) };
      if (m.format !== undefined) spec.format = typeof m.format === 'string' ? [m.format] : [...m.format];
      if (m.map !== undefined) spec.map = { ...m.map };
      if (m.pattern !== undefined) spec.pattern = checkPattern(m.pattern, field);
      if (m.unescape !== undefined) spec.unescape = m.unescape;
      if (m.split !== undefined) spec.split = m.split;
      if (m.default !== undefined) spec.default = m.default;
      columns[field] = spec;
    } else if ('value' in m) {
      columns[field] = { value: m.value };
    } else if ('template' in m) {
      if (!templateReference().test(m.template)) warnings.push(`${field}: the template "${m.template}" names no {Column}, so every row gets the same text.`);
      const template = m.template.replace(templateReference(), (_, name: string) => `{${column(name, field)}}`);
      const spec: ColumnSpec = { template };
      if (m.format !== undefined) spec.format = typeof m.format === 'string' ? [m.format] : [...m.format];
      if (m.pattern !== undefined) spec.pattern = checkPattern(m.pattern, field);
      columns[field] = spec;
    } else if ('hash' in m) {
      columns[field] = { hash: m.hash.includes('*') ? [...header] : m.hash.map((c) => column(c, field)) };
    } else if ('match' in m) {
      for (const p of m.patterns) checkRegex(p.regex, field);
      columns[field] = { match: m.match.map((c) => column(c, field)), patterns: m.patterns.map((p) => ({ ...p })) };
    } else {
      columns[field] = { sum: m.sum.map((c) => column(c, field)) };
    }
  }
  return { columns, warnings };
}

/** The header name a mapped column refers to: exact text first, then trimmed and case-insensitive. */
function findColumn(name: string, header: string[], place: HeaderPlace, field: string): string {
  if (header.includes(name)) return name;
  const match = header.find((h) => fold(h) === fold(name));
  if (match !== undefined) return match;
  const near = closeMatches(name, header);
  throw new CadenceError(
    'CADENCE_CSV_MISSING_COLUMN',
    `Column "${name}" (mapped to ${field}) is not in the header of ${place.file} (line ${place.headerLine})${near.length ? `; did you mean ${near.map((n) => `"${n}"`).join(' or ')}?` : '.'} The header has: ${header.join(', ')}.`,
    { place: { file: place.file, line: place.headerLine }, details: { column: name, field, header, suggestions: near } },
  );
}

function checkPattern(pattern: string, field: string): string {
  let groups: number;
  try {
    // RE2's leading (?i) (case-insensitive) is not JavaScript syntax: check the rest.
    groups = new RegExp(`${pattern.replace(/^\(\?i\)/, '')}|`).exec('')!.length - 1;
  } catch (e) {
    throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `The pattern of ${field} is not a valid regular expression: ${(e as Error).message}.`);
  }
  if (groups < 1) {
    throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `The pattern of ${field} has no capture group: put the part to keep in parentheses, e.g. "id=(\\d+)".`);
  }
  return pattern;
}

/** A `match` pattern must compile (the `(?i)` prefix RE2 understands is accepted too). */
function checkRegex(regex: string, field: string): void {
  try {
    new RegExp(regex.replace(/^\(\?i\)/, ''));
  } catch (e) {
    throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `A match pattern of ${field} is not a valid regular expression: ${(e as Error).message}.`);
  }
}

/** "id ← "Post ID", platform ← facebook, …": where each field of a mapping comes from, for `check`. */
export function describeMapping(m: Record<string, FieldMapping>): string {
  const from = (f: FieldMapping): string => {
    if (typeof f === 'string') return `"${f}"`;
    if ('column' in f) return `"${f.column}"${f.pattern ? ' (pattern)' : ''}`;
    if ('value' in f) return String(f.value);
    if ('template' in f) return `"${f.template}"`;
    if ('sum' in f) return f.sum.map((c) => `"${c}"`).join(' + ');
    if ('hash' in f) return `hash of ${f.hash.join(', ')}`;
    return `match of ${f.match.join(', ')}`;
  };
  return Object.entries(m)
    .map(([field, f]) => `${field} ← ${from(f)}`)
    .join(', ');
}
