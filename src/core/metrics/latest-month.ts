/**
 * The latest day and month with data, from the manifest: the latest day any activity entity
 * holds. Planning entities (campaigns, partnerships) are left out: their dates may lie in the
 * future. Manifest days are UTC days.
 */
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

/** "YYYY-MM", or null when the data folder holds no activity rows. */
export function latestMonthWithData(manifest: MetricsReader['manifest']): string | null {
  return latestDayWithData(manifest)?.slice(0, 7) ?? null;
}
