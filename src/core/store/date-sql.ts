/**
 * Dates and date-times in bulk loads: the formats Cadence knows, and the SQL that reads a raw
 * value with one of them. Which formats a column gets is decided in date-detect.ts.
 *
 * A format is a strptime pattern (`%d/%m/%Y %H:%M`) or one of the names below:
 * - `iso`: ISO 8601 — `2015-02-24`, `2015-02-24 11:35`, `2015-02-24T11:35:52.123`, each with or
 *   without an offset (`Z`, `UTC`, `GMT`, `±hh`, `±hh:mm`, `±hhmm`), right after the time or after
 *   a space (`2015-02-24 11:35:52 -0800`, as Twitter's exports write it);
 * - `epoch_s`, `epoch_ms`: Unix time in seconds (9–10 digits, optional fraction) or milliseconds
 *   (12–13 digits), only between 1990 and 2100;
 * - `excel_days`: spreadsheet serial days in Excel's 1900 date system (`45567`, `45567.5` is noon
 *   of 2024-10-02), only between 20000 and 80000 (1954–2119).
 *
 * An explicit offset always wins over the source's time zone; values without one (and serial
 * days) are wall time in it; epochs are UTC instants. `%Z` reads a time-zone abbreviation at its
 * fixed offset (`zoneAbbreviations`; DuckDB's own `%Z` only knows UTC, GMT and IANA names). An
 * offset outside −12:00…+14:00 (or with minutes past 59) is no offset: the value is rejected
 * (DuckDB itself would read `+99:00` as 99 hours).
 *
 * A format given in the mapping and the time zone are configuration, not code: the parse
 * functions take `text`, which turns them into SQL (a bound variable in bulk loads,
 * sql-values.ts); the default quotes code constants (the candidate formats).
 */
import { literal } from './duckdb.ts';

/**
 * Time-zone abbreviations `%Z` reads, at fixed offsets (an abbreviation names standard or summer
 * time itself, so no zone rules apply). CST is US Central, not China.
 */
export const zoneAbbreviations: Readonly<Record<string, string>> = {
  UTC: '+0000',
  GMT: '+0000',
  PST: '-0800',
  PDT: '-0700',
  MST: '-0700',
  MDT: '-0600',
  CST: '-0600',
  CDT: '-0500',
  EST: '-0500',
  EDT: '-0400',
  CET: '+0100',
  CEST: '+0200',
};

const abbreviationRegex = String.raw`(^|\s)(${Object.keys(zoneAbbreviations).join('|')})(\s|$)`;

/** ISO 8601 without an offset: date, optional time (T or space), optional seconds and fraction. */
const isoNaive = String.raw`\d{4}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?`;
/** A UTC offset that exists: −12:00 … +14:00 (±hh, ±hhmm or ±hh:mm). */
const realOffset = String.raw`[+-](0\d|1[0-4])(:?[0-5]\d)?`;
/** ISO 8601 date-time with an offset, right after the time or after blank space. */
const isoAware = String.raw`\d{4}-\d{1,2}-\d{1,2}[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|UTC|GMT|${realOffset})`;
/**
 * A time of day followed by an offset that cannot be: hours past 14 or minutes past 59
 * (`10:00:00+99:00`, `20:19:24 +9900 2018`). Such a value is rejected, never read.
 */
export const impossibleOffset = String.raw`\d:\d{2}(:\d{2}(\.\d+)?)?\s?[+-]((1[5-9]|[2-9]\d)(:?\d{2})?|\d{2}:?[6-9]\d)(\s|$)`;
/** ISO 8601 shaped (a year 1900–2199, optional time and offset): a value of this shape that does not parse is an impossible date or time. */
export const isoShape = String.raw`(19|2[01])\d{2}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|z|UTC|GMT|[+-]\d{2}(:?\d{2})?)?)?`;

