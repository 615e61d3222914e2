/**
 * The report model: everything a report shows for one period and audience, as plain JSON-able
 * data (no HTML, no Astro). Site pages, decks, digests and `cadence metrics --json` are
 * renderings of it; none of them queries data.
 */
import type { Reason } from '../i18n/reason.ts';
import type { BaselineComparison, Comparison, TargetProgress } from '../benchmarks/comparisons.ts';
import type { Anomaly, CampaignLifecycle, ShareOfVoice, TypicalDay } from '../benchmarks/types.ts';
import type { ReportLists } from '../metrics/lists/index.ts';
import type { KpiDefinition, UnavailableCode } from '../metrics/kpi.ts';
import type { DailyMentionsSeries } from '../metrics/series/daily-mentions.ts';
import type { ShareOfVoiceSeries } from '../metrics/series/share-of-voice.ts';
import type { WeeklyLeadsSeries } from '../metrics/series/weekly-leads.ts';
import type { Period } from '../periods/period.ts';
import type { AudienceName } from '../schema/config.ts';
import type { Finding, Story } from '../story/types.ts';
import type { PeriodCoverage } from '../story/notes.ts';
import type { KpiTone } from '../story/tone.ts';
import type { KpiSample } from '../metrics/sample.ts';

/** Bumped when the shape or the wording of the model changes (cached models of another version are recomputed). 8: reasons name periods by label; no share-of-voice gain against a partial period. */
export const REPORT_MODEL_VERSION = 8;

export interface KpiComparisons {
  /** The previous period of equal standing (previous day, week, month, quarter, year; a range: the same number of days before). */
  previous: Comparison;
  /** The same period a year earlier. */
  yearAgo: Comparison;
  /** Progress towards the config's goal for this KPI, when one is set. */
  target?: TargetProgress;
  /** The typical day for the weekday, for daily KPIs with a baseline series on a day report. */
  baseline?: BaselineComparison;
  /** On a day report, a daily KPI whose weekday has too few earlier days for a typical day: how many it has and needs. */
  noBaseline?: { weekday: TypicalDay['weekday']; samples: number; needed: number };
}

/** A KPI's identity (as registered) with its value for the period and its comparisons. */
export interface KpiResult extends Pick<KpiDefinition, 'id' | 'stage' | 'label' | 'unit' | 'direction' | 'definition' | 'entities'> {
  available: boolean;
  /** Null when unavailable. */
  value: number | null;
  code?: UnavailableCode;
  reason?: string;
  why?: Reason;
  /** The value rests on an estimate; `note` says which. */
  estimated?: boolean;
  note?: string;
  /** The numbers behind the value (numerator, denominator, …). */
  inputs?: Record<string, number>;
  /** The data covers only these days of the period. */
  partial?: { firstDay: string; lastDay: string };
  /** Whether the KPI comes from the project's own metrics (defineMetric). */
  custom?: boolean;
  /** For a rate or an average: how many things it rests on, and whether that is enough to read a change (metrics/sample.ts). */
  sample?: KpiSample;
  comparisons: KpiComparisons;
  /** Good, bad, mixed or no verdict, for the comparison reports show first (story/tone.ts); every colour and arrow reads it. */
  tone: KpiTone;
}

export type ChartSeries = DailyMentionsSeries | WeeklyLeadsSeries | ShareOfVoiceSeries;

export type CadenceLabel = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual' | 'custom';

export interface ReportModel {
  modelVersion: typeof REPORT_MODEL_VERSION;
  period: Period;
  cadence: CadenceLabel;
  audience: AudienceName;
  /** The periods the comparisons use. */
  previous: Period;
  yearAgo: Period;
  /** The local day the report was made as of (relative periods, goals to date). */
  asOf: string;
  /** Last local day with data in the data folder (null when empty). */
  dataUntil: string | null;
  /** False when the period runs past the data (a month still in progress) or its last day is cut short. */
  complete: boolean;
  /** Where the data covers the period only in part: it starts late, ends early, or its last day is cut short (null when whole). */
  coverage: PeriodCoverage | null;
  /** First day whose weekday has a typical day for brand mentions (before it, spikes and drops cannot be found), or null. */
  typicalFrom: string | null;
  brand: string;
  competitors: string[];
  /** ISO 4217 code of every money value. */
  currency: string;
  timezone: string;
  kpis: KpiResult[];
  /** Ids of the few KPIs to show first, large (all among `kpis`). */
  highlights: string[];
  lists: ReportLists;
  /** Typical day per baseline metric for the period's last day's weekday… of each weekday (as of the period's last day). */
  typicalWeek: Partial<Record<string, TypicalDay[]>>;
  /** Spikes and drops inside the period, with their drivers, in date order. */
  anomalies: Anomaly[];
  shareOfVoice: ShareOfVoice;
  /** Campaigns running in (or started before and still measured in) the period, as of its last day. */
  campaigns: CampaignLifecycle[];
  /** The audience's story items, ranked for it, most important first (story/ranking.ts). */
  findings: Finding[];
  /** The rest of the story for this audience: headline, notes, next steps, voices, months (story/story.ts). */
  story: Story;
  /** Chart data in page order. */
  charts: ChartSeries[];
}
