/**
 * The SQL dialects Cadence's queries are written for: DuckDB (embedded, the default) and
 * ClickHouse. Every KPI, list and benchmark query is written once, in the SQL both engines
 * share (SELECT, JOIN, GROUP BY ALL, `count(*) FILTER (WHERE …)`, window functions, QUALIFY,
 * CTEs, `DATE '…'`, `coalesce`, `nullif`, `least`/`greatest`, `date_diff`, `regexp_replace` of the
 * first match…), and asks its dialect for the few forms the engines spell differently. There is
 * no SQL rewriting: a query calls `d.median(x)` where it needs an exact median, and each dialect
 * returns its own text.
 *
 * The ClickHouse engine also runs with settings that give ClickHouse DuckDB's (and standard SQL's)
 * NULL semantics (clickhouse/settings.ts): an aggregate over no rows is NULL
 * (`aggregate_functions_null_for_empty`), an unmatched outer join gives NULL
 * (`join_use_nulls`).
 *
 * Lists: ClickHouse has no NULL array. A list column a source did not fill reads as an empty
 * array there, so queries treat an empty list and a missing one alike (`d.listOr`).
 */

export type DialectName = 'duckdb' | 'clickhouse';

/** A sort key for `d.firstBy` and `d.listOf`: an expression, descending when `desc` (numbers only, for ClickHouse). */
export type SortKey = string | { expr: string; desc: true };

export interface Dialect {
  readonly name: DialectName;

  // ── literals and parameters ──────────────────────────────────────────────
  /**
   * A string literal, for code constants and configuration (names, the time zone). Data read from
   * files or APIs goes as a parameter instead. (ClickHouse reads `\\` in a literal as an escape.)
   */
  str(value: string): string;
  /** `(a, b, c)` for an IN list of string literals; `(NULL)` when empty. */
  strList(values: readonly string[]): string;
  /** A UTC instant from an ISO string ending in `Z` (a code constant, e.g. a period bound). */
  instant(iso: string): string;
  /** Query parameter `i` (0-based), a string: DuckDB `$1`, ClickHouse `{p0:String}`. */
  param(i: number): string;
  /**
   * A table of rows from a JSON parameter (an array of objects): `SELECT <fields> FROM …`. Types are
   * 'INTEGER', 'DOUBLE', 'VARCHAR', 'DATE', 'BOOLEAN'.
   */
  jsonRows(i: number, fields: Record<string, JsonFieldType>): string;
  /** A list of strings from a JSON parameter holding an array of strings. */
  jsonStrings(i: number): string;

  // ── time ─────────────────────────────────────────────────────────────────
  /** The local calendar day (DATE) of the UTC timestamp `column` in `timezone`. */
  localDay(column: string, timezone: string): string;
  /** The local wall-clock time of `column` in `timezone`, as a TIMESTAMP without zone. */
  localTime(column: string, timezone: string): string;
  /** Milliseconds since 1970 of a UTC timestamp. */
  epochMs(ts: string): string;
  /** A DATE or timestamp formatted with strftime codes (%Y, %m, %d, %H, %M, %S). */
  format(value: string, pattern: string): string;

  // ── numbers ──────────────────────────────────────────────────────────────
  /** Integer division, truncating toward zero (operands are integers). */
  intDiv(a: string, b: string): string;
  /** Rounds half away from zero to `digits` decimals (DuckDB's `round`; ClickHouse rounds floats half to even). */
  round(x: string, digits: number): string;
  /** A 64-bit hash of a value, for grouping keys only (the two engines hash differently). */
  hash(x: string): string;
  /** A number as short text: 12.5 → '12.5', 12.0 → '12' (up to 6 significant digits). */
  numberText(x: string): string;

  // ── aggregates ───────────────────────────────────────────────────────────
  /** The exact median, the mean of the two middle values for an even count (NULL for no rows). */
  median(x: string): string;
  /** The value of `v` on the row where `by` is largest (rows with a NULL `v` or `by` skipped). */
  argMax(v: string, by: string): string;
  /** The value of `v` on the row where `by` is smallest (rows with a NULL `v` or `by` skipped). */
  argMin(v: string, by: string): string;
  /** The value of `v` on the first row in the order of `keys` (a NULL `v` counts). */
  firstBy(v: string, keys: readonly SortKey[]): string;
  /** Whether any value is true. */
  boolOr(x: string): string;
  /** The values of `v` as a list, in the order of `keys` when given (NULLs kept). */
  listOf(v: string, keys?: readonly SortKey[]): string;
  /**
   * JSON text of the list of objects `{field: value}` over the group's rows in the order of
   * `keys`, the first `limit` when given (numbers stay numbers).
   */
  jsonListOf(fields: Record<string, string>, keys: readonly SortKey[], limit?: number): string;

