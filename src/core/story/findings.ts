/**
 * Findings: the few things a report should say first, as ranked, typed statements. Each finding
 * has a kind, a tone (good or bad news), an importance score (0–100) that orders them, a plain
 * headline sentence and the data behind it, so a rendering can re-word it.
 *
 * What counts as significant:
 * - a count KPI moved when the change is at least 10% and its Poisson z-score
 *   |current − previous| ÷ √(current + previous) is at least 3 (a count of 12 against 9 is noise);
 * - a percentage KPI moved when it changed by at least 5 percentage points, with at least 30 rows
 *   behind it when the KPI says how many (its `inputs`);
 * - any other KPI (amounts, averages, hours, days) when it changed by at least 15%.
 * - an SLA was missed when the share of cases triaged (resolved) in time is under the target,
 *   over at least 10 cases.
 * Spikes and drops, goals, SLAs, competitors' share and campaign lifecycles each have a kind.
 * Headlines are the catalog's sentences (`format.t.findings`) in the configured language.
 */
import type { Comparison, TargetProgress } from '../benchmarks/comparisons.ts';
import type { Anomaly, CampaignLifecycle, ShareOfVoice } from '../benchmarks/types.ts';
import type { KpiUnit } from '../metrics/kpi.ts';

/** What findings read of a KPI result (the report model's KpiResult has all of it). */
export interface FindingKpi {
  id: string;
  label: string;
  unit: KpiUnit;
  available: boolean;
  value: number | null;
  inputs?: Record<string, number>;
  partial?: { firstDay: string; lastDay: string };
  comparisons: { previous: Comparison; target?: TargetProgress };
}
import { describeChange, describeValue, type ValueFormat } from './wording.ts';
import { periodIdLabel } from './period-label.ts';

export const findingKinds = [
  'spike',
  'drop',
  'target_off_track',
  'target_missed',
  'sla_missed',
  'kpi_change',
  'competitor_gained',
  'share_of_voice_change',
  'campaign_fading',
  'campaign_growing',
  'target_met',
  'target_on_track',
] as const;
export type FindingKind = (typeof findingKinds)[number];

export interface Finding {
  kind: FindingKind;
  tone: 'good' | 'bad' | 'neutral';
  /** 0–100; findings are sorted by it, most important first. */
  score: number;
  /** One plain sentence with the number and what it is compared with. */
  headline: string;
  /** KPI the finding is about, when there is one. */
  kpi?: string;
  /** Day the finding is about (spikes, drops). */
  date?: string;
  data: Record<string, unknown>;
}

export interface FindingsInput {
  kpis: FindingKpi[];
  anomalies: Anomaly[];
  shareOfVoice: ShareOfVoice;
  campaigns: CampaignLifecycle[];
  brand: string;
  /** Label of the previous period ("August 2026"). */
  previousLabel: string;
  sla: { target: number };
  format: ValueFormat;
}

const MIN_ROWS = 30;
/** Fewer care cases than this in a period and a missed SLA is not reported as a finding. */
const MIN_SLA_CASES = 10;

function rowsBehind(k: FindingKpi): number | null {
  const values = Object.values(k.inputs ?? {});
  return values.length ? Math.max(...values) : null;
}

/** Whether the change from the previous period is worth a sentence, and how strongly (0–1). */
export function significance(k: FindingKpi): number | null {
  const c = k.comparisons.previous;
  if (!k.available || k.value === null || !c.available || c.value === null || !c.change || c.change.trend === 'flat') return null;
  // A period only partly covered by the data is no fair comparison.
  if (k.partial || c.partial) return null;
  const cur = k.value;
  const prev = c.value;
  if (k.unit === 'count') {
    if (cur + prev === 0) return null;
    const z = Math.abs(cur - prev) / Math.sqrt(cur + prev);
    const rel = prev === 0 ? Infinity : Math.abs(cur - prev) / prev;
    return z >= 3 && rel >= 0.1 ? Math.min(1, Math.min(rel, 1) * 0.6 + Math.min(z / 20, 0.4)) : null;
  }
  if (k.unit === 'percent') {
    const n = rowsBehind(k);
    if (n !== null && n < MIN_ROWS) return null;
    const pp = Math.abs(cur - prev);
    return pp >= 0.05 ? Math.min(1, pp * 4) : null;
  }
  if (prev === 0) return null;
  const rel = Math.abs(cur - prev) / Math.abs(prev);
  return rel >= 0.15 ? Math.min(1, rel) : null;
}

