/** Mentions and share of voice per tracked name (brand first, then competitors in config order). */
import type { MonthPeriod } from '../../periods/month.ts';
import { coverageGap } from '../coverage.ts';
import type { MetricsConfig, MetricsReader } from '../kpi.ts';
import { inPeriodTs, num } from '../sql.ts';
import { trackedNameSql, trackedNames } from '../tracked-names.ts';
import type { SeriesUnavailable } from './series.ts';

export interface ShareOfVoicePoint {
  name: string;
  isBrand: boolean;
  mentions: number;
  /** Fraction of all tracked mentions (0–1). */
  share: number;
}

export type ShareOfVoiceSeries = { kind: 'share_of_voice' } & ({ available: true; points: ShareOfVoicePoint[] } | SeriesUnavailable);

export async function shareOfVoice(reader: MetricsReader, config: MetricsConfig, period: MonthPeriod): Promise<ShareOfVoiceSeries> {
  if (config.competitors.length === 0) {
    return { kind: 'share_of_voice', available: false, code: 'not_configured', reason: 'no competitors configured' };
  }
  const gap = coverageGap(reader.manifest, ['mentions'], period);
  if (gap && !gap.available) return { kind: 'share_of_voice', available: false, code: gap.code, reason: gap.reason };
  const rows = await reader.query<{ name: string; n: number }>(
    `WITH t AS (SELECT ${trackedNameSql(config)} AS name FROM mentions WHERE ${inPeriodTs('published_at', period)})
     SELECT name, count(*) AS n FROM t WHERE name IS NOT NULL GROUP BY ALL`,
  );
  const counts = new Map(rows.map((r) => [r.name, num(r.n)]));
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return { kind: 'share_of_voice', available: false, code: 'insufficient', reason: 'no mentions of the brand or its competitors' };
  const points = trackedNames(config).map(({ name, isBrand }) => {
    const mentions = counts.get(name) ?? 0;
    return { name, isBrand, mentions, share: mentions / total };
  });
  return { kind: 'share_of_voice', available: true, points };
}
