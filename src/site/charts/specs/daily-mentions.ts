/**
 * Month, quarter and year reports: mentions per day of the brand and each competitor, the brand's
 * negative mentions beneath, and the period's events and campaign starts marked on their days.
 *
 * Decisions:
 * - Lines for the names (the brand on top and thick, competitors thin); the brand's negative
 *   mentions as a filled area from zero in the site's negative colour, so a reader sees at once
 *   whether a peak of the brand's line was negative (the area rises with it) or not.
 * - Marks (src/site/charts/marks.ts) are dashed rules with a short label above the plot; the
 *   table's note column names them on their day, the description names the most telling ones.
 * - Days the data does not cover are not drawn (coverage.ts); the axis spans the whole period.
 * - aria: false on the marks: the SVG's <title> and <desc> and the data table say what they show.
 * - Every word from the catalog (`charts.dailyMentions`, `charts.marked`, `charts.coverage`).
 */
import { periodLabel } from '../../../core/story/period-label.ts';
import type { TopLevelSpec } from 'vega-lite';
import type { DailyMentionsSeries } from '../../../core/metrics/index.ts';
import { mondayOf } from '../../../core/periods/period.ts';
import type { ChartContext, ChartView } from '../view.ts';
import { drawingId, NARROW_OVERHANG_PX, plotWidth, unavailableView } from '../view.ts';
import { coverageSentence, coveredDays, noDataLayers } from '../coverage.ts';
import { dayMs, type Layer } from '../layers.ts';
import { dayMonthFormat } from '../locale.ts';
import { markLayers, markNote, marksByDay, marksSentence } from '../marks.ts';
import { renderVegaLite } from '../render.ts';
import { roundSvg } from '../svg.ts';
import { trackedColors, vegaLiteConfig } from '../theme.ts';

const ID = 'daily-mentions';
/** The plot's width on the page (a phone's narrow drawing: src/site/charts/view.ts). */
const WIDE = 860;

