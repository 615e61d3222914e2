/**
 * Chart data of the report models, computed once for the whole span of a build (one query per
 * entity, by local day) and sliced per period: mentions per day and tracked name, leads per
 * week, and share of voice from the share-of-voice benchmark.
 *
 * Day and week reports also get the brand's mentions on the 28 days ending on their last day
 * (`trailing` of the daily mentions series): the mentions query reaches 27 days before the
 * build's span for them, from the same mention day cube (which covers the comparison periods,
 * a year and more before the span, so those days are in it).
 */
import { because, carried, type Because } from '../i18n/reason.ts';
import type { VoiceMeasure } from '../benchmarks/types.ts';
import { coverageGap } from '../metrics/coverage.ts';
import type { MetricsConfig, MetricsReader } from '../metrics/kpi.ts';
import type { ChartMark, DailyMentionsPoint, DailyMentionsSeries } from '../metrics/series/daily-mentions.ts';
import type { ShareOfVoiceSeries } from '../metrics/series/share-of-voice.ts';
import type { WeeklyLeadsPoint, WeeklyLeadsSeries } from '../metrics/series/weekly-leads.ts';
import { inPeriodDate, inPeriodTs, localDaySql, num } from '../metrics/sql.ts';
import { TRAILING_DAYS, type TrailingDays } from '../metrics/series/trailing-days.ts';
import { trackedNames } from '../metrics/tracked-names.ts';
import { addDays } from '../benchmarks/typical-day.ts';
import { daysOf, mondayOf, type Period } from '../periods/period.ts';

export interface DailyChartData {
  /** "day|name" → mentions. */
  mentions: Map<string, number>;
  /** "day|name" → negative mentions. */
  negatives: Map<string, number>;
  /** day → leads from social and from elsewhere. */
  leads: Map<string, { social: number; other: number }>;
}

/**
 * Loads the daily rows every chart slices, for the days of `span`. Mentions come from the
 * build's mention day cube (`mentionDays`, mention-days.ts), which covers the span.
 */
export async function loadDailyChartData(reader: MetricsReader, config: MetricsConfig, span: Pick<Period, 'startUtc' | 'endUtc' | 'firstDay' | 'endDay'>, mentionDays: string): Promise<DailyChartData> {
  const d = reader.dialect;
  const day = (c: string) => `CAST(${localDaySql(d, c, config.timezone)} AS VARCHAR)`;
  // From 27 days before the span: the trailing window of its first day or week.
  const mentionSpan = { firstDay: addDays(span.firstDay, -(TRAILING_DAYS - 1)), endDay: span.endDay };
  const mentionRows = await reader.query<{ day: string; name: string; n: unknown; negative: unknown }>(
    `SELECT CAST(day AS VARCHAR) AS day, name, sum(n) AS n, coalesce(sum(n) FILTER (WHERE sentiment = 'negative'), 0) AS negative FROM ${mentionDays}
     WHERE name IS NOT NULL AND ${inPeriodDate(d, 'day', mentionSpan)} GROUP BY ALL`,
  );
  const leadRows = await reader.query<{ day: string; social: unknown; other: unknown }>(
    `SELECT ${day('created_at')} AS day, count(*) FILTER (WHERE is_social) AS social, count(*) FILTER (WHERE NOT is_social) AS other
     FROM leads WHERE ${inPeriodTs(d, 'created_at', span)} AND coalesce(archived, false) = false GROUP BY ALL`,
  );
  return {
    mentions: new Map(mentionRows.map((r) => [`${r.day}|${r.name}`, num(r.n)])),
    negatives: new Map(mentionRows.map((r) => [`${r.day}|${r.name}`, num(r.negative)])),
    leads: new Map(leadRows.map((r) => [r.day, { social: num(r.social), other: num(r.other) }])),
  };
}

