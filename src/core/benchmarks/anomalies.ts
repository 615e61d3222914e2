/**
 * Spikes and drops: days on which a metric left its typical day (typical-day.ts) by more than
 * the threshold. A pure function of the daily series and the settings.
 *
 * Decisions:
 * - Score: robust z = (observed − median) ÷ scale, with the baseline's floored scale.
 * - Spike: z ≥ threshold and observed ≥ minVolume. Drop: z ≤ −threshold and the expected value
 *   (median) ≥ minVolume. The guard is on the larger side of the comparison, so "3 mentions
 *   instead of 0" is never a spike and "0 instead of 3" never a drop.
 * - Cool-down: after a flagged day, the next `cooldownDays` days are not flagged again for the same
 *   metric and direction. The flagged day is the first day of a run; the cool-down counts from it
 *   and is not extended by the suppressed days, so a long episode is flagged again once the
 *   cool-down has passed (e.g. with 2 days: days 1, 4, 7, … of a run). A spike does not silence a
 *   drop, nor the reverse.
 * - Only days inside `range` (when given) are flagged; their baselines may look before it. Days
 *   without a baseline (too few samples) are never flagged.
 */
import type { Anomaly, BaselineMetric, BenchmarkSettings, DailyPoint } from './types.ts';
import { addDays, indexPoints, typicalDayIn } from './typical-day.ts';

/** An anomaly before its drivers are attached (drivers.ts). */
export type BareAnomaly = Omit<Anomaly, 'drivers' | 'singleSource'>;

/** Spikes and drops of one metric's daily series, oldest first. */
export function detectAnomalies(
  points: readonly DailyPoint[],
  metric: BaselineMetric,
  settings: BenchmarkSettings,
  range?: { firstDay: string; lastDay: string },
): BareAnomaly[] {
  const index = indexPoints(points);
  const days = [...index.keys()].filter((d) => !range || (d >= range.firstDay && d <= range.lastDay)).sort();
  const out: BareAnomaly[] = [];
  /** The last day each direction is cooling down until (inclusive). */
  const coolUntil: Record<Anomaly['direction'], string> = { spike: '', drop: '' };
  for (const day of days) {
    const baseline = typicalDayIn(index, day, metric, settings);
    if (!baseline) continue;
    const observed = index.get(day)!;
    const expected = baseline.median;
    const score = (observed - expected) / baseline.scale;
    const direction = score >= settings.threshold && observed >= settings.minVolume ? 'spike' : score <= -settings.threshold && expected >= settings.minVolume ? 'drop' : null;
    if (!direction || day <= coolUntil[direction]) continue;
    coolUntil[direction] = addDays(day, settings.cooldownDays);
    out.push({ date: day, metric, direction, observed, expected, score, baseline });
  }
  return out;
}
