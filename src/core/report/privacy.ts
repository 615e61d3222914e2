/**
 * People in reports: names and handles of individual people (mention authors, and so advocates,
 * detractors, the authors of top mentions and of spikes) appear only in team reports. Sales and
 * leadership models get the same figures with people aggregated: author lists are withheld with
 * the reason, top mentions lose their author, and a spike traced to an author says "one author".
 */
import { because } from '../i18n/reason.ts';
import type { Anomaly, Driver } from '../benchmarks/types.ts';
import type { ReportLists } from '../metrics/lists/index.ts';
import type { AudienceName } from '../schema/config.ts';

/** Whether an audience's reports may name individual people. */
export const namesPeople = (audience: AudienceName): boolean => audience === 'team';


/** A driver with an author's name replaced by "one author". */
export function anonymousDriver(d: Driver): Driver {
  return d.dimension === 'author' ? { ...d, value: 'one author' } : d;
}

export function anonymousAnomalies(anomalies: readonly Anomaly[]): Anomaly[] {
  return anomalies.map((a) => ({ ...a, drivers: a.drivers.map(anonymousDriver), singleSource: a.singleSource && anonymousDriver(a.singleSource) }));
}

export function anonymousLists(lists: ReportLists): ReportLists {
  const withheld = { available: false as const, code: 'not_configured' as const, ...because({ key: 'peopleWithheld' }) };
  return {
    ...lists,
    advocates: withheld,
    detractors: withheld,
    topMentions: lists.topMentions.available ? { available: true, rows: lists.topMentions.rows.map((r) => ({ ...r, author: null })) } : lists.topMentions,
  };
}
