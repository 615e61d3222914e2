/**
 * Leads per week of the period, social and other. Weeks start on Monday (local time); the first
 * and last week are cut at the period's edges, so each lead counts in exactly one period.
 */
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
