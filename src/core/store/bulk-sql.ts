/**
 * Turns a plugin's BulkLoad (a delimited file plus a column mapping) into DuckDB SQL that reads
 * the file once, casts every mapped field by its schema kind, and marks each row that fails a
 * check with the reject reason. Rows are numbered in file order for line numbers and
 * "last one wins" de-duplication.
 */
import type { BulkLoad, ColumnSpec } from './bulk-load.ts';
import { CadenceError } from '../errors.ts';
import type { EntityDefinition } from '../schema/entity.ts';
import { entityFields } from '../schema/entity.ts';
import { typeField } from './cast-sql.ts';
import { detectDateFormats } from './date-detect.ts';
import { derivedIdSql, rowKeySql } from './identity.ts';
import { ident, literal, type Duck } from './duckdb.ts';

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

export function readCsvSql(load: BulkLoad, rejectsTable?: string): string {
  const columns = `{${load.header.map((_, i) => `${literal(cellName(i))}: 'VARCHAR'`).join(', ')}}`;
  const opts = [
    // headerLine 0: a file without a header row (its column names were given).
    `header = ${load.headerLine > 0}`,
    `skip = ${Math.max(0, load.headerLine - 1)}`,
    `delim = ${literal(load.delimiter)}`,
    `quote = ${literal(load.quote)}`,
    `escape = ${literal(load.escape)}`,
    `encoding = ${literal(load.encoding)}`,
    `columns = ${columns}`,
    `auto_detect = false`,
    `null_padding = false`,
    `max_line_size = 4194304`,
  ];
  if (rejectsTable) opts.push(`store_rejects = true`, `rejects_table = ${literal(rejectsTable)}`, `rejects_scan = ${literal(rejectsTable + '_scan')}`);
  else opts.push('ignore_errors = true');
  return `read_csv(${literal(load.path)}, ${opts.join(', ')})`;
}

/** Trimmed cell text, '' as NULL. trim() with a character set is costly, so only cells that start or end with blank space pay for it. */
const rawCellSql = (cell: string) =>
  `(CASE WHEN unicode(${cell}) IN (32, 9, 10, 13, 160) OR unicode(right(${cell}, 1)) IN (32, 9, 10, 13, 160) THEN NULLIF(trim(${cell}, ${TRIM_CHARS}), '') ELSE NULLIF(${cell}, '') END)`;

/**
 * Translates raw values through the mapping. The map is bound once per load as a DuckDB variable
 * (a MAP literal would be rebuilt for every row, a long CASE copied into every use of the field).
 * "*" maps every other non-empty value.
 */
