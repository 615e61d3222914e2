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
 * - One SQL query for all the anomalies (see driversSql): the mentions are read once, only on
 *   the days some anomaly needs, and only the rows that can rank come back; the ranking itself
 *   (rankDrivers) is TypeScript. The sample days are the baseline's: the last `samples`
 *   same-weekday days of its window.
 */
import { CadenceError } from '../errors.ts';
import type { MetricsConfig, MetricsReader } from '../metrics/kpi.ts';
import { num } from '../metrics/sql.ts';
import { hashtagsSql } from '../metrics/tracked-names.ts';
import { rangePeriod } from '../periods/period.ts';
import type { Dialect } from '../store/dialect.ts';
import type { BareAnomaly } from './anomalies.ts';
import { mentionMetricSql } from '../metrics/stages/daily-volumes.ts';
import { isMentionMetric, type MentionMetric } from './daily-series.ts';
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

/** An anomaly of a mention metric with its sample days (oldest first), as the drivers query needs it. */
interface DriverJob {
  anomaly: BareAnomaly & { metric: MentionMetric };
  sampleDays: string[];
}

const HOUR_MS = 3_600_000;

/**
 * The UTC hours holding the local days `days` (sorted, distinct), for a hash join on the hour of
 * `published_at` (much cheaper than a range test per day): `whole` hours lie inside one day and
 * carry it; the hours a day boundary cuts (zones whose offset is not whole hours) carry no day, and
 * their rows get it from the time zone. Hours are counted from `baseMs`, the first one's start.
 */
function hoursOf(d: Dialect, days: readonly string[], timezone: string): { baseMs: number; startUtc: string; endUtc: string; whole: string[]; cut: number[] } {
  const spans = days.map((day) => {
    const { startUtc, endUtc } = rangePeriod(day, day, timezone);
    return { day, startUtc, endUtc, start: Date.parse(startUtc), end: Date.parse(endUtc) };
  });
  const baseMs = Math.floor(spans[0]!.start / HOUR_MS) * HOUR_MS;
  const hour = (ms: number) => (ms - baseMs) / HOUR_MS;
  const whole: string[] = [];
  const cut = new Set<number>();
  for (const s of spans) {
    const first = Math.ceil(hour(s.start));
    const end = Math.floor(hour(s.end));
    if (first < end) whole.push(`(DATE ${d.str(s.day)}, ${first}, ${end})`);
    if (!Number.isInteger(hour(s.start))) cut.add(Math.floor(hour(s.start)));
    if (!Number.isInteger(hour(s.end))) cut.add(Math.floor(hour(s.end)));
  }
  return { baseMs, startUtc: spans[0]!.startUtc, endUtc: spans[spans.length - 1]!.endUtc, whole, cut: [...cut].sort((a, b) => a - b) };
}

/**
 * One query for the drivers of every job. The mentions of all the days any job needs are read
 * once (only those days: a range filter skips the Parquet files and row groups outside, a join on
 * the UTC hour keeps the needed days) and counted per (dimension, value, day) for each metric
 * involved. Only the rows rankDrivers can keep come back: per job and dimension, the values whose
 * difference from their typical count has the right sign and is among the 5 largest (ties kept),
 * with all their rows on the job's days. Candidates before that ranking: for a spike the values
 * counted on the day (with counts ≥ 0 a value absent that day cannot exceed its median), for a
 * drop those counted on at least half the sample days (else their median is 0), and any value
 * with a negative count. Rows: job, dimension, value, day, n (n ≠ 0).
 */
