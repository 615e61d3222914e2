/**
 * Turns a plugin's BulkLoad (a delimited file plus a column mapping) into DuckDB SQL that reads
 * the file once, casts every mapped field by its schema kind, and marks each row that fails a
 * check with the reject reason. Rows are numbered in file order for line numbers and
 * "last one wins" de-duplication.
 *
 * No value from the file, the mapping or the configuration becomes SQL text: the file's path,
 * delimiter and header names, a mapping's `map`, `value`, `default`, `pattern`, `template` text,
 * `split` and formats, the time zone and the provenance are DuckDB variables set with bound
 * parameters (sql-values.ts). Only code constants (internal column names, reject codes, schema
 * field names and enum values, candidate date formats) are written into the SQL.
 */
import type { BulkLoad, ColumnSpec } from './bulk-load.ts';
import { CadenceError } from '../errors.ts';
import type { EntityDefinition } from '../schema/entity.ts';
import { entityFields } from '../schema/entity.ts';
import { typeField } from './cast-sql.ts';
import { detectDateFormats } from './date-detect.ts';
import { derivedIdSql, rowKeySql } from './identity.ts';
import { ident, literal, type Duck } from './duckdb.ts';
import { SqlValues } from './sql-values.ts';
import { MAX_RECORD_BYTES } from './csv-structure.ts';

const TRIM_CHARS = literal(' \t\r\n\u00a0');
export const REJECT_SEP = '\u001f';

/** SQL name of the i-th column of the file (header names are only for people). */
const cellName = (i: number) => `__c${i}`;

/** Resolves a header name (exact, then case-insensitive, trimmed) to its SQL column. */
function cellOf(load: BulkLoad, name: string): string {
  let i = load.header.indexOf(name);
  if (i < 0) i = load.header.findIndex((h) => h.trim().toLowerCase() === name.trim().toLowerCase());
  if (i < 0) {
    throw new CadenceError('CADENCE_CSV_MISSING_COLUMN', `column "${name}" is not in the header (${load.header.join(', ')})`, { place: { file: load.displayPath, line: load.headerLine } });
  }
  return ident(cellName(i));
}

/** The file DuckDB reads, when not the load's own: the clean copy csv-structure.ts writes (no header). */
export interface ReadFile {
  path: string;
  headerLine: number;
  /** Its line break, when known (csv-structure.ts): DuckDB otherwise takes the first it sees, even one inside quotes. */
  newLine?: 'LF' | 'CRLF' | 'CR';
}

const newLines = { LF: String.raw`\n`, CRLF: String.raw`\r\n`, CR: String.raw`\r` } as const;

/** The read_csv(...) call for a load; `rejectsTable` stores malformed rows (else they are skipped). */
export function readCsvSql(load: BulkLoad, v: SqlValues, rejectsTable?: string, file: ReadFile = load): string {
  const columns = `{${load.header.map((_, i) => `${literal(cellName(i))}: 'VARCHAR'`).join(', ')}}`;
  const opts = [
    // headerLine 0: a file without a header row (its column names were given, or a clean copy).
    `header = ${file.headerLine > 0}`,
    `skip = ${Math.max(0, Math.floor(file.headerLine) - 1)}`,
    `delim = ${v.text(load.delimiter)}`,
    `quote = ${v.text(load.quote)}`,
    `escape = ${v.text(load.escape)}`,
    `encoding = ${v.text(load.encoding)}`,
    `columns = ${columns}`,
    `auto_detect = false`,
    `null_padding = false`,
    `max_line_size = ${MAX_RECORD_BYTES}`,
  ];
  if (file.newLine) opts.push(`new_line = ${literal(newLines[file.newLine])}`);
  if (rejectsTable) opts.push(`store_rejects = true`, `rejects_table = ${literal(rejectsTable)}`, `rejects_scan = ${literal(rejectsTable + '_scan')}`);
  else opts.push('ignore_errors = true');
  return `read_csv(${v.text(file.path)}, ${opts.join(', ')})`;
}

/** Trimmed cell text, '' as NULL. trim() with a character set is costly, so only cells that start or end with blank space pay for it. */
const rawCellSql = (cell: string) =>
  `(CASE WHEN unicode(${cell}) IN (32, 9, 10, 13, 160) OR unicode(right(${cell}, 1)) IN (32, 9, 10, 13, 160) THEN NULLIF(trim(${cell}, ${TRIM_CHARS}), '') ELSE NULLIF(${cell}, '') END)`;

