/**
 * Campaign lifecycles: does a campaign's reach and engagement grow as it ages, hold, or burst and
 * fade? For every campaign (the `campaigns` entity) started on or before `asOfDay`, its age is
 * cut into weeks (week 0 = the first 7 days from `started_on`) up to the earlier of `ended_on` +
 * 14 days (the afterglow) and `asOfDay`. Each week sums the reach and engagement of
 *  (a) the owned posts tagged with the campaign (`posts.campaign_id`; `posts.reach`,
 *      `posts.engagements`), placed by the local day of `published_at`, and
 *  (b) the mentions carrying the campaign hashtag (`campaigns.hashtag` in `mentions.hashtags`, else in the text,
 *      case-insensitive, a leading # ignored; `reach`, and `engagement` or, where empty, likes +
 *      comments + shares), placed by the local day of `published_at`.
 * An owned post the listening tool also picked up with the hashtag counts in both (Cadence cannot
 * tell them apart); a campaign without a hashtag has owned posts only.
 *
 * The class rests on weekly engagement of the full weeks of age (7 days, all on or before the
 * end of the window); a partial current week is shown but not used. The window includes the
 * two-week afterglow, so a campaign that has ended is judged on how it faded too: a short sale
 * whose engagement stops with it is a burst, and an ended campaign is never "growing". Rules,
 * checked in this order (settings below; tuned on the demo company, numbers as of 2026-09-30):
 *  - `too_early`: fewer than 3 full weeks (`minFullWeeks`).
 *  - `burst_and_fade`: the peak week is one of the first 2 (`burstPeakWeeks`) AND the last full
 *    week is at most 35% of the peak (`fadeRatio`). Demo: Autumn launch peaks in week 1 (85% of
 *    its engagement in the first two weeks) and its last full week is at 18% of the peak.
 *  - `growing`: the least-squares slope of weekly engagement ÷ its mean is at least +5% a week
 *    (`growthTrend`) AND the last full week is at least 50% of the peak (`holdRatio`). Demo:
 *    Trail stories grows 8% a week; its last full week is at 60% of its best week. The 80% first
 *    planned for `holdRatio` was too tight: weekly engagement is noisy (one post or mention that
 *    takes off makes a peak week; the demo's posts vary ±35%), so even a series whose episodes
 *    reach more people every week rarely ends within 20% of its best week. 50% still tells growth
 *    that holds from a late burst that fell away; the trend condition does the rest.
 *  - `steady`: everything else (also a campaign with no engagement at all in its full weeks).
 * The `why` sentence counts weeks from 1 (week 1 = the first 7 days = `peakWeek` 0), as people do.
 */
import { DateTime } from 'luxon';
import { en } from '../i18n/en.ts';
import type { Messages } from '../i18n/catalog.ts';
import type { MetricsConfig, MetricsReader } from '../metrics/kpi.ts';
import { num } from '../metrics/sql.ts';
import { hashtagsSql } from '../metrics/tracked-names.ts';
import type { CampaignLifecycle, CampaignWeek, LifecycleClass } from './types.ts';

export interface LifecycleSettings {
  /** Full weeks of age needed before a campaign is classed at all. */
  minFullWeeks: number;
  /** Burst: the peak is in one of the first this-many weeks of age. */
  burstPeakWeeks: number;
  /** Burst: the last full week is at most this fraction of the peak. */
  fadeRatio: number;
  /** Growing: least-squares slope ÷ mean of weekly engagement, per week, at least this. */
  growthTrend: number;
  /** Growing: the last full week is at least this fraction of the peak. */
  holdRatio: number;
  /** Days after `ended_on` still followed (the afterglow). */
  afterEndDays: number;
}

export const defaultLifecycleSettings: LifecycleSettings = { minFullWeeks: 3, burstPeakWeeks: 2, fadeRatio: 0.35, growthTrend: 0.05, holdRatio: 0.5, afterEndDays: 14 };

export interface CampaignLifecycleOptions {
  /** The local day the lifecycle is seen from ("YYYY-MM-DD"); later rows and campaigns are left out. */
  asOfDay: string;
  settings?: Partial<LifecycleSettings>;
}

/** The definition shown next to campaign lifecycles. */
export const campaignLifecycleDefinition =
  'Each campaign’s age is cut into weeks from its first day, up to two weeks after its last day (or today). ' +
  'A week sums the reach and engagement of the owned posts tagged with the campaign and of the mentions carrying its hashtag, placed by the local day they were published. ' +
  'The class uses the engagement of full weeks only: burst and fade when the peak is in the first two weeks and the last full week is at most 35% of it; ' +
  'growing when engagement rises by at least 5% of its weekly mean a week (least-squares trend) and the last full week is at least half the peak; ' +
  'steady otherwise; too early before three full weeks.';

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });
const addDays = (iso: string, n: number) => day(iso).plus({ days: n }).toISODate()!;
const daysBetween = (from: string, to: string) => Math.round(day(to).diff(day(from), 'days').days);