  // ── lists ────────────────────────────────────────────────────────────────
  /** `l` with `body` (an expression in `x`) applied to each item. */
  listTransform(l: string, x: string, body: string): string;
  /** The items of `l` for which `cond` (an expression in `x`) holds. */
  listFilter(l: string, x: string, cond: string): string;
  listContains(l: string, item: string): string;
  listHasAny(l: string, items: string): string;
  listDistinct(l: string): string;
  listAppend(l: string, item: string): string;
  listLength(l: string): string;
  /** A list literal. */
  listLiteral(items: readonly string[]): string;
  /** `l` when it has items, else `fallback` (a missing list counts as empty: ClickHouse has no NULL lists). */
  listOr(l: string, fallback: string): string;
  /** One row per item of `l` (in a SELECT list). */
  unnest(l: string): string;
  /** The median of the first `n` items of `l`, padded with `pad` when shorter. */
  listMedianPadded(l: string, n: string, pad: string): string;
  /** An integer range [from, to) as a list. */
  range(from: string, to: string): string;

  // ── strings ──────────────────────────────────────────────────────────────
  /** Every match of `pattern` replaced. */
  replaceAll(s: string, pattern: string, replacement: string): string;
  regexpMatches(s: string, pattern: string): string;
  /** Every match of the first group of `pattern`, as a list. */
  regexpExtractAll(s: string, pattern: string): string;
  regexpSplit(s: string, pattern: string): string;
  startsWith(s: string, prefix: string): string;
  /** Length in characters (not bytes). */
  charLength(s: string): string;
  /** The first `n` characters. */
  leftChars(s: string, n: number): string;

  // ── tables ───────────────────────────────────────────────────────────────
  /** Creates a session table from a SELECT (dropped with `dropTable` or when the reader closes). */
  createTempTable(name: string, select: string): string;
  dropTable(name: string): string;
  /**
   * One row per day of each row of `table`, from its DATE column `first` (inclusive) to `end`
   * (exclusive): the FROM clause, and the expression of the day.
   */
  daysOf(table: string, first: string, end: string): { from: string; day: string };
  /** Aggregate: the `n`-th largest value of the number `x` (NULLs skipped), NULL when there are fewer than `n`. */
  nthLargest(x: string, n: number): string;
  /** The ISO weekday (1 = Monday … 7 = Sunday) of a DATE or timestamp. */
  isoWeekday(ts: string): string;
  /** Lower case of every letter, not only ASCII (ClickHouse's `lower` changes ASCII letters only). */
  lowerText(s: string): string;
  /**
   * Whether `WITH x AS MATERIALIZED (…)` works `x` out once for all its uses (DuckDB). ClickHouse
   * works a CTE out again at each use: a result read many times is kept in a temporary table there.
   */
  readonly materializesCtes: boolean;
}

export type JsonFieldType = 'INTEGER' | 'DOUBLE' | 'VARCHAR' | 'DATE' | 'BOOLEAN';

const quote = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
const quoteDuck = (s: string) => `'${s.replaceAll("'", "''")}'`;
const keyText = (k: SortKey, neg: (e: string) => string) => (typeof k === 'string' ? k : neg(k.expr));

const duckStr = (value: string): string => (value.includes('\u0000') ? `(${value.split('\u0000').map(quoteDuck).join(' || chr(0) || ')})` : quoteDuck(value));

