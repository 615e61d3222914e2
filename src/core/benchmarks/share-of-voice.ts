/**
 * Share of voice: how much of the conversation about the brand and its configured competitors
 * is about the brand, on three measures, for every period a build needs in one query.
 *
 * Definition (shown to report readers): for each measure, the brand's value ÷ the sum of the
 * values of the brand and every configured competitor, over the mentions published in the period
 * (a mention's period is the local calendar day of its `published_at` in the reporting time
 * zone). `mentions` counts mentions; `engagement` sums each mention's `engagement`, or, where the
 * export leaves that empty, its likes + comments + shares (empty parts count 0); `reach` sums
 * `reach` (empty reach counts nothing). A mention belongs to the brand or a competitor by its
 * `matched_name` (name or alias, case-insensitive), else `matched_kind = 'brand'`; a mention with
 * neither is not matched and counts for nobody, nor does a competitor mention with a name not
 * configured (tracked-names.ts). Beside the shares, each name's sentiment: the negative share of
 * its mentions with a sentiment, and its net sentiment ((positive − negative) ÷ (positive +
 * negative)), so a rival's larger share is read with how people feel about it. Rival IQ's averages: the "competitor average" is the mean share of the
 * competitors alone, the "landscape average" the mean share of every name, brand included
 * (1 ÷ names).
 *
 * Decisions:
 * - Every tracked name is listed, brand first then the competitors in config order, with zeros.
 * - A period is unavailable (with the reason) when no competitors are configured, when the
 *   mentions do not cover it, or when neither the brand nor a competitor has a mention in it.
 * - A measure whose landscape total is 0 while mentions exist (e.g. an export without reach) is
 *   left out of the period's measures rather than shown as 0%: a share of nothing is not a share.
 */
import { because, carried, type Because } from '../i18n/reason.ts';
import type { Period } from '../periods/period.ts';
import { createPeriodTables, sqlContext } from '../metrics/compute.ts';
import { coverageGap } from '../metrics/coverage.ts';
import type { MetricsConfig, MetricsReader } from '../metrics/kpi.ts';
import { num } from '../metrics/sql.ts';
import { trackedNames } from '../metrics/tracked-names.ts';
import type { ShareOfVoice, VoiceMeasure, VoiceSentiment, VoiceShare } from './types.ts';

export const voiceMeasures = ['mentions', 'engagement', 'reach'] as const satisfies readonly VoiceMeasure['measure'][];

/** A period's voice: its measures and each name's sentiment, or why there are none. */
export type PeriodVoice = { measures: VoiceMeasure[]; sentiment: VoiceSentiment[] } | Because;

/** Period id → voice. */
export type VoiceByPeriod = Map<string, PeriodVoice>;

/** The definition shown next to share-of-voice tables. */
export const shareOfVoiceDefinition =
  'Share of voice is the brand’s value ÷ the sum of the values of the brand and every configured competitor, over mentions published in the period (placed by the local day of their publication). ' +
  'Mentions counts mentions; engagement sums each mention’s engagement, or its likes + comments + shares where the export gives no engagement; reach sums the mentions’ reach. ' +
  'A mention belongs to a name by its matched name or alias; mentions matched to no tracked name, and mentions of names not configured, are left out. ' +
  'Negative share is a name’s negative mentions ÷ its mentions with a sentiment; net sentiment is (positive − negative) ÷ (positive + negative). ' +
  'Competitor average is the mean share of the competitors alone; landscape average is the mean share of every name, the brand included.';

/** Engagement of a mention row: `engagement`, else likes + comments + shares, else NULL. */
const engagementSql = (a: string) =>
  `coalesce(${a}.engagement, CASE WHEN ${a}.likes IS NULL AND ${a}.comments IS NULL AND ${a}.shares IS NULL THEN NULL ` +
  `ELSE coalesce(${a}.likes, 0) + coalesce(${a}.comments, 0) + coalesce(${a}.shares, 0) END)`;

/**
 * Share of voice for every period in one query. Periods are keyed by id; each is either
 * `{ measures }` (mentions, engagement, reach, in that order, a measure left out when its total is
 * 0) or `{ reason }`.
 */
