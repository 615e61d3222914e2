/** Horizontal bars: each tracked name's share of all tracked mentions. */
import { periodLabel } from '../../../core/story/period-label.ts';
import type { TopLevelSpec } from 'vega-lite';
import type { ShareOfVoiceSeries } from '../../../core/metrics/index.ts';
import type { ChartContext, ChartView } from '../view.ts';
import { drawingId, plotWidth, unavailableView } from '../view.ts';
import { renderVegaLite } from '../render.ts';
import { neutral, vegaLiteConfig } from '../theme.ts';

const ID = 'share-of-voice';

export async function shareOfVoiceChart(series: ShareOfVoiceSeries, ctx: ChartContext): Promise<ChartView> {
  const { format } = ctx;
  const t = format.t.charts.shareOfVoice;
  const title = t.title;
  if (!series.available) return unavailableView(ID, title, series.reason, ctx.format);
  const month = periodLabel(ctx.period, format);
  const brand = series.points.find((p) => p.isBrand)!;
  const ranked = [...series.points].sort((a, b) => b.share - a.share || a.name.localeCompare(b.name));
  const rank = ranked.indexOf(brand) + 1;
  const leader = ranked[0]!;
  const description = t.description({ brand: brand.name, share: format.percent(brand.share), period: month, rank, of: ranked.length, leader: leader.name, leaderShare: format.percent(leader.share) });

  const values = series.points.map((p) => ({ ...p, label: format.percent(p.share), role: p.isBrand ? 'brand' : 'competitor' }));
  const names = series.points.map((p) => p.name);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: plotWidth(ctx, 760) - (ctx.layout === 'narrow' ? 80 : 0),
    height: { step: 34 },
    config: vegaLiteConfig(ctx.theme, ctx.layout),
    data: { values },
    encoding: {
      y: { field: 'name', type: 'nominal', title: null, sort: names, axis: { labelFontSize: 12, labelColor: ctx.theme.colors.text, ticks: false, domain: false, labelLimit: ctx.layout === 'narrow' ? 110 : 180 } },
      x: { field: 'share', type: 'quantitative', title: t.axis, scale: { domain: [0, Math.min(1, Math.max(...values.map((v) => v.share)) * 1.15)] }, axis: { format: '.0%', tickCount: 5 } },
    },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.65 } },
        encoding: { color: { field: 'role', type: 'nominal', scale: { domain: ['brand', 'competitor'], range: [ctx.theme.colors.primary, neutral.other] }, legend: null } },
      },
      { mark: { type: 'text', align: 'left', dx: 4, fontSize: 12, color: ctx.theme.colors.text }, encoding: { text: { field: 'label' } } },
    ],
  };
  const svg = await renderVegaLite(spec, { id: drawingId(ID, ctx), title, description, locale: ctx.locale, warn: ctx.warn });
  return {
    id: ID,
    title,
    description,
    svg,
    unavailable: null,
    table: {
      caption: t.caption({ period: month }),
      columns: [
        { label: t.columns.name, numeric: false },
        { label: t.columns.mentions, numeric: true },
        { label: t.columns.share, numeric: true },
      ],
      rows: series.points.map((p) => [p.name, format.count(p.mentions), format.percent(p.share)]),
    },
  };
}
