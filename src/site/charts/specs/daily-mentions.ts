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
  const { format, period } = ctx;
  const t = format.t.charts.dailyMentions;
  const title = series.available && series.names.length > 1 ? t.titleCompetitors : t.title;
  if (!series.available) return unavailableView(ID, title, series.reason, ctx.format);
  const names = series.names.map((n) => n.name);
  const days = [...new Set(series.points.map((p) => p.day))];

  const totals = names.map((name) => series.points.filter((p) => p.name === name).reduce((a, p) => a + p.mentions, 0));
  const brandPoints = series.points.filter((p) => p.name === names[0]);
  const peak = brandPoints.reduce((best, p) => (p.mentions > best.mentions ? p : best), brandPoints[0]!);
  const month = periodLabel(period, format);
  const description = t.description({
    brand: names[0]!,
    mentions: format.count(totals[0]!),
    period: month,
    peak: peak.mentions > 0 ? { day: format.day(peak.day), mentions: format.count(peak.mentions) } : null,
    competitors: names.slice(1).map((name, i) => ({ name, mentions: format.count(totals[i + 1]!) })),
  });

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
      y: { field: 'mentions', type: 'quantitative', title: t.axis, axis: { tickCount: 5, format: ',d' } },
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
      caption: t.caption({ period: month }),
      columns: [{ label: t.day, numeric: false }, ...names.map((label) => ({ label, numeric: true }))],
      rows: days.map((day) => [format.day(day), ...names.map((n) => format.count(byKey.get(`${day}|${n}`) ?? 0))]),
    },
  };
}
