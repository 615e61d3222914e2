/**
 * What a page shows for one chart: a heading, a sentence saying what the data shows, the SVG,
 * and the same numbers as a table (for screen readers, print and copy-paste). Made from a series
 * of the report model; a series whose inputs are missing becomes a view with the reason.
 */
import type { ChartSeries } from '../../core/report/model.ts';
import type { Period } from '../../core/periods/period.ts';
import type { Format } from '../format/numbers.ts';
import type { VegaLocale } from './locale.ts';
import type { ChartTheme } from './theme.ts';
import { dailyMentionsChart } from './specs/daily-mentions.ts';
import { shareOfVoiceChart } from './specs/share-of-voice.ts';
import { weeklyLeadsChart } from './specs/weekly-leads.ts';

export interface DataTable {
  caption: string;
  /** Column headers; `numeric` columns are right-aligned. The first column heads each row. */
  columns: { label: string; numeric: boolean }[];
  rows: string[][];
}

export interface ChartView {
  /** Unique on the page; used for element ids. */
  id: string;
  title: string;
  /** One or two sentences on what the chart shows (the figcaption and the SVG's <desc>). */
  description: string;
  /** The SVG markup, or null when the data is unavailable. */
  svg: string | null;
  /** Why the chart is missing, when svg is null. */
  unavailable: string | null;
  table: DataTable | null;
}

export interface ChartContext {
  format: Format;
  theme: ChartTheme;
  locale: VegaLocale;
  period: Period;
  brand: string;
  /** Receives chart compiler warnings. */
  warn?: (message: string) => void;
}

export function chartView(series: ChartSeries, ctx: ChartContext): Promise<ChartView> {
  switch (series.kind) {
    case 'daily_mentions':
      return dailyMentionsChart(series, ctx);
    case 'weekly_leads':
      return weeklyLeadsChart(series, ctx);
    case 'share_of_voice':
      return shareOfVoiceChart(series, ctx);
  }
}

/** The view of a chart whose data is unavailable. */
export function unavailableView(id: string, title: string, reason: string, format: Pick<Format, 't'>): ChartView {
  return { id, title, description: format.t.charts.notAvailable({ reason }), svg: null, unavailable: reason, table: null };
}
