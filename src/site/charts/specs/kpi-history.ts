/**
 * A KPI page's history: the KPI's value in each period of one cadence (months, else quarters,
 * else years), with axes, rendered to SVG at build time like the report charts.
 *
 * Decisions:
 * - Counts and amounts are bars from zero (a sum is read by its height); rates, averages and
 *   durations are a line with a point per period, its axis fitted to the values.
 * - The y axis labels are the KPI's own formatting (format.value: "12.3%", "€48,153", "6.5 h"),
 *   the same text as the table below the chart: the tick values are chosen here (a "nice" step)
 *   and each is labelled by lookup, so the axis never disagrees with the table.
 * - A partial period (still running, or covered only in part by the data: `partial` on the
 *   point) is drawn hollow, with a dashed outline for a bar, and the legend says "partial
 *   period"; its table row says "(partial)" and the description names it. A value is never
 *   compared silently with whole periods' values.
 * - Periods without a value leave a gap in the line (no bar), and the description counts them.
 * - Every word from the catalog (`site.kpiPage`).
 */
import type { TopLevelSpec } from 'vega-lite';
import type { KpiUnit } from '../../../core/metrics/kpi.ts';
import { periodIdLabel } from '../../../core/story/period-label.ts';
import type { CadenceName } from '../../../core/schema/config.ts';
import { drawingId, plotWidth, type ChartContext, type ChartView } from '../view.ts';
import { type Layer } from '../layers.ts';
import { renderVegaLite } from '../render.ts';
import { roundSvg } from '../svg.ts';
import { vegaLiteConfig } from '../theme.ts';

const ID = 'kpi-history';
const WHOLE = 'whole';

/** One period of the history (site-model.ts `KpiPoint`). */
export interface KpiHistoryPoint {
  period: string;
  firstDay: string;
  value: number | null;
  partial?: boolean;
}

export interface KpiHistoryInput {
  label: string;
  unit: KpiUnit;
  /** The cadence of the points (monthly, quarterly or annual). */
  cadence: CadenceName;
  points: readonly KpiHistoryPoint[];
}