/** Macros the date parsers use; defined with the other cast macros on every staging connection. */
export function dateMacros(): string[] {
  const offsetOf = `CASE regexp_extract(s, ${literal(abbreviationRegex)}, 2) ${Object.entries(zoneAbbreviations)
    .map(([abbr, offset]) => `WHEN ${literal(abbr)} THEN ${literal(offset)}`)
    .join(' ')} END`;
  return [
    `CREATE OR REPLACE MACRO cad_year_ok(t) AS CASE WHEN year(t) BETWEEN 1900 AND 2200 THEN t END`,
    // "Mon Apr 06 22:19:45 PDT 2009" → "Mon Apr 06 22:19:45 -0700 2009".
    `CREATE OR REPLACE MACRO cad_tzabbr(s) AS CASE WHEN regexp_matches(s, ${literal(abbreviationRegex)}) THEN regexp_replace(s, ${literal(abbreviationRegex)}, '\\1' || ${offsetOf} || '\\3') ELSE s END`,
    // An ISO date-time with an offset, as DuckDB's cast reads it: Z/UTC/GMT → +00:00, no blank
    // before the offset, seconds added when missing ("2019-01-29 18:12 +0000").
    `CREATE OR REPLACE MACRO cad_iso_tz(s) AS regexp_replace(regexp_replace(regexp_replace(s, '\\s*(Z|z|UTC|GMT)$', '+00:00'), '\\s+([+-]\\d)', '\\1'), '([T ]\\d{1,2}:\\d{2})([+-])', '\\1:00\\2')`,
  ];
}

/** Numeric day/month orders, 2- and 4-digit years, with and without a time of day. */
function numericDateFormats(): string[] {
  const times = ['', ' %H:%M', ' %H:%M:%S', ' %I:%M %p', ' %I:%M:%S %p', ' %H:%M %z', ' %H:%M:%S %z'];
  const out: string[] = [];
  for (const order of [['%m', '%d'], ['%d', '%m']] as const) {
    for (const sep of ['/', '-', '.']) {
      for (const year of ['%Y', '%y']) {
        for (const time of times) out.push(`${order[0]}${sep}${order[1]}${sep}${year}${time}`);
      }
    }
  }
  return out;
}

/**
 * Formats tried, in order, when a mapping gives none. Ties go to the earlier one; day-first and
 * month-first never tie, because a column is decided one way before (date-detect.ts).
 */
export const candidateFormats: readonly string[] = [
  'iso',
  '%Y%m%d%H',
  '%Y%m%d',
  '%Y/%m/%d %H:%M:%S',
  '%Y/%m/%d %H:%M',
  '%Y/%m/%d',
  '%Y-%m-%d %H:%M:%S %Z',
  // Twitter API v1 ("Wed Oct 10 20:19:24 +0000 2018"), and with a zone name (Sentiment140).
  '%a %b %d %H:%M:%S %z %Y',
  '%a %b %d %H:%M:%S %Z %Y',
  // RFC 2822 (e-mail, RSS).
  '%a, %d %b %Y %H:%M:%S %z',
  '%a, %d %b %Y %H:%M:%S %Z',
  ...numericDateFormats(),
  '%b %d, %Y %I:%M %p',
  '%b %d, %Y %I:%M:%S %p',
  '%b %d, %Y',
  '%B %d, %Y',
  '%d %b %Y %H:%M',
  '%d %b %Y',
  '%d %B %Y',
  '%d-%b-%Y',
  '%d-%b-%y',
  'epoch_ms',
  'epoch_s',
  'excel_days',
];

/** Whether a format reads day before month ('dm'), month before day ('md') or neither. */
export function dayMonthOrder(format: string): 'dm' | 'md' | null {
  if (/%d[/.-]%m/.test(format)) return 'dm';
  if (/%m[/.-]%d/.test(format)) return 'md';
  return null;
}

const withOffset = (format: string) => /%[zZ]/.test(format);

/**
 * A timestamp parse of `r` with one format, as TIMESTAMPTZ (NULL when it does not fit). Naive
 * values are wall time in `tz`. Two-digit years never pass a four-digit format (the year guard
 * rejects year 18).
 */
