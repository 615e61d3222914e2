/**
 * Whether the data folder covers a period for an entity, from the manifest alone. Inside the
 * covered range a count of zero is a real zero; outside it (or with no rows at all) a KPI is
 * unavailable. Manifest days are UTC days, so coverage is exact to within a day at the edges.
 * A KPI made of fields no source provides (the manifest's field coverage) is unavailable too.
 */
import type { Period } from '../periods/period.ts';
import type { EntityName } from '../schema/entities.ts';
import { fieldCoverage } from '../store/field-coverage.ts';
import { unavailable, type KpiDefinition, type KpiValue, type MetricsReader } from './kpi.ts';

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
    // A level or a count by another date still needs data from before the period ended: a
    // pipeline a year before the first deal is unknown, not 0.
    if (coverage === 'rows' && entry.firstDate > period.lastDay) {
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

/** The UTC months (YYYY-MM) of [startUtc, endUtc); with `upTo`, every month up to the last one. */
function monthsOf(period: Pick<Period, 'startUtc' | 'endUtc'>): string[] {
  const out: string[] = [];
  const last = new Date(Date.parse(period.endUtc) - 1).toISOString().slice(0, 7);
  let [y, m] = period.startUtc.slice(0, 7).split('-').map(Number) as [number, number];
  for (;;) {
    const id = `${y}-${String(m).padStart(2, '0')}`;
    out.push(id);
    if (id >= last) return out;
    if (++m > 12) [y, m] = [y + 1, 1];
  }
}

/**
 * The KPI unavailable (`not_provided`) when the stored rows its value is made of carry none of a
 * field it needs (`fields`; `'a|b'`: either): the rows of the period's UTC months, or of every
 * month up to its end for `coverage: 'rows'`. Unknown coverage (a data folder written before it
 * was recorded) or no rows in those months say nothing, and give null.
 */
export function fieldGap(manifest: MetricsReader['manifest'], def: Pick<KpiDefinition, 'fields' | 'coverage'>, period: Pick<Period, 'startUtc' | 'endUtc'>): KpiValue | null {
  if (!def.fields) return null;
  const endMonth = new Date(Date.parse(period.endUtc) - 1).toISOString().slice(0, 7);
  for (const [entity, needed] of Object.entries(def.fields)) {
    const months = def.coverage === 'rows'
      ? [...new Set(Object.values(manifest.entities[entity]?.coverage ?? {}).flatMap((byMonth) => Object.keys(byMonth)))].filter((m) => m <= endMonth)
      : monthsOf(period);
    for (const field of needed!) {
      const anyOf = field.split('|');
      const counts = anyOf.map((f) => fieldCoverage(manifest, entity, f, months));
      if (counts.some((c) => c === null) || counts[0]!.rows === 0 || counts.some((c) => c!.withValue > 0)) continue;
      return unavailable('not_provided', { key: 'notProvided', entity, fields: anyOf });
    }
  }
  return null;
}
