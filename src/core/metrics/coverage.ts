/**
 * Whether the data folder covers a period for an entity, from the manifest alone. Inside the
 * covered range a count of zero is a real zero; outside it (or with no rows at all) a KPI is
 * unavailable. Manifest days are UTC days, so coverage is exact to within a day at the edges.
 */
import type { Period } from '../periods/period.ts';
import type { EntityName } from '../schema/entities.ts';
import { unavailable, type KpiValue, type MetricsReader } from './kpi.ts';

/** "account_snapshots" → "account snapshots". */
export const entityLabel = (entity: string): string => entity.replaceAll('_', ' ');

/** The first missing input among `entities` as an unavailable value, or null when all cover the period. */
export function coverageGap(
  manifest: MetricsReader['manifest'],
  entities: readonly EntityName[],
  period: Period,
  coverage: 'period' | 'rows' = 'period',
): KpiValue | null {
  for (const entity of entities) {
    const entry = manifest.entities[entity];
    if (!entry || entry.rows === 0 || !entry.firstDate || !entry.lastDate) {
      return unavailable('no_data', { key: 'noData', entity });
    }
    if (coverage === 'period' && (entry.firstDate > period.lastDay || entry.lastDate < period.firstDay)) {
      return unavailable('not_covered', { key: 'notCovered', entity, period: period.id, from: entry.firstDate, to: entry.lastDate });
    }
  }
  return null;
}

/**
 * The days of `period` the inputs cover, when they cover only part of it (the data starts after
 * the period starts or ends before it ends); null when they cover all of it. A value over part of
 * a period is shown, but flagged, and never used as the base of a goal.
 */
export function partialCoverage(manifest: MetricsReader['manifest'], entities: readonly EntityName[], period: Pick<Period, 'firstDay' | 'lastDay'>): { firstDay: string; lastDay: string } | null {
  let first = period.firstDay;
  let last = period.lastDay;
  for (const entity of entities) {
    const entry = manifest.entities[entity];
    if (!entry?.firstDate || !entry.lastDate) continue;
    if (entry.firstDate > first) first = entry.firstDate;
    if (entry.lastDate < last) last = entry.lastDate;
  }
  return first === period.firstDay && last === period.lastDay ? null : { firstDay: first, lastDay: last };
}
