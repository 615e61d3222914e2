/** Shared shapes of chart series: what a series holds when its inputs are missing. */
import type { Reason } from '../../i18n/reason.ts';
import type { UnavailableCode } from '../kpi.ts';

export interface SeriesUnavailable {
  available: false;
  code: UnavailableCode;
  reason: string;
  why?: Reason;
}
