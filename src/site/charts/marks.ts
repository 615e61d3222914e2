/**
 * What a daily chart draws for the model's marks (events and campaign starts, already labelled
 * in the report's language by src/core/story/marks.ts): one thin dashed rule on each marked day,
 * from above the plot down to its baseline, and the mark's short label at the rule's top.
 *
 * Decisions:
 * - One annotation a day: marks of the same day share a rule and their labels are joined; the
 *   rule takes the colour of the day's most telling kind (a negative story in the site's
 *   negative colour, everything else in a muted grey, so it never reads as a data series).
 * - Labels sit in a strip above the plot, in up to three lanes: each label takes the lowest lane
 *   where it touches no other label and where its rule, on its way down to the plot, crosses no
 *   label either. Labels are placed right to left, or the most telling first (a negative story, a
 *   campaign start, a campaign, then spikes and drops) when that labels more telling marks — on a
 *   crowded year, the named events win over plain spikes (deterministic: the same marks always
 *   give the same picture). A label that fits in no lane is left out of the drawing and its rule starts at the
 *   plot's top; the chart's table and description still name it.
 * - Text widths are estimated (about 0.6 em a character, a little more than a browser's
 *   system font needs), since the SVG is rendered without a canvas.
 * - A label runs right from its rule; near the right edge it runs left instead. A label that fits
 *   neither way within the plot (a long one on a phone's narrow drawing) is left out like one
 *   that finds no lane: it never widens the drawing.
 * - The description names at most five marks, the most telling first, in day order.
 */
import type { ChartMark } from '../../core/metrics/series/daily-mentions.ts';
import type { Format } from '../format/numbers.ts';
import { px, raw, type Layer } from './layers.ts';
import { neutral, type ChartTheme } from './theme.ts';

/** Most telling first: the order that picks a day's colour and the marks a description names. */
const rank: Record<ChartMark['kind'], number> = { negative: 0, campaign_start: 1, campaign: 2, spike: 3, drop: 4 };

/** Label size on the page's drawing; a phone's narrow drawing uses 11 px (view.ts: no chart text below 10 px). */
const FONT_SIZE = 10;
const LANE = 12;
const MAX_LANES = 3;
const GAP = 8;

/** The marks of one day. */
export interface DayMarks {
  day: string;
  kinds: ChartMark['kind'][];
  label: string;
}

/** Marks grouped by day, in day order; a day's labels most telling first. */
export function marksByDay(marks: readonly ChartMark[] | undefined): DayMarks[] {
  const days = new Map<string, ChartMark[]>();
  for (const m of marks ?? []) days.set(m.day, [...(days.get(m.day) ?? []), m]);
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => {
      const sorted = [...list].sort((a, b) => rank[a.kind] - rank[b.kind] || a.label.localeCompare(b.label));
      return { day, kinds: sorted.map((m) => m.kind), label: [...new Set(sorted.map((m) => m.label))].join(' · ') };
    });
}

/** A day's label for a table's note column ('' for a day without marks). */
export function markNote(days: readonly DayMarks[], day: string): string {
  return days.find((d) => d.day === day)?.label ?? '';
}

/** The sentence naming the marks (at most five, the most telling first), or null without marks. */
export function marksSentence(marks: readonly ChartMark[] | undefined, format: Format): string | null {
  const days = marksByDay(marks);
  if (days.length === 0) return null;
  const chosen = [...days].sort((a, b) => rank[a.kinds[0]!] - rank[b.kinds[0]!] || a.day.localeCompare(b.day)).slice(0, 5);
  chosen.sort((a, b) => a.day.localeCompare(b.day));
  return format.t.charts.marked({ marks: chosen.map((d) => ({ label: d.label, day: format.shortDay(d.day) })), more: days.length - chosen.length });
}

export interface MarkGeometry {
  /** Pixel x of a day on the plot (the centre of its bar, or its point on a line). */
  x: (day: string) => number;
  width: number;
  height: number;
  theme: ChartTheme;
  /** Label font size (default 10 px). */
  fontSize?: number;
  /** How far a label may run past the plot's right edge, into the drawing's padding (default 8 px). */
  overhang?: number;
}

export interface MarkLayers {
  /** Rules, to draw before the data (so bars and lines stay on top). */
  rules: Layer[];
  /** Labels, to draw last. */
  labels: Layer[];
  /** Pixels the labels take above the plot. */
  strip: number;
  /** Days whose label fitted in no lane (drawn as a rule only). */
  unlabelled: string[];
}

/** Wide letters (Hangul, CJK, full-width forms) take about a whole em; others about 0.6 em. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const estimateWidth = (text: string, fontSize: number) => Math.ceil([...text].reduce((w, ch) => w + (WIDE.test(ch) ? 1 : 0.6), 0) * fontSize);

/**
 * Lanes for labels placed in the given order (day → lane, -1 when none fits). A label takes the
 * lowest lane free of labels and rules where its rule, on its way down, finds the lanes below
 * free at its x; the rule then keeps them free for the labels placed later.
 */
