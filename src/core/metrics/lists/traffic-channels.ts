/**
 * Web sessions by channel: how many sessions each channel group brought to the site in the
 * period, its share of all sessions, whether it is social, and the same channel's sessions in the
 * previous period of the same kind (read in the same query; null when web sessions do not cover
 * all of that period, since a partial count would read as a change). Channels rank by sessions,
 * then by name. Every channel is listed (there are ten at most).
 */
import { previousPeriod, type Period } from '../../periods/period.ts';
import { coverageGap, partialCoverage } from '../coverage.ts';
import type { MetricsReader } from '../kpi.ts';
import { groupByPeriod, num, rankInPeriod, type ListSqlContext, type SqlRow } from './rows.ts';
import type { TrafficChannelRow } from './types.ts';

export function trafficChannelsSql(ctx: ListSqlContext, periods: readonly Period[]): string {
  const { d } = ctx;
  const values = periods.map((p) => {
    const prev = previousPeriod(p);
    return `(${d.str(p.id)}, DATE ${d.str(prev.firstDay)}, DATE ${d.str(prev.endDay)})`;
  });
  const prevDays = d.daysOf(`(VALUES ${values.join(', ')}) t(period, first_day, end_day)`, 'first_day', 'end_day');
  return `
WITH prev_days AS (
  SELECT period, ${prevDays.day} AS day FROM ${prevDays.from}
),
now_rows AS (
  SELECT d.period, w.channel, sum(w.sessions) AS sessions, CAST(coalesce(${d.boolOr('w.is_social')}, false) AS BOOLEAN) AS is_social
  FROM web_sessions w JOIN ${ctx.days} d ON d.day = w.date GROUP BY ALL
),
prev_rows AS (
  SELECT d.period, w.channel, sum(w.sessions) AS sessions FROM web_sessions w JOIN prev_days d ON d.day = w.date GROUP BY ALL
),
totals AS (SELECT period, sum(sessions) AS total FROM now_rows GROUP BY period)
SELECT n.period AS period, ${rankInPeriod('n.period', 'n.sessions DESC, n.channel')} AS list_rank, n.channel AS channel, n.sessions AS sessions, n.is_social AS is_social,
       n.sessions / nullif(t.total, 0) AS share, coalesce(p.sessions, 0) AS previous
FROM now_rows n JOIN totals t USING (period) LEFT JOIN prev_rows p USING (period, channel)
ORDER BY n.period, list_rank`;
}

/** Sessions by channel for every period of `ctx` (the periods are `periods`), in one query. */
export async function trafficChannels(reader: MetricsReader, ctx: ListSqlContext, periods: readonly Period[]): Promise<Map<string, TrafficChannelRow[]>> {
  const covers = (p: Period) => coverageGap(reader.manifest, ['web_sessions'], p) === null && partialCoverage(reader.manifest, ['web_sessions'], p) === null;
  const previousCovered = new Set(periods.filter((p) => covers(previousPeriod(p))).map((p) => p.id));
  const toRow = (r: SqlRow): TrafficChannelRow => {
    const sessions = num(r.sessions);
    const previous = previousCovered.has(String(r.period)) ? num(r.previous) : null;
    return { rank: num(r.list_rank), channel: String(r.channel), sessions, share: num(r.share), isSocial: r.is_social === true, previous, change: previous === null ? null : sessions - previous };
  };
  return groupByPeriod(await reader.query(trafficChannelsSql(ctx, periods)), toRow);
}
