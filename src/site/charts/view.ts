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
}

/** The view of a chart whose data is unavailable. */
export function unavailableView(id: string, title: string, reason: string, format: Pick<Format, 't'>): ChartView {
  return { id, title, description: format.t.charts.notAvailable({ reason }), svg: null, unavailable: reason, table: null };
}