export const duckdbDialect: Dialect = {
  name: 'duckdb',
  str: duckStr,
  strList: (values) => (values.length ? `(${values.map(duckStr).join(', ')})` : '(NULL)'),
  instant: (iso) => `TIMESTAMPTZ ${quoteDuck(iso)}`,
  param: (i) => `$${i + 1}`,
  jsonRows: (i, fields) => `SELECT unnest(from_json(CAST($${i + 1} AS JSON), ${quoteDuck(JSON.stringify([fields]))}), recursive := true)`,
  jsonStrings: (i) => `from_json(CAST($${i + 1} AS JSON), '["VARCHAR"]')`,
  localDay: (c, tz) => `CAST(timezone(${quoteDuck(tz)}, ${c}) AS DATE)`,
  localTime: (c, tz) => `timezone(${quoteDuck(tz)}, ${c})`,
  epochMs: (ts) => `epoch_ms(${ts})`,
  format: (v, p) => `strftime(${v}, ${quoteDuck(p)})`,
  intDiv: (a, b) => `((${a}) // (${b}))`,
  round: (x, n) => `round(${x}, ${n})`,
  hash: (x) => `hash(${x})`,
  numberText: (x) => `format('{:g}', ${x})`,
  median: (x) => `median(${x})`,
  argMax: (v, by) => `arg_max(${v}, ${by})`,
  argMin: (v, by) => `arg_min(${v}, ${by})`,
  firstBy: (v, keys) => `first(${v} ORDER BY ${keys.map((k) => keyText(k, (e) => `${e} DESC`)).join(', ')})`,
  boolOr: (x) => `bool_or(${x})`,
  listOf: (v, keys) => `list(${v}${keys?.length ? ` ORDER BY ${keys.map((k) => keyText(k, (e) => `${e} DESC`)).join(', ')}` : ''})`,
  jsonListOf: (fields, keys, limit) => {
    const struct = `{${Object.entries(fields).map(([k, v]) => `${quoteDuck(k)}: ${v}`).join(', ')}}`;
    const list = `list(${struct} ORDER BY ${keys.map((k) => keyText(k, (e) => `${e} DESC`)).join(', ')})`;
    return `CAST(to_json(${limit ? `${list}[1:${limit}]` : list}) AS VARCHAR)`;
  },
  listTransform: (l, x, body) => `list_transform(${l}, ${x} -> ${body})`,
  listFilter: (l, x, cond) => `list_filter(${l}, ${x} -> ${cond})`,
  listContains: (l, item) => `list_contains(${l}, ${item})`,
  listHasAny: (l, items) => `list_has_any(${l}, ${items})`,
  listDistinct: (l) => `list_distinct(${l})`,
  listAppend: (l, item) => `list_append(${l}, ${item})`,
  listLength: (l) => `len(${l})`,
  listLiteral: (items) => `[${items.join(', ')}]`,
  listOr: (l, fallback) => `CASE WHEN len(${l}) > 0 THEN ${l} ELSE ${fallback} END`,
  unnest: (l) => `unnest(${l})`,
  listMedianPadded: (l, n, pad) => `list_median(list_resize(${l}, ${n}, ${pad}))`,
  range: (from, to) => `range(${from}, ${to})`,
  replaceAll: (s, p, r) => `regexp_replace(${s}, ${quoteDuck(p)}, ${quoteDuck(r)}, 'g')`,
  regexpMatches: (s, p) => `regexp_matches(${s}, ${quoteDuck(p)})`,
  regexpExtractAll: (s, p) => `regexp_extract_all(${s}, ${quoteDuck(p)}, 1)`,
  regexpSplit: (s, p) => `regexp_split_to_array(${s}, ${quoteDuck(p)})`,
  startsWith: (s, p) => `starts_with(${s}, ${p})`,
  charLength: (s) => `length(${s})`,
  leftChars: (s, n) => `left(${s}, ${n})`,
  createTempTable: (name, select) => `CREATE TEMP TABLE ${name} AS ${select}`,
  dropTable: (name) => `DROP TABLE IF EXISTS ${name}`,
  daysOf: (table, first, end) => ({ from: `${table}, range(${first}, ${end}, INTERVAL 1 DAY) cad_days(cad_d)`, day: 'CAST(cad_d AS DATE)' }),
  nthLargest: (x, n) => `max(${x}, ${n})[${n}]`,
  isoWeekday: (ts) => `isodow(${ts})`,
  lowerText: (s) => `lower(${s})`,
  materializesCtes: true,
};

/** ClickHouse types of the JSON row fields. */
const chJsonType: Record<JsonFieldType, string> = { INTEGER: 'Int64', DOUBLE: 'Float64', VARCHAR: 'Nullable(String)', DATE: 'Date32', BOOLEAN: 'Bool' };

/** ClickHouse's arraySort key for a list of sort keys (descending numbers negated). */
const chKeys = (keys: readonly SortKey[]) => `(${keys.map((k) => keyText(k, (e) => `-(${e})`)).join(', ')},)`;

const chStr = (value: string): string => quote(value).replaceAll('\u0000', '\\0');

