/** Small wording helpers shared by findings and narratives: a KPI's value and change in words (the sentences are in the catalog, src/core/i18n). */
import type { KpiChange } from '../metrics/compare.ts';
import type { KpiUnit } from '../metrics/kpi.ts';
import type { Format } from './format.ts';

/** What narrative code reads of a `Format`: number and date formatting, and the catalog `t`. */
export type ValueFormat = Pick<Format, 'value' | 'count' | 'percent' | 'wholePercent' | 'points' | 'change' | 'day' | 'month' | 't'>;

/** "12.3%", "€12,345", "4.2 h". */
export const describeValue = (k: { unit: KpiUnit }, value: number, format: ValueFormat): string => format.value(k.unit, value);

/** "+12.3%", "+1.5 pp", "−3 h". */
export const describeChange = (k: { unit: KpiUnit }, change: KpiChange, format: ValueFormat): string => format.change(k.unit, change);
