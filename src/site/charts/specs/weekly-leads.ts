/**
 * Stacked bars: leads per week, from social and from other channels.
 *
 * Decisions:
 * - Weeks run Monday to Sunday and are cut at the period's edges (src/core/report/charts.ts), and
 *   at the data's when it covers the period only in part (coverage.ts): a week with fewer than
 *   seven days (or whose last day the data cuts short) is partial. Its bars are drawn pale, the
 *   legend says "partial week", its table row carries "(partial)" and the description lists the
 *   partial weeks with their days, so a short week is never read as a slow one.
 * - Up to six weeks (a month) the axis names each week's days; more, each week's first day, as
 *   many as fit. The phone's drawing names each week by its first day.
 * - Weeks wholly outside the data are left out (an unmeasured week is not a week without leads).
 * - Every word from the catalog (`charts.weeklyLeads`, `charts.coverage`).
 */
import { periodLabel } from '../../../core/story/period-label.ts';
import type { TopLevelSpec } from 'vega-lite';
import type { WeeklyLeadsSeries } from '../../../core/metrics/index.ts';
import type { ChartContext, ChartView } from '../view.ts';
import { drawingId, plotWidth, unavailableView } from '../view.ts';
import { coverageSentence, coveredDays } from '../coverage.ts';
import { dayMs } from '../layers.ts';
import { renderVegaLite } from '../render.ts';
import { roundSvg } from '../svg.ts';
import { neutral, vegaLiteConfig } from '../theme.ts';

const ID = 'weekly-leads';
const WHOLE = 'whole';
/** Between a week's first and last day in its label. */
const SEP = ' – ';

export async function weeklyLeadsChart(series: WeeklyLeadsSeries, ctx: ChartContext): Promise<ChartView> {
  const { format } = ctx;
  const t = format.t.charts.weeklyLeads;
  const narrow = ctx.layout === 'narrow';
  const title = t.title;
  if (!series.available) return unavailableView(ID, title, series.reason, ctx.format);
  const covered = coveredDays(ctx.period, ctx.coverage);
  const weeks = series.points
    .map((p) => {
      const firstDay = p.firstDay > covered.firstDay ? p.firstDay : covered.firstDay;
      const lastDay = p.lastDay < covered.lastDay ? p.lastDay : covered.lastDay;
      const days = Math.round((dayMs(lastDay) - dayMs(firstDay)) / 86_400_000) + 1;
      return { ...p, firstDay, lastDay, days, partial: days < 7 || (covered.time !== null && lastDay === covered.until) };
    })
    .filter((p) => p.days > 0);
  if (weeks.length === 0) return unavailableView(ID, title, format.t.charts.noData, ctx.format);
  const weekLabel = (p: { firstDay: string; lastDay: string }) => `${format.shortDay(p.firstDay)}${SEP}${format.shortDay(p.lastDay)}`;
  const social = weeks.reduce((a, p) => a + p.social, 0);
  const total = weeks.reduce((a, p) => a + p.social + p.other, 0);
  const busiest = weeks.reduce((best, p) => (p.social + p.other > best.social + best.other ? p : best), weeks[0]!);
  const month = periodLabel(ctx.period, format);
  const partial = weeks.filter((p) => p.partial);
  const description = [
    total === 0
      ? t.none({ period: month })
      : t.description({ total: format.count(total), period: month, social: format.count(social), share: format.percent(social / total), week: weekLabel(busiest), busiest: format.count(busiest.social + busiest.other) }),
    partial.length ? t.partialWeeks({ weeks: partial.map((p) => ({ week: weekLabel(p), days: p.days })) }) : null,
    coverageSentence(covered, format),
  ]
    .filter(Boolean)
    .join(' ');

  const kinds = [t.social, t.other];
  const values = weeks.flatMap((p, order) => [
    { week: weekLabel(p), order, kind: kinds[0], leads: p.social, part: p.partial ? t.partialWeek : WHOLE },
    { week: weekLabel(p), order, kind: kinds[1], leads: p.other, part: p.partial ? t.partialWeek : WHOLE },
  ]);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: plotWidth(ctx, 860),
    height: narrow ? 200 : 260,
    config: vegaLiteConfig(ctx.theme, ctx.layout),
    data: { values },
    mark: { type: 'bar', width: { band: 0.6 } },
    encoding: {
      // More than six weeks: each labelled by its first day, and only as many labels as fit.
      x: { field: 'week', type: 'ordinal', title: null, sort: { field: 'order' }, axis: weeks.length > (narrow ? 2 : 6) ? { labelAngle: 0, labelExpr: `split(datum.label, '${SEP}')[0]`, labelOverlap: 'greedy' } : { labelAngle: 0 } },
      y: { field: 'leads', type: 'quantitative', title: t.axis, stack: 'zero', axis: { tickCount: 5, format: ',d' } },
      color: { field: 'kind', type: 'nominal', scale: { domain: kinds, range: [ctx.theme.colors.primary, neutral.other] } },
      order: { field: 'kind', sort: 'descending' },
      // Partial weeks pale; the legend names only them.
      ...(partial.length
        ? { opacity: { field: 'part', type: 'ordinal' as const, scale: { domain: [WHOLE, t.partialWeek], range: [1, 0.35] }, legend: { aria: false, values: [t.partialWeek], symbolType: 'square', symbolFillColor: neutral.muted, labelLimit: 300 } } }
        : {}),
    },
  };
  const svg = roundSvg(await renderVegaLite(spec, { id: drawingId(ID, ctx), title, description, locale: ctx.locale, warn: ctx.warn }));
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
      rows: weeks.map((p) => [weekLabel(p) + (p.partial ? t.partial : ''), format.count(p.social), format.count(p.other), format.count(p.social + p.other)]),
    },
  };
}
