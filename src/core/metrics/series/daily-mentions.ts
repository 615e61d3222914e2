/** Mentions per local day of the period for the brand and each competitor (zeros filled in). */
import { daysOf, type MonthPeriod } from '../../periods/month.ts';
import { coverageGap } from '../coverage.ts';
import type { MetricsConfig, MetricsReader } from '../kpi.ts';
import { inPeriodTs, localDay, num } from '../sql.ts';
import { trackedNameSql, trackedNames, type TrackedName } from '../tracked-names.ts';
import type { SeriesUnavailable } from './series.ts';

export interface DailyMentionsPoint {
  /** Local day, "YYYY-MM-DD". */
  day: string;
  name: string;
  mentions: number;
}

export type DailyMentionsSeries = { kind: 'daily_mentions' } & (
  | { available: true; names: TrackedName[]; points: DailyMentionsPoint[] }
  | SeriesUnavailable
);

export async function dailyMentions(reader: MetricsReader, config: MetricsConfig, period: MonthPeriod): Promise<DailyMentionsSeries> {
  const gap = coverageGap(reader.manifest, ['mentions'], period);
  if (gap && !gap.available) return { kind: 'daily_mentions', available: false, code: gap.code, reason: gap.reason };
  const rows = await reader.query<{ day: string; name: string; n: number }>(
    `WITH t AS (SELECT ${localDay('published_at', period)} AS day, ${trackedNameSql(config)} AS name
                FROM mentions WHERE ${inPeriodTs('published_at', period)})
     SELECT day, name, count(*) AS n FROM t WHERE name IS NOT NULL GROUP BY ALL`,
  );
  const counts = new Map(rows.map((r) => [`${r.day}|${r.name}`, num(r.n)]));
  const names = trackedNames(config);
  const points: DailyMentionsPoint[] = [];
  for (const day of daysOf(period)) {
    for (const { name } of names) points.push({ day, name, mentions: counts.get(`${day}|${name}`) ?? 0 });
  }
  return { kind: 'daily_mentions', available: true, names, points };
}
