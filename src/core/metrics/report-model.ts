/**
 * The report model: everything a report page shows, as plain JSON-able data (no HTML, no
 * Astro). Renderings (site pages, decks, digests) read it and never query data themselves.
 */
import type { MonthPeriod } from '../periods/month.ts';
import type { AudienceName } from '../schema/config.ts';
import type { EntityName } from '../schema/entities.ts';
import type { KpiChange } from './compare.ts';
import type { KpiDirection, KpiStage, KpiUnit, KpiValue } from './kpi.ts';
import type { DailyMentionsSeries } from './series/daily-mentions.ts';
import type { ShareOfVoiceSeries } from './series/share-of-voice.ts';
import type { WeeklyLeadsSeries } from './series/weekly-leads.ts';

/** Bumped when the shape of the model changes. */
export const REPORT_MODEL_VERSION = 1;

export interface KpiResult {
  id: string;
  stage: KpiStage;
  label: string;
  unit: KpiUnit;
  direction: KpiDirection;
  definition: string;
  entities: readonly EntityName[];
  current: KpiValue;
  /** The same KPI over the previous period of the same kind. */
  previous: KpiValue;
  /** Null when either value is unavailable. */
  change: KpiChange | null;
}

export type ChartSeries = DailyMentionsSeries | WeeklyLeadsSeries | ShareOfVoiceSeries;

export interface ReportModel {
  modelVersion: typeof REPORT_MODEL_VERSION;
  cadence: 'monthly';
  audience: AudienceName;
  period: MonthPeriod;
  previous: MonthPeriod;
  brand: string;
  competitors: string[];
  /** ISO 4217 code of every money value. */
  currency: string;
  kpis: KpiResult[];
  /** Ids of the few KPIs to show first, large (all among `kpis`). */
  highlights: string[];
  /** Chart data in page order. */
  charts: ChartSeries[];
}
