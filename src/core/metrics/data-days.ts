/**
 * The days the data covers: the latest day any activity entity holds, from the manifest (UTC
 * days), and each entity's first and last local day, from the data. Planning entities (campaigns,
 * partnerships) are left out of the activity span: their dates may lie in the future.
 */
import { getEntity } from '../schema/entities.ts';
import { entityFields } from '../schema/entity.ts';
import type { MetricsReader } from './kpi.ts';

const planning = new Set(['campaigns', 'partnerships']);

/** "YYYY-MM-DD", or null when the data folder holds no activity rows. */
export function latestDayWithData(manifest: MetricsReader['manifest']): string | null {
  let last: string | null = null;
  for (const [name, entry] of Object.entries(manifest.entities)) {
    if (planning.has(name) || !entry.rows || !entry.lastDate) continue;
    if (last === null || entry.lastDate > last) last = entry.lastDate;
  }
  return last;
}



/**
 * The first and last local day (in `timezone`) of every entity with rows, read from the data
 * (min/max of its partition field; Parquet statistics make this cheap). The manifest's days are
 * UTC days, a day off at the edges east or west of UTC.
 */
export async function localDataDays(reader: MetricsReader, timezone: string): Promise<Record<string, { firstDay: string; lastDay: string }>> {
  const out: Record<string, { firstDay: string; lastDay: string }> = {};
  for (const [name, entry] of Object.entries(reader.manifest.entities)) {
    const entity = getEntity(name);
    if (!entity || !entry.rows) continue;
    const field = entity.partitionBy;
    const isDate = entityFields(entity).find((f) => f.name === field)?.kind === 'date';
    const day = (expr: string) => (isDate ? `CAST(${expr} AS VARCHAR)` : `CAST(${reader.dialect.localDay(expr, timezone)} AS VARCHAR)`);
    const [row] = await reader.query<{ first: string | null; last: string | null }>(`SELECT ${day(`min("${field}")`)} AS first, ${day(`max("${field}")`)} AS last FROM "${name}"`);
    if (row?.first && row.last) out[name] = { firstDay: row.first, lastDay: row.last };
  }
  return out;
}

/** The first and last local day any activity entity holds (planning entities left out), or null. */
export function activitySpan(days: Record<string, { firstDay: string; lastDay: string }>): { firstDay: string; lastDay: string } | null {
  const spans = Object.entries(days).filter(([name]) => !planning.has(name)).map(([, d]) => d);
  if (spans.length === 0) return null;
  return {
    firstDay: spans.map((d) => d.firstDay).reduce((a, b) => (b < a ? b : a)),
    lastDay: spans.map((d) => d.lastDay).reduce((a, b) => (b > a ? b : a)),
  };
}

/** "YYYY-MM-DD", the earliest day any activity entity holds (manifest, UTC days), or null. */
export function earliestDayWithData(manifest: MetricsReader['manifest']): string | null {
  let first: string | null = null;
  for (const [name, entry] of Object.entries(manifest.entities)) {
    if (planning.has(name) || !entry.rows || !entry.firstDate) continue;
    if (first === null || entry.firstDate < first) first = entry.firstDate;
  }
  return first;
}

/**
 * The latest instant of the activity entities that record one (mentions, posts, care cases,
 * orders, leads, …), as a local day and time ("2026-02-24", "11:53"), with `later`: the share of
 * that entity's rows in the 28 days before that day whose local time of day is later than it —
 * how much of a usual day comes after the point where the data stops. Null without such rows.
 * Entities with calendar days only (web sessions, snapshots) cover whole days and are left out.
 */
