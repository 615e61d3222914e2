/** Words and anchors shared by the KPI table and the definitions list (stage names in other languages: `format.t.stages`). */
import { en } from '../../core/i18n/en.ts';
import type { KpiStage } from '../../core/metrics/index.ts';
import type { KpiResult } from '../../core/report/model.ts';

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
