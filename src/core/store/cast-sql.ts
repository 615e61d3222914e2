/**
 * Casts and checks for bulk loads, derived from the entity schema's field kinds. These are the
 * SQL twins of the zod rules records are held to: the same kinds, the same ranges, the same
 * reject codes.
 */
import type { ErrorCode } from '../errors.ts';
import type { FieldInfo } from '../schema/fields.ts';
import { dateMacros, impossibleOffset, isoShape, parseDateSql, parseTimestampSql } from './date-sql.ts';
import { literal } from './duckdb.ts';

export { candidateFormats, parseDateSql, parseTimestampSql } from './date-sql.ts';

/**
 * Grouping separators allowed in a number, for "." and "," as the decimal mark: they must group
 * thousands (`1,234,567.5`, `1 234,5`, `1'234`), so `1.234,5` in a "." file or `12,34` are not
 * numbers rather than 1.2345 and 1234. Currency signs and a % may stand before or after.
 */
const groupedNumber = (sep: string, mark: string) =>
  String.raw`[-+]?\s*[$€£¥]?\s*[-+]?(\d{1,3}([${sep}]\d{3})+|\d+)?([${mark}]\d*)?\s*%?\s*[$€£¥]?`;

/**
 * Macros every staging connection defines before running bulk SQL: one family for "." as decimal
 * mark (cad_num, …) and one for "," (cad_num_c, …). A number is finite (no NaN, inf or 1e309) and
 * -0 is 0.
 */
export function castMacros(): string[] {
  const family = (suffix: string, strip: string, grouped: string) => [
    `CREATE OR REPLACE MACRO cad_numtext${suffix}(s) AS CASE WHEN regexp_full_match(s, ${literal(grouped)}) AND regexp_matches(s, '\\d') THEN ${strip} END`,
    suffix === ''
      ? `CREATE OR REPLACE MACRO cad_num(s) AS cad_finite(coalesce(TRY_CAST(s AS DOUBLE), TRY_CAST(cad_numtext(s) AS DOUBLE)))`
      : `CREATE OR REPLACE MACRO cad_num_c(s) AS cad_finite(TRY_CAST(cad_numtext_c(s) AS DOUBLE))`,
    // Percentages divide in decimal arithmetic, so "32.30%" is exactly 0.323.
    `CREATE OR REPLACE MACRO cad_ratio${suffix}(s) AS CASE WHEN contains(s, '%') THEN CAST(TRY_CAST(cad_numtext${suffix}(s) AS DECIMAL(18, 6)) * CAST(0.01 AS DECIMAL(3, 2)) AS DOUBLE) ELSE cad_num${suffix}(s) END`,
    `CREATE OR REPLACE MACRO cad_int${suffix}(s) AS CASE WHEN cad_num${suffix}(s) = floor(cad_num${suffix}(s)) AND abs(cad_num${suffix}(s)) < 9e15 THEN CAST(cad_num${suffix}(s) AS BIGINT) END`,
    // "<00:00:01" is how Google Analytics writes "under a second": 0.
    `CREATE OR REPLACE MACRO cad_duration${suffix}(s) AS CASE
       WHEN starts_with(s, '<') AND regexp_full_match(s, '<\\s*0*:?0*:?0*1(\\.0+)?') THEN 0
       WHEN regexp_full_match(s, '\\d+:\\d{1,2}:\\d{1,2}(\\.\\d+)?') THEN TRY_CAST(split_part(s, ':', 1) AS DOUBLE) * 3600 + TRY_CAST(split_part(s, ':', 2) AS DOUBLE) * 60 + TRY_CAST(split_part(s, ':', 3) AS DOUBLE)
       WHEN regexp_full_match(s, '\\d+:\\d{1,2}(\\.\\d+)?') THEN TRY_CAST(split_part(s, ':', 1) AS DOUBLE) * 60 + TRY_CAST(split_part(s, ':', 2) AS DOUBLE)
       ELSE cad_num${suffix}(s) END`,
  ];
  return [
    `CREATE OR REPLACE MACRO cad_finite(x) AS CASE WHEN isfinite(x) THEN x + 0.0 END`,
    ...family('', `regexp_replace(s, '[,%\\s''’€$£¥\u00a0]', '', 'g')`, groupedNumber(",'’\\s\u00a0", '.')),
    ...family('_c', `replace(regexp_replace(s, '[.%\\s''’€$£¥\u00a0]', '', 'g'), ',', '.')`, groupedNumber(".'’\\s\u00a0", ',')),
    `CREATE OR REPLACE MACRO cad_bool(s) AS CASE WHEN lower(s) IN ('true', 't', 'yes', 'y', '1', 'x') THEN true WHEN lower(s) IN ('false', 'f', 'no', 'n', '0') THEN false END`,
    ...dateMacros(),
  ];
}

