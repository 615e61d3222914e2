/**
 * Which date formats a column is read with, decided from a sample of its values (the first
 * 20,000 rows, at most 2,000 distinct values) when the mapping gives none:
 *
 * - the formats that cover the sample, most values first (date-sql.ts lists the candidates);
 * - day-first or month-first for the whole column: a value whose first part is above 12 proves
 *   day-first, one whose second part is above 12 month-first (the more proven order wins); when
 *   nothing in the sample decides and some value reads as two different dates, the column is
 *   refused (CADENCE_CSV_MAPPING_INVALID) naming both formats — never guessed;
 * - spreadsheet serial days only when every number in the column is one;
 * - the reject reason of a value that fits none: the closest format (by shape, then by how many
 *   values it reads) and what to set in the mapping.
 *
 * Values from the file never become SQL text: the sample is read and parsed in one query.
 */
import { CadenceError } from '../errors.ts';
import { candidateFormats, dayMonthOrder, parseDateSql, parseTimestampSql } from './date-sql.ts';
import type { Duck } from './duckdb.ts';

/** Rows read from the top of the file, and distinct values kept of them. */
export const detectionSample = { rows: 20_000, values: 2_000 } as const;

export interface DateColumn {
  /** Entity field ("published_at"). */
  field: string;
  /** The column as the mapping names it ("Date", a template, "(fixed value)"). */
  column: string;
  /** The file, as shown to users. */
  file: string;
}

export interface DateFormats {
  /** Formats tried in order. */
  formats: string[];
  /** The format named when a value fits none. */
  closest: string;
  /** Reject reason of a value that fits none of `formats`. */
  reason: string;
}

interface SampleValue {
  v: string;
  /** Rows of the sample holding it. */
  n: number;
  /** Parse result of each candidate (text), null when it does not fit. */
  parsed: (string | null)[];
}

/**
 * The formats of one date or timestamp column. `rawExpr` is the column's raw text over `source`
 * (a read_csv(...) expression); `given` are the mapping's formats, used as they are.
 */
export async function detectDateFormats(duck: Duck, source: string, rawExpr: string, kind: 'timestamp' | 'date', column: DateColumn, given?: string[]): Promise<DateFormats> {
  const noun = kind === 'timestamp' ? 'date-time' : 'date';
  if (given?.length) {
    const list = given.map((f) => `"${f}"`).join(', ');
    return { formats: given, closest: given[0]!, reason: `is not a ${noun} in the format${given.length > 1 ? 's' : ''} ${list} given for ${column.field}` };
  }
  const sample = await readSample(duck, source, rawExpr, kind);
  if (sample.length === 0) return { formats: ['iso'], closest: 'iso', reason: `is not a ${noun} in the format iso` };
  let candidates = candidateFormats.map((_, i) => i);
  // Serial days only when every number of the column is one (a count column is not dates).
  const serial = candidateFormats.indexOf('excel_days');
  if (sample.some((s) => /^\d+(\.\d+)?$/.test(s.v) && s.parsed[serial] === null)) candidates = candidates.filter((i) => i !== serial);
  const order = decideDayMonth(sample, candidates, column);
  if (order) candidates = candidates.filter((i) => [null, order].includes(dayMonthOrder(candidateFormats[i]!)));
  const chosen = cover(sample, candidates);
  const uncovered = sample.filter((s) => chosen.every((i) => s.parsed[i] === null));
  const near = uncovered.length ? closestByShape(uncovered, sample, candidates) : undefined;
  const closest = near && !(near.far && chosen.length) ? near.index : chosen[0]!;
  const formats = chosen.map((i) => candidateFormats[i]!);
  const closestName = candidateFormats[closest]!;
  let reason: string;
  if (!formats.length) reason = `is not a ${noun} in any known format; closest format "${closestName}" fails on it`;
  else if (formats.length === 1 && formats[0] === closestName) reason = `is not a ${noun}; the detected format "${closestName}" fails on it`;
  else reason = `is not a ${noun} in the detected format${formats.length > 1 ? 's' : ''} ${formats.map((f) => `"${f}"`).join(', ')}; closest format "${closestName}" fails on it`;
  // A value that reads only the other way round than its column: say which way the column reads.
  const otherWay = order && uncovered.some((s) => s.parsed.some((p, i) => p !== null && dayMonthOrder(candidateFormats[i]!) === (order === 'dm' ? 'md' : 'dm')));
  if (otherWay) reason += ` (other values show the column is ${order === 'dm' ? 'day-first' : 'month-first'})`;
  reason += `; set columns.${column.field}.format in the mapping`;
  return { formats: formats.length ? formats : ['iso'], closest: closestName, reason };
}

