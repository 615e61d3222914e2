/**
 * Which days of a daily chart the data covers, and what the chart says about the rest.
 *
 * Decisions:
 * - An unmeasured day is not a quiet day: days before the data starts or after it ends are not
 *   drawn (no zero bars, no line dropping to zero), the x axis still spans the whole period, and
 *   the empty stretch is shaded and labelled "no data" so the chart shows how much is missing.
 * - The report model says where the data leaves its period uncovered (`coverage`: the data's
 *   first day, last day and the time its last day is cut at); a trailing window learns it from
 *   its points (days without data are absent).
 * - The description says it in one sentence (catalog `charts.coverage`).
 */
import type { PeriodCoverage } from '../../core/story/notes.ts';
import type { Format } from '../format/numbers.ts';
import { px, raw, type Layer } from './layers.ts';
import { neutral } from './theme.ts';

/** The covered days of a chart's span, and where its data starts late or ends early. */
export interface CoveredDays {
  /** First and last covered day (inside the span). */
  firstDay: string;
  lastDay: string;
  /** The data starts after the span's first day: its first day. */
  from: string | null;
  /** The data ends before the span's last day (or its last day is cut short): its last day. */
  until: string | null;
  /** The local time the data's last day is cut at. */
  time: string | null;
}

/** The covered days of `span` by the model's coverage of its period (null: all of them). */
export function coveredDays(span: { firstDay: string; lastDay: string }, coverage: PeriodCoverage | null | undefined): CoveredDays {
  const from = coverage?.from && coverage.from > span.firstDay ? coverage.from : null;
  const until = coverage?.until && coverage.until <= span.lastDay ? coverage.until : null;
  const time = until !== null && until === coverage?.until ? (coverage?.time ?? null) : null;
  return { firstDay: from ?? span.firstDay, lastDay: until ?? span.lastDay, from, until: until !== null && (until < span.lastDay || time) ? until : null, time };
}

/** The sentence on the uncovered days, or null when the data covers every day. */
export function coverageSentence(c: CoveredDays, format: Format): string | null {
  if (c.from === null && c.until === null) return null;
  return format.t.charts.coverage({ from: c.from === null ? null : format.day(c.from), until: c.until === null ? null : format.day(c.until), time: c.time === null ? null : format.time(c.time) });
}

/**
 * Shaded stretches of the plot without data, from pixel `x0` to `x1` each, with the catalog's
 * "no data" label when the stretch is wide enough to hold it. Drawn first, behind everything.
 */
export function noDataLayers(stretches: { x0: number; x1: number }[], height: number, format: Format): Layer[] {
  const shown = stretches.filter((s) => s.x1 - s.x0 >= 1).map((s) => ({ x0: px(s.x0), x1: px(s.x1), mid: px((s.x0 + s.x1) / 2), wide: s.x1 - s.x0 >= 60 }));
  if (shown.length === 0) return [];
  const label = format.t.charts.noData;
  const layers: Layer[] = [
    { data: { values: shown }, mark: { type: 'rect', color: neutral.grid, opacity: 0.5, aria: false }, encoding: { x: raw('x0'), x2: { field: 'x1' }, y: { value: 0 }, y2: { value: height } } },
  ];
  const labelled = shown.filter((s) => s.wide);
  if (labelled.length) {
    layers.push({
      data: { values: labelled.map((s) => ({ mid: s.mid, text: label })) },
      mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: 11, fontStyle: 'italic', color: neutral.muted, aria: false },
      encoding: { x: raw('mid'), y: { value: height / 2 }, text: { field: 'text', type: 'nominal' } },
    });
  }
  return layers;
}