interface CampaignRow {
  id: string;
  name: string;
  started_on: string;
  ended_on: string | null;
  objective: string | null;
  hashtag: string | null;
}

/** Every campaign started on or before `asOfDay`, by start day then name, with its weekly numbers and class. */
export async function campaignLifecycles(reader: MetricsReader, config: MetricsConfig, options: CampaignLifecycleOptions): Promise<CampaignLifecycle[]> {
  const settings = { ...defaultLifecycleSettings, ...options.settings };
  const asOf = options.asOfDay;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || !day(asOf).isValid) throw new Error(`asOfDay must be a day YYYY-MM-DD, found ${JSON.stringify(asOf)}`);
  const d = reader.dialect;
  // (Output names differ from the columns: ClickHouse would read an alias in WHERE and ORDER BY.)
  const campaigns = (
    await reader.query<Omit<CampaignRow, 'started_on' | 'ended_on'> & { started: string; ended: string | null }>(`
    SELECT id, name, ${d.format('started_on', '%Y-%m-%d')} AS started, ${d.format('ended_on', '%Y-%m-%d')} AS ended, objective,
           nullif(${d.lowerText("ltrim(trim(hashtag), '#')")}, '') AS hashtag
    FROM campaigns WHERE started_on IS NOT NULL AND started_on <= DATE ${d.str(asOf)}
    ORDER BY started_on, name, id`)
  ).map(({ started, ended, ...c }): CampaignRow => ({ ...c, started_on: started, ended_on: ended }));
  if (campaigns.length === 0) return [];

  // Each campaign's window of days: [first, last] inclusive.
  const windows = campaigns.map((c) => {
    const afterEnd = c.ended_on ? addDays(c.ended_on, settings.afterEndDays) : asOf;
    return { ...c, last: afterEnd < asOf ? afterEnd : asOf };
  });
  // Campaign ids and hashtags are data (from files and APIs): a JSON parameter, never SQL text.
  const param = JSON.stringify(windows.map((w) => ({ id: w.id, first_day: w.started_on, last_day: w.last, hashtag: w.hashtag })));
  const first = windows.map((w) => w.started_on).reduce((a, b) => (b < a ? b : a));
  const last = windows.map((w) => w.last).reduce((a, b) => (b > a ? b : a));
  // UTC bounds a day either side of the local days, so DuckDB can skip files; the local day decides.
  const lo = d.instant(`${addDays(first, -1)}T00:00:00Z`);
  const hi = d.instant(`${addDays(last, 2)}T00:00:00Z`);
  const localDay = (col: string) => d.localDay(col, config.timezone);
  const week = (col: string) => d.intDiv(`date_diff('day', w.first_day, ${localDay(col)})`, '7');
  const rows = await reader.query<{ id: string; week: number; source: 'posts' | 'mentions'; n: unknown; reach: unknown; engagement: unknown }>(`
    WITH w AS (${d.jsonRows(0, { id: 'VARCHAR', first_day: 'DATE', last_day: 'DATE', hashtag: 'VARCHAR' })}),
    p AS (
      SELECT w.id AS id, ${week('p.published_at')} AS week, 'posts' AS source,
             p.reach, p.engagements AS engagement
      FROM posts p JOIN w ON p.campaign_id = w.id
      WHERE p.published_at >= ${lo} AND p.published_at < ${hi}
        AND ${localDay('p.published_at')} BETWEEN w.first_day AND w.last_day),
    m AS (
      SELECT w.id AS id, ${week('m.published_at')} AS week, 'mentions' AS source,
             m.reach, coalesce(m.engagement, CASE WHEN m.likes IS NULL AND m.comments IS NULL AND m.shares IS NULL THEN NULL
               ELSE coalesce(m.likes, 0) + coalesce(m.comments, 0) + coalesce(m.shares, 0) END) AS engagement
      FROM mentions m JOIN w ON w.hashtag IS NOT NULL AND ${d.listContains(hashtagsSql(d, 'm'), 'w.hashtag')}
      WHERE m.published_at >= ${lo} AND m.published_at < ${hi}
        AND ${localDay('m.published_at')} BETWEEN w.first_day AND w.last_day)
    SELECT id, CAST(week AS INTEGER) AS week, source, count(*) AS n, sum(reach) AS reach, sum(engagement) AS engagement
    FROM (SELECT * FROM p UNION ALL SELECT * FROM m) GROUP BY ALL`, [param]);

  const cells = new Map<string, { posts: number; mentions: number; reach: number; engagement: number }>();
  for (const r of rows) {
    const key = `${r.id}|${r.week}`;
    const cell = cells.get(key) ?? { posts: 0, mentions: 0, reach: 0, engagement: 0 };
    if (r.source === 'posts') cell.posts += num(r.n);
    else cell.mentions += num(r.n);
    cell.reach += num(r.reach);
    cell.engagement += num(r.engagement);
    cells.set(key, cell);
  }

  return windows.map((w) => {
    const span = daysBetween(w.started_on, w.last) + 1;
    const byAge: CampaignWeek[] = Array.from({ length: Math.ceil(span / 7) }, (_, week) => {
      const cell = cells.get(`${w.id}|${week}`) ?? { posts: 0, mentions: 0, reach: 0, engagement: 0 };
      return { week, firstDay: addDays(w.started_on, 7 * week), reach: cell.reach, engagement: cell.engagement, posts: cell.posts, mentions: cell.mentions };
    });
    const fullWeeks = Math.floor(span / 7);
    const lastFull = byAge[fullWeeks - 1];
    const afterEnd = Boolean(lastFull && w.ended_on && lastFull.firstDay > w.ended_on);
    const { lifecycle, numbers, why } = classifyLifecycle(byAge.slice(0, fullWeeks).map((x) => x.engagement), settings, { lastWeekAfterEnd: afterEnd });
    const totals = byAge.reduce((t, x) => ({ reach: t.reach + x.reach, engagement: t.engagement + x.engagement, posts: t.posts + x.posts, mentions: t.mentions + x.mentions }), { reach: 0, engagement: 0, posts: 0, mentions: 0 });
    return { id: w.id, name: w.name, startedOn: w.started_on, endedOn: w.ended_on, objective: w.objective, hashtag: w.hashtag, lifecycle, numbers, why, byAge, totals };
  });
}