export interface TypedField {
  /** Optional pre-parse over the raw column (computed once, referenced as `p`). */
  pre?: string;
  /** Typed value over the raw column `r` and the pre-parse column `p`. */
  typed: string;
  /** Conditions that reject the row, over `r` and the typed column `t`; first match wins. */
  checks: { when: string; code: ErrorCode; column: string; value: string; reason: string }[];
}

/**
 * Typed value and checks of one field. `r`, `p` and `t` are column names of the raw text
 * (trimmed, '' as NULL, map and pattern applied), the pre-parse and the typed value: the bulk
 * SELECT computes them in layers so every expression runs once per row.
 */
export function typeField(
  field: FieldInfo,
  cols: { r: string; p: string; t: string },
  column: string,
  opts: {
    formats: string[];
    timezone: string;
    decimal?: '.' | ',';
    split?: string;
    /** Reject reason of a date or timestamp that fits none of `formats` (date-detect.ts words it). */
    dateReason?: string;
    /** SQL of a text from the configuration (formats, time zone, `split`): a bound variable in bulk loads (sql-values.ts). */
    text?: (s: string) => string;
  },
): TypedField {
  const text = opts.text ?? literal;
  const { r, p, t } = cols;
  const sfx = opts.decimal === ',' ? '_c' : '';
  const checks: TypedField['checks'] = [];
  let pre: string | undefined;
  let typed: string;
  const notParsed = (code: ErrorCode, reason: string) => checks.push({ when: `${r} IS NOT NULL AND ${t} IS NULL`, code, column, value: r, reason });
  // A date-time that names an offset no place has, or an ISO date or time the calendar lacks
  // (February 30, hour 25): said as such rather than as a format that does not fit.
  const impossible = (noun: string) => {
    checks.push({ when: `${r} IS NOT NULL AND ${t} IS NULL AND regexp_matches(${r}, ${literal(impossibleOffset)})`, code: 'CADENCE_VALUE_NOT_DATE', column, value: r, reason: `is not a ${noun}: its UTC offset is impossible (offsets run from -12:00 to +14:00)` });
    if (opts.formats.includes('iso')) {
      checks.push({ when: `${r} IS NOT NULL AND ${t} IS NULL AND regexp_full_match(${r}, ${literal(isoShape)})`, code: 'CADENCE_VALUE_NOT_DATE', column, value: r, reason: `is not a real ${noun} (a day or time the calendar does not have, e.g. February 30 or hour 25)` });
    }
  };
  switch (field.kind) {
    case 'string':
      typed = r;
      break;
    case 'enum':
      pre = `lower(regexp_replace(${r}, '[\\s-]+', '_', 'g'))`;
      typed = `CASE WHEN ${p} IN (${(field.values ?? []).map(literal).join(', ')}) THEN ${p} END`;
      notParsed('CADENCE_VALUE_NOT_ALLOWED', `is not one of ${(field.values ?? []).join(', ')}`);
      break;
    case 'integer':
      pre = `cad_num${sfx}(${r})`;
      typed = `CASE WHEN ${p} = floor(${p}) AND abs(${p}) < 9e15 THEN CAST(${p} AS BIGINT) END`;
      notParsed('CADENCE_VALUE_NOT_NUMBER', 'is not a whole number');
      break;
    case 'number':
      pre = `cad_num${sfx}(${r})`;
      typed = `CASE WHEN isfinite(${p}) THEN ${p} END`;
      notParsed('CADENCE_VALUE_NOT_NUMBER', 'is not a number');
      break;
    case 'ratio':
      pre = `cad_ratio${sfx}(${r})`;
      typed = p;
      notParsed('CADENCE_VALUE_NOT_NUMBER', 'is not a number or percentage');
      break;
    case 'duration':
      pre = `cad_duration${sfx}(${r})`;
      typed = p;
      notParsed('CADENCE_VALUE_NOT_DURATION', 'is not a duration (seconds or hh:mm:ss)');
      break;
    case 'boolean':
      typed = `cad_bool(${r})`;
      notParsed('CADENCE_VALUE_NOT_BOOLEAN', 'is not true/false, yes/no or 1/0');
      break;
    case 'timestamp':
      typed = opts.formats.length ? `coalesce(${opts.formats.map((f) => parseTimestampSql(r, f, opts.timezone, text)).join(', ')})` : 'CAST(NULL AS TIMESTAMPTZ)';
      impossible('date-time');
      notParsed('CADENCE_VALUE_NOT_DATE', opts.dateReason ?? `is not a date-time in the format${opts.formats.length > 1 ? 's' : ''} ${opts.formats.join(' | ') || '(none detected)'}`);
      break;
    case 'date':
      typed = opts.formats.length ? `coalesce(${opts.formats.map((f) => parseDateSql(r, f, text)).join(', ')})` : 'CAST(NULL AS DATE)';
      impossible('date');
      notParsed('CADENCE_VALUE_NOT_DATE', opts.dateReason ?? `is not a date in the format${opts.formats.length > 1 ? 's' : ''} ${opts.formats.join(' | ') || '(none detected)'}`);
      break;
    case 'string_list': {
      const item = field.name === 'hashtags' ? `lower(ltrim(trim(x), '#'))` : 'trim(x)';
      const parts = opts.split !== undefined ? `string_split(${r}, ${text(opts.split)})` : `string_split_regex(${r}, '[\\s,;|]+')`;
      typed = `CASE WHEN ${r} IS NOT NULL THEN list_filter(list_transform(${parts}, x -> ${item}), x -> x <> '') END`;
      break;
    }
  }
  if (field.required) checks.push({ when: `${r} IS NULL`, code: 'CADENCE_VALUE_REQUIRED', column, value: 'NULL', reason: 'is required but empty' });
  if (field.min !== undefined) checks.push({ when: `${t} < ${field.min}`, code: 'CADENCE_VALUE_INVALID', column, value: r, reason: `is below ${field.min}` });
  if (field.max !== undefined) checks.push({ when: `${t} > ${field.max}`, code: 'CADENCE_VALUE_INVALID', column, value: r, reason: `is above ${field.max}` });
  return { ...(pre ? { pre } : {}), typed, checks };
}

/** Canonical text of a typed value inside a derived id (same as the record path's). */
export function keyPartSql(field: FieldInfo, typed: string): string {
  switch (field.kind) {
    case 'timestamp':
      return `coalesce(strftime(${typed}, '%Y-%m-%dT%H:%M:%S.%gZ'), '')`;
    case 'date':
      return `coalesce(strftime(${typed}, '%Y-%m-%d'), '')`;
    case 'string_list':
      return `coalesce(array_to_string(${typed}, ','), '')`;
    default:
      return `coalesce(CAST(${typed} AS VARCHAR), '')`;
  }
}
