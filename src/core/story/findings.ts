/**
 * Findings about figures: goals, care SLAs, moved KPIs, competitors' share of voice and campaign
 * lifecycles, as story items (events are event-items.ts). Each has a kind, a tone (story/tone.ts:
 * the KPI's own tone, so a rise carried by negative mentions is never good news), a score that
 * orders it before the audience's weights, and one sentence from the catalog.
 *
 * What counts as a moved figure (`significance`):
 * - a count moved when the change is at least 10% and its Poisson z-score
 *   |current − previous| ÷ √(current + previous) is at least 3 (a count of 12 against 9 is noise);
 * - a percentage moved when it changed by at least 5 percentage points;
 * - any other KPI (amounts, averages, hours, days) when it changed by at least 15%;
 * - never when the KPI's tone withholds a verdict: a rate or average on too few cases (fewer than
 *   the minimum of metrics/sample.ts in either period), a period only partly covered, a change
 *   that shows as zero;
 * - never on a day report: a day is told against the typical day of its weekday (the events),
 *   not as figures against the day before (Monday against Sunday).
 * An SLA was missed when the share of cases triaged (resolved) in time is under the target, over
 * at least the minimum of cases.
 */
import type { CampaignLifecycle, ShareOfVoice } from '../benchmarks/types.ts';
import { describeChange, describeValue, type ValueFormat } from './wording.ts';
import { periodIdLabel } from './period-label.ts';
import type { TargetProgress } from '../benchmarks/comparisons.ts';
import type { Finding, StoryKpi } from './types.ts';
import { displayText } from './display-text.ts';

export { findingKinds, type Finding, type FindingKind } from './types.ts';

/**
 * Whether a figure may be compared with the previous period's: neither is partial (a period still
 * running, or one the data covers only in part, is "so far", never compared as if complete).
 */
export function comparable(k: { partial?: unknown; comparisons: { previous: { partial?: unknown } } }): boolean {
  return !k.partial && !k.comparisons.previous.partial;
}

/** Whether the change from the previous period is worth a sentence, and how strongly (0–1). */
export function significance(k: StoryKpi): number | null {
  const c = k.comparisons.previous;
  if (!k.available || k.value === null || !c.available || c.value === null || !c.change || c.change.trend === 'flat') return null;
  if (!comparable(k)) return null;
  if (k.tone.because === 'few' || k.tone.because === 'partial' || k.tone.because === 'flat') return null;
  const cur = k.value;
  const prev = c.value;
  if (k.unit === 'count') {
    if (cur + prev === 0) return null;
    const z = Math.abs(cur - prev) / Math.sqrt(cur + prev);
    const rel = prev === 0 ? Infinity : Math.abs(cur - prev) / prev;
    return z >= 3 && rel >= 0.1 ? Math.min(1, Math.min(rel, 1) * 0.6 + Math.min(z / 20, 0.4)) : null;
  }
  if (k.unit === 'percent') {
    const pp = Math.abs(cur - prev);
    return pp >= 0.05 ? Math.min(1, pp * 4) : null;
  }
  if (prev === 0) return null;
  const rel = Math.abs(cur - prev) / Math.abs(prev);
  return rel >= 0.15 ? Math.min(1, rel) : null;
}

export interface FigureFindingsInput {
  kpis: readonly StoryKpi[];
  /** Whether the report is a day report (KPIs with a typical day are told by events). */
  day: boolean;
  /** KPIs that have a typical day (their `baseline`). */
  withBaseline: ReadonlySet<string>;
  shareOfVoice: ShareOfVoice;
  campaigns: readonly CampaignLifecycle[];
  brand: string;
  /** Label of the previous period ("August 2026"). */
  previousLabel: string;
  sla: { target: number };
  format: ValueFormat;
}

const MIN_SLA_CASES = 10;

export function figureFindings(input: FigureFindingsInput): Finding[] {
  const out: Finding[] = [];
  const { format } = input;
  const t = format.t.findings;

  for (const k of input.kpis) {
    const target = k.comparisons.target;
    if (target && target.status !== 'unknown') out.push(targetFinding(k, target, format));
  }

  for (const [id, step] of [
    ['listening.triage_within_12h', 'triage'],
    ['listening.resolved_within_24h', 'resolution'],
  ] as const) {
    const k = input.kpis.find((x) => x.id === id);
    const cases = k?.inputs?.cases ?? MIN_SLA_CASES;
    // A share of a handful of cases is no verdict on the service level.
    if (k?.available && k.value !== null && k.value < input.sla.target && cases >= MIN_SLA_CASES) {
      out.push({
        id: `sla:${step}`,
        kind: 'sla_missed',
        tone: 'bad',
        score: 70 + Math.min(20, (input.sla.target - k.value) * 100),
        headline: t.slaMissed({ value: describeValue(k, k.value, format), step, target: format.percent(input.sla.target) }),
        kpi: id,
        data: { value: k.value, target: input.sla.target, step },
      });
    }
  }

  for (const k of input.kpis) {
    // A day is told against its typical weekday (events), never as a list of figures against the day before.
    if (input.day) break;
    const s = significance(k);
    if (s === null) continue;
    const c = k.comparisons.previous;
    const tone = k.tone.tone;
    out.push({
      id: `kpi:${k.id}`,
      kind: 'kpi_change',
      tone,
      score: 40 + s * 35,
      headline: format.t.story.kpiChange({
        label: k.label,
        up: c.change!.trend === 'up',
        value: describeValue(k, k.value!, format),
        change: describeChange(k, c.change!, format),
        previous: input.previousLabel,
        note: tone === 'bad' || tone === 'mixed' ? (k.tone.note ?? null) : null,
      }),
      kpi: k.id,
      data: { label: k.label, value: k.value, previous: c.value, change: c.change, because: k.tone.because ?? null },
    });
  }

  // Gains of share of voice are told as the KPI's change is: only against a whole previous period.
  const voiceKpi = input.kpis.find((k) => k.id === 'listening.share_of_voice');
  if (input.shareOfVoice.available && input.shareOfVoice.previous && (!voiceKpi || comparable(voiceKpi))) {
    const now = input.shareOfVoice.measures.find((m) => m.measure === 'mentions');
    const before = input.shareOfVoice.previous.measures.find((m) => m.measure === 'mentions');
    if (now && before) {
      for (const n of now.names) {
        const b = before.names.find((x) => x.name === n.name);
        if (!b) continue;
        const pp = n.share - b.share;
        if (n.isBrand || pp < 0.02) continue;
        out.push({
          id: `competitor:${n.name}`,
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
      out.push({ id: `lifecycle:${c.id}`, kind: 'campaign_fading', tone: 'bad', score: 50, headline: t.campaignFading({ name: displayText(c.name, 'name'), why: c.why }), data: { campaign: c.id, campaignName: c.name, numbers: c.numbers } });
    } else if (c.lifecycle === 'growing') {
      out.push({ id: `lifecycle:${c.id}`, kind: 'campaign_growing', tone: 'good', score: 45, headline: t.campaignGrowing({ name: displayText(c.name, 'name'), why: c.why }), data: { campaign: c.id, campaignName: c.name, numbers: c.numbers } });
    }
  }
  return out;
}

function targetFinding(k: StoryKpi, t: TargetProgress, format: ValueFormat): Finding {
  const m = format.t.findings;
  const target = describeValue(k, t.target!, format);
  const base = { id: `goal:${k.id}`, kpi: k.id, data: { ...t } };
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
      return { kind: 'target_off_track', tone: 'bad', score: 80, headline: m.offTrack(heading), ...base };
  }
}
