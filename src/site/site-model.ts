/**
 * The site model: everything the Astro pages read, prepared in Node before Astro runs (report
 * models from the metrics core, charts already rendered to SVG, formatted coverage). Pages only
 * template it; they never query data or compute.
 */
import type { ReportModel } from '../core/report/model.ts';
import type { AudienceName, CadenceName } from '../core/schema/config.ts';
import type { ChartView } from './charts/chart-view.ts';
import type { SiteColors } from './charts/theme.ts';

export const SITE_MODEL_VERSION = 4;

export interface SiteSettings {
  title: string;
  /** Base path, starting and ending with "/". Every link is made from it. */
  base: string;
  /** Language of the page text (the `lang` attribute). */
  lang: string;
  /** Locale numbers and dates are formatted in. */
  locale: string;
  currency: string;
  timezone: string;
  colors: SiteColors;
  font: string;
  footer: string | null;
  /** Logo file name under the base (copied into the site), or null. */
  logo: string | null;
}

export interface CoverageRow {
  entity: string;
  label: string;
  rows: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Stretches of a week or more without rows between the first and last day. */
  gaps: { from: string; to: string; days: number }[];
}

export interface AudienceInfo {
  name: AudienceName;
  /** The cadences this audience gets (config `audiences.<name>.cadences`). */
  cadences: CadenceName[];
  title: string;
  /** One line on what the report holds for this audience. */
  summary: string;
}

/** One report page: the model and its rendered charts. */
export interface ReportPage {
  /** Path under the base, e.g. "monthly/2026-09/team/". */
  path: string;
  cadence: CadenceName;
  report: ReportModel;
  charts: ChartView[];
}

/** One KPI's value in one period, for sparklines and KPI pages. */
export interface KpiPoint {
  period: string;
  /** First day of the period, for ordering and labels. */
  firstDay: string;
  value: number | null;
  /** The period is partial: still running, or covered only in part by the data (report `complete` false, or the KPI's `partial`). */
  partial: boolean;
}

/** A KPI's identity and its history per cadence (from the reports of the audience that gets every KPI). */
export interface KpiHistory {
  id: string;
  stage: string;
  label: string;
  unit: string;
  direction: 'up' | 'down';
  definition: string;
  entities: readonly string[];
  custom: boolean;
  /** cadence → points in period order. */
  points: Partial<Record<CadenceName, KpiPoint[]>>;
  /** The cadence the KPI page shows (months, else quarters, else years), or null without points. */
  historyCadence: CadenceName | null;
  /** The KPI page's history chart of that cadence (charts/specs/kpi-history.ts), or null when no period has a value. */
  chart: ChartView | null;
}

export interface SiteModel {
  modelVersion: typeof SITE_MODEL_VERSION;
  site: SiteSettings;
  brand: string;
  /** "YYYY-MM" of the latest month with data, or null for an empty data folder. */
  latestMonth: string | null;
  /** Latest day any entity holds ("YYYY-MM-DD"), or null. */
  dataUntil: string | null;
  audiences: AudienceInfo[];
  coverage: CoverageRow[];
  /** Stretches of a week or more without a row in any activity entity: no report covers them. */
  dataGaps: { from: string; to: string; days: number }[];
  reports: ReportPage[];
  /** Every KPI of the reports with its history, for the KPI pages and the sparklines. */
  kpis: KpiHistory[];
}
