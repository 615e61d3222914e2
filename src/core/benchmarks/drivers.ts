/**
 * Drivers of a spike or drop: which sources, domains, authors, hashtags and URLs explain it. For
 * each dimension, every value's count on the day is compared with its typical count (the median
 * over the same sample days as the metric's baseline, a day without the value counting 0), and
 * the difference is taken as a share of the metric's excess.
 *
 * Decisions:
 * - Spike: share = (observed − expected of the value) ÷ (observed − expected of the metric).
 *   Drop: the same with the deficit, (expected − observed of the value) ÷ (expected − observed of
 *   the metric): the values that fell most explain the drop. Shares can exceed 1 when other values
 *   moved the other way; values with no positive share are not drivers.
 * - Dimensions: `source` = the mention's platform (its source type when there is none);
 *   `domain` (lower case, without www.); `author` = the handle (lower case, without @), else the
 *   display name; `hashtag` (lower case, without #; each distinct hashtag of a mention);
 *   `url` = the mention's own URL and every URL it shares in `links` (each distinct URL of a
 *   mention counted once, trailing slashes dropped), so an article shared by many accounts is one
 *   driver value even though every share has its own URL.
 * - What a value counts follows the metric (daily-series.ts): mentions for `mentions`,
 *   `negative_mentions` and `hashtag_uses`, Σ shares for `shares`.
 * - The top 5 values per dimension are kept; all drivers are sorted by share, largest first.
 *   `singleSource` is the top driver when it explains at least half of the excess.
 * - `new_followers` has no drivers (its rows carry no such dimensions): [].
 * - One SQL query per anomaly (the dimensions joined by UNION ALL). The sample days are the
 *   baseline's: the last `samples` same-weekday days of its window.
 */
import { CadenceError } from '../errors.ts';
import type { MetricsConfig, MetricsReader } from '../metrics/kpi.ts';
import { localDaySql, num, sqlString } from '../metrics/sql.ts';
import { rangePeriod } from '../periods/period.ts';
import type { BareAnomaly } from './anomalies.ts';
import { isMentionMetric, mentionMetricSql, type MentionMetric } from './daily-series.ts';
import type { Anomaly, BenchmarkSettings, Driver } from './types.ts';
import { addDays, median } from './typical-day.ts';

/** Drivers kept per dimension. */
export const DRIVERS_PER_DIMENSION = 5;
/** Share of the excess from which one driver is "the single source". */
export const SINGLE_SOURCE_SHARE = 0.5;

const dimensions: readonly Driver['dimension'][] = ['source', 'domain', 'author', 'hashtag', 'url'];

/** The baseline's sample days: the last `samples` same-weekday days before the anomaly. */
function sampleDaysOf(anomaly: BareAnomaly): string[] {
  const days: string[] = [];
  for (let k = anomaly.baseline.samples; k >= 1; k--) days.push(addDays(anomaly.date, -7 * k));
  return days.filter((d) => d >= anomaly.baseline.window.firstDay);
}

function driversSql(config: MetricsConfig, anomaly: BareAnomaly & { metric: MentionMetric }, days: readonly string[]): string {
  const { filter, weight } = mentionMetricSql(config, anomaly.metric, 'm');
  const span = rangePeriod(days[0]!, anomaly.date, config.timezone);
  const dayList = days.map((d) => `DATE ${sqlString(d)}`).join(', ');
  const clean = (x: string) => `nullif(trim(${x}), '')`;
  return `
    WITH d AS (
      SELECT * FROM (
        SELECT ${localDaySql('m.published_at', config.timezone)} AS day, ${weight} AS w,
               m.platform, m.source_type, m.domain, m.author_handle, m.author_name, m.hashtags, m.url, m.links
        FROM mentions m
        WHERE m.published_at >= TIMESTAMPTZ ${sqlString(span.startUtc)} AND m.published_at < TIMESTAMPTZ ${sqlString(span.endUtc)}
          AND ${filter}
      ) WHERE day IN (${dayList}) AND w <> 0
    )
    SELECT 'source' AS dimension, coalesce(lower(${clean('platform')}), lower(${clean('CAST(source_type AS VARCHAR)')})) AS value, day, sum(w) AS n FROM d GROUP BY ALL
    UNION ALL
    SELECT 'domain', regexp_replace(lower(${clean('domain')}), '^www\\.', ''), day, sum(w) FROM d GROUP BY ALL
    UNION ALL
    SELECT 'author', coalesce(nullif(lower(ltrim(trim(author_handle), '@')), ''), ${clean('author_name')}), day, sum(w) FROM d GROUP BY ALL
    UNION ALL
    SELECT 'hashtag', h, day, sum(w) FROM (
      SELECT day, w, unnest(list_distinct(list_filter(list_transform(hashtags, x -> lower(ltrim(trim(x), '#'))), x -> x <> ''))) AS h FROM d
    ) GROUP BY ALL
    UNION ALL
    SELECT 'url', u, day, sum(w) FROM (
      SELECT day, w, unnest(list_distinct(list_transform(
        list_filter(list_append(coalesce(links, CAST([] AS VARCHAR[])), url), x -> x IS NOT NULL AND trim(x) <> ''),
        x -> regexp_replace(trim(x), '/+$', '')))) AS u FROM d
    ) GROUP BY ALL`;
}