export function buildFindings(input: FindingsInput): Finding[] {
  const out: Finding[] = [];
  const { format } = input;

  out.push(...anomalyFindings(input.anomalies, format));

  for (const k of input.kpis) {
    const t = k.comparisons.target;
    if (t && t.status !== 'unknown') out.push(targetFinding(k, t, format));
  }

  const t = format.t.findings;
  for (const [id, step] of [
    ['listening.triage_within_12h', 'triage'],
    ['listening.resolved_within_24h', 'resolution'],
  ] as const) {
    const k = input.kpis.find((x) => x.id === id);
    // A share of a handful of cases is no verdict on the service level.
    if (k?.available && k.value !== null && k.value < input.sla.target && (k.inputs?.cases ?? MIN_SLA_CASES) >= MIN_SLA_CASES) {
      out.push({
        kind: 'sla_missed',
        tone: 'bad',
        score: 70 + Math.min(20, (input.sla.target - k.value) * 100),
        headline: t.slaMissed({ value: describeValue(k, k.value, format), step, target: format.percent(input.sla.target) }),
        kpi: id,
        data: { value: k.value, target: input.sla.target },
      });
    }
  }

  for (const k of input.kpis) {
    const s = significance(k);
    if (s === null) continue;
    const c = k.comparisons.previous;
    out.push({
      kind: 'kpi_change',
      tone: c.change!.good ? 'good' : 'bad',
      score: 40 + s * 35,
      headline: t.kpiChange({ label: k.label, up: c.change!.trend === 'up', value: describeValue(k, k.value!, format), change: describeChange(k, c.change!, format), previous: input.previousLabel }),
      kpi: k.id,
      data: { label: k.label, value: k.value, previous: c.value, change: c.change },
    });
  }

  if (input.shareOfVoice.available && input.shareOfVoice.previous) {
    const now = input.shareOfVoice.measures.find((m) => m.measure === 'mentions');
    const before = input.shareOfVoice.previous.measures.find((m) => m.measure === 'mentions');
    if (now && before) {
      for (const n of now.names) {
        const b = before.names.find((x) => x.name === n.name);
        if (!b) continue;
        const pp = n.share - b.share;
        if (n.isBrand || pp < 0.02) continue;
        out.push({
          kind: 'competitor_gained',
          tone: 'bad',
          score: 55 + Math.min(25, pp * 200),
          headline: t.competitorGained({ competitor: n.name, points: format.points(pp), share: format.percent(n.share), brand: input.brand, brandShare: format.percent(now.brand) }),
          data: { competitor: n.name, share: n.share, previous: b.share, brand: now.brand },
        });
      }
    }
  }

  for (const c of input.campaigns) {
    if (c.lifecycle === 'burst_and_fade') {
      out.push({ kind: 'campaign_fading', tone: 'bad', score: 50, headline: t.campaignFading({ name: c.name, why: c.why }), data: { campaign: c.id, numbers: c.numbers } });
    } else if (c.lifecycle === 'growing') {
      out.push({ kind: 'campaign_growing', tone: 'good', score: 45, headline: t.campaignGrowing({ name: c.name, why: c.why }), data: { campaign: c.id, numbers: c.numbers } });
    }
  }

  const order = new Map(findingKinds.map((k, i) => [k, i]));
  return out.sort((a, b) => b.score - a.score || order.get(a.kind)! - order.get(b.kind)! || (a.kpi ?? a.date ?? '').localeCompare(b.kpi ?? b.date ?? '') || a.headline.localeCompare(b.headline));
}

