/**
 * What a page shows for one chart: a heading, a sentence saying what the data shows, the SVG,
 * and the same numbers as a table (for screen readers, print and copy-paste). Made from a series
 * of the report model; a series whose inputs are missing becomes a view with the reason.
 */
import type { ChartSeries } from '../../core/report/model.ts';
import type { ChartContext, ChartView } from './view.ts';
import { dailyMentionsChart } from './specs/daily-mentions.ts';
import { shareOfVoiceChart } from './specs/share-of-voice.ts';
import { weeklyLeadsChart } from './specs/weekly-leads.ts';

export type { ChartContext, ChartView, DataTable } from './view.ts';
export { unavailableView } from './view.ts';

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