/**
 * The class of a campaign from the engagement of its full weeks of age (week 0 first), with the
 * numbers behind it and one sentence saying why. `lastWeekAfterEnd` only changes the wording
 * (the last full week lies in the afterglow, after the campaign's last day); the sentence is the
 * catalog's (`messages`, English by default).
 */
export function classifyLifecycle(
  weekly: readonly number[],
  settings: LifecycleSettings = defaultLifecycleSettings,
  context: { lastWeekAfterEnd?: boolean; messages?: Pick<Messages['campaigns'], 'why'> } = {},
): { lifecycle: LifecycleClass; numbers: CampaignLifecycle['numbers']; why: string } {
  const weeks = weekly.length;
  const total = weekly.reduce((s, x) => s + x, 0);
  let peakWeek = 0;
  for (let i = 1; i < weeks; i++) if (weekly[i]! > weekly[peakWeek]!) peakWeek = i;
  const peak = weeks ? weekly[peakWeek]! : 0;
  const lastToPeak = peak > 0 ? weekly[weeks - 1]! / peak : 0;
  const firstTwoWeeksShare = total > 0 ? weekly.slice(0, 2).reduce((s, x) => s + x, 0) / total : 0;
  const trend = relativeTrend(weekly);
  const numbers = { weeks, peakWeek, lastToPeak, firstTwoWeeksShare, trend };
  const why = (lifecycle: LifecycleClass, noEngagement = false) =>
    (context.messages ?? en.campaigns).why({ lifecycle, weeks, needed: settings.minFullWeeks, peakWeek: peakWeek + 1, lastToPeak, trend, lastWeekAfterEnd: Boolean(context.lastWeekAfterEnd), noEngagement });
  if (weeks < settings.minFullWeeks) return { lifecycle: 'too_early', numbers, why: why('too_early') };
  if (total <= 0) return { lifecycle: 'steady', numbers, why: why('steady', true) };
  if (peakWeek < settings.burstPeakWeeks && lastToPeak <= settings.fadeRatio) return { lifecycle: 'burst_and_fade', numbers, why: why('burst_and_fade') };
  if (trend >= settings.growthTrend && lastToPeak >= settings.holdRatio) return { lifecycle: 'growing', numbers, why: why('growing') };
  return { lifecycle: 'steady', numbers, why: why('steady') };
}

/** Least-squares slope of `ys` over x = 0, 1, 2, … divided by the mean of `ys` (0 when undefined). */
export function relativeTrend(ys: readonly number[]): number {
  const n = ys.length;
  if (n < 2) return 0;
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  if (meanY === 0) return 0;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - meanX) * (ys[i]! - meanY);
    sxx += (i - meanX) ** 2;
  }
  return sxy / sxx / meanY;
}