function targetFinding(k: FindingKpi, t: TargetProgress, format: ValueFormat): Finding {
  const m = format.t.findings;
  const target = describeValue(k, t.target!, format);
  const base = { kpi: k.id, data: { ...t } };
  const reached = { label: t.label, value: t.toDate === null ? '' : describeValue(k, t.toDate, format), target, goalPeriod: periodIdLabel(t.goalPeriod, format) };
  const heading = { label: t.label, projected: t.projected === null ? '' : describeValue(k, t.projected, format), target, elapsed: t.elapsedDays, total: t.totalDays, goalPeriod: periodIdLabel(t.goalPeriod, format) };
  switch (t.status) {
    case 'met':
      return { kind: 'target_met', tone: 'good', score: 60, headline: m.goalMet(reached), ...base };
    case 'missed':
      return { kind: 'target_missed', tone: 'bad', score: 85, headline: m.goalMissed(reached), ...base };
    case 'on_track':
      return { kind: 'target_on_track', tone: 'good', score: 35, headline: m.onTrack(heading), ...base };
    default:
      return { kind: 'target_off_track', tone: 'bad', score: 88, headline: m.offTrack(heading), ...base };
  }
}

/** An author withheld from the audience (privacy.ts) reads "one author", without a name. */
const withheld = (d: { dimension: string; value: string }) => d.dimension === 'author' && d.value === 'one author';

/**
 * One finding per day and direction: a spike shows in several series at once (mentions, shares,
 * negative mentions), so the day is told once, led by mentions (else the strongest series), with
 * the others named and the single source when there is one. A spike of negative mentions is bad
 * news and ranks first.
 */
function anomalyFindings(anomalies: readonly Anomaly[], format: ValueFormat): Finding[] {
  const groups = new Map<string, Anomaly[]>();
  for (const a of anomalies) {
    const key = `${a.date}|${a.direction}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  const out: Finding[] = [];
  for (const group of groups.values()) {
    const lead = group.find((a) => a.metric === 'mentions') ?? [...group].sort((a, b) => Math.abs(b.score) - Math.abs(a.score))[0]!;
    const spike = lead.direction === 'spike';
    const negative = group.some((a) => a.metric === 'negative_mentions' && a.direction === 'spike');
    // The single source of the series the headline leads with; else of another series that day.
    const traced = lead.singleSource ?? group.map((a) => a.singleSource).find((d) => d !== null) ?? null;
    const others = group.filter((a) => a !== lead).map((a) => ({ metric: a.metric, observed: format.count(a.observed), expected: format.count(a.expected) }));
    const top = traced ?? lead.drivers[0];
    const driver = top ? { kind: traced ? ('single' as const) : ('largest' as const), dimension: top.dimension, value: withheld(top) ? null : top.value, share: top.share } : null;
    const ratio = lead.expected > 0 ? lead.observed / lead.expected : lead.observed;
    const strength = Math.min(8, Math.abs(Math.log2(Math.max(ratio, 1e-3))) * 2);
    out.push({
      kind: spike ? 'spike' : 'drop',
      tone: negative || !spike ? 'bad' : 'neutral',
      score: Math.min(100, 80 + strength + (negative ? 10 : 0) + (traced ? 2 : 0)),
      headline: format.t.findings.anomaly({ spike, day: format.day(lead.date), metric: lead.metric, observed: format.count(lead.observed), expected: format.count(lead.expected), others, driver }),
      date: lead.date,
      data: { metrics: group.map((a) => ({ metric: a.metric, observed: a.observed, expected: a.expected, score: a.score })), drivers: lead.drivers.slice(0, 3), singleSource: traced },
    });
  }
  return out;
}