function driversSql(d: Dialect, config: MetricsConfig, jobs: readonly DriverJob[]): string {
  const metrics = [...new Set(jobs.map((j) => j.anomaly.metric))];
  const sql = metrics.map((metric) => mentionMetricSql(d, config, metric, 'm'));
  const days = [...new Set(jobs.flatMap((j) => [...j.sampleDays, j.anomaly.date]))].sort();
  const hours = hoursOf(d, days, config.timezone);
  const jobRows = jobs.map(
    (j, i) => `(${i}, DATE ${d.str(j.anomaly.date)}, ${j.anomaly.direction === 'spike'}, ${j.sampleDays.length}, ${metrics.indexOf(j.anomaly.metric)})`,
  );
  const needRows = jobs.flatMap((j, i) => [...j.sampleDays, j.anomaly.date].map((day) => `(${i}, DATE ${d.str(day)})`));
  const w = (k: number) => `w_${k}`;
  // The scan keeps the rows some metric's filter admits; a row whose weights are all 0 (a mention
  // without shares) adds nothing, as every later step keeps only sums <> 0. (A second filter on the
  // weights, around the scan, made ClickHouse 26.7 fail reading the Parquet files.)
  const weights = sql.map(({ filter, weight }, k) => `CAST(CASE WHEN ${filter} THEN ${weight} ELSE 0 END AS BIGINT) AS ${w(k)}`).join(',\n               ');
  const ws = metrics.map((_, k) => w(k)).join(', ');
  const sums = metrics.map((_, k) => `sum(${w(k)}) AS ${w(k)}`).join(', ');
  const pick = `CASE j.metric ${metrics.map((_, k) => `WHEN ${k} THEN a.${w(k)}`).join(' ')} END`;
  const clean = (x: string) => `nullif(trim(${x}), '')`;
  const hourSql = d.intDiv(`${d.epochMs('m.published_at')} - ${hours.baseMs}`, String(HOUR_MS));
  // A DATE that is NULL (ClickHouse cannot CAST a NULL to a plain DATE).
  const noDay = `CASE WHEN false THEN DATE '2000-01-01' END`;
  return `
    WITH jobs(job, date, spike, k, metric) AS (VALUES ${jobRows.join(', ')}),
    need(job, day) AS (VALUES ${needRows.join(', ')}),
    hours AS (
      ${hours.whole.length ? `SELECT ${d.unnest(d.range('h0', 'h1'))} AS hour, day FROM (VALUES ${hours.whole.join(', ')}) t(day, h0, h1)` : `SELECT 0 AS hour, ${noDay} AS day WHERE false`}
      ${hours.cut.length ? `UNION ALL SELECT hour, ${noDay} FROM (VALUES ${hours.cut.map((h) => `(${h})`).join(', ')}) t(hour)` : ''}
    ),
    d AS MATERIALIZED (
      SELECT * FROM (
        SELECT coalesce(h.day, ${d.localDay('m.published_at', config.timezone)}) AS day,
               ${weights},
               m.platform, m.source_type, m.domain, m.author_handle, m.author_name, ${hashtagsSql(d, 'm')} AS hashtags, m.url, m.links
        FROM mentions m JOIN hours h ON ${hourSql} = h.hour
        WHERE m.published_at >= ${d.instant(hours.startUtc)} AND m.published_at < ${d.instant(hours.endUtc)}
          AND (${sql.map(({ filter }) => filter).join(' OR ')})
      )
    ),
    a AS MATERIALIZED (
        SELECT 'source' AS dimension, coalesce(${d.lowerText(clean('platform'))}, ${d.lowerText(clean('source_type'))}) AS value, day, ${sums} FROM d GROUP BY ALL
        UNION ALL
        SELECT 'domain', CASE WHEN ${d.startsWith('x', "'www.'")} THEN substr(x, 5) ELSE x END, day, ${sums} FROM (SELECT day, ${ws}, ${d.lowerText(clean('domain'))} AS x FROM d) GROUP BY 2, day
        UNION ALL
        SELECT 'author', coalesce(nullif(${d.lowerText("ltrim(trim(author_handle), '@')")}, ''), ${clean('author_name')}), day, ${sums} FROM d GROUP BY ALL
        UNION ALL
        SELECT 'hashtag', h, day, ${sums} FROM (
          SELECT day, ${ws}, ${d.unnest(d.listDistinct(d.listFilter(d.listTransform('hashtags', 'x', d.lowerText("ltrim(trim(x), '#')")), 'x', "x <> ''")))} AS h FROM d
        ) GROUP BY 'hashtag', h, day
        UNION ALL
        SELECT 'url', u, day, ${sums} FROM (
          SELECT day, ${ws}, rtrim(trim(url), '/') AS u FROM d WHERE links IS NULL OR ${d.listLength('links')} = 0
          UNION ALL
          SELECT day, ${ws}, ${d.unnest(d.listDistinct(d.listTransform(
            d.listFilter(d.listAppend('links', 'url'), 'x', "x IS NOT NULL AND trim(x) <> ''"), 'x', "rtrim(trim(x), '/')")))} AS u FROM d WHERE ${d.listLength('links')} > 0
        ) GROUP BY 'url', u, day
    ),
    cand AS (
      SELECT DISTINCT * FROM (
        SELECT j.job AS job, a.dimension AS dimension, a.value AS value FROM a JOIN jobs j ON a.day = j.date WHERE j.spike AND ${pick} <> 0
        UNION ALL
        SELECT n.job AS job, a.dimension AS dimension, a.value AS value FROM a JOIN need n ON a.day = n.day JOIN jobs j ON n.job = j.job AND n.day <> j.date
        WHERE NOT j.spike AND ${pick} <> 0 GROUP BY n.job, a.dimension, a.value, j.k HAVING count(*) >= j.k - ${d.intDiv('j.k', '2')}
        UNION ALL
        SELECT j.job AS job, a.dimension AS dimension, a.value AS value FROM (SELECT * FROM a WHERE ${metrics.map((_, k) => `${w(k)} < 0`).join(' OR ')}) a, jobs j WHERE ${pick} < 0
      )
    ),
    x AS MATERIALIZED (
      SELECT c.job AS job, c.dimension AS dimension, c.value AS value, a.day AS day, ${pick} AS n
      FROM cand c JOIN jobs j ON c.job = j.job JOIN need ON need.job = c.job JOIN a ON a.dimension = c.dimension AND a.value = c.value AND a.day = need.day
      WHERE ${pick} <> 0
    ),
    kept AS (
      SELECT job, dimension, value FROM (
        SELECT x.job AS job, x.dimension AS dimension, x.value AS value,
               (CASE WHEN j.spike THEN 1 ELSE -1 END) * (coalesce(sum(x.n) FILTER (WHERE x.day = j.date), 0)
                 - ${d.listMedianPadded(d.listFilter(d.listOf('CASE WHEN x.day <> j.date THEN CAST(x.n AS DOUBLE) END'), 'v', 'v IS NOT NULL'), 'j.k', '0')}) AS diff
        FROM x JOIN jobs j USING (job)
        GROUP BY x.job, x.dimension, x.value, j.spike, j.date, j.k
      ) WHERE diff > 0 AND value <> ''
      QUALIFY rank() OVER (PARTITION BY job, dimension ORDER BY diff DESC) <= ${DRIVERS_PER_DIMENSION}
    )
    SELECT x.job AS job, x.dimension AS dimension, x.value AS value, ${d.format('x.day', '%Y-%m-%d')} AS day, CAST(x.n AS DOUBLE) AS n FROM x SEMI JOIN kept USING (job, dimension, value)`;
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
  const hasMentions = (reader.manifest.entities.mentions?.rows ?? 0) > 0;
  const jobs = new Map<number, DriverJob>();
  anomalies.forEach((anomaly, i) => {
    const metric = anomaly.metric;
    const sampleDays = sampleDaysOf(anomaly);
    if (hasMentions && isMentionMetric(metric) && sampleDays.length > 0) jobs.set(i, { anomaly: { ...anomaly, metric }, sampleDays });
  });
  const rowsOf = new Map<number, { dimension: string; value: unknown; day: string; n: number }[]>();
  if (jobs.size > 0) {
    const list = [...jobs.entries()];
    let rows: Record<string, unknown>[];
    try {
      rows = await reader.query(driversSql(reader.dialect, config, list.map(([, job]) => job)));
    } catch (error) {
      const what = list.length === 1 ? `the ${list[0]![1].anomaly.metric} ${list[0]![1].anomaly.direction} of ${list[0]![1].anomaly.date}` : `${list.length} anomalies`;
      throw new CadenceError('CADENCE_METRIC_SQL_FAILED', `drivers of ${what}: ${(error as Error).message.split('\n')[0]}`, { cause: error });
    }
    for (const r of rows) {
      const i = list[num(r.job)]![0];
      let into = rowsOf.get(i);
      if (!into) rowsOf.set(i, (into = []));
      into.push({ dimension: String(r.dimension), value: r.value, day: String(r.day).slice(0, 10), n: num(r.n) });
    }
  }
  return anomalies.map((anomaly, i) => {
    const job = jobs.get(i);
    if (!job) return { ...anomaly, drivers: [], singleSource: null };
    const drivers = rankDrivers(anomaly, job.sampleDays, rowsOf.get(i) ?? []);
    const top = drivers[0];
    return { ...anomaly, drivers, singleSource: top && top.share >= SINGLE_SOURCE_SHARE ? top : null };
  });
}
