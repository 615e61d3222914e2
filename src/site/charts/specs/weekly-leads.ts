/** Stacked bars: leads per week, from social and from other channels. */
import { periodLabel } from '../../../core/story/period-label.ts';
import type { TopLevelSpec } from 'vega-lite';
import type { WeeklyLeadsSeries } from '../../../core/metrics/index.ts';
import type { ChartContext, ChartView } from '../chart-view.ts';
import { unavailableView } from '../chart-view.ts';
import { renderVegaLite } from '../render.ts';
import { neutral, vegaLiteConfig } from '../theme.ts';

const ID = 'weekly-leads';

export async function weeklyLeadsChart(series: WeeklyLeadsSeries, ctx: ChartContext): Promise<ChartView> {
  const { format } = ctx;
  const t = format.t.charts.weeklyLeads;
  const title = t.title;
  if (!series.available) return unavailableView(ID, title, series.reason, ctx.format);
  const weekLabel = (p: { firstDay: string; lastDay: string }) => `${format.shortDay(p.firstDay)} – ${format.shortDay(p.lastDay)}`;
  const social = series.points.reduce((a, p) => a + p.social, 0);
  const total = series.points.reduce((a, p) => a + p.social + p.other, 0);
  const busiest = series.points.reduce((best, p) => (p.social + p.other > best.social + best.other ? p : best), series.points[0]!);
  const month = periodLabel(ctx.period, format);
  const description =
    total === 0
      ? t.none({ period: month })
      : t.description({ total: format.count(total), period: month, social: format.count(social), share: format.percent(social / total), week: weekLabel(busiest), busiest: format.count(busiest.social + busiest.other) });

  const kinds = [t.social, t.other];
  const values = series.points.flatMap((p, order) => [
    { week: weekLabel(p), order, kind: kinds[0], leads: p.social },
    { week: weekLabel(p), order, kind: kinds[1], leads: p.other },
  ]);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 860,
    height: 260,
    config: vegaLiteConfig(ctx.theme),
    data: { values },
    mark: { type: 'bar', width: { band: 0.6 } },
    encoding: {
      x: { field: 'week', type: 'ordinal', title: null, sort: { field: 'order' }, axis: { labelAngle: 0 } },
      y: { field: 'leads', type: 'quantitative', title: t.axis, stack: 'zero', axis: { tickCount: 5, format: ',d' } },
      color: { field: 'kind', type: 'nominal', scale: { domain: kinds, range: [ctx.theme.colors.primary, neutral.other] } },
      order: { field: 'kind', sort: 'descending' },
    },
  };
  const svg = await renderVegaLite(spec, { id: ID, title, description, locale: ctx.locale, warn: ctx.warn });
  return {
    id: ID,
    title,
    description,
    svg,
    unavailable: null,
    table: {
      caption: t.caption({ period: month }),
      columns: [
        { label: t.columns.week, numeric: false },
        { label: t.columns.social, numeric: true },
        { label: t.columns.other, numeric: true },
        { label: t.columns.total, numeric: true },
      ],
      rows: series.points.map((p) => [weekLabel(p), format.count(p.social), format.count(p.other), format.count(p.social + p.other)]),
    },
  };
}
