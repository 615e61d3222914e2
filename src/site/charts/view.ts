/**
 * What a page shows for one chart (a view) and what a chart spec is drawn with (its context): the
 * shapes every spec module and the pages share, and the view of a chart whose data is missing.
 * Apart from chart-view.ts (which picks the spec of a series), so the specs import no module that
 * imports them.
 */
import type { Period } from '../../core/periods/period.ts';
import type { PeriodCoverage } from '../../core/story/notes.ts';
import type { Format } from '../format/numbers.ts';
import type { VegaLocale } from './locale.ts';
import type { ChartTheme } from './theme.ts';
import { cropSvgWidth } from './svg.ts';

export interface DataTable {
  caption: string;
  /** Column headers; `numeric` columns are right-aligned. The first column heads each row. */
  columns: { label: string; numeric: boolean }[];
  rows: string[][];
}

export interface ChartView {
  /** Unique on the page; used for element ids. */
  id: string;
  title: string;
  /** One or two sentences on what the chart shows (the figcaption and the SVG's <desc>). */
  description: string;
  /** The SVG markup, or null when the data is unavailable. */
  svg: string | null;
  /**
   * The same chart drawn for a phone (`narrowWidth` wide, shown instead of `svg` up to 40rem), so
   * its text is never scaled below `MIN_CHART_TEXT_PX`; null when the chart has none.
   */
  narrowSvg?: string | null;
  /** Why the chart is missing, when svg is null. */
  unavailable: string | null;
  table: DataTable | null;
}

export interface ChartContext {
  format: Format;
  theme: ChartTheme;
  locale: VegaLocale;
  period: Period;
  brand: string;
  /**
   * Where the data covers the period only in part (the report model's `coverage`): charts leave
   * the days without data undrawn and say so. Absent or null: the whole period.
   */
  coverage?: PeriodCoverage | null;
  /** Receives chart compiler warnings. */
  warn?: (message: string) => void;
  /** Which drawing: the page's (default) or the phone's (`narrowSvg`). */
  layout?: ChartLayout;
  /** The narrow drawing's plot width (default `NARROW_PLOT_PX`). */
  narrowPlot?: number;
}

export type ChartLayout = 'wide' | 'narrow';

/**
 * Readable chart text, defined: no chart text is shown smaller than 10 CSS px on any screen
 * 360 px wide or wider, nor on paper. Axis and legend labels are 11–12 px and mark labels 10 px
 * in the page's drawing (up to about 950 px wide, never scaled up); a phone would shrink that to
 * 4 px, so each chart also has a narrow drawing at most `NARROW_CHART_PX` wide, with 11 px mark
 * labels, which a 360 px screen shows at 302 / 330 of its size (10.1 px) and a 390 px one whole.
 * tests/site/phone.test.ts measures it in Chromium.
 */
export const MIN_CHART_TEXT_PX = 10;
/** The widest a narrow drawing may be: a 390 px screen less the page's and the figure's margins. */
export const NARROW_CHART_PX = 330;

/** The plot width a narrow drawing starts from: axes, legends and padding take the rest. */
export const NARROW_PLOT_PX = 262;

/** The plot width of a drawing: `wide` on the page, the narrow plot width on a phone. */
export const plotWidth = (ctx: Pick<ChartContext, 'layout' | 'narrowPlot'>, wide: number): number => (ctx.layout === 'narrow' ? (ctx.narrowPlot ?? NARROW_PLOT_PX) : wide);

/** The id a drawing's SVG ids are scoped by: the chart's id, suffixed for the narrow drawing. */
export const drawingId = (id: string, ctx: Pick<ChartContext, 'layout'>): string => (ctx.layout === 'narrow' ? `${id}-narrow` : id);

const svgWidth = (svg: string | null | undefined): number => Number(/<svg\b[^>]*?\swidth="([\d.]+)"/.exec(svg ?? '')?.[1] ?? 0);

/** A chart with both drawings: the view of the wide one, carrying the narrow one's SVG. */
export async function withNarrowDrawing<C extends Pick<ChartContext, 'layout' | 'narrowPlot'>, V extends ChartView | null>(draw: (ctx: C) => Promise<V>, ctx: C): Promise<V> {
  const wide = await draw({ ...ctx, layout: 'wide' });
  if (!wide?.svg) return wide;
  const narrowSvg = await drawNarrow(async (narrowPlot) => (await draw({ ...ctx, layout: 'narrow', narrowPlot }))?.svg ?? null);
  return { ...wide, narrowSvg };
}

/**
 * A narrow drawing, at most `NARROW_CHART_PX` wide. Vega sizes a drawing by estimated text widths
 * (0.8 em a character without a canvas, wider than any real font), so a label near the plot's
 * right edge makes it up to a fifth wider than what it draws; that blank strip is cut off.
 * Labels are placed to end within the plot (marks.ts), and the browser test checks that no text
 * of a narrow drawing is cut.
 */
export async function drawNarrow(draw: (plotWidth: number) => Promise<string | null>): Promise<string | null> {
  let svg = await draw(NARROW_PLOT_PX);
  // The plot starts right of the y axis (its labels and title): it gets what is left of the width,
  // less room on the right for the last x label's overhang and the padding.
  const left = plotLeft(svg);
  const fit = left === null ? NARROW_PLOT_PX : Math.max(120, NARROW_CHART_PX - left - RIGHT_ROOM_PX);
  if (fit !== NARROW_PLOT_PX) svg = await draw(fit);
  return svg && svgWidth(svg) > NARROW_CHART_PX ? cropSvgWidth(svg, NARROW_CHART_PX) : svg;
}

/** Right of the plot: half the widest x label ("Sept 2026") and the drawing's padding; mark labels may use `NARROW_OVERHANG_PX` of it. */
const RIGHT_ROOM_PX = 42;
export const NARROW_OVERHANG_PX = 28;

/** Where Vega places the plot: the x of the root group's translate. */
const plotLeft = (svg: string | null): number | null => {
  const m = /<g[^>]*\stransform="translate\(([\d.]+),[\d.]+\)"/.exec(svg ?? '');
  return m ? Number(m[1]) : null;
};

/** The view of a chart whose data is unavailable. */
export function unavailableView(id: string, title: string, reason: string, format: Pick<Format, 't'>): ChartView {
  return { id, title, description: format.t.charts.notAvailable({ reason }), svg: null, unavailable: reason, table: null };
}