/** Distinct values of the first rows, in order of first appearance, each parsed with every candidate. */
async function readSample(duck: Duck, source: string, rawExpr: string, kind: 'timestamp' | 'date'): Promise<SampleValue[]> {
  const parse = (f: string) => (kind === 'timestamp' ? parseTimestampSql('v', f, 'UTC') : parseDateSql('v', f));
  const cols = candidateFormats.map((f, i) => `CAST((${parse(f)}) AS VARCHAR) AS f${i}`).join(', ');
  const rows = await duck.all<Record<string, string | number | null>>(
    `WITH head AS (SELECT ${rawExpr} AS v, row_number() OVER () AS rn FROM (SELECT * FROM ${source} LIMIT ${detectionSample.rows})),
     s AS (SELECT v, count(*) AS n, min(rn) AS first FROM head WHERE v IS NOT NULL GROUP BY v ORDER BY first LIMIT ${detectionSample.values})
     SELECT v, n, ${cols} FROM s ORDER BY first`,
  );
  return rows.map((r) => ({ v: String(r.v), n: Number(r.n), parsed: candidateFormats.map((_, i) => (r[`f${i}`] ?? null) as string | null) }));
}

/**
 * Day-first ('dm') or month-first ('md') for the whole column, or null when no value needs it.
 * Throws when the sample reads two ways and nothing in it decides.
 */
function decideDayMonth(sample: SampleValue[], candidates: number[], column: DateColumn): 'dm' | 'md' | null {
  const of = (o: 'dm' | 'md' | null) => candidates.filter((i) => dayMonthOrder(candidateFormats[i]!) === o);
  const neutral = of(null);
  const dm = of('dm');
  const md = of('md');
  const proof = { dm: [] as SampleValue[], md: [] as SampleValue[] };
  const twoWays: SampleValue[] = [];
  for (const s of sample) {
    if (neutral.some((i) => s.parsed[i] !== null)) continue;
    const asDm = dm.map((i) => s.parsed[i]).filter((p): p is string => p !== null);
    const asMd = md.map((i) => s.parsed[i]).filter((p): p is string => p !== null);
    if (asDm.length && !asMd.length) proof.dm.push(s);
    else if (asMd.length && !asDm.length) proof.md.push(s);
    else if (asDm.length && asMd.length && [...asDm, ...asMd].some((p) => p !== asDm[0])) twoWays.push(s);
  }
  if (proof.dm.length > proof.md.length) return 'dm';
  if (proof.md.length > proof.dm.length) return 'md';
  if (proof.dm.length === 0 && twoWays.length === 0) return null;
  const best = (formats: number[], values: SampleValue[]) =>
    candidateFormats[formats.reduce((a, b) => (weight(values, b) > weight(values, a) ? b : a), formats[0]!)]!;
  const day = best(dm, twoWays.length ? twoWays : proof.dm);
  const month = best(md, twoWays.length ? twoWays : proof.md);
  const example = twoWays[0];
  const dateOf = (s: SampleValue, f: string) => (s.parsed[candidateFormats.indexOf(f)] ?? '').slice(0, 10);
  const detail = example
    ? `The dates in column "${column.column}" (${column.field}) read two ways: "${example.v}" is ${dateOf(example, day)} day-first ("${day}") or ${dateOf(example, month)} month-first ("${month}"), and no value in the first ${detectionSample.rows.toLocaleString('en')} rows has a day above 12 to decide.`
    : `The dates in column "${column.column}" (${column.field}) are day-first in ${proof.dm.length} value(s) (e.g. "${proof.dm[0]!.v}", "${day}") and month-first in as many (e.g. "${proof.md[0]!.v}", "${month}").`;
  throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', detail, {
    place: { file: column.file, column: column.column },
    hint: `Say which it is in the mapping: ${column.field}: { column: '${column.column}', format: '${day}' } for day-first, or format: '${month}' for month-first.`,
    details: { field: column.field, column: column.column, candidates: [day, month], ...(example ? { example: example.v } : {}) },
  });
}

/** Rows of `values` a candidate reads. */
const weight = (values: SampleValue[], i: number) => values.reduce((n, s) => n + (s.parsed[i] !== null ? s.n : 0), 0);

/** Greedy cover: the candidate reading most uncovered values first (earlier candidates win ties). */
function cover(sample: SampleValue[], candidates: number[]): number[] {
  const chosen: number[] = [];
  let rest = sample;
  while (rest.length) {
    let best = -1;
    let bestCount = 0;
    for (const i of candidates) {
      const n = rest.filter((s) => s.parsed[i] !== null).length;
      if (n > bestCount) [best, bestCount] = [i, n];
    }
    if (best < 0) break;
    chosen.push(best);
    rest = rest.filter((s) => s.parsed[best] === null);
  }
  return chosen;
}

