/**
 * Day and week reports: the brand's mentions on the 28 days ending on the report's last day,
 * each day drawn against the typical day of its weekday. Bars are the days (the report's own
 * days in the brand colour, the earlier days lighter); the shaded band is the typical range;
 * the thin line inside it is the typical day (median); spikes and drops carry a triangle.
 *
 * Decisions:
 * - The typical day of each weekday is the model's `typicalWeek.mentions`: the baseline as of the
 *   report's last day (same weekday over the configured window), so the chart shows what the
 *   report's numbers are compared with, and every day of a weekday gets the same band.
 * - The band is median ± threshold × scale (the robust spread the spike detector divides by,
 *   times its threshold), low floored at 0: the range inside which a day counts as usual. A day
 *   is marked with the detector's rule against that band: a spike above it with at least
 *   `minVolume` mentions, a drop below it when the typical day has at least `minVolume`. (No
 *   cool-down: a chart of 28 days shows every day that leaves the band.)
 * - A weekday without a baseline (too few samples) has no band and no marks.
 * - Negative mentions are not drawn: in single digits a day, their band is mostly the noise
 *   floor, and a second panel would double the SVG of a page that has one chart.
 * - Every word comes from the message catalog (`charts.trailingDays`); weekdays are passed as
 *   keys, so each language names them (and makes its articles agree with them).
 */
import type { TopLevelSpec } from 'vega-lite';
import { isoWeekday } from '../../../core/benchmarks/typical-day.ts';
import type { BenchmarkSettings, TypicalDay } from '../../../core/benchmarks/types.ts';
import type { WeekdayKey } from '../../../core/i18n/catalog.ts';
import { TRAILING_DAYS, type TrailingDays } from '../../../core/metrics/series/trailing-days.ts';
import { periodLabel } from '../../../core/story/period-label.ts';
import type { ChartContext, ChartView } from '../chart-view.ts';
import { unavailableView } from '../chart-view.ts';
import { dayMonthFormat } from '../locale.ts';
import { renderVegaLite } from '../render.ts';
import { neutral, vegaLiteConfig } from '../theme.ts';

const ID = 'trailing-days';
/** ISO weekday 1 (Monday) … 7 (Sunday), less one, → the catalog's weekday key. */
const weekdayKeys: readonly WeekdayKey[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface TrailingDaysInput {
  /** The brand's mentions on the 28 days (the daily mentions series' `trailing`), or null. */
  trailing: TrailingDays | null | undefined;
  /** The model's typical week of brand mentions (`typicalWeek.mentions`). */
  typical: readonly TypicalDay[];
  settings: Pick<BenchmarkSettings, 'threshold' | 'minVolume'>;
}

/** One day of the chart and its table. */
export interface TrailingDayRow {
  day: string;
  mentions: number;
  /** The typical day (median) of the weekday, and the band; null without a baseline. */
  typical: number | null;
  low: number | null;
  high: number | null;
  /** The day belongs to the report's period. */
  own: boolean;
  mark: 'spike' | 'drop' | null;
}

/** Rounds to one decimal (band edges; keeps the data and the SVG short). */
const r1 = (v: number) => Math.round(v * 10) / 10;

/** Rounds the numbers of geometry attributes to one decimal (Vega writes up to 15 digits). */
export const roundSvg = (svg: string): string =>
  svg.replace(/ (d|transform|x|y|x1|x2|y1|y2|width|height)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(r1(Number(n))))}"`);

export function trailingDayRows(input: TrailingDaysInput, period: { firstDay: string; lastDay: string }): TrailingDayRow[] {
  const byWeekday = new Map(input.typical.map((t) => [t.weekday, t]));
  const { threshold, minVolume } = input.settings;
  return (input.trailing?.points ?? []).map((p) => {
    const t = byWeekday.get(isoWeekday(p.day));
    const own = p.day >= period.firstDay && p.day <= period.lastDay;
    if (!t) return { day: p.day, mentions: p.mentions, typical: null, low: null, high: null, own, mark: null };
    const high = t.median + threshold * t.scale;
    const low = Math.max(0, t.median - threshold * t.scale);
    const mark = p.mentions >= high && p.mentions >= minVolume ? 'spike' : p.mentions <= t.median - threshold * t.scale && t.median >= minVolume ? 'drop' : null;
    return { day: p.day, mentions: p.mentions, typical: t.median, low: r1(low), high: r1(high), own, mark };
  });
}

