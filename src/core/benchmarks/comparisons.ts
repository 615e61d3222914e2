/**
 * What every KPI value is compared with: the previous period of equal standing, the same period
 * a year earlier, the typical day (daily KPIs), and the goal from the config (with progress and
 * an on-track projection). Plain functions over values already computed; no SQL here.
 */
import { because, carried, type Because, type Reason } from '../i18n/reason.ts';
import { compareValues, type KpiChange } from '../metrics/compare.ts';
import { aggregationOf, type KpiDefinition, type KpiValue } from '../metrics/kpi.ts';
import type { Period } from '../periods/period.ts';
import type { BaselineMetric, TypicalDay } from './types.ts';

/** A KPI's value in another period and the change from it. */
export interface Comparison {
  /** Id of the period compared with. */
  period: string;
  available: boolean;
  value: number | null;
  reason?: string;
  why?: Reason;
  /** The data covers only these days of the period compared with. */
  partial?: { firstDay: string; lastDay: string };
  /** The numbers behind the other value (its sample, its negative part), as the KPI's query gave them. */
  inputs?: Record<string, number>;
  /** Current − other, with the direction's reading; null when either value is unavailable. */
  change: KpiChange | null;
}

export function comparison(def: KpiDefinition, current: KpiValue, other: KpiValue, period: string): Comparison {
  return {
    period,
    available: other.available,
    value: other.available ? other.value : null,
    ...(other.available ? { ...(other.partial ? { partial: other.partial } : {}), ...(other.inputs ? { inputs: other.inputs } : {}) } : carried(other)),
    change: compareValues(def.unit, def.direction, current, other),
  };
}

/** A daily KPI against its typical day. */
export interface BaselineComparison {
  metric: BaselineMetric;
  weekday: TypicalDay['weekday'];
  /** The weekday median over the window. */
  expected: number;
  mad: number;
  /** Robust z of the day's value. */
  score: number;
  /** `high`/`low` when |score| reaches the spike threshold, else `typical`. */
  status: 'typical' | 'high' | 'low';
  window: TypicalDay['window'];
}

export function baselineComparison(value: KpiValue, typical: TypicalDay | null, threshold: number): BaselineComparison | null {
  if (!value.available || !typical) return null;
  const score = (value.value - typical.median) / typical.scale;
  return {
    metric: typical.metric,
    weekday: typical.weekday,
    expected: typical.median,
    mad: typical.mad,
    score,
    status: score >= threshold ? 'high' : score <= -threshold ? 'low' : 'typical',
    window: typical.window,
  };
}

/** A goal as the config writes it (defaults applied). */
export interface GoalSpec {
  kpi: string;
  label?: string;
  period: 'month' | 'quarter' | 'year';
  change?: number;
  versus: 'previous_period' | 'previous_year';
  target?: number;
}

/** The periods a goal needs for one report period: the goal's period, the part of it to date, and its base. */
export interface GoalPeriods {
  goal: Period;
  toDate: Period;
  /** For a `change` goal: the period the change is measured against. */
  base: Period | null;
}

export type TargetStatus = 'met' | 'missed' | 'on_track' | 'off_track' | 'unknown';

/** Progress towards a goal. */
export interface TargetProgress {
  /** The goal's label (or a generated one). */
  label: string;
  /** Id of the goal's period (e.g. "2026" for a yearly goal). */
  goalPeriod: string;
  /** The days of the goal period counted so far. */
  toDatePeriod: string;
  basis: 'target' | 'change';
  /** The value to reach, in the KPI's unit (percent KPIs: a fraction). Null when the base is unavailable. */
  target: number | null;
  /** For a `change` goal: the base period and its value. */
  base: { period: string; value: number | null } | null;
  /** The value so far (the goal period up to the end of the report period). */
  toDate: number | null;
  elapsedDays: number;
  totalDays: number;
  /** toDate ÷ target (how far along the goal), null without both. */
  progress: number | null;
  /** The value the goal period ends at if it goes on as so far: sums scale with the days left; rates stay. */
  projected: number | null;
  onTrack: boolean | null;
  status: TargetStatus;
  /** Why the status is unknown. */
  reason?: string;
  why?: Reason;
}

/** Turns a config goal and the values of its periods into progress. Percent targets are written in percent (35 → 0.35). */
export function targetProgress(def: KpiDefinition, goal: GoalSpec, periods: GoalPeriods, toDate: KpiValue, base: KpiValue | null): TargetProgress {
  const label = goal.label ?? `${def.label}: ${goal.target !== undefined ? `target ${goal.target}` : `${goal.change! >= 0 ? '+' : ''}${Math.round(goal.change! * 100)}%`}`;
  const elapsedDays = periods.toDate.days;
  const totalDays = periods.goal.days;
  const common = { label, goalPeriod: periods.goal.id, toDatePeriod: periods.toDate.id, elapsedDays, totalDays };
  let target: number | null = null;
  let reason: Because | undefined;
  if (goal.target !== undefined) target = def.unit === 'percent' ? goal.target / 100 : goal.target;
  else if (base && base.available && !base.partial) target = base.value * (1 + goal.change!);
  else if (base && base.available && base.partial) reason = because({ key: 'basePartial', period: periods.base?.id ?? '', from: base.partial.firstDay, to: base.partial.lastDay });
  else reason = base && !base.available ? because({ key: 'noBaseValue', period: periods.base?.id ?? '', base: carried(base) }) : because({ key: 'noBase' });
  const baseInfo = periods.base ? { period: periods.base.id, value: base?.available ? base.value : null } : null;
  if (!toDate.available) reason ??= carried(toDate);
  if (target === null || !toDate.available) {
    return { ...common, basis: goal.target !== undefined ? 'target' : 'change', target, base: baseInfo, toDate: toDate.available ? toDate.value : null, progress: null, projected: null, onTrack: null, status: 'unknown', ...(reason ?? {}) };
  }
  const sum = aggregationOf(def) === 'sum';
  const projected = sum ? (toDate.value * totalDays) / Math.max(1, elapsedDays) : toDate.value;
  const reached = (v: number) => (def.direction === 'up' ? v >= target! : v <= target!);
  const complete = elapsedDays >= totalDays;
  const onTrack = reached(projected);
  return {
    ...common,
    basis: goal.target !== undefined ? 'target' : 'change',
    target,
    base: baseInfo,
    toDate: toDate.value,
    progress: target === 0 ? null : toDate.value / target,
    projected,
    onTrack,
    status: complete ? (reached(toDate.value) ? 'met' : 'missed') : onTrack ? 'on_track' : 'off_track',
  };
}