function laneOf(order: readonly { day: string; x: number; w: number; right: boolean; fits: boolean }[]): Map<string, number> {
  const taken: [number, number][][] = Array.from({ length: MAX_LANES }, () => []);
  const free = (lane: number, a: number, b: number) => taken[lane]!.every(([s, e]) => b <= s || a >= e);
  const lanes = new Map<string, number>();
  for (const p of order) {
    if (!p.fits) {
      lanes.set(p.day, -1);
      continue;
    }
    const [start, end] = p.right ? [p.x - 3 - p.w, p.x] : [p.x, p.x + 3 + p.w];
    let found = -1;
    for (let lane = 0; lane < MAX_LANES && found < 0; lane++) {
      if (!free(lane, start - GAP / 2, end + GAP / 2)) continue;
      if (![...Array(lane).keys()].every((k) => free(k, p.x - 1, p.x + 1))) continue;
      found = lane;
      taken[lane]!.push([start - GAP / 2, end + GAP / 2]);
      for (let k = 0; k < lane; k++) taken[k]!.push([p.x - 1, p.x + 1]);
    }
    lanes.set(p.day, found);
  }
  return lanes;
}

export function markLayers(marks: readonly ChartMark[] | undefined, g: MarkGeometry): MarkLayers {
  const days = marksByDay(marks).filter((d) => {
    const x = g.x(d.day);
    return x >= 0 && x <= g.width;
  });
  if (days.length === 0) return { rules: [], labels: [], strip: 0, unlabelled: [] };
  const fontSize = g.fontSize ?? FONT_SIZE;
  const items = days.map((d) => {
    const x = g.x(d.day);
    const w = estimateWidth(d.label, fontSize);
    const fitsRight = x + 3 + w <= g.width + (g.overhang ?? 8);
    const fitsLeft = x - 3 - w >= 0;
    const right = !fitsRight && fitsLeft;
    const colour = d.kinds[0] === 'negative' ? g.theme.colors.negative : neutral.muted;
    return { ...d, x: px(x), w, right, fits: fitsRight || fitsLeft, colour };
  });
  // Two orders: right to left (a label runs right of its rule, so the labels placed before lie
  // right of it), and the most telling first; the one that labels the more telling marks wins.
  const rightToLeft = [...items].sort((a, b) => b.x - a.x || b.day.localeCompare(a.day));
  const tellingFirst = [...items].sort((a, b) => rank[a.kinds[0]!] - rank[b.kinds[0]!] || b.x - a.x || b.day.localeCompare(a.day));
  const score = (lanes: Map<string, number>) => items.reduce((a, p) => a + ((lanes.get(p.day) ?? -1) >= 0 ? 10 ** (4 - rank[p.kinds[0]!]) : 0), 0);
  const first = laneOf(rightToLeft);
  const second = laneOf(tellingFirst);
  const chosen = score(second) > score(first) ? second : first;
  const placed = items.map((p) => ({ ...p, lane: chosen.get(p.day)! }));
  placed.sort((a, b) => a.day.localeCompare(b.day));
  const lanes = Math.max(0, ...placed.map((p) => p.lane + 1));
  const strip = lanes ? lanes * LANE + 4 : 0;
  // Lane 0 nearest the plot; a label's baseline 4 px above its lane's bottom, its rule from the label's top
  // (a label left out: from the plot's top).
  const baseline = (lane: number) => -4 - lane * LANE;
  // One layer per colour (and label side): constant colours keep the annotations out of the legends.
  const colours = [...new Set(placed.map((p) => p.colour))].sort();
  const rules: Layer[] = colours.map((colour) => ({
    data: { values: placed.filter((p) => p.colour === colour).map((p) => ({ x: p.x, top: p.lane < 0 ? 0 : baseline(p.lane) - 8 })) },
    mark: { type: 'rule', color: colour, strokeWidth: 1, strokeDash: [3, 2], opacity: 0.8, aria: false },
    encoding: { x: raw('x'), y: raw('top'), y2: { value: g.height } },
  }));
  const labels: Layer[] = [];
  for (const colour of colours) {
    for (const right of [false, true]) {
      const values = placed.filter((p) => p.lane >= 0 && p.colour === colour && p.right === right).map((p) => ({ x: p.x, y: baseline(p.lane), text: p.label }));
      if (values.length === 0) continue;
      labels.push({
        data: { values },
        mark: { type: 'text', color: colour === neutral.muted ? g.theme.colors.text : colour, align: right ? 'right' : 'left', baseline: 'alphabetic', dx: right ? -3 : 3, fontSize, aria: false },
        encoding: { x: raw('x'), y: raw('y'), text: { field: 'text', type: 'nominal' } },
      });
    }
  }
  return { rules, labels, strip, unlabelled: placed.filter((p) => p.lane < 0).map((p) => p.day) };
}
