/** Line chart: mentions per day of the brand and each competitor. */
import { periodLabel } from '../../../core/story/period-label.ts';
import type { TopLevelSpec } from 'vega-lite';
import type { DailyMentionsSeries } from '../../../core/metrics/index.ts';
import { mondayOf } from '../../../core/periods/period.ts';
import type { ChartContext, ChartView } from '../chart-view.ts';
import { unavailableView } from '../chart-view.ts';
import { dayMonthFormat } from '../locale.ts';
import { renderVegaLite } from '../render.ts';
import { trackedColors, vegaLiteConfig } from '../theme.ts';

const ID = 'daily-mentions';

export async function dailyMentionsChart(series: DailyMentionsSeries, ctx: ChartContext): Promise<ChartView> {
  const title = series.available && series.names.length > 1 ? 'Mentions per day: brand and competitors' : 'Brand mentions per day';
  if (!series.available) return unavailableView(ID, title, series.reason);
  const { format, period } = ctx;
  const names = series.names.map((n) => n.name);
  const days = [...new Set(series.points.map((p) => p.day))];

  const totals = names.map((name) => series.points.filter((p) => p.name === name).reduce((a, p) => a + p.mentions, 0));
  const brandPoints = series.points.filter((p) => p.name === names[0]);
  const peak = brandPoints.reduce((best, p) => (p.mentions > best.mentions ? p : best), brandPoints[0]!);
  const month = periodLabel(period, format);
  const others = names.slice(1).map((n, i) => `${n} ${format.count(totals[i + 1]!)}`);
  const description =
    `${names[0]} had ${format.count(totals[0]!)} mentions in ${month}` +
    (peak.mentions > 0 ? `, the most on ${format.day(peak.day)} (${format.count(peak.mentions)})` : '') +
    '.' +
    (others.length ? ` Competitors: ${others.join(', ')}.` : '');

  const mondays = [...new Set(days.map(mondayOf))].filter((d) => d >= period.firstDay);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 860,
    height: 260,
    config: vegaLiteConfig(ctx.theme),
    data: { values: series.points.map((p) => ({ ...p, role: p.name === names[0] ? 'brand' : 'competitor' })) },
    encoding: {
      x: {
        field: 'day',
        type: 'temporal',
        timeUnit: 'utcyearmonthdate',
        title: null,
        axis: { format: dayMonthFormat(format.locale), values: mondays.map((d) => Date.parse(`${d}T00:00:00Z`)), grid: false },
      },
      y: { field: 'mentions', type: 'quantitative', title: 'Mentions', axis: { tickCount: 5, format: ',d' } },
      color: { field: 'name', type: 'nominal', scale: { domain: names, range: trackedColors(ctx.theme, names.length) }, legend: names.length > 1 ? {} : null },
    },
    // Competitors first and thin, the brand on top and thick.
    layer: [
      { transform: [{ filter: "datum.role === 'competitor'" }], mark: { type: 'line', strokeWidth: 1.5 } },
      { transform: [{ filter: "datum.role === 'brand'" }], mark: { type: 'line', strokeWidth: 2.75 } },
    ],
  };
  const svg = await renderVegaLite(spec, { id: ID, title, description, locale: ctx.locale, warn: ctx.warn });

  const byKey = new Map(series.points.map((p) => [`${p.day}|${p.name}`, p.mentions]));
  return {
    id: ID,
    title,
    description,
    svg,
    unavailable: null,
    table: {
      caption: `Mentions per day, ${month}`,
      columns: [{ label: 'Day', numeric: false }, ...names.map((label) => ({ label, numeric: true }))],
      rows: days.map((day) => [format.day(day), ...names.map((n) => format.count(byKey.get(`${day}|${n}`) ?? 0))]),
    },
  };
}
