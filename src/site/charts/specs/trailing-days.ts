/**
 * Day and week reports: the brand's mentions on the 28 days ending on the report's last day,
 * each day drawn against the typical day of its weekday. Bars are the days (the report's own
 * days in the brand colour, the earlier days lighter), the part of each bar in the negative
 * colour its negative mentions; the shaded band is the typical range; the thin line inside it is
 * the typical day (median); spikes and drops carry a triangle; events and campaign starts of the
 * window (the series' `marks`) get a dashed rule and their label above the plot (marks.ts).
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
 * - Negative mentions are drawn inside each day's bar, from zero (a second bar on the first, in
 *   the site's negative colour), so a spike that was negative reads as a red bar at a glance. They
 *   get no band of their own: in single digits a day, it would be mostly the noise floor.
 * - Of the model's marks, the named ones are drawn: negative stories, campaigns, campaign starts.
 *   Its plain spikes and drops are not: they may be of any series (reach, shares…), and this
 *   chart marks brand mentions' own spikes and drops against the band it draws (the triangles);
 *   two rules for one word would disagree on the same bar.
 * - Days of the window without data (before the data starts, after it ends) are not drawn but
 *   shaded "no data", and the description says so (coverage.ts); the axis keeps the 28 days.
 * - Every word comes from the message catalog (`charts.trailingDays`); weekdays are passed as
 *   keys, so each language names them (and makes its articles agree with them).
 */
import type { TopLevelSpec } from 'vega-lite';
import { addDays, isoWeekday } from '../../../core/benchmarks/typical-day.ts';
import type { BenchmarkSettings, TypicalDay } from '../../../core/benchmarks/types.ts';
import type { WeekdayKey } from '../../../core/i18n/catalog.ts';
import type { ChartMark } from '../../../core/metrics/series/daily-mentions.ts';
import { TRAILING_DAYS, type TrailingDays } from '../../../core/metrics/series/trailing-days.ts';
import { periodLabel } from '../../../core/story/period-label.ts';
import type { ChartContext, ChartView } from '../view.ts';
import { drawingId, NARROW_OVERHANG_PX, plotWidth, unavailableView } from '../view.ts';
import { coverageSentence, noDataLayers, type CoveredDays } from '../coverage.ts';
import { dayMs, type Layer } from '../layers.ts';
import { dayMonthFormat } from '../locale.ts';
import { markLayers, marksByDay, marksSentence } from '../marks.ts';
import { renderVegaLite } from '../render.ts';
import { roundSvg } from '../svg.ts';
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
  /** Events and campaign starts on the window's days (the daily mentions series' `marks`). */
  marks?: readonly ChartMark[];
}

