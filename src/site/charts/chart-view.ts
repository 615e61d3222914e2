/**
 * What a page shows for one chart: a heading, a sentence saying what the data shows, the SVG,
 * and the same numbers as a table (for screen readers, print and copy-paste). Made from a series
 * of the report model; a series whose inputs are missing becomes a view with the reason.
 */
import type { ChartSeries } from '../../core/report/model.ts';
import { displayText } from '../../core/story/display-text.ts';
import { withNarrowDrawing, type ChartContext, type ChartView } from './view.ts';
import { dailyMentionsChart } from './specs/daily-mentions.ts';
import { shareOfVoiceChart } from './specs/share-of-voice.ts';
import { weeklyLeadsChart } from './specs/weekly-leads.ts';

export type { ChartContext, ChartView, DataTable } from './view.ts';
export { unavailableView, withNarrowDrawing } from './view.ts';

/** The view of a series, with its page drawing and its phone drawing. */
export function chartView(series: ChartSeries, ctx: ChartContext): Promise<ChartView> {
  return withNarrowDrawing((c) => drawing(series, c), ctx);
}

/**
 * The series with its tracked names as display text (src/core/story/display-text.ts): a name is
 * drawn in legends and axes, written in the description and heads a table column, so a 2,000-
 * character competitor name is shortened once here for all of them.
 */
function displayNames(series: ChartSeries): ChartSeries {
  const name = (n: string) => displayText(n, 'name');
  if (!series.available) return series;
  if (series.kind === 'daily_mentions') return { ...series, names: series.names.map((n) => ({ ...n, name: name(n.name) })), points: series.points.map((p) => ({ ...p, name: name(p.name) })) };
  if (series.kind === 'share_of_voice') return { ...series, points: series.points.map((p) => ({ ...p, name: name(p.name) })) };
  return series;
}

function drawing(raw: ChartSeries, ctx: ChartContext): Promise<ChartView> {
  const series = displayNames(raw);
  switch (series.kind) {
    case 'daily_mentions':
      return dailyMentionsChart(series, ctx);
    case 'weekly_leads':
      return weeklyLeadsChart(series, ctx);
    case 'share_of_voice':
      return shareOfVoiceChart(series, ctx);
  }
}
