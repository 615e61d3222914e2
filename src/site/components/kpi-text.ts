/** Words and anchors shared by the KPI table, the tiles and the definitions list (stage names in other languages: `format.t.stages`). */
import { en } from '../../core/i18n/en.ts';
import type { WeekdayKey } from '../../core/i18n/catalog.ts';
import type { KpiStage } from '../../core/metrics/index.ts';
import type { KpiChange } from '../../core/metrics/compare.ts';
import type { KpiResult } from '../../core/report/model.ts';
import type { Format } from '../format/numbers.ts';

/** The English stage names. */
export const stageLabels: Record<KpiStage, string> = en.stages;

/** "listening.share_of_voice" → "kpi-listening-share-of-voice". */
export const kpiAnchor = (id: string): string => `kpi-${id.replace(/[._]/g, '-')}`;

/** A KPI as the table and tiles read it: this period's value, the previous period's, and the change. */
export function kpiRow(k: KpiResult) {
  const prev = k.comparisons.previous;
  return {
    ...k,
    current: k.available ? { available: true as const, value: k.value!, reason: undefined } : { available: false as const, value: null, reason: k.reason },
    previous: prev.available ? { available: true as const, value: prev.value!, reason: undefined } : { available: false as const, value: null, reason: prev.reason },
    change: prev.change,
  };
}

const weekdayKeys: readonly WeekdayKey[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The CSS class of a tone: good and bad are coloured, mixed and neutral are not. */
export const toneClass = (k: Pick<KpiResult, 'tone'>): 'good' | 'bad' | 'mixed' | 'flat' => (k.tone.tone === 'neutral' ? 'flat' : k.tone.tone);

/** What a screen reader hears after a change: "(better)", "(worse)", "(mixed)" or nothing. */
export function toneWords(k: Pick<KpiResult, 'tone'>, format: Format): string {
  const t = format.t.site;
  return k.tone.tone === 'good' ? t.better : k.tone.tone === 'bad' ? t.worse : k.tone.tone === 'mixed' ? ` (${format.t.tone.labels.mixed.toLowerCase()})` : '';
}

/** The first comparison a tile shows: against the typical weekday on day reports (when there is one), else the previous period. */
export function firstComparison(k: KpiResult, format: Format, previousLabel: string): { arrow: '↑' | '↓' | '→' | null; text: string; versus: string | null } {
  const b = k.comparisons.baseline;
  if (b && k.value !== null) {
    const times = b.expected > 0 ? format.t.tone.timesOf({ times: k.value / b.expected }) : null;
    const arrow = b.status === 'high' ? '↑' : b.status === 'low' ? '↓' : '→';
    return { arrow, text: format.t.tone.versusTypical({ weekday: weekdayKeys[b.weekday - 1]!, expected: format.value(k.unit, b.expected), times: b.status === 'typical' ? null : times }), versus: null };
  }
  const c: KpiChange | null = k.comparisons.previous.change;
  if (!c) return { arrow: null, text: format.t.site.noComparisonWith({ previous: previousLabel }), versus: null };
  if (c.trend === 'flat' || k.tone.because === 'flat') return { arrow: '→', text: format.t.site.noChange, versus: format.t.site.versus({ previous: previousLabel }) };
  return { arrow: c.trend === 'up' ? '↑' : '↓', text: format.change(k.unit, c), versus: format.t.site.versus({ previous: previousLabel }) };
}

/** The second comparison of a day report's tile (the previous day), uncoloured; null when the first is already the previous day. */
export function secondComparison(k: KpiResult, format: Format, previousLabel: string): string | null {
  if (!k.comparisons.baseline) return null;
  const c = k.comparisons.previous.change;
  if (!c) return null;
  return `${c.trend === 'flat' ? format.t.site.noChange : format.change(k.unit, c)} ${format.t.site.versus({ previous: previousLabel })}`;
}

/** The note under a tile's change: why its tone is not its direction, or how few cases it rests on, or that no typical day exists yet. */
export function toneNote(k: KpiResult, format: Format): string | null {
  if (k.tone.note) return k.tone.note;
  // A rate on too few cases says its count even without a comparison.
  if (k.sample && !k.sample.enough) return format.t.tone.few({ n: k.sample.n, count: format.count(k.sample.n), noun: k.sample.noun });
  if (k.tone.because === 'partial') return format.t.tone.partial;
  if (k.tone.because === 'noise') return format.t.tone.noise;
  const nb = k.comparisons.noBaseline;
  if (nb) return format.t.tone.noTypical({ weekday: weekdayKeys[nb.weekday - 1]!, samples: nb.samples, needed: nb.needed });
  return null;
}