function mapSql(r: string, map: Record<string, string | number | boolean | null>, bind: (mapLiteral: string) => string): string {
  const entries = Object.entries(map).filter(([k]) => k !== '*');
  const value = (v: string | number | boolean | null) => (v === null ? 'CAST(NULL AS VARCHAR)' : literal(String(v)));
  const otherwise = '*' in map ? `CASE WHEN ${r} IS NULL THEN NULL ELSE ${value(map['*']!)} END` : r;
  if (entries.length === 0) return `(${otherwise})`;
  const m = bind(`MAP {${entries.map(([k, v]) => `${literal(k.toLowerCase())}: ${value(v)}`).join(', ')}}`);
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
function rawSql(spec: ColumnSpec, load: BulkLoad, bind: (mapLiteral: string) => string, list = false): { raw: string; column: string } {
  const rawCell = (name: string) => rawCellSql(cellOf(load, name));
  if ('column' in spec) {
    let r = rawCell(spec.column);
    if (spec.unescape === 'html') r = unescapeHtmlSql(r);
    if (spec.pattern && list) r = `array_to_string(regexp_extract_all(${r}, ${literal(spec.pattern)}, 1), ${literal(ITEM_SEP)})`;
    else if (spec.pattern) r = `NULLIF(regexp_extract(${r}, ${literal(spec.pattern)}, 1), '')`;
    if (spec.map) r = mapSql(r, spec.map, bind);
    if (spec.default !== undefined) r = `coalesce(${r}, ${literal(String(spec.default))})`;
    return { raw: r, column: spec.column };
  }
  if ('value' in spec) return { raw: spec.value === null ? 'CAST(NULL AS VARCHAR)' : literal(String(spec.value)), column: '(fixed value)' };
  if ('template' in spec) {
    const parts = spec.template.split(/(\{[^}]+\})/).filter((p) => p !== '');
    const cols = parts.filter((p) => p.startsWith('{')).map((p) => p.slice(1, -1));
    const concat = parts.map((p) => (p.startsWith('{') ? `coalesce(${rawCell(p.slice(1, -1))}, '')` : literal(p))).join(' || ');
    const allNull = cols.length ? cols.map((c) => `${rawCell(c)} IS NULL`).join(' AND ') : 'false';
    const made = `CASE WHEN ${allNull} THEN NULL ELSE ${concat} END`;
    return { raw: spec.pattern ? `NULLIF(regexp_extract(${made}, ${literal(spec.pattern)}, 1), '')` : made, column: spec.template };
  }
  if ('match' in spec) {
    const text = `concat_ws(' ', ${spec.match.map((c) => `coalesce(${cellOf(load, c)}, '')`).join(', ')})`;
    const cases = spec.patterns.map((p) => `WHEN regexp_matches(${text}, ${literal(p.regex)}) THEN ${literal(p.value)}`).join(' ');
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

/** Builds the SELECT that reads, types and checks the file. */
export async function buildBulkSelect(
  duck: Duck,
  entity: EntityDefinition,
  load: BulkLoad,
  provenance: { source: string; plugin: string; stream: string; importedAt: Date },
  rejectsTable: string,
  /** Number rows in file order (single-threaded); needed only for reject lines and "last wins". */
  withOrdinal = true,
  /** Read only the first rows of the file (`cadence check` proving a mapping on a sample). */
  sampleRows?: number,
): Promise<BulkSql> {
  const fields = entityFields(entity);
  const known = new Set(fields.map((f) => f.name));
  for (const name of Object.keys(load.columns)) {
    if (!known.has(name)) {
      throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', `"${name}" is not a field of ${entity.name}; fields are: ${[...known].join(', ')}`, { place: { file: load.displayPath } });
    }
  }
  const src = readCsvSql(load);
  // Layers, each computed once per row: raw text (__r_), pre-parse (__p_), typed (__t_).
  const rawCols: string[] = [];
  const preCols: string[] = [];
  const typedCols: string[] = [];
  const checks: { when: string; code: string; field: string; column: string; value: string; reason: string }[] = [];
  const col = (prefix: string, f: string) => ident(`${prefix}${f}`);
  const maps: string[] = [];
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
    const { raw, column } = rawSql(
      spec,
      load,
      (mapLiteral) => {
        const name = `cad_map_${field.name}`;
        maps.push(`SET VARIABLE ${name} = ${mapLiteral}`);
        return `getvariable(${literal(name)})`;
      },
      list,
    );
    for (const sql of maps.splice(0)) await duck.run(sql);
    rawCols.push(`${raw} AS ${r}`);
    let dates: { formats: string[]; dateReason?: string } = { formats: [] };
    if (field.kind === 'timestamp' || field.kind === 'date') {
      const given = ('column' in spec || 'template' in spec) && spec.format ? spec.format : undefined;
      const detected = await detectDateFormats(duck, src, raw, field.kind, { field: field.name, column, file: load.displayPath }, given);
      dates = { formats: detected.formats, dateReason: detected.reason };
    }
    const split = 'column' in spec ? (list && spec.pattern ? ITEM_SEP : spec.split) : undefined;
    const typedField = typeField(field, { r, p: pp, t }, column, { ...dates, timezone: load.timezone, decimal: load.decimal, ...(split !== undefined ? { split } : {}) });
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
        .map((c) => `WHEN ${c.when} THEN concat_ws(${literal(REJECT_SEP)}, ${literal(c.code)}, ${literal(c.field)}, ${literal(c.column)}, coalesce(CAST(${c.value} AS VARCHAR), ''), ${literal(c.reason)})`)
        .join(' ')} END`
    : 'CAST(NULL AS VARCHAR)';
  const cells = load.header.map((_, i) => ident(cellName(i))).join(', ');
  const rawJson = `to_json(struct_pack(${load.header.map((h, i) => `${ident(h)} := ${ident(cellName(i))}`).join(', ')}))`;
  const prov = [
    `${literal(provenance.source)} AS source_name`,
    `${literal(provenance.plugin)} AS source_plugin`,
    `${literal(provenance.stream)} AS source_stream`,
    `${literal(load.displayPath)} AS source_file`,
    `CAST(NULL AS BIGINT) AS source_line`,
    `CAST(${literal(provenance.importedAt.toISOString())} AS TIMESTAMPTZ) AS imported_at`,
  ];
  // The raw cells travel to the end only for the reject's `raw` text, which only the ordinal pass
  // writes (a load with rejects is always staged again with ordinals).
  const keepCells = withOrdinal ? `, ${cells}` : '';
  const l0 = `SELECT *, ${withOrdinal ? 'row_number() OVER ()' : 'CAST(0 AS BIGINT)'} AS __rid FROM ${sampleRows === undefined ? readCsvSql(load, rejectsTable) : `(SELECT * FROM ${readCsvSql(load, rejectsTable)} LIMIT ${Math.max(0, Math.floor(sampleRows))})`}`;
  const l1 = `SELECT __rid${keepCells}${rawCols.length ? ', ' + rawCols.join(', ') : ''} FROM (${l0})`;
  const l2 = preCols.length ? `SELECT *, ${preCols.join(', ')} FROM (${l1})` : l1;
  const l3 = `SELECT *, ${typedCols.join(', ')} FROM (${l2})`;
  const l4 = `SELECT ${outFields.join(', ')}, ${prov.join(', ')}, __rid, ${rejectCase} AS __reject${derived ? ', __rowhash' : ''}${keepCells} FROM (${l3})`;
  const outCols = [...fields.map((f) => ident(f.name)), 'source_name', 'source_plugin', 'source_stream', 'source_file', 'source_line', 'imported_at'];
  const raw = withOrdinal ? `CASE WHEN __reject IS NOT NULL THEN CAST(${rawJson} AS VARCHAR) END` : 'CAST(NULL AS VARCHAR)';
  // With a derived id, the hash of the cells tells apart the rows that got the same id.
  const rowKey = derived ? '__rowhash' : 'CAST(NULL AS VARCHAR)';
  const select = `SELECT ${outCols.join(', ')}, __rid, __reject, ${raw} AS __raw, ${rowKey} AS __rowkey FROM (${l4})`;
  return { select };
}

/** Count of line breaks inside the cells of each row, for rows up to `maxRid` (line numbers). */
export function newlineCountSql(load: BulkLoad): string {
  const concat = `concat(${load.header.map((_, i) => `coalesce(${ident(cellName(i))}, '')`).join(', ')})`;
  return `SELECT row_number() OVER () AS rid, length(${concat}) - length(replace(${concat}, chr(10), '')) AS nl FROM ${readCsvSql(load)}`;
}