export const clickhouseDialect: Dialect = {
  name: 'clickhouse',
  str: chStr,
  strList: (values) => (values.length ? `(${values.map(chStr).join(', ')})` : '(NULL)'),
  instant: (iso) => `toDateTime64(${quote(iso.replace('T', ' ').replace(/Z$/, ''))}, 6, 'UTC')`,
  param: (i) => `{p${i}:String}`,
  jsonRows: (i, fields) => {
    const names = Object.keys(fields);
    const tuple = `Array(Tuple(${names.map((n) => `${n} ${chJsonType[fields[n]!]}`).join(', ')}))`;
    return `SELECT ${names.map((n) => `tupleElement(cad_row, ${quote(n)}) AS ${n}`).join(', ')} FROM (SELECT arrayJoin(JSONExtract({p${i}:String}, ${quote(tuple)})) AS cad_row)`;
  },
  jsonStrings: (i) => `JSONExtract({p${i}:String}, 'Array(String)')`,
  localDay: (c, tz) => `toDate32(toTimeZone(${c}, ${quote(tz)}))`,
  localTime: (c, tz) => `toDateTime64(toString(toTimeZone(${c}, ${quote(tz)})), 6, 'UTC')`,
  epochMs: (ts) => `toUnixTimestamp64Milli(${ts})`,
  format: (v, p) => `formatDateTime(${v}, ${quote(p.replaceAll('%M', '%i'))})`,
  intDiv: (a, b) => `intDiv(${a}, ${b})`,
  round: (x, n) => `(sign(${x}) * floor(abs(${x}) * ${10 ** n} + 0.5) / ${10 ** n})`,
  hash: (x) => `cityHash64(${x})`,
  numberText: (x) => `toString(toFloat64(${x}))`,
  median: (x) => `quantileExactInclusive(0.5)(${x})`,
  argMax: (v, by) => `argMaxIf(${v}, ${by}, ${v} IS NOT NULL AND ${by} IS NOT NULL)`,
  argMin: (v, by) => `argMinIf(${v}, ${by}, ${v} IS NOT NULL AND ${by} IS NOT NULL)`,
  firstBy: (v, keys) => `tupleElement(arrayElement(arraySort(cad_t -> tupleElement(cad_t, 2), groupArray((${v}, ${chKeys(keys)}))), 1), 1)`,
  boolOr: (x) => `(max(${x}) = 1)`,
  listOf: (v, keys) =>
    keys?.length ? `arrayMap(cad_t -> tupleElement(cad_t, 1), arraySort(cad_t -> tupleElement(cad_t, 2), groupArray((${v}, ${chKeys(keys)}))))` : `groupArray(tuple(${v})).1`,
  jsonListOf: (fields, keys, limit) => {
    const names = Object.keys(fields);
    const sorted = `arraySort(cad_t -> tupleElement(cad_t, 2), groupArray((tuple(${names.map((n) => fields[n]).join(', ')}), ${chKeys(keys)})))`;
    const items = `arrayMap(cad_t -> CAST(tupleElement(cad_t, 1), 'Tuple(${names.map((n) => `${n} Dynamic`).join(', ')})'), ${sorted})`;
    return `toJSONString(${limit ? `arraySlice(${items}, 1, ${limit})` : items})`;
  },
  listTransform: (l, x, body) => `arrayMap(${x} -> ${body}, ${l})`,
  listFilter: (l, x, cond) => `arrayFilter(${x} -> ${cond}, ${l})`,
  listContains: (l, item) => `has(${l}, ${item})`,
  listHasAny: (l, items) => `hasAny(${l}, ${items})`,
  listDistinct: (l) => `arrayDistinct(${l})`,
  listAppend: (l, item) => `arrayPushBack(${l}, ${item})`,
  listLength: (l) => `length(${l})`,
  listLiteral: (items) => `[${items.join(', ')}]`,
  listOr: (l, fallback) => `if(notEmpty(${l}), ${l}, ${fallback})`,
  unnest: (l) => `arrayJoin(${l})`,
  listMedianPadded: (l, n, pad) => `arrayReduce('quantileExactInclusive(0.5)', arrayResize(${l}, ${n}, ${pad}))`,
  range: (from, to) => `range(${from}, ${to})`,
  replaceAll: (s, p, r) => `replaceRegexpAll(${s}, ${quote(p)}, ${quote(r)})`,
  regexpMatches: (s, p) => `match(${s}, ${quote(p)})`,
  regexpExtractAll: (s, p) => `extractAll(${s}, ${quote(p)})`,
  regexpSplit: (s, p) => `splitByRegexp(${quote(p)}, ${s})`,
  startsWith: (s, p) => `startsWith(${s}, ${p})`,
  charLength: (s) => `lengthUTF8(${s})`,
  leftChars: (s, n) => `leftUTF8(${s}, ${n})`,
  createTempTable: (name, select) => `CREATE TEMPORARY TABLE ${name} ENGINE = Memory AS ${select}`,
  dropTable: (name) => `DROP TEMPORARY TABLE IF EXISTS ${name}`,
  daysOf: (table, first, end) => ({ from: `${table} ARRAY JOIN arrayMap(cad_i -> ${first} + cad_i, range(toUInt32(greatest(${end} - ${first}, 0)))) AS cad_d`, day: 'cad_d' }),
  nthLargest: (x, n) => `-(arrayElementOrNull(groupArraySorted(${n})(-(${x})), ${n}))`,
  isoWeekday: (ts) => `toDayOfWeek(${ts})`,
  lowerText: (s) => `lowerUTF8(${s})`,
  materializesCtes: false,
};

export const dialects: Record<DialectName, Dialect> = { duckdb: duckdbDialect, clickhouse: clickhouseDialect };
