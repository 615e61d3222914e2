/**
 * Period-over-period change of a KPI. Counts and amounts change relatively (+12%); percentages
 * change in percentage points (+1.5 pp), since a relative change of a rate misleads.
 */
import type { KpiDirection, KpiUnit, KpiValue } from './kpi.ts';

export interface KpiChange {
  /** current − previous, in the KPI's unit (for percent KPIs: a fraction, 0.015 = 1.5 pp). */
  absolute: number;
  /** (current − previous) ÷ |previous|; null for percent KPIs and when previous is 0. */
  relative: number | null;
  /** Which of the two a report should show. */
  show: 'relative' | 'points' | 'absolute';
  trend: 'up' | 'down' | 'flat';
  /** Whether the change is good news given the KPI's direction; null when flat. */
  good: boolean | null;
}

const EPSILON = 1e-12;

export function compareValues(unit: KpiUnit, direction: KpiDirection, current: KpiValue, previous: KpiValue): KpiChange | null {
  if (!current.available || !previous.available) return null;
  const absolute = current.value - previous.value;
  const trend = Math.abs(absolute) < EPSILON ? 'flat' : absolute > 0 ? 'up' : 'down';
  const relative = unit === 'percent' || Math.abs(previous.value) < EPSILON ? null : absolute / Math.abs(previous.value);
  const show = unit === 'percent' ? 'points' : relative === null ? 'absolute' : 'relative';
  return { absolute, relative, show, trend, good: trend === 'flat' ? null : trend === direction };
}