/** Up to about five "nice" ticks (1, 2, 2.5, 5 × 10ⁿ) covering [lo, hi]; whole steps for counts. */
export function niceTicks(lo: number, hi: number, whole: boolean): number[] {
  if (hi <= lo) hi = lo + (whole ? 1 : Math.abs(lo) || 1);
  const raw = (hi - lo) / 4;
  const e = Math.floor(Math.log10(raw));
  const f = raw / 10 ** e;
  let step = (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * 10 ** e;
  if (whole) step = Math.max(1, step === 2.5 ? 2 : Math.round(step));
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const ticks: number[] = [];
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/** The label of a period on the axis: "Sept 2026", "Q3 2026", "2026". */
function axisLabel(period: string, cadence: CadenceName, ctx: Pick<ChartContext, 'format'>): string {
  if (cadence === 'monthly') return new Intl.DateTimeFormat(ctx.format.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${period}-01T00:00:00Z`));
  return periodIdLabel(period, ctx.format);
}

/** The chart, or null when no period has a value. */
export async function kpiHistoryChart(input: KpiHistoryInput, ctx: Pick<ChartContext, 'format' | 'theme' | 'locale' | 'warn' | 'layout' | 'narrowPlot'>): Promise<ChartView | null> {
  const { format } = ctx;
  const t = format.t.site.kpiPage;
  const known = input.points.filter((p): p is KpiHistoryPoint & { value: number } => p.value !== null);
  if (known.length === 0) return null;
  const value = (v: number) => format.value(input.unit, v);
  const full = (p: KpiHistoryPoint) => periodIdLabel(p.period, format);
  const title = t.chartTitle({ label: input.label });
  const partial = input.points.filter((p) => p.partial);
  // The highest and lowest whole period (a partial one is not comparable), when there are two or more.
  const whole = known.filter((p) => !p.partial);
  const high = whole.length >= 2 ? whole.reduce((a, p) => (p.value > a.value ? p : a)) : null;
  const low = whole.length >= 2 ? whole.reduce((a, p) => (p.value < a.value ? p : a)) : null;
  const description = [
    known.length === 1
      ? t.chartOne({ label: input.label, period: full(known[0]!), value: value(known[0]!.value) })
      : t.chartDescription({
          label: input.label,
          first: full(input.points[0]!),
          last: full(input.points.at(-1)!),
          from: value(known[0]!.value),
          to: value(known.at(-1)!.value),
          high: high && low && high !== low ? { value: value(high.value), period: full(high) } : null,
          low: high && low && high !== low ? { value: value(low.value), period: full(low) } : null,
          missing: input.points.length - known.length,
        }),
    partial.length ? t.chartPartial({ periods: partial.map(full) }) : null,
  ]
    .filter(Boolean)
    .join(' ');

  const bars = input.unit === 'count' || input.unit === 'currency';
  const values = known.map((p) => p.value);
  const lo = bars ? Math.min(0, ...values) : Math.min(...values);
  const hi = bars ? Math.max(0, ...values) : Math.max(...values);
  const ticks = niceTicks(lo, hi, input.unit === 'count');
  // Each tick labelled by the KPI's own formatting (a lookup, so the axis reads like the table).
  const labelExpr = ticks.reduceRight((rest, v) => `datum.value === ${v} ? ${JSON.stringify(value(v))} : ${rest}`, "''");

  const primary = ctx.theme.colors.primary;
  const background = ctx.theme.colors.background;
  const data = input.points.map((p, order) => ({ short: axisLabel(p.period, input.cadence, ctx), order, value: p.value, part: p.partial ? t.partial : WHOLE }));
  const x = { field: 'short', type: 'ordinal' as const, title: null, sort: { field: 'order', op: 'min' as const }, axis: { labelAngle: 0, labelOverlap: 'greedy' as const, labelPadding: 6 } };
  const y = {
    field: 'value',
    type: 'quantitative' as const,
    title: null,
    scale: { domain: [ticks[0]!, ticks.at(-1)!], nice: false, zero: bars },
    axis: { values: ticks, labelExpr, grid: true },
  };
  // Whole periods filled, partial ones hollow (dashed for a bar); the legend names only the partial.
  // aria: false: the legend's scale holds an internal key, and the SVG's <desc> names the partial periods.
  const legend = partial.length ? { aria: false, values: [t.partial], symbolStrokeColor: primary, symbolStrokeWidth: 1.5, symbolType: bars ? 'square' : 'circle', ...(bars ? { symbolDash: [4, 2] } : {}), labelLimit: 240 } : null;
  const fill = { field: 'part', type: 'ordinal' as const, scale: { domain: [WHOLE, t.partial], range: [primary, background] }, legend };
  // Square corners: rounded ones with a stroke make Vega clip every bar (a much larger SVG).
  const bar = { type: 'bar' as const, width: { band: 0.6 }, cornerRadiusEnd: 0, stroke: primary, strokeWidth: 1.5, aria: false };
  const layer: Layer[] = bars
    ? [
        { transform: [{ filter: `datum.part === '${WHOLE}'` }], mark: bar, encoding: { x, y, fill } },
        { transform: [{ filter: `datum.part !== '${WHOLE}'` }], mark: { ...bar, strokeDash: [4, 2] }, encoding: { x, y, fill } },
      ]
    : [
        { mark: { type: 'line', color: primary, strokeWidth: 2, aria: false }, encoding: { x, y } },
        { mark: { type: 'point', filled: true, size: 56, stroke: primary, strokeWidth: 1.5, opacity: 1, aria: false }, encoding: { x, y, fill } },
      ];
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: plotWidth(ctx, 760),
    height: ctx.layout === 'narrow' ? 180 : 220,
    config: { ...vegaLiteConfig(ctx.theme, ctx.layout), scale: { bandPaddingInner: 0.2, pointPadding: 0.5 } },
    data: { values: data },
    layer,
  };
  const svg = roundSvg(await renderVegaLite(spec, { id: drawingId(ID, ctx), title, description, locale: ctx.locale, warn: ctx.warn }));
  return {
    id: ID,
    title,
    description,
    svg,
    unavailable: null,
    table: {
      caption: t.caption({ label: input.label }),
      columns: [
        { label: t.period, numeric: false },
        { label: t.value, numeric: true },
      ],
      rows: input.points.map((p) => [full(p) + (p.partial ? t.partialSuffix : ''), p.value === null ? t.notAvailable : value(p.value)]),
    },
  };
}

/** The cadence a KPI page shows: months, else quarters, else years (the first with points). */
export function historyCadence(points: Partial<Record<CadenceName, readonly unknown[]>>): CadenceName | null {
  return (['monthly', 'quarterly', 'annual'] as const).find((c) => (points[c]?.length ?? 0) > 0) ?? null;
}
