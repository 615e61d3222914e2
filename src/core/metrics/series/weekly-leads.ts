/**
 * Leads per week of the period, social and other. Weeks start on Monday (local time); the first
 * and last week are cut at the period's edges, so each lead counts in exactly one period.
 */
import type { MonthPeriod } from '../../periods/month.ts';
import { daysOf } from '../../periods/month.ts';
import { coverageGap } from '../coverage.ts';
import type { MetricsReader } from '../kpi.ts';
import { inPeriodTs, localDay, num } from '../sql.ts';
import type { SeriesUnavailable } from './series.ts';

export interface WeeklyLeadsPoint {
  /** Monday of the week, "YYYY-MM-DD" (may fall in the previous month). */
  weekStart: string;
  /** First and last day of the week inside the period. */
  firstDay: string;
  lastDay: string;
  social: number;
  other: number;
}

export type WeeklyLeadsSeries = { kind: 'weekly_leads' } & ({ available: true; points: WeeklyLeadsPoint[] } | SeriesUnavailable);

/** Monday of the ISO week of a calendar day. */
export function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const offset = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - offset);
  return d.toISOString().slice(0, 10);
}

export async function weeklyLeads(reader: MetricsReader, period: MonthPeriod): Promise<WeeklyLeadsSeries> {
  const gap = coverageGap(reader.manifest, ['leads'], period);
  if (gap && !gap.available) return { kind: 'weekly_leads', available: false, code: gap.code, reason: gap.reason };
  const rows = await reader.query<{ day: string; social: number; other: number }>(
    `SELECT ${localDay('created_at', period)} AS day, count(*) FILTER (WHERE is_social) AS social, count(*) FILTER (WHERE NOT is_social) AS other
     FROM leads WHERE ${inPeriodTs('created_at', period)} AND coalesce(archived, false) = false GROUP BY ALL`,
  );
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const weeks = new Map<string, WeeklyLeadsPoint>();
  for (const day of daysOf(period)) {
    const weekStart = mondayOf(day);
    const week = weeks.get(weekStart) ?? { weekStart, firstDay: day, lastDay: day, social: 0, other: 0 };
    week.lastDay = day;
    const r = byDay.get(day);
    if (r) {
      week.social += num(r.social);
      week.other += num(r.other);
    }
    weeks.set(weekStart, week);
  }
  return { kind: 'weekly_leads', available: true, points: [...weeks.values()] };
}
