/**
 * The latest month with data: the month of the latest day any activity entity holds, from the
 * manifest. Planning entities (campaigns, partnerships) are left out: their dates may lie in
 * the future.
 */
import type { MetricsReader } from './kpi.ts';

const planning = new Set(['campaigns', 'partnerships']);

/** "YYYY-MM", or null when the data folder holds no activity rows. */
export function latestMonthWithData(manifest: MetricsReader['manifest']): string | null {
  let last: string | null = null;
  for (const [name, entry] of Object.entries(manifest.entities)) {
    if (planning.has(name) || !entry.rows || !entry.lastDate) continue;
    if (last === null || entry.lastDate > last) last = entry.lastDate;
  }
  return last ? last.slice(0, 7) : null;
}
