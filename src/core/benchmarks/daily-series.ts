/**
 * The daily series typical days and spikes are computed from: one value per local calendar day
 * (the reporting time zone) for each baseline metric, zero-filled, read from the mention day
 * cube (src/core/metrics/mention-days.ts, the same sums the KPIs read) and the account snapshots.
 *
 * - `mentions`: brand mentions (see tracked-names.ts) published that day.
 * - `negative_mentions`: brand mentions with sentiment `negative`.
 * - `shares`: Σ `shares` of the brand mentions published that day.
 * - `hashtag_uses`: brand mentions carrying at least one of the brand's configured hashtags
 *   (`brand.hashtags`, compared lower-cased, without #); with no hashtag configured, brand
 *   mentions carrying any hashtag.
 * - `new_followers`: Σ over the owned accounts' daily snapshots of `new_followers`, or, for a
 *   snapshot without it, of `net_follower_growth` when positive (a net loss gains nobody).
 *
 * Decisions:
 * - A metric whose entity has no rows (manifest) is left out, not given zeros. So is `shares`
 *   when no brand mention of the range carries a share count, and `new_followers` when no
 *   snapshot of the range carries either column: an unmeasured value is not a zero.
 * - Zero-filling runs only over the days the entity covers (the manifest's first and last day,
 *   clipped to the range): days before the first import or after the last are not zero days, so
 *   they can never look like a drop. Inside the covered days, a day without rows is a real zero.
 */
import { CadenceError } from '../errors.ts';
import type { MetricsConfig, MetricsReader } from '../metrics/kpi.ts';
import { createPeriodTables } from '../metrics/compute.ts';
import { num } from '../metrics/sql.ts';
import { daysOf, rangePeriod } from '../periods/period.ts';
import type { EntityName } from '../schema/entities.ts';
import type { BaselineMetric, DailyPoint } from './types.ts';

/** The baseline metrics counted from brand mentions (they get drivers). */
export const mentionMetrics = ['mentions', 'negative_mentions', 'shares', 'hashtag_uses'] as const;
export type MentionMetric = (typeof mentionMetrics)[number];

export const isMentionMetric = (metric: BaselineMetric): metric is MentionMetric => (mentionMetrics as readonly string[]).includes(metric);


export interface DayRange {
  firstDay: string;
  lastDay: string;
}

/** Days of `range` the entity covers per the manifest, or null when it holds no rows there. */
function coveredDays(reader: MetricsReader, entity: EntityName, range: DayRange): DayRange | null {
  const entry = reader.manifest.entities[entity];
  if (!entry || entry.rows === 0 || !entry.firstDate || !entry.lastDate) return null;
  const firstDay = entry.firstDate > range.firstDay ? entry.firstDate : range.firstDay;
  const lastDay = entry.lastDate < range.lastDay ? entry.lastDate : range.lastDay;
  return firstDay <= lastDay ? { firstDay, lastDay } : null;
}

async function run(reader: MetricsReader, what: string, sql: string): Promise<Record<string, unknown>[]> {
  try {
    return await reader.query(sql);
  } catch (error) {
    throw new CadenceError('CADENCE_METRIC_SQL_FAILED', `daily series of ${what}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
}

/** `YYYY-MM-DD` of a DATE value as DuckDB hands it back. */
const dayString = (value: unknown): string => String(value).slice(0, 10);

function zeroFilled(days: readonly string[], rows: Record<string, unknown>[], column: string): DailyPoint[] {
  const byDay = new Map(rows.map((r) => [dayString(r.day), num(r[column])]));
  return days.map((day) => ({ day, value: byDay.get(day) ?? 0 }));
}

/**
 * The daily series of every baseline metric over `range` (local days, both ends inclusive), as
 * far as the data folder can measure them. Metrics it cannot measure are absent.
 */
export async function loadDailySeries(
  reader: MetricsReader,
  config: MetricsConfig,
  range: DayRange,
  /** The build's mention day cube (src/core/metrics/mention-days.ts) when it covers the range; else one is made for it. */
  cube?: string,
): Promise<Partial<Record<BaselineMetric, DailyPoint[]>>> {
  const out: Partial<Record<BaselineMetric, DailyPoint[]>> = {};
  const d = reader.dialect;
  rangePeriod(range.firstDay, range.lastDay, config.timezone); // validates the days and the zone

  const mentionDays = coveredDays(reader, 'mentions', range);
  if (mentionDays) {
    const period = rangePeriod(mentionDays.firstDay, mentionDays.lastDay, config.timezone);
    // The mention day cube of the build when one is given, else one made here for these days.
    const own = cube ? null : await createPeriodTables(reader, [period]);
    let rows: Record<string, unknown>[];
    try {
      if (own) await own.ensureMentionDays(config);
      rows = await run(
        reader,
        'mentions',
        `SELECT day, sum(n) AS mentions,
                coalesce(sum(n) FILTER (WHERE sentiment = 'negative'), 0) AS negative_mentions,
                coalesce(sum(shares), 0) AS shares, sum(shares_n) AS with_shares, sum(shares_sq) AS shares_squared,
                coalesce(sum(n) FILTER (WHERE brand_hashtag), 0) AS hashtag_uses
         FROM ${cube ?? own!.mentionDays}
         WHERE name = ${d.str(config.brand.name)} AND day >= DATE ${d.str(period.firstDay)} AND day < DATE ${d.str(period.endDay)}
         GROUP BY ALL ORDER BY day`,
      );
    } finally {
      await own?.drop();
    }
    const days = daysOf(period);
    out.mentions = zeroFilled(days, rows, 'mentions');
    out.negative_mentions = zeroFilled(days, rows, 'negative_mentions');
    if (rows.some((r) => num(r.with_shares) > 0)) {
      // A sum: each day also carries how many mentions added to it and the sum of their squares,
      // so the typical day can floor its spread at the noise of a sum (typical-day.ts).
      const extra = new Map(rows.map((r) => [dayString(r.day), { units: num(r.with_shares), squares: num(r.shares_squared) }]));
      out.shares = zeroFilled(days, rows, 'shares').map((p) => ({ ...p, ...(extra.get(p.day) ?? { units: 0, squares: 0 }) }));
    }
    out.hashtag_uses = zeroFilled(days, rows, 'hashtag_uses');
  }

  const snapshotDays = coveredDays(reader, 'account_snapshots', range);
  if (snapshotDays) {
    const period = rangePeriod(snapshotDays.firstDay, snapshotDays.lastDay, config.timezone);
    const rows = await run(
      reader,
      'new followers',
      `SELECT s.date AS day,
              sum(coalesce(s.new_followers, greatest(s.net_follower_growth, 0), 0)) AS new_followers,
              count(*) FILTER (WHERE s.new_followers IS NOT NULL OR s.net_follower_growth IS NOT NULL) AS measured
       FROM account_snapshots s
       WHERE s.date >= DATE ${d.str(period.firstDay)} AND s.date < DATE ${d.str(period.endDay)}
       GROUP BY ALL ORDER BY day`,
    );
    if (rows.some((r) => num(r.measured) > 0)) out.new_followers = zeroFilled(daysOf(period), rows, 'new_followers');
  }
  return out;
}