export async function computeVoice(reader: MetricsReader, config: MetricsConfig, periods: Period[]): Promise<VoiceByPeriod> {
  const unique = [...new Map(periods.map((p) => [p.id, p])).values()];
  const out: VoiceByPeriod = new Map();
  if (unique.length === 0) return out;
  if (config.competitors.length === 0) {
    for (const p of unique) out.set(p.id, because({ key: 'noCompetitorsVoice' }));
    return out;
  }
  const pending: Period[] = [];
  for (const p of unique) {
    const gap = coverageGap(reader.manifest, ['mentions'], p);
    if (gap && !gap.available) out.set(p.id, carried(gap));
    else pending.push(p);
  }
  if (pending.length === 0) return out;

  const tables = await createPeriodTables(reader, pending);
  let rows: { period: string; name: string; mentions: unknown; engagement: unknown; reach: unknown; positive: unknown; neutral: unknown; negative: unknown }[];
  try {
    const c = sqlContext(reader.dialect, config, tables);
    rows = await reader.query(`
      SELECT pd.period AS period, m.name AS name, count(*) AS mentions, sum(m.engagement) AS engagement, sum(m.reach) AS reach,
             count(*) FILTER (WHERE m.sentiment = 'positive') AS positive, count(*) FILTER (WHERE m.sentiment = 'neutral') AS neutral,
             count(*) FILTER (WHERE m.sentiment = 'negative') AS negative
      FROM (SELECT ${c.trackedName('m')} AS name, m.published_at, ${engagementSql('m')} AS engagement, m.reach, m.sentiment FROM mentions m) m
      ${c.byPeriod('m.published_at')}
      WHERE m.name IS NOT NULL
      GROUP BY pd.period, m.name`);
  } finally {
    await tables.drop();
  }

  const values = new Map<string, { mentions: number; engagement: number; reach: number; positive: number; neutral: number; negative: number }>();
  for (const r of rows) {
    values.set(`${r.period}|${r.name}`, { mentions: num(r.mentions), engagement: num(r.engagement), reach: num(r.reach), positive: num(r.positive), neutral: num(r.neutral), negative: num(r.negative) });
  }
  const names = trackedNames(config);
  for (const p of pending) {
    const measures: VoiceMeasure[] = [];
    for (const measure of voiceMeasures) {
      const byName = names.map((n) => ({ ...n, value: values.get(`${p.id}|${n.name}`)?.[measure] ?? 0 }));
      const m = voiceMeasure(measure, byName);
      if (m) measures.push(m);
    }
    if (!measures.some((m) => m.measure === 'mentions')) out.set(p.id, because({ key: 'noTrackedMentionsIn', period: p.id }));
    else out.set(p.id, { measures, sentiment: names.map((n) => voiceSentiment(n, values.get(`${p.id}|${n.name}`))) });
  }
  return out;
}

/**
 * One measure's shares from the values of every name (brand first), or null when their total is
 * 0. Exported for tests and for callers that already hold the values.
 */
export function voiceMeasure(measure: VoiceMeasure['measure'], values: readonly { name: string; isBrand: boolean; value: number }[]): VoiceMeasure | null {
  const total = values.reduce((s, v) => s + v.value, 0);
  if (!(total > 0)) return null;
  const names: VoiceShare[] = values.map((v) => ({ name: v.name, isBrand: v.isBrand, value: v.value, share: v.value / total }));
  const brand = names.find((n) => n.isBrand)?.share ?? 0;
  const competitors = names.filter((n) => !n.isBrand);
  const mean = (xs: readonly VoiceShare[]) => (xs.length ? xs.reduce((s, x) => s + x.share, 0) / xs.length : 0);
  const gapTo: Record<string, number> = {};
  for (const c of competitors) gapTo[c.name] = brand - c.share;
  return { measure, total, names, brand, competitorAverage: mean(competitors), landscapeAverage: mean(names), gapTo };
}

/** A name's sentiment from its counts (none: every figure 0, the shares null). */
function voiceSentiment(n: { name: string; isBrand: boolean }, v: { positive: number; neutral: number; negative: number } | undefined): VoiceSentiment {
  const positive = v?.positive ?? 0;
  const neutral = v?.neutral ?? 0;
  const negative = v?.negative ?? 0;
  const rated = positive + neutral + negative;
  return {
    name: n.name, isBrand: n.isBrand, positive, neutral, negative,
    negativeShare: rated > 0 ? negative / rated : null,
    netSentiment: positive + negative > 0 ? (positive - negative) / (positive + negative) : null,
  };
}

const idOf = (p: Pick<Period, 'id'> | string): string => (typeof p === 'string' ? p : p.id);

/**
 * The `ShareOfVoice` of a period with its previous period, from `computeVoice`'s map (which must
 * hold both). Unavailable when the period is; `previous` is null when the previous period is
 * unavailable or not asked for.
 */
export function shareOfVoiceFor(map: VoiceByPeriod, period: Pick<Period, 'id'> | string, previous: Pick<Period, 'id'> | string | null): ShareOfVoice {
  const id = idOf(period);
  const current = map.get(id);
  if (!current) throw new Error(`share of voice was not computed for ${id}: pass it to computeVoice`);
  if ('reason' in current) return { available: false, ...carried(current) };
  let prev: { period: string; measures: VoiceMeasure[] } | null = null;
  if (previous !== null) {
    const pid = idOf(previous);
    const p = map.get(pid);
    if (!p) throw new Error(`share of voice was not computed for ${pid}: pass it to computeVoice`);
    if ('measures' in p) prev = { period: pid, measures: p.measures };
  }
  return { available: true, period: id, measures: current.measures, sentiment: current.sentiment, previous: prev };
}