export async function latestInstant(reader: MetricsReader, timezone: string): Promise<{ day: string; time: string; later: number } | null> {
  const parts: { name: string; field: string }[] = [];
  for (const [name, entry] of Object.entries(reader.manifest.entities)) {
    const entity = getEntity(name);
    if (!entity || planning.has(name) || !entry.rows) continue;
    const field = entity.partitionBy;
    if (entityFields(entity).find((f) => f.name === field)?.kind !== 'timestamp') continue;
    parts.push({ name, field });
  }
  if (parts.length === 0) return null;
  const d = reader.dialect;
  const rows = await reader.query<{ name: string; t: string | null }>(
    parts.map((p) => `SELECT ${d.str(p.name)} AS name, ${d.format(d.localTime(`max("${p.field}")`, timezone), '%Y-%m-%d %H:%M:%S')} AS t FROM "${p.name}"`).join(' UNION ALL '),
  );
  const last = rows.filter((r) => r.t).sort((a, b) => b.t!.localeCompare(a.t!) || a.name.localeCompare(b.name))[0];
  if (!last?.t) return null;
  const { field } = parts.find((p) => p.name === last.name)!;
  const day = last.t.slice(0, 10);
  const time = last.t.slice(11);
  const localDay = d.localDay(`"${field}"`, timezone);
  const [share] = await reader.query<{ later: number | null }>(
    `SELECT count(*) FILTER (WHERE ${d.format(d.localTime(`"${field}"`, timezone), '%H:%M:%S')} > ${d.param(0)}) / nullif(count(*), 0) AS later
     FROM "${last.name}" WHERE ${localDay} >= CAST(${d.param(1)} AS DATE) - INTERVAL 28 DAY AND ${localDay} < CAST(${d.param(1)} AS DATE)`,
    [time, day],
  );
  return { day, time: time.slice(0, 5), later: Number(share?.later ?? 0) };
}

/**
 * Every local day (in `timezone`) on which each activity entity has rows, ascending (planning
 * entities left out). The site builds only the periods holding one of these days: sources years
 * apart build pages for their data, not for the calendar between them.
 */
export async function localActiveDays(reader: MetricsReader, timezone: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const [name, entry] of Object.entries(reader.manifest.entities)) {
    const entity = getEntity(name);
    if (!entity || planning.has(name) || !entry.rows) continue;
    const field = entity.partitionBy;
    const isDate = entityFields(entity).find((f) => f.name === field)?.kind === 'date';
    const day = isDate ? `"${field}"` : reader.dialect.localDay(`"${field}"`, timezone);
    const rows = await reader.query<{ day: string }>(`SELECT DISTINCT CAST(${day} AS VARCHAR) AS day FROM "${name}" WHERE "${field}" IS NOT NULL ORDER BY 1`);
    out[name] = rows.map((r) => r.day);
  }
  return out;
}

/** Whether the ascending list of days holds a day in first..last (binary search). */
export function hasDayIn(days: readonly string[], first: string, last: string): boolean {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]! < first) lo = mid + 1;
    else hi = mid;
  }
  return lo < days.length && days[lo]! <= last;
}

/** The stretches of at least `minDays` days without data between an entity's first and last day. */
export function dataGaps(days: readonly string[], minDays: number): { from: string; to: string; days: number }[] {
  const out: { from: string; to: string; days: number }[] = [];
  const dayMs = 86_400_000;
  for (let i = 1; i < days.length; i++) {
    const missing = Math.round((Date.parse(`${days[i]}T00:00:00Z`) - Date.parse(`${days[i - 1]}T00:00:00Z`)) / dayMs) - 1;
    if (missing < minDays) continue;
    const from = new Date(Date.parse(`${days[i - 1]}T00:00:00Z`) + dayMs).toISOString().slice(0, 10);
    const to = new Date(Date.parse(`${days[i]}T00:00:00Z`) - dayMs).toISOString().slice(0, 10);
    out.push({ from, to, days: missing });
  }
  return out;
}

/**
 * The reader with each entity's first and last day in the manifest made local days (in
 * `timezone`, from the data) instead of UTC days, so that coverage — whether a period is covered,
 * where the data starts and ends — agrees with the local days KPIs place rows by: a first row at
 * 23:00 on 16 February in Los Angeles is data of the 16th, not of the 17th (its UTC day).
 */
export async function withLocalDays<R extends MetricsReader>(reader: R, timezone: string): Promise<MetricsReader> {
  const days = await localDataDays(reader, timezone);
  const entities = Object.fromEntries(
    Object.entries(reader.manifest.entities).map(([name, entry]) => [name, days[name] ? { ...entry, firstDate: days[name].firstDay, lastDate: days[name].lastDay } : entry]),
  );
  return { query: (sql, params) => reader.query(sql, params), dialect: reader.dialect, manifest: { ...reader.manifest, entities } };
}