/**
 * Translates raw values through the mapping. The map is one DuckDB variable per load (a MAP
 * literal would be rebuilt for every row, a long CASE copied into every use of the field).
 * "*" maps every other non-empty value.
 */
function mapSql(r: string, map: Record<string, string | number | boolean | null>, v: SqlValues): string {
  const entries = Object.entries(map).filter(([k]) => k !== '*');
  const value = (x: string | number | boolean | null) => v.text(x === null ? null : String(x));
  const otherwise = '*' in map ? `CASE WHEN ${r} IS NULL THEN NULL ELSE ${value(map['*']!)} END` : r;
  if (entries.length === 0) return `(${otherwise})`;
  const m = v.map(entries.map(([k, x]) => [k.toLowerCase(), x === null ? null : String(x)]));
  return `(CASE WHEN map_contains(${m}, lower(${r})) THEN ${m}[lower(${r})] ELSE ${otherwise} END)`;
}

/** Separator of the items a `pattern` collects for a list field (a character no cell text holds). */
const ITEM_SEP = '\u001f';

/** The text with the HTML character references exports leave in it decoded (`&amp;` last, so `&amp;lt;` gives `&lt;`). */
const unescapeHtmlSql = (r: string) =>
  [['&lt;', '<'], ['&gt;', '>'], ['&quot;', '"'], ['&#39;', "'"], ['&apos;', "'"], ['&amp;', '&']].reduce((sql, [from, to]) => `replace(${sql}, ${literal(from!)}, ${literal(to!)})`, r);

/**
 * Raw text of a field from its spec, or null when the spec is not a text source (sum). For a list
 * field (`list`), a `pattern` keeps the first capture group of every match, joined by ITEM_SEP.
 */
function rawSql(spec: ColumnSpec, load: BulkLoad, v: SqlValues, list = false): { raw: string; column: string } {
  const rawCell = (name: string) => rawCellSql(cellOf(load, name));
  if ('column' in spec) {
    let r = rawCell(spec.column);
    if (spec.unescape === 'html') r = unescapeHtmlSql(r);
    if (spec.pattern && list) r = `array_to_string(regexp_extract_all(${r}, ${v.text(spec.pattern)}, 1), ${literal(ITEM_SEP)})`;
    else if (spec.pattern) r = `NULLIF(regexp_extract(${r}, ${v.text(spec.pattern)}, 1), '')`;
    if (spec.map) r = mapSql(r, spec.map, v);
    if (spec.default !== undefined) r = `coalesce(${r}, ${v.text(String(spec.default))})`;
    return { raw: r, column: spec.column };
  }
  if ('value' in spec) return { raw: v.text(spec.value === null ? null : String(spec.value)), column: '(fixed value)' };
  if ('template' in spec) {
    const parts = spec.template.split(/(\{[^}]+\})/).filter((p) => p !== '');
    const cols = parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1));
    const concat = parts.map((p) => (p.startsWith('{') ? `coalesce(${rawCell(p.slice(1, -1))}, '')` : v.text(p))).join(' || ');
    const allNull = cols.length ? cols.map((c) => `${rawCell(c)} IS NULL`).join(' AND ') : 'false';
    const made = `CASE WHEN ${allNull} THEN NULL ELSE ${concat} END`;
    return { raw: spec.pattern ? `NULLIF(regexp_extract(${made}, ${v.text(spec.pattern)}, 1), '')` : made, column: spec.template };
  }
  if ('match' in spec) {
    const text = `concat_ws(' ', ${spec.match.map((c) => `coalesce(${cellOf(load, c)}, '')`).join(', ')})`;
    const cases = spec.patterns.map((p) => `WHEN regexp_matches(${text}, ${v.text(p.regex)}) THEN ${v.text(p.value)}`).join(' ');
    return { raw: cases ? `CASE ${cases} END` : 'CAST(NULL AS VARCHAR)', column: `match(${spec.match.join(', ')})` };
  }
  if ('hash' in spec) {
    const cols = spec.hash.includes('*') ? load.header : spec.hash;
    return { raw: `md5(concat_ws(chr(31), ${cols.map((c) => `coalesce(${cellOf(load, c)}, '')`).join(', ')}))`, column: `hash(${spec.hash.join(', ')})` };
  }
  return { raw: 'NULL', column: spec.sum.join(' + ') };
}

export interface BulkSql {
  /** SELECT producing the stored columns plus __rid, __reject (code␟field␟column␟value␟reason), __raw and __rowkey. */
  select: string;
}

