/**
 * The days the data covers: the latest day any activity entity holds, from the manifest (UTC
 * days), and each entity's first and last local day, from the data. Planning entities (campaigns,
 * partnerships) are left out of the activity span: their dates may lie in the future.
 */
import { getEntity } from '../schema/entities.ts';
import { entityFields } from '../schema/entity.ts';
import type { MetricsReader } from './kpi.ts';
import { sqlString } from './sql.ts';

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
    const day = (expr: string) => (isDate ? `CAST(${expr} AS VARCHAR)` : `CAST(CAST(timezone(${sqlString(timezone)}, ${expr}) AS DATE) AS VARCHAR)`);
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
  const tz = sqlString(timezone);
  const rows = await reader.query<{ name: string; t: string | null }>(
    parts.map((p) => `SELECT ${sqlString(p.name)} AS name, strftime(timezone(${tz}, max("${p.field}")), '%Y-%m-%d %H:%M:%S') AS t FROM "${p.name}"`).join(' UNION ALL '),
  );
  const last = rows.filter((r) => r.t).sort((a, b) => b.t!.localeCompare(a.t!) || a.name.localeCompare(b.name))[0];
  if (!last?.t) return null;
  const { field } = parts.find((p) => p.name === last.name)!;
  const day = last.t.slice(0, 10);
  const time = last.t.slice(11);
  const local = `timezone(${tz}, "${field}")`;
  const [share] = await reader.query<{ later: number | null }>(
    `SELECT count(*) FILTER (WHERE strftime(${local}, '%H:%M:%S') > ?) / nullif(count(*), 0) AS later
     FROM "${last.name}" WHERE CAST(${local} AS DATE) >= CAST(? AS DATE) - INTERVAL 28 DAY AND CAST(${local} AS DATE) < CAST(? AS DATE)`,
    [time, day, day],
  );
  return { day, time: time.slice(0, 5), later: Number(share?.later ?? 0) };
}