export async function dailyMentionsChart(series: DailyMentionsSeries, ctx: ChartContext): Promise<ChartView> {
  const { format, period } = ctx;
  const narrow = ctx.layout === 'narrow';
  const WIDTH = plotWidth(ctx, WIDE);
  const HEIGHT = narrow ? 200 : 260;
  const t = format.t.charts.dailyMentions;
  const title = series.available && series.names.length > 1 ? t.titleCompetitors : t.title;
  if (!series.available) return unavailableView(ID, title, series.reason, ctx.format);
  const names = series.names.map((n) => n.name);
  const brand = names[0]!;
  const covered = coveredDays(period, ctx.coverage);
  const points = series.points.filter((p) => p.day >= covered.firstDay && p.day <= covered.lastDay);
  const days = [...new Set(points.map((p) => p.day))];

  const totals = names.map((name) => points.filter((p) => p.name === name).reduce((a, p) => a + p.mentions, 0));
  const brandPoints = points.filter((p) => p.name === brand);
  const hasNegative = brandPoints.some((p) => p.negative !== undefined);
  const negatives = brandPoints.reduce((a, p) => a + (p.negative ?? 0), 0);
  const peak = brandPoints.reduce((best, p) => (p.mentions > best.mentions ? p : best), brandPoints[0]!);
  const negativePeak = brandPoints.reduce((best, p) => ((p.negative ?? 0) > (best.negative ?? 0) ? p : best), brandPoints[0]!);
  const month = periodLabel(period, format);
  const description = [
    t.description({
      brand,
      mentions: format.count(totals[0]!),
      period: month,
      negative: hasNegative && totals[0]! > 0 ? { mentions: format.count(negatives), share: format.percent(negatives / totals[0]!) } : null,
      peak: peak && peak.mentions > 0 ? { day: format.day(peak.day), mentions: format.count(peak.mentions) } : null,
      negativePeak: negativePeak && (negativePeak.negative ?? 0) > 0 ? { day: format.day(negativePeak.day), negative: format.count(negativePeak.negative!), mentions: format.count(negativePeak.mentions) } : null,
      competitors: names.slice(1).map((name, i) => ({ name, mentions: format.count(totals[i + 1]!) })),
    }),
    marksSentence(series.marks, format),
    coverageSentence(covered, format),
  ]
    .filter(Boolean)
    .join(' ');

  // The x scale spans the whole period, first day at 0 and last day at the right edge, so the
  // annotations can be placed in pixels.
  const t0 = dayMs(period.firstDay);
  const t1 = dayMs(period.lastDay);
  const xOf = (day: string) => (t1 === t0 ? WIDTH / 2 : ((dayMs(day) - t0) / (t1 - t0)) * WIDTH);
  const marks = markLayers(series.marks, { x: xOf, width: WIDTH, height: HEIGHT, theme: ctx.theme, fontSize: ctx.layout === 'narrow' ? 11 : 10, overhang: ctx.layout === 'narrow' ? NARROW_OVERHANG_PX : 8 });
  const gaps = [
    ...(covered.firstDay > period.firstDay ? [{ x0: 0, x1: xOf(covered.firstDay) }] : []),
    ...(covered.lastDay < period.lastDay ? [{ x0: xOf(covered.lastDay), x1: WIDTH }] : []),
  ];

  const negativeLabel = t.negative({ brand });
  const mondays = [...new Set(days.map(mondayOf))].filter((d) => d >= period.firstDay);
  const x = {
    field: 'day',
    type: 'temporal' as const,
    timeUnit: 'utcyearmonthdate' as const,
    title: null,
    scale: { domain: [t0, t1] },
    axis: { format: dayMonthFormat(format.locale), values: mondays.map(dayMs), grid: false },
  };
  const y = { field: 'mentions', type: 'quantitative' as const, title: t.axis, axis: { tickCount: 5, format: ',d' } };
  // Names by colour (line symbols), the negative area in a legend of its own (a filled square);
  // legends above the marks' labels (Vega places a legend by the plot, not by marks outside it).
  const offset = 12 + marks.strip;
  const color = { field: 'name', type: 'nominal' as const, scale: { domain: names, range: trackedColors(ctx.theme, names.length) }, legend: names.length > 1 ? { labelLimit: narrow ? 140 : 240, offset, ...(narrow ? { columns: 1 } : {}) } : null };
  const negativeColour = ctx.theme.colors.negative;
  const values = points.map((p) => ({ day: p.day, name: p.name, mentions: p.mentions, negative: p.negative ?? 0, role: p.name === brand ? 'brand' : 'competitor' }));
  const data: Layer[] = [
    ...(hasNegative
      ? [
          {
            transform: [{ filter: "datum.role === 'brand'" }],
            mark: { type: 'area' as const, fillOpacity: 0.3, aria: false },
            encoding: { x, y: { ...y, field: 'negative' }, fill: { datum: negativeLabel, type: 'nominal' as const, scale: { domain: [negativeLabel], range: [negativeColour] }, legend: { labelLimit: narrow ? 280 : 240, symbolType: 'square', symbolOpacity: 0.5, offset } } },
          },
          { transform: [{ filter: "datum.role === 'brand'" }], mark: { type: 'line' as const, color: negativeColour, strokeWidth: 1, aria: false }, encoding: { x, y: { ...y, field: 'negative' } } },
        ]
      : []),
    // Competitors first and thin, the brand on top and thick.
    { transform: [{ filter: "datum.role === 'competitor'" }], mark: { type: 'line', strokeWidth: 1.5, aria: false }, encoding: { x, y, color } },
    { transform: [{ filter: "datum.role === 'brand'" }], mark: { type: 'line', strokeWidth: 2.75, aria: false }, encoding: { x, y, color } },
  ].map((l) => ({ ...l, data: { values } }) as Layer);
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: WIDTH,
    height: HEIGHT,
    config: vegaLiteConfig(ctx.theme, ctx.layout),
    layer: [...noDataLayers(gaps, HEIGHT, format), ...marks.rules, ...data, ...marks.labels],
  };
  const svg = roundSvg(await renderVegaLite(spec, { id: drawingId(ID, ctx), title, description, locale: ctx.locale, warn: ctx.warn }));

  const byKey = new Map(points.map((p) => [`${p.day}|${p.name}`, p]));
  const dayMarks = marksByDay(series.marks);
  const count = (v: number | undefined) => format.count(v ?? 0);
  return {
    id: ID,
    title,
    description,
    svg,
    unavailable: null,
    table: {
      caption: t.caption({ period: month }),
      columns: [
        { label: t.day, numeric: false },
        { label: brand, numeric: true },
        ...(hasNegative ? [{ label: negativeLabel, numeric: true }] : []),
        ...names.slice(1).map((label) => ({ label, numeric: true })),
        { label: t.note, numeric: false },
      ],
      rows: days.map((day) => [
        format.day(day),
        count(byKey.get(`${day}|${brand}`)?.mentions),
        ...(hasNegative ? [count(byKey.get(`${day}|${brand}`)?.negative)] : []),
        ...names.slice(1).map((n) => count(byKey.get(`${day}|${n}`)?.mentions)),
        markNote(dayMarks, day),
      ]),
    },
  };
}