export function parseTimestampSql(r: string, format: string, tz: string, text: (s: string) => string = literal): string {
  const zone = text(tz);
  switch (format) {
    case 'iso':
      return `CASE WHEN regexp_full_match(${r}, ${literal(isoNaive)}) THEN timezone(${zone}, cad_year_ok(TRY_CAST(${r} AS TIMESTAMP)))
        WHEN regexp_full_match(${r}, ${literal(isoAware)}) THEN cad_year_ok(TRY_CAST(cad_iso_tz(${r}) AS TIMESTAMPTZ)) END`;
    case 'epoch_s':
      return `CASE WHEN regexp_full_match(${r}, '\\d{9,10}(\\.\\d{1,6})?') AND TRY_CAST(${r} AS DOUBLE) BETWEEN 631152000 AND 4102444800
        THEN timezone('UTC', make_timestamp(CAST(round(TRY_CAST(${r} AS DOUBLE) * 1000000) AS BIGINT))) END`;
    case 'epoch_ms':
      return `CASE WHEN regexp_full_match(${r}, '\\d{12,13}') AND TRY_CAST(${r} AS BIGINT) BETWEEN 631152000000 AND 4102444800000
        THEN timezone('UTC', epoch_ms(TRY_CAST(${r} AS BIGINT))) END`;
    case 'excel_days':
      return `CASE WHEN regexp_full_match(${r}, '\\d{5}(\\.\\d+)?') AND TRY_CAST(${r} AS DOUBLE) BETWEEN 20000 AND 80000
        THEN timezone(${zone}, TIMESTAMP '1899-12-30' + to_milliseconds(CAST(round(TRY_CAST(${r} AS DOUBLE) * 86400000) AS BIGINT))) END`;
  }
  if (/%Z/.test(format)) {
    // Abbreviations first, at their fixed offsets (DuckDB's own %Z takes PST for Los Angeles time,
    // daylight saving included); then DuckDB's %Z for IANA names.
    const asOffset = format.replaceAll('%Z', '%z');
    return `CASE WHEN NOT regexp_matches(${r}, ${literal(impossibleOffset)}) THEN CAST(cad_year_ok(coalesce(try_strptime(cad_tzabbr(${r}), ${text(asOffset)}), try_strptime(${r}, ${text(format)}))) AS TIMESTAMPTZ) END`;
  }
  const parsed = `cad_year_ok(try_strptime(${r}, ${text(format)}))`;
  return withOffset(format) ? `CASE WHEN NOT regexp_matches(${r}, ${literal(impossibleOffset)}) THEN CAST(${parsed} AS TIMESTAMPTZ) END` : `timezone(${zone}, ${parsed})`;
}

/**
 * A calendar-date parse of `r`: the date as written (no time-zone shift) — except with an offset
 * in a strptime format, where it is the UTC date of the instant.
 */
export function parseDateSql(r: string, format: string, text: (s: string) => string = literal): string {
  switch (format) {
    case 'iso':
      return `CASE WHEN regexp_full_match(${r}, ${literal(isoNaive)}) OR regexp_full_match(${r}, ${literal(isoAware)}) THEN CAST(cad_year_ok(TRY_CAST(regexp_extract(${r}, '^\\d{4}-\\d{1,2}-\\d{1,2}') AS TIMESTAMP)) AS DATE) END`;
    case 'epoch_s':
    case 'epoch_ms':
      return `CAST(${parseTimestampSql(r, format, 'UTC')} AS DATE)`;
    case 'excel_days':
      return `CASE WHEN regexp_full_match(${r}, '\\d{5}(\\.\\d+)?') AND TRY_CAST(${r} AS DOUBLE) BETWEEN 20000 AND 80000
        THEN CAST(DATE '1899-12-30' + CAST(floor(TRY_CAST(${r} AS DOUBLE)) AS INTEGER) AS DATE) END`;
  }
  if (withOffset(format)) return `CAST(timezone('UTC', ${parseTimestampSql(r, format, 'UTC', text)}) AS DATE)`;
  return `CAST(cad_year_ok(CAST(try_strptime(${r}, ${text(format)}) AS TIMESTAMP)) AS DATE)`;
}