/**
 * The candidate closest by shape to the most common shape among values no chosen format reads
 * (edit distance, then the characters they share, then how much of the sample it reads, then
 * candidate order), and how far it is relative to that shape's length.
 */
function closestByShape(uncovered: SampleValue[], sample: SampleValue[], candidates: number[]): { index: number; far: boolean } {
  const counts = new Map<string, number>();
  for (const s of uncovered) counts.set(shapeOf(s.v), (counts.get(shapeOf(s.v)) ?? 0) + s.n);
  const target = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const example = uncovered.find((s) => shapeOf(s.v) === target)!.v;
  let best = candidates[0]!;
  let bestKey = [Infinity, Infinity, Infinity, 0];
  for (const i of candidates) {
    const shapes = formatShapes(candidateFormats[i]!);
    const key = [
      Math.min(...shapes.map((shape) => editDistance(shape, target))),
      Math.min(...shapes.map((shape) => bagDistance(shape, target))),
      rangeMisfits(candidateFormats[i]!, example),
      -weight(sample, i),
    ];
    const better = key.findIndex((k, j) => k !== bestKey[j]);
    if (better >= 0 && key[better]! < bestKey[better]!) [best, bestKey] = [i, key];
  }
  // Past a third of the shape changed, the shape says little: "closest" is then the format that reads most.
  return { index: best, far: bestKey[0]! > target.length / 3 };
}

/** A value's shape: digit runs → 0 (one or two digits) or Y (more), letter runs → a, + as -, blank runs → one space. */
export function shapeOf(value: string): string {
  return value
    .trim()
    .replace(/\d+/g, (d) => (d.length > 2 ? 'Y' : '0'))
    .replace(/\p{L}+/gu, (w) => (w === 'Y' ? 'Y' : 'a'))
    .replace(/\+/g, '-')
    .replace(/\s+/g, ' ');
}

/** The shapes a format's values take (as `shapeOf` writes them). */
export function formatShapes(format: string): string[] {
  switch (format) {
    case 'iso': {
      const times = ['', ' 0:0', ' 0:0:0', ' 0:0:0.Y', 'a0:0', 'a0:0:0', 'a0:0:0.Y'];
      const zones = ['', 'a', ' a', '-0', ' -0', '-0:0', ' -0:0', '-Y', ' -Y'];
      return times.flatMap((t) => (t ? zones.map((z) => `Y-0-0${t}${z}`) : ['Y-0-0']));
    }
    case 'epoch_s':
    case 'epoch_ms':
    case 'excel_days':
      return ['Y', 'Y.0', 'Y.Y'];
  }
  // Directives as digit tokens (4: a four-digit field), adjacent ones read as one run of digits.
  const tokens = format
    .replace(/%[zZ]/g, (z) => (z === '%z' ? '-\u0004' : '\u0001'))
    .replace(/%Y|%[fgn]/g, '\u0004')
    .replace(/%[ymdHIMSj]/g, '\u0002')
    .replace(/%[aAbBp]/g, '\u0001');
  const shape = tokens
    .replace(/[\u0002\u0004]+/g, (run) => (run === '\u0002' ? '0' : 'Y'))
    .replace(/\u0001/g, 'a');
  return [shapeOf(shape)];
}

/** Largest value of each numeric directive ("24/02" misfits "%m/%d": month 24). */
const directiveMax: Record<string, number> = { d: 31, m: 12, H: 23, I: 12, M: 59, S: 60 };

/**
 * How many numbers of `value` are out of range for the directive at the same place of `format`
 * (when both have as many numbers; else 0): tells "%d/%m/%Y" from "%m/%d/%Y" for "24/02/2015 11h35".
 */
function rangeMisfits(format: string, value: string): number {
  const directives = [...format.matchAll(/%([A-Za-z])/g)].map((m) => m[1]!).filter((d) => /[YymdHIMSfgnj]/.test(d));
  const numbers = value.match(/\d+/g) ?? [];
  if (directives.length !== numbers.length) return 0;
  return directives.filter((d, i) => directiveMax[d] !== undefined && Number(numbers[i]) > directiveMax[d]!).length;
}

/** Characters of one not matched in the other (as multisets), the larger side. */
function bagDistance(a: string, b: string): number {
  const count = new Map<string, number>();
  for (const ch of a) count.set(ch, (count.get(ch) ?? 0) + 1);
  let extra = 0;
  for (const ch of b) {
    const left = count.get(ch) ?? 0;
    if (left > 0) count.set(ch, left - 1);
    else extra++;
  }
  const missing = [...count.values()].reduce((x, y) => x + y, 0);
  return Math.max(extra, missing);
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