export interface BulkSelectOptions {
  /** Table DuckDB stores the rows it cannot parse in (store_rejects). */
  rejectsTable: string;
  /** Number rows in file order (single-threaded); needed only for reject lines and "last wins". */
  withOrdinal?: boolean;
  /** Read only the first rows of the file (`cadence check` proving a mapping on a sample). */
  sampleRows?: number;
  /** The file to read instead of the load's own (the clean copy of csv-structure.ts). */
  file?: ReadFile;
}

/**
 * Builds the SELECT that reads, types and checks the file. The values it reads are DuckDB
 * variables (sql-values.ts), set on `duck`'s connection before it returns: run the SELECT on that
 * connection, before another SELECT is built for the same rejects table.
 */
export async function buildBulkSelect(
  duck: Duck,
  entity: EntityDefinition,
  load: BulkLoad,
  provenance: { source: string; plugin: string; stream: string; importedAt: Date },
  options: BulkSelectOptions,
): Promise<BulkSql> {
  const { rejectsTable, withOrdinal = true, sampleRows, file = load } = options;
  const v = new SqlValues(`cad_${rejectsTable.replace(/[^a-z0-9_]/gi, '_')}`);
  const fields = entityFields(entity);
  const known = new Set(fields.map((f) => f.name));
  for (const name of Object.keys(load.columns)) {
    if (!known.has(name)) {
      throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `"${name}" is not a field of ${entity.name}; fields are: ${[...known].join(', ')}`, { place: { file: load.displayPath } });
    }
  }
  const src = readCsvSql(load, v, undefined, file);
  // Layers, each computed once per row: raw text (__r_), pre-parse (__p_), typed (__t_).
  const rawCols: string[] = [];
  const preCols: string[] = [];
  const typedCols: string[] = [];
  const checks: { when: string; code: string; field: string; column: string; value: string; reason: string }[] = [];
  const col = (prefix: string, f: string) => ident(`${prefix}${f}`);
  for (const field of fields) {
    const spec = load.columns[field.name];
    const r = col('__r_', field.name);
    const pp = col('__p_', field.name);
    const t = col('__t_', field.name);
    if (!spec) {
      if (field.name === 'id') continue; // derived below
      typedCols.push(`CAST(NULL AS ${field.duckdb}) AS ${t}`);
      if (field.required) checks.push({ when: 'true', code: 'CADENCE_VALUE_REQUIRED', field: field.name, column: '(not mapped)', value: 'NULL', reason: 'is required but not mapped to any column' });
      continue;
    }
    if ('sum' in spec) {
      const num = load.decimal === ',' ? 'cad_num_c' : 'cad_num';
      const parts = spec.sum.map((c, i) => ({ c, r: rawCellSql(cellOf(load, c)), p: col(`__s${i}_`, field.name) }));
      // Raw text in the first layer (the only one that sees the cells on the fast pass), numbers after.
      for (const part of parts) rawCols.push(`${part.r} AS ${ident(part.p.slice(1, -1) + '_raw')}`);
      for (const part of parts) preCols.push(`${num}(${ident(part.p.slice(1, -1) + '_raw')}) AS ${part.p}`);
      const typed = `CASE WHEN ${parts.map((x) => `${ident(x.p.slice(1, -1) + '_raw')} IS NULL`).join(' AND ')} THEN NULL ELSE ${parts.map((x) => `coalesce(${x.p}, 0)`).join(' + ')} END`;
      typedCols.push(`${field.kind === 'integer' ? `CAST(${typed} AS BIGINT)` : typed} AS ${t}`);
      for (const x of parts) checks.push({ when: `${ident(x.p.slice(1, -1) + '_raw')} IS NOT NULL AND ${x.p} IS NULL`, code: 'CADENCE_VALUE_NOT_NUMBER', field: field.name, column: x.c, value: ident(x.p.slice(1, -1) + '_raw'), reason: 'is not a number' });
      if (field.required) checks.push({ when: `${t} IS NULL`, code: 'CADENCE_VALUE_REQUIRED', field: field.name, column: spec.sum.join(' + '), value: 'NULL', reason: 'is required but empty' });
      continue;
    }
    const list = field.kind === 'string_list';
    const { raw, column } = rawSql(spec, load, v, list);
    rawCols.push(`${raw} AS ${r}`);
    let dates: { formats: string[]; dateReason?: string } = { formats: [] };
    if (field.kind === 'timestamp' || field.kind === 'date') {
      const given = ('column' in spec || 'template' in spec) && spec.format ? spec.format : undefined;
      await v.bind(duck);
      const detected = await detectDateFormats(duck, src, raw, field.kind, { field: field.name, column, file: load.displayPath }, given);
      dates = { formats: detected.formats, dateReason: detected.reason };
    }
    const split = 'column' in spec ? (list && spec.pattern ? ITEM_SEP : spec.split) : undefined;
    const typedField = typeField(field, { r, p: pp, t }, column, { ...dates, timezone: load.timezone, decimal: load.decimal, text: (x) => v.text(x), ...(split !== undefined ? { split } : {}) });
    if (typedField.pre) preCols.push(`${typedField.pre} AS ${pp}`);
    typedCols.push(`${typedField.typed} AS ${t}`);
    for (const c of typedField.checks) checks.push({ ...c, field: field.name });
  }
  const typedOf = (name: string) => col('__t_', name);
  // Without a mapped id: the natural key when complete, else a hash of the row's cells (identity.ts).
  const derived = !load.columns.id;
  if (derived) rawCols.push(`${rowKeySql(load.header.map((_, i) => ident(cellName(i))))} AS __rowhash`);
  const idExpr = derived ? derivedIdSql(entity, fields, typedOf, '__rowhash') : typedOf('id');
  const outFields = fields.map((f) => `CAST(${f.name === 'id' ? idExpr : typedOf(f.name)} AS ${f.duckdb}) AS ${ident(f.name)}`);
  const rejectCase = checks.length
    ? `CASE ${checks
        .map((c) => `WHEN ${c.when} THEN concat_ws(${literal(REJECT_SEP)}, ${literal(c.code)}, ${literal(c.field)}, ${v.text(c.column)}, coalesce(CAST(${c.value} AS VARCHAR), ''), ${v.text(c.reason)})`)
        .join(' ')} END`
    : 'CAST(NULL AS VARCHAR)';
  const cells = load.header.map((_, i) => ident(cellName(i))).join(', ');
  // The raw row as JSON keyed by the header names (variables: a header name is text from the file).
  const rawJson = `json_object(${load.header.map((h, i) => `${v.text(h)}, ${ident(cellName(i))}`).join(', ')})`;
  const prov = [
    `${v.text(provenance.source)} AS source_name`,
    `${v.text(provenance.plugin)} AS source_plugin`,
    `${v.text(provenance.stream)} AS source_stream`,
    `${v.text(load.displayPath)} AS source_file`,
    `CAST(NULL AS BIGINT) AS source_line`,
    `CAST(${v.text(provenance.importedAt.toISOString())} AS TIMESTAMPTZ) AS imported_at`,
  ];
  // The raw cells travel to the end only for the reject's `raw` text, which only the ordinal pass
  // writes (a load with rejects is always staged again with ordinals).
  const keepCells = withOrdinal ? `, ${cells}` : '';
  const read = readCsvSql(load, v, rejectsTable, file);
  const l0 = `SELECT *, ${withOrdinal ? 'row_number() OVER ()' : 'CAST(0 AS BIGINT)'} AS __rid FROM ${sampleRows === undefined ? read : `(SELECT * FROM ${read} LIMIT ${Math.max(0, Math.floor(sampleRows))})`}`;
  const l1 = `SELECT __rid${keepCells}${rawCols.length ? ', ' + rawCols.join(', ') : ''} FROM (${l0})`;
  const l2 = preCols.length ? `SELECT *, ${preCols.join(', ')} FROM (${l1})` : l1;
  const l3 = `SELECT *, ${typedCols.join(', ')} FROM (${l2})`;
  const l4 = `SELECT ${outFields.join(', ')}, ${prov.join(', ')}, __rid, ${rejectCase} AS __reject${derived ? ', __rowhash' : ''}${keepCells} FROM (${l3})`;
  const outCols = [...fields.map((f) => ident(f.name)), 'source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at'];
  const raw = withOrdinal ? `CASE WHEN __reject IS NOT NULL THEN CAST(${rawJson} AS VARCHAR) END` : 'CAST(NULL AS VARCHAR)';
  // With a derived id, the hash of the cells tells apart the rows that got the same id.
  const rowKey = derived ? '__rowhash' : 'CAST(NULL AS VARCHAR)';
  const select = `SELECT ${outCols.join(', ')}, __rid, __reject, ${raw} AS __raw, ${rowKey} AS __rowkey FROM (${l4})`;
  await v.bind(duck);
  return { select };
}