export async function trailingDaysChart(input: TrailingDaysInput, ctx: ChartContext): Promise<ChartView> {
  const { format, period } = ctx;
  const t = format.t.charts.trailingDays;
  const rows = trailingDayRows(input, period);
  if (rows.length === 0) return unavailableView(ID, t.title, t.unavailable, ctx.format);
  const num = (v: number) => format.value('number', v);
  const lastDay = rows[rows.length - 1]!.day;

  // What the report's own days did, then the rest of the window.
  const own = rows.filter((r) => r.own);
  const sentences: string[] = [];
  const dayText = (r: TrailingDayRow) =>
    t.day({
      day: format.day(r.day),
      weekday: weekdayKeys[isoWeekday(r.day) - 1]!,
      n: r.mentions,
      mentions: format.count(r.mentions),
      typical: r.typical === null ? null : num(r.typical),
      mark: r.mark,
    });
  if (period.kind === 'day') {
    if (own[0]) sentences.push(dayText(own[0]));
  } else if (own.length) {
    const total = own.reduce((a, r) => a + r.mentions, 0);
    const typical = own.every((r) => r.typical !== null) ? own.reduce((a, r) => a + r.typical!, 0) : null;
    sentences.push(t.period({ period: periodLabel(period, format), n: total, mentions: format.count(total), typical: typical === null ? null : num(typical), days: own.length }));
    for (const r of own.filter((x) => x.mark)) sentences.push(dayText(r));
  }
  const earlier = rows.filter((r) => !r.own && r.mark);
  const list = (xs: TrailingDayRow[]) =>
    xs.length ? { days: xs.slice(0, 4).map((r) => ({ day: format.shortDay(r.day), mentions: format.count(r.mentions) })), more: Math.max(0, xs.length - 4) } : null;
  sentences.push(
    t.window({ own: own.length > 0, lastDay: format.day(lastDay), spikes: list(earlier.filter((r) => r.mark === 'spike')), drops: list(earlier.filter((r) => r.mark === 'drop')) }),
  );
  const description = sentences.join(' ');

  const primary = ctx.theme.colors.primary;
  const banded = rows.filter((r) => r.typical !== null);
  const marks = rows.filter((r) => r.mark);
  // 30 px a day (28 days: 840 px), so bars and steps fall on whole pixels; Monday ticks at the middle of the day.
  const x = {
    field: 'day',
    type: 'temporal' as const,
    timeUnit: 'utcyearmonthdate' as const,
    title: null,
    axis: { format: dayMonthFormat(format.locale), values: rows.filter((r) => isoWeekday(r.day) === 1).map((r) => Date.parse(`${r.day}T12:00:00Z`)), grid: false },
  };
  const centre = { ...x, bandPosition: 0.5 };
  const top = Math.max(...rows.map((r) => Math.max(r.mentions, r.high ?? 0)));
  const y = { type: 'quantitative' as const, title: t.axis, scale: { domain: [0, Math.ceil(top * 1.12)], nice: true }, axis: { tickCount: 4, format: ',d' } };
  // aria: false on the marks: the SVG's <title> and <desc> and the data table say what each mark would.
  const layer: NonNullable<Extract<TopLevelSpec, { layer: unknown }>['layer']> = [];
  if (banded.length) {
    layer.push(
      // The typical range, one flat step per day, and the typical day inside it.
      { data: { values: banded }, mark: { type: 'area', interpolate: 'step', color: neutral.grid, aria: false }, encoding: { x: centre, y: { field: 'low', ...y }, y2: { field: 'high' } } },
      { data: { values: banded }, mark: { type: 'line', interpolate: 'step', color: neutral.axis, strokeWidth: 1, strokeDash: [3, 2], aria: false }, encoding: { x: centre, y: { field: 'typical', ...y } } },
    );
  }
  layer.push({
    data: { values: rows.map((r) => ({ day: r.day, mentions: r.mentions, kind: r.own ? 'own' : 'earlier' })) },
    mark: { type: 'bar', width: { band: 0.6 }, cornerRadiusEnd: 0, aria: false },
    encoding: {
      x,
      y: { field: 'mentions', ...y },
      color: { field: 'kind', type: 'nominal', scale: { domain: ['own', 'earlier'], range: [primary, neutral.other] }, legend: null },
    },
  });
  if (marks.length) {
    const shapes = [
      { mark: 'spike', label: t.spike, shape: 'triangle-up' },
      { mark: 'drop', label: t.drop, shape: 'triangle-down' },
    ].filter((k) => marks.some((r) => r.mark === k.mark));
    layer.push({
      data: { values: marks.map((r) => ({ day: r.day, mentions: r.mentions, mark: r.mark === 'spike' ? t.spike : t.drop })) },
      mark: { type: 'point', filled: true, size: 60, yOffset: -9, color: ctx.theme.colors.accent, opacity: 1, aria: false },
      encoding: {
        x: centre,
        y: { field: 'mentions', ...y },
        shape: { field: 'mark', type: 'nominal', scale: { domain: shapes.map((k) => k.label), range: shapes.map((k) => k.shape) }, legend: { orient: 'top' } },
      },
    });
  }
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 30 * TRAILING_DAYS,
    height: 200,
    config: vegaLiteConfig(ctx.theme),
    layer,
  };
  const svg = roundSvg(await renderVegaLite(spec, { id: ID, title: t.title, description, locale: ctx.locale, warn: ctx.warn }));

  const note = (r: TrailingDayRow) => [r.mark === 'spike' ? t.spike : r.mark === 'drop' ? t.drop : '', r.own ? t.reportDay : ''].filter(Boolean).join(', ');
  const blank = '–';
  return {
    id: ID,
    title: t.title,
    description,
    svg,
    unavailable: null,
    table: {
      caption: t.caption({ lastDay: format.day(lastDay) }),
      columns: [
        { label: t.columns.date, numeric: false },
        { label: t.columns.mentions, numeric: true },
        { label: t.columns.typical, numeric: true },
        { label: t.columns.low, numeric: true },
        { label: t.columns.high, numeric: true },
        { label: t.columns.note, numeric: false },
      ],
      rows: rows.map((r) => [
        format.day(r.day),
        format.count(r.mentions),
        r.typical === null ? blank : num(r.typical),
        r.low === null ? blank : num(r.low),
        r.high === null ? blank : num(r.high),
        note(r),
      ]),
    },
  };
}
