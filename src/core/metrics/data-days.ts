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