export function dailyMentionsSeries(data: DailyChartData, reader: MetricsReader, config: MetricsConfig, period: Period, marks: readonly ChartMark[] = []): DailyMentionsSeries {
  const gap = coverageGap(reader.manifest, ['mentions'], period);
  if (gap && !gap.available) return { kind: 'daily_mentions', available: false, code: gap.code, ...carried(gap) };
  const names = trackedNames(config);
  const points: DailyMentionsPoint[] = [];
  for (const day of daysOf(period)) {
    for (const { name, isBrand } of names) {
      const key = `${day}|${name}`;
      points.push({ day, name, mentions: data.mentions.get(key) ?? 0, ...(isBrand ? { negative: data.negatives.get(key) ?? 0 } : {}) });
    }
  }
  const trailing = period.kind === 'day' || period.kind === 'week' ? trailingDays(data, reader, config, period.lastDay) : null;
  const first = trailing ? trailing.firstDay : period.firstDay;
  const shown = marks.filter((m) => m.day >= first && m.day <= period.lastDay);
  return { kind: 'daily_mentions', available: true, names, points, ...(trailing ? { trailing } : {}), ...(shown.length ? { marks: shown } : {}) };
}

/**
 * The brand's mentions on the 28 days ending on `lastDay`, on the days the mentions data covers
 * (the manifest's first and last day, as the typical day's series counts them); null when it
 * covers none of them.
 */
export function trailingDays(data: DailyChartData, reader: MetricsReader, config: MetricsConfig, lastDay: string): TrailingDays | null {
  const entry = reader.manifest.entities.mentions;
  if (!entry || entry.rows === 0 || !entry.firstDate || !entry.lastDate) return null;
  const firstDay = addDays(lastDay, -(TRAILING_DAYS - 1));
  const brand = trackedNames(config).find((n) => n.isBrand)?.name ?? config.brand.name;
  const points: TrailingDays['points'] = [];
  for (let i = 0; i < TRAILING_DAYS; i++) {
    const day = addDays(firstDay, i);
    if (day < entry.firstDate || day > entry.lastDate) continue;
    points.push({ day, mentions: data.mentions.get(`${day}|${brand}`) ?? 0, negative: data.negatives.get(`${day}|${brand}`) ?? 0 });
  }
  return points.length ? { firstDay, lastDay, points } : null;
}

/** Leads per ISO week (Monday start), cut at the period's edges so each lead counts once. */
export function weeklyLeadsSeries(data: DailyChartData, reader: MetricsReader, period: Period): WeeklyLeadsSeries {
  const gap = coverageGap(reader.manifest, ['leads'], period);
  if (gap && !gap.available) return { kind: 'weekly_leads', available: false, code: gap.code, ...carried(gap) };
  const weeks = new Map<string, WeeklyLeadsPoint>();
  for (const day of daysOf(period)) {
    const weekStart = mondayOf(day);
    const week = weeks.get(weekStart) ?? { weekStart, firstDay: day, lastDay: day, social: 0, other: 0 };
    week.lastDay = day;
    const r = data.leads.get(day);
    if (r) {
      week.social += r.social;
      week.other += r.other;
    }
    weeks.set(weekStart, week);
  }
  return { kind: 'weekly_leads', available: true, points: [...weeks.values()] };
}

export function shareOfVoiceSeries(voice: { measures: VoiceMeasure[] } | Because | undefined, config: MetricsConfig): ShareOfVoiceSeries {
  if (config.competitors.length === 0) return { kind: 'share_of_voice', available: false, code: 'not_configured', ...because({ key: 'noCompetitors' }) };
  if (!voice || 'reason' in voice) return { kind: 'share_of_voice', available: false, code: 'insufficient', ...(voice ? carried(voice) : because({ key: 'noVoice' })) };
  const m = voice.measures.find((x) => x.measure === 'mentions');
  if (!m || m.total === 0) return { kind: 'share_of_voice', available: false, code: 'insufficient', ...because({ key: 'noTrackedMentions' }) };
  return { kind: 'share_of_voice', available: true, points: m.names.map((n) => ({ name: n.name, isBrand: n.isBrand, mentions: n.value, share: n.share })) };
}