/** One day of the chart and its table. */
export interface TrailingDayRow {
  day: string;
  mentions: number;
  /** Of those, negative mentions. */
  negative: number;
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

export function trailingDayRows(input: TrailingDaysInput, period: { firstDay: string; lastDay: string }): TrailingDayRow[] {
  const byWeekday = new Map(input.typical.map((t) => [t.weekday, t]));
  const { threshold, minVolume } = input.settings;
  return (input.trailing?.points ?? []).map((p) => {
    const t = byWeekday.get(isoWeekday(p.day));
    const own = p.day >= period.firstDay && p.day <= period.lastDay;
    const negative = p.negative ?? 0;
    if (!t) return { day: p.day, mentions: p.mentions, negative, typical: null, low: null, high: null, own, mark: null };
    const high = t.median + threshold * t.scale;
    const low = Math.max(0, t.median - threshold * t.scale);
    const mark = p.mentions >= high && p.mentions >= minVolume ? 'spike' : p.mentions <= t.median - threshold * t.scale && t.median >= minVolume ? 'drop' : null;
    return { day: p.day, mentions: p.mentions, negative, typical: t.median, low: r1(low), high: r1(high), own, mark };
  });
}

export async function trailingDaysChart(input: TrailingDaysInput, ctx: ChartContext): Promise<ChartView> {
  const { format, period } = ctx;
  const t = format.t.charts.trailingDays;
  const rows = trailingDayRows(input, period);
  if (rows.length === 0) return unavailableView(ID, t.title, t.unavailable, ctx.format);
  const num = (v: number) => format.value('number', v);
  const negativeOf = (mentions: number, negative: number) => (negative > 0 && mentions > 0 ? { mentions: format.count(negative), share: format.percent(negative / mentions) } : null);
  // The window: 28 days to the period's last day; the days without data are absent from `rows`.
  const lastDay = input.trailing?.lastDay ?? rows[rows.length - 1]!.day;
  const firstDay = input.trailing?.firstDay ?? addDays(lastDay, -(TRAILING_DAYS - 1));
  const coveredFrom = rows[0]!.day;
  const coveredTo = rows[rows.length - 1]!.day;
  const cutShort = ctx.coverage?.until === coveredTo && ctx.coverage.time ? ctx.coverage.time : null;
  const covered: CoveredDays = {
    firstDay: coveredFrom,
    lastDay: coveredTo,
    from: coveredFrom > firstDay ? coveredFrom : null,
    until: coveredTo < lastDay || cutShort ? coveredTo : null,
    time: cutShort,
  };

  // What the report's own days did, then the rest of the window, its marks and its gaps.
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
      negative: negativeOf(r.mentions, r.negative),
    });
  if (period.kind === 'day') {
    if (own[0]) sentences.push(dayText(own[0]));
  } else if (own.length) {
    const total = own.reduce((a, r) => a + r.mentions, 0);
    const negative = own.reduce((a, r) => a + r.negative, 0);
    const typical = own.every((r) => r.typical !== null) ? own.reduce((a, r) => a + r.typical!, 0) : null;
    sentences.push(t.period({ period: periodLabel(period, format), n: total, mentions: format.count(total), typical: typical === null ? null : num(typical), days: own.length, negative: negativeOf(total, negative) }));
    for (const r of own.filter((x) => x.mark)) sentences.push(dayText(r));
  }
  const earlier = rows.filter((r) => !r.own && r.mark);
  const list = (xs: TrailingDayRow[]) =>
    xs.length ? { days: xs.slice(0, 4).map((r) => ({ day: format.shortDay(r.day), mentions: format.count(r.mentions) })), more: Math.max(0, xs.length - 4) } : null;
  sentences.push(
    t.window({ own: own.length > 0, lastDay: format.day(lastDay), spikes: list(earlier.filter((r) => r.mark === 'spike')), drops: list(earlier.filter((r) => r.mark === 'drop')) }),
  );
  const shownMarks = (input.marks ?? []).filter((m) => m.day >= firstDay && m.day <= lastDay && m.kind !== 'spike' && m.kind !== 'drop');
  for (const sentence of [marksSentence(shownMarks, format), coverageSentence(covered, format)]) if (sentence) sentences.push(sentence);
  const description = sentences.join(' ');

  // 30 px a day (28 days: 840 px; on a phone a whole number of pixels within the narrow plot), so bars and steps fall on whole pixels; Monday ticks at the middle of the day.
  const narrow = ctx.layout === 'narrow';
  const STEP = Math.floor(plotWidth(ctx, 30 * TRAILING_DAYS) / TRAILING_DAYS);
  const width = STEP * TRAILING_DAYS;
  const height = narrow ? 180 : 200;
  const dayIndex = (day: string) => Math.round((dayMs(day) - dayMs(firstDay)) / 86_400_000);
  const marks = markLayers(shownMarks, { x: (day) => (dayIndex(day) + 0.5) * STEP, width, height, theme: ctx.theme, fontSize: ctx.layout === 'narrow' ? 11 : 10, overhang: ctx.layout === 'narrow' ? NARROW_OVERHANG_PX : 8 });
  const gaps = [
    ...(covered.from ? [{ x0: 0, x1: dayIndex(covered.from) * STEP }] : []),
    ...(coveredTo < lastDay ? [{ x0: (dayIndex(coveredTo) + 1) * STEP, x1: width }] : []),
  ];
  const legend = { own: t.legend.own({ days: own.length }), earlier: t.legend.earlier, negative: t.legend.negative, typical: t.legend.typical };
  const primary = ctx.theme.colors.primary;
  const banded = rows.filter((r) => r.typical !== null);
  const detected = rows.filter((r) => r.mark);
  const x = {
    field: 'day',
    type: 'temporal' as const,
    timeUnit: 'utcyearmonthdate' as const,
    title: null,
    scale: { domain: [dayMs(firstDay), dayMs(addDays(lastDay, 1))] },
    axis: { format: dayMonthFormat(format.locale), values: rows.filter((r) => isoWeekday(r.day) === 1).map((r) => Date.parse(`${r.day}T12:00:00Z`)), grid: false },
  };
  const centre = { ...x, bandPosition: 0.5 };
  const top = Math.max(...rows.map((r) => Math.max(r.mentions, r.high ?? 0)));
  const y = { type: 'quantitative' as const, title: t.axis, scale: { domain: [0, Math.ceil(top * 1.12)], nice: true }, axis: { tickCount: 4, format: ',d' } };
  // One colour legend for the bars, their negative part and the band; legends sit above the marks' labels.
  const offset = 12 + marks.strip;
  const kinds = [...(own.length ? [legend.own] : []), ...(rows.some((r) => !r.own) ? [legend.earlier] : []), ...(rows.some((r) => r.negative > 0) ? [legend.negative] : []), ...(banded.length ? [legend.typical] : [])];
  const palette: Record<string, string> = { [legend.own]: primary, [legend.earlier]: neutral.other, [legend.negative]: ctx.theme.colors.negative, [legend.typical]: neutral.grid };
  const colour = { type: 'nominal' as const, scale: { domain: kinds, range: kinds.map((k) => palette[k]!) }, legend: { symbolType: 'square', offset, labelLimit: 200, ...(narrow ? { columns: 1 } : {}) } };
  // aria: false on the marks: the SVG's <title> and <desc> and the data table say what each mark would.
  const layer: Layer[] = [...noDataLayers(gaps, height, format), ...marks.rules];
  if (banded.length) {
    layer.push(
      // The typical range, one flat step per day, and the typical day inside it.
      { data: { values: banded }, mark: { type: 'area', interpolate: 'step', aria: false }, encoding: { x: centre, y: { field: 'low', ...y }, y2: { field: 'high' }, color: { datum: legend.typical, ...colour } } },
      { data: { values: banded }, mark: { type: 'line', interpolate: 'step', color: neutral.axis, strokeWidth: 1, strokeDash: [3, 2], aria: false }, encoding: { x: centre, y: { field: 'typical', ...y } } },
    );
  }
  layer.push({
    data: { values: rows.map((r) => ({ day: r.day, mentions: r.mentions, kind: r.own ? legend.own : legend.earlier })) },
    mark: { type: 'bar', width: { band: 0.6 }, cornerRadiusEnd: 0, aria: false },
    encoding: { x, y: { field: 'mentions', ...y }, color: { field: 'kind', ...colour } },
  });
  const negatives = rows.filter((r) => r.negative > 0);
  if (negatives.length) {
    layer.push({
      data: { values: negatives.map((r) => ({ day: r.day, negative: r.negative })) },
      mark: { type: 'bar', width: { band: 0.6 }, cornerRadiusEnd: 0, aria: false },
      encoding: { x, y: { field: 'negative', ...y }, color: { datum: legend.negative, ...colour } },
    });
  }
  if (detected.length) {
    const shapes = [
      { mark: 'spike', label: t.spike, shape: 'triangle-up' },
      { mark: 'drop', label: t.drop, shape: 'triangle-down' },
    ].filter((k) => detected.some((r) => r.mark === k.mark));
    layer.push({
      data: { values: detected.map((r) => ({ day: r.day, mentions: r.mentions, mark: r.mark === 'spike' ? t.spike : t.drop })) },
      mark: { type: 'point', filled: true, size: 60, yOffset: -9, color: ctx.theme.colors.accent, opacity: 1, aria: false },
      encoding: {
        x: centre,
        y: { field: 'mentions', ...y },
        shape: { field: 'mark', type: 'nominal', scale: { domain: shapes.map((k) => k.label), range: shapes.map((k) => k.shape) }, legend: { orient: 'top', offset, ...(narrow ? { columns: 1 } : {}) } },
      },
    });
  }
  layer.push(...marks.labels);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width,
    height,
    config: vegaLiteConfig(ctx.theme, ctx.layout),
    layer,
  };
  const svg = roundSvg(await renderVegaLite(spec, { id: drawingId(ID, ctx), title: t.title, description, locale: ctx.locale, warn: ctx.warn }));

  // The note names the day's events, then the chart's own marks.
  const events = marksByDay(shownMarks);
  const note = (r: TrailingDayRow) =>
    [events.find((e) => e.day === r.day)?.label ?? '', [r.mark === 'spike' ? t.spike : r.mark === 'drop' ? t.drop : '', r.own ? t.reportDay : ''].filter(Boolean).join(', ')].filter(Boolean).join(ctx.format.t.listSeparator);
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
        { label: t.columns.negative, numeric: true },
        { label: t.columns.typical, numeric: true },
        { label: t.columns.low, numeric: true },
        { label: t.columns.high, numeric: true },
        { label: t.columns.note, numeric: false },
      ],
      rows: rows.map((r) => [
        format.day(r.day),
        format.count(r.mentions),
        format.count(r.negative),
        r.typical === null ? blank : num(r.typical),
        r.low === null ? blank : num(r.low),
        r.high === null ? blank : num(r.high),
        note(r),
      ]),
    },
  };
}
