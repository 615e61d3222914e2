/**
 * Events: the spikes and drops of several series and days that share one cause, told as one
 * story. A news article that sets off negative mentions also lifts shares, reach and hashtag use
 * on the same day, and its tail runs for two more days; a campaign launch lifts mentions on five
 * days running. Each is one event, not a list of moved metrics.
 *
 * Rules:
 * - **One day, one group.** The anomalies of a day (all series) in one direction form a day group.
 * - **Negative day.** A spike day is negative when negative mentions spiked that day, or when the
 *   day's negative mentions rose beyond noise (Poisson z ≥ 3 against their typical day) and make
 *   at least half of the brand mentions' excess over their typical day (story/tone.ts).
 * - **Planned.** A spike day that is not negative is a campaign's day when the largest driver of
 *   one of its series is that campaign's hashtag with at least 40% of the excess, and the day lies
 *   between two days before the campaign's start and its end (open campaigns: 14 days after the
 *   start). A planned rise is the campaign's result, never an unexplained spike or a risk.
 * - **Episodes.** Day groups of the same kind merge into one event: a campaign's days in the
 *   build, however far apart; negative days and other spikes when at most four days apart and
 *   led by the same driver (or none); drops when at most four days apart.
 * - **The lead.** An event's headline series is negative mentions for a negative event, else brand
 *   mentions when they spiked, else the strongest series; its peak day is the day with the highest
 *   ratio to the typical day.
 */
import type { Anomaly, BaselineMetric, CampaignLifecycle, Driver } from './types.ts';
import { addDays, typicalDayIn, type DailyIndex } from './typical-day.ts';
import type { BenchmarkSettings } from './types.ts';
import { negativesRose, riseSentiment } from './rise-sentiment.ts';

export type EventKind = 'negative' | 'campaign' | 'spike' | 'drop';

/** What a campaign event needs of a campaign. */
export type EventCampaign = Pick<CampaignLifecycle, 'id' | 'name' | 'startedOn' | 'endedOn' | 'hashtag' | 'objective'>;

/** A series' value on the peak day against its typical day. */
export interface EventSeries {
  metric: BaselineMetric;
  observed: number;
  expected: number;
}

export interface StoryEvent {
  /** Stable id: kind and first day ("negative:2026-09-14"). */
  id: string;
  kind: EventKind;
  firstDay: string;
  lastDay: string;
  /** The day with the largest rise (or fall), against its typical day. */
  peakDay: string;
  /** Days flagged in the event, in order. */
  days: string[];
  /** The series the headline leads with, on the peak day. */
  lead: EventSeries;
  /** The other series that left their typical range on the peak day. */
  others: EventSeries[];
  /** What explains the lead series on the peak day (its single source, else its largest driver), or null. */
  driver: Driver | null;
  /** The driver explains at least half of the excess (the single source). */
  traced: boolean;
  campaign: EventCampaign | null;
  /** The anomalies the event holds. */
  anomalies: Anomaly[];
}

/** Daily series the event rules read besides the anomalies (brand mentions and their negative part). */
export interface EventSeriesIndex {
  mentions?: DailyIndex;
  negative_mentions?: DailyIndex;
}

/** Share of a series' excess the campaign hashtag must explain. */
export const CAMPAIGN_DRIVER_SHARE = 0.4;
/** Days before a campaign's start its hashtag may already explain a rise (teasers). */
const CAMPAIGN_LEAD_DAYS = 2;
/** An open campaign explains rises this many days after its start. */
const OPEN_CAMPAIGN_DAYS = 14;
/** Day groups at most this many days apart can be one episode. */
const EPISODE_GAP_DAYS = 4;

const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

/** The anomalies grouped into events (see the module comment), in date order. */
export function groupEvents(anomalies: readonly Anomaly[], campaigns: readonly EventCampaign[], series: EventSeriesIndex, settings: BenchmarkSettings): StoryEvent[] {
  const byDay = new Map<string, Anomaly[]>();
  for (const a of anomalies) {
    const key = `${a.date}|${a.direction}`;
    byDay.set(key, [...(byDay.get(key) ?? []), a]);
  }
  const days = [...byDay.values()].map((group) => classify(group, campaigns, series, settings)).sort((a, b) => a.day.localeCompare(b.day));

  const events: { kind: EventKind; campaign: EventCampaign | null; key: string; groups: typeof days }[] = [];
  for (const d of days) {
    const open = [...events].reverse().find((e) => {
      if (e.kind !== d.kind) return false;
      if (d.kind === 'campaign') return e.campaign!.id === d.campaign!.id;
      const last = e.groups[e.groups.length - 1]!.day;
      return daysBetween(last, d.day) <= EPISODE_GAP_DAYS && (d.kind === 'drop' || e.key === d.key);
    });
    if (open) open.groups.push(d);
    else events.push({ kind: d.kind, campaign: d.campaign, key: d.key, groups: [d] });
  }
  return events.map((e) => toEvent(e.kind, e.campaign, e.groups, series, settings)).sort((a, b) => a.firstDay.localeCompare(b.firstDay) || a.id.localeCompare(b.id));
}

interface DayGroup {
  day: string;
  kind: EventKind;
  campaign: EventCampaign | null;
  /** What merges it with neighbours: the top driver's dimension and value, or "". */
  key: string;
  anomalies: Anomaly[];
}