/** Ranks the drivers of one anomaly from its (dimension, value, day, n) rows. */
export function rankDrivers(anomaly: BareAnomaly, sampleDays: readonly string[], rows: readonly { dimension: string; value: unknown; day: string; n: number }[]): Driver[] {
  const sign = anomaly.direction === 'spike' ? 1 : -1;
  const total = sign * (anomaly.observed - anomaly.expected);
  if (!(total > 0)) return [];
  const counts = new Map<string, { dimension: Driver['dimension']; value: string; byDay: Map<string, number> }>();
  for (const r of rows) {
    if (r.value === null || r.value === undefined || r.value === '') continue;
    const dimension = r.dimension as Driver['dimension'];
    const value = String(r.value);
    const key = `${dimension}\u0000${value}`;
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { dimension, value, byDay: new Map() }));
    entry.byDay.set(r.day, (entry.byDay.get(r.day) ?? 0) + r.n);
  }
  const all: Driver[] = [];
  for (const { dimension, value, byDay } of counts.values()) {
    const observed = byDay.get(anomaly.date) ?? 0;
    const expected = median(sampleDays.map((d) => byDay.get(d) ?? 0));
    const share = (sign * (observed - expected)) / total;
    if (share > 0) all.push({ dimension, value, share, observed, expected });
  }
  const order = (a: Driver, b: Driver) => b.share - a.share || b.observed - a.observed || a.dimension.localeCompare(b.dimension) || a.value.localeCompare(b.value);
  const kept = dimensions.flatMap((dim) => all.filter((d) => d.dimension === dim).sort(order).slice(0, DRIVERS_PER_DIMENSION));
  return kept.sort(order);
}

/** The anomalies with their drivers and single source (mention metrics; [] for the others). */
export async function attachDrivers(
  reader: MetricsReader,
  config: MetricsConfig,
  anomalies: readonly BareAnomaly[],
  // The drivers reuse each anomaly's own baseline; the settings are taken for symmetry with the detector.
  _settings: BenchmarkSettings,
): Promise<Anomaly[]> {
  const out: Anomaly[] = [];
  const hasMentions = (reader.manifest.entities.mentions?.rows ?? 0) > 0;
  for (const anomaly of anomalies) {
    const metric = anomaly.metric;
    const sampleDays = sampleDaysOf(anomaly);
    if (!hasMentions || !isMentionMetric(metric) || sampleDays.length === 0) {
      out.push({ ...anomaly, drivers: [], singleSource: null });
      continue;
    }
    let rows: Record<string, unknown>[];
    try {
      rows = await reader.query(driversSql(config, { ...anomaly, metric }, [...sampleDays, anomaly.date]));
    } catch (error) {
      throw new CadenceError('CADENCE_METRIC_SQL_FAILED', `drivers of the ${metric} ${anomaly.direction} of ${anomaly.date}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
    }
    const drivers = rankDrivers(
      anomaly,
      sampleDays,
      rows.map((r) => ({ dimension: String(r.dimension), value: r.value, day: String(r.day).slice(0, 10), n: num(r.n) })),
    );
    const top = drivers[0];
    out.push({ ...anomaly, drivers, singleSource: top && top.share >= SINGLE_SOURCE_SHARE ? top : null });
  }
  return out;
}