function topDriver(group: readonly Anomaly[]): Driver | null {
  const lead = leadOf(group, false);
  return lead.singleSource ?? lead.drivers[0] ?? group.map((a) => a.singleSource).find((d) => d !== null) ?? null;
}

function classify(group: Anomaly[], campaigns: readonly EventCampaign[], series: EventSeriesIndex, settings: BenchmarkSettings): DayGroup {
  const day = group[0]!.date;
  const driver = topDriver(group);
  const key = driver ? `${driver.dimension}\u0000${driver.value}` : '';
  if (group[0]!.direction === 'drop') return { day, kind: 'drop', campaign: null, key, anomalies: group };
  if (isNegativeDay(group, series, settings)) return { day, kind: 'negative', campaign: null, key, anomalies: group };
  const campaign = campaignOf(group, campaigns);
  if (campaign) return { day, kind: 'campaign', campaign, key: `campaign\u0000${campaign.id}`, anomalies: group };
  return { day, kind: 'spike', campaign: null, key, anomalies: group };
}

function isNegativeDay(group: readonly Anomaly[], series: EventSeriesIndex, settings: BenchmarkSettings): boolean {
  if (group.some((a) => a.metric === 'negative_mentions')) return true;
  const day = group[0]!.date;
  const { mentions, negative_mentions: negatives } = series;
  if (!mentions || !negatives) return false;
  const m = mentions.get(day);
  const n = negatives.get(day);
  const tm = typicalDayIn(mentions, day, 'mentions', settings);
  const tn = typicalDayIn(negatives, day, 'negative_mentions', settings);
  if (m === undefined || n === undefined || !tm || !tn) return false;
  return negativesRose(n, tn.median) && riseSentiment({ volume: m, negative: n, baseVolume: tm.median, baseNegative: tn.median }) === 'carried';
}

function campaignOf(group: readonly Anomaly[], campaigns: readonly EventCampaign[]): EventCampaign | null {
  const day = group[0]!.date;
  for (const a of group) {
    const top = a.drivers[0];
    if (!top || top.dimension !== 'hashtag' || top.share < CAMPAIGN_DRIVER_SHARE) continue;
    const c = campaigns.find((x) => x.hashtag !== null && x.hashtag === top.value.toLowerCase());
    if (!c) continue;
    const end = c.endedOn ?? addDays(c.startedOn, OPEN_CAMPAIGN_DAYS);
    if (day >= addDays(c.startedOn, -CAMPAIGN_LEAD_DAYS) && day <= end) return c;
  }
  return null;
}

/** The series a day group leads with: negative mentions for a negative event, else mentions, else the strongest. */
function leadOf(group: readonly Anomaly[], negative: boolean): Anomaly {
  return (
    (negative ? group.find((a) => a.metric === 'negative_mentions') : undefined) ??
    group.find((a) => a.metric === 'mentions') ??
    [...group].sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.metric.localeCompare(b.metric))[0]!
  );
}

const ratio = (a: { observed: number; expected: number }) => (a.expected > 0 ? a.observed / a.expected : a.observed + 1);

function toEvent(kind: EventKind, campaign: EventCampaign | null, groups: DayGroup[], series: EventSeriesIndex, settings: BenchmarkSettings): StoryEvent {
  const leads = groups.map((g) => ({ g, lead: leadOf(g.anomalies, kind === 'negative') }));
  // The peak: the largest rise (a drop: the deepest fall) of the lead series against its typical day.
  const peak = [...leads].sort((a, b) => (kind === 'drop' ? ratio(a.lead) - ratio(b.lead) : ratio(b.lead) - ratio(a.lead)) || a.g.day.localeCompare(b.g.day))[0]!;
  let lead: EventSeries = { metric: peak.lead.metric, observed: peak.lead.observed, expected: peak.lead.expected };
  // A negative day flagged on mentions only still leads with its negative mentions, from the series.
  if (kind === 'negative' && lead.metric !== 'negative_mentions' && series.negative_mentions) {
    const n = series.negative_mentions.get(peak.g.day);
    const tn = typicalDayIn(series.negative_mentions, peak.g.day, 'negative_mentions', settings);
    if (n !== undefined && tn) lead = { metric: 'negative_mentions', observed: n, expected: tn.median };
  }
  const others = peak.g.anomalies.filter((a) => a.metric !== lead.metric).map((a) => ({ metric: a.metric, observed: a.observed, expected: a.expected }));
  const sourceOf = peak.g.anomalies.find((a) => a.metric === lead.metric) ?? peak.lead;
  const single = sourceOf.singleSource ?? peak.g.anomalies.map((a) => a.singleSource).find((d) => d !== null) ?? null;
  const driver = single ?? sourceOf.drivers[0] ?? null;
  const days = groups.map((g) => g.day);
  return {
    id: `${kind}:${campaign ? `${campaign.id}:` : ''}${days[0]}`,
    kind,
    firstDay: days[0]!,
    lastDay: days[days.length - 1]!,
    peakDay: peak.g.day,
    days,
    lead,
    others,
    driver,
    traced: single !== null,
    campaign,
    anomalies: groups.flatMap((g) => g.anomalies),
  };
}
