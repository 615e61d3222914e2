/**
 * Tone: whether a figure's change is good news, bad news, mixed, or no verdict at all. Colour,
 * arrows, findings, digests and decks all read this one tone, so they cannot disagree.
 *
 * The rules (each is tested at its edges in tests/core/story/tone.test.ts):
 * 1. **What it is compared with.** A day report compares a daily figure with the typical day of
 *    its weekday when there is one (`versus: 'baseline'`), else with the previous period. A figure
 *    within its typical range on that day is neutral: a normal day is neither good nor bad news.
 * 2. **Too few to tell.** A rate or an average on fewer than the minimum for what it counts
 *    (src/core/metrics/sample.ts: 30 cases, deals, leads, mentions…; 10 posts), in this period or
 *    in the one it is compared with, is neutral (`few`), and shows its count.
 * 3. **Incomplete periods.** A period only partly covered by the data, or compared with one that
 *    is, is neutral (`partial`): "so far" is never compared as if complete.
 * 4. **Nothing shown.** A change that shows as zero at the precision displayed is neutral (`flat`).
 *    So is a change within chance (`noise`): a count whose Poisson z, |now − before| ÷ √(now +
 *    before), is under 2, or a share of cases, deals, leads, mentions, buyers or clicks whose
 *    two-proportion z (pooled) is under 2, or a sentiment balance (positive − negative) ÷ n whose
 *    z, with variance (share positive + share negative − balance²) ÷ n in each period, is under 2
 *    — about the 95% level.
 * 5. **Attention is not applause.** A rise in a volume of attention (mentions, reach, shares,
 *    hashtag uses, share of voice, earned media: KPIs with `attention: 'own'`) is judged by the
 *    sentiment of the rise, when negative mentions rose significantly in the period (their
 *    Poisson z, (negatives − typical or previous negatives) ÷ √(sum), at least 3):
 *    - negatives make at least half of the rise → **bad** (`negative`: "mostly negative: 155 of 214");
 *    - the rise is at least 5 points more negative than the conversation it is compared with
 *      (Δnegative ÷ Δvolume ≥ negative share before + 0.05) → **mixed** (`partly_negative`);
 *    - otherwise the direction decides.
 *    Engagement on the brand's own posts (`attention: 'context'`: engagement rates, comments,
 *    likes and shares per post) has no sentiment of its own: when the period's brand mentions rose
 *    mostly on negatives, its rise is **mixed** (`during_negative`), never plain good news.
 *    Against a typical day, the typical negative part of a sum (shares) is taken as the typical
 *    day's negative share of mentions times its typical volume.
 * 6. Otherwise: good when the figure moved the way its KPI direction says is good, else bad.
 */
import type { BaselineComparison, Comparison } from '../benchmarks/comparisons.ts';
import type { KpiChange } from '../metrics/compare.ts';
import type { KpiDefinition, KpiUnit } from '../metrics/kpi.ts';
import { sampleOf, type KpiSample } from '../metrics/sample.ts';
import type { ValueFormat } from './wording.ts';
import { negativesRose, riseSentiment, type Rise } from '../benchmarks/rise-sentiment.ts';

export { MORE_NEGATIVE_THAN_BEFORE, NEGATIVE_CARRIES, NEGATIVE_RISE_Z, negativesRose, riseSentiment, type Rise, type RiseSentiment } from '../benchmarks/rise-sentiment.ts';

export type Tone = 'good' | 'bad' | 'mixed' | 'neutral';

/** Why a figure's tone is not simply the direction of its change. */
export type ToneReason = 'negative' | 'partly_negative' | 'during_negative' | 'few' | 'partial' | 'flat' | 'noise' | 'typical' | 'none';

export interface KpiTone {
  tone: Tone;
  /** Which comparison the tone reads: the typical weekday (day reports), the previous period, or none. */
  versus: 'baseline' | 'previous' | null;
  because?: ToneReason;
  /** The numbers behind `because`, worded ("mostly negative: 155 of 214"). */
  note?: string;
}

/** Volumes up to this are told as "155 of 214"; larger sums as a share. */
const COUNTED_UP_TO = 100_000;

/** The brand mentions of the period and what they are compared with: the context of every attention KPI. */
export interface MentionContext {
  /** Brand mentions and their negative part, now. */
  volume: number;
  negative: number;
  /** The same in the comparison (the typical day's medians on a day report with a baseline). */
  baseVolume: number;
  baseNegative: number;
}

export interface ToneInput {
  def: Pick<KpiDefinition, 'unit' | 'direction' | 'attention' | 'sample'>;
  available: boolean;
  value: number | null;
  inputs?: Record<string, number>;
  partial?: unknown;
  previous: Comparison;
  baseline?: BaselineComparison;
}

/** The count behind a value, and the one behind the value it is compared with. */
export function samples(def: ToneInput['def'], inputs: Record<string, number> | undefined, previous: Comparison): { now: KpiSample | null; before: KpiSample | null } {
  return { now: sampleOf(def.sample, inputs), before: previous.available ? sampleOf(def.sample, previous.inputs) : null };
}

/** Whether a change shows as zero at the precision the reports display (format.ts). */
export function showsAsZero(unit: KpiUnit, change: KpiChange): boolean {
  if (change.trend === 'flat') return true;
  if (change.show === 'points') return Math.abs(change.absolute) < 0.00005;
  if (change.show === 'relative') return Math.abs(change.relative!) < 0.0005;
  return unit === 'count' || unit === 'currency' ? Math.abs(change.absolute) < 0.5 : Math.abs(change.absolute) < 0.05;
}

/**
 * The tone of a KPI's change (see the module comment). `context` is the brand mentions' rise of
 * the same period against the same kind of comparison, or null when mentions are not available.
 */
export function kpiTone(k: ToneInput, context: MentionContext | null, format: Pick<ValueFormat, 't' | 'count' | 'percent' | 'wholePercent'>): KpiTone {
  const t = format.t.tone;
  const baseline = k.baseline;
  const versus: KpiTone['versus'] = baseline ? 'baseline' : k.previous.available ? 'previous' : null;
  if (!k.available || k.value === null || versus === null) return { tone: 'neutral', versus: null, because: 'none' };
  if (k.partial || (versus === 'previous' && k.previous.partial)) return { tone: 'neutral', versus, because: 'partial' };
  const sample = samples(k.def, k.inputs, k.previous);
  const few = [sample.now, versus === 'previous' ? sample.before : null].find((s) => s && !s.enough);
  if (few) return { tone: 'neutral', versus, because: 'few', note: t.few({ n: few.n, count: format.count(few.n), noun: few.noun }) };

  let up: boolean;
  if (baseline) {
    if (baseline.status === 'typical') return { tone: 'neutral', versus, because: 'typical' };
    up = baseline.status === 'high';
  } else {
    const c = k.previous.change;
    if (!c || showsAsZero(k.def.unit, c)) return { tone: 'neutral', versus, because: 'flat' };
    up = c.trend === 'up';
  }
  if (!baseline && withinNoise(k, sample)) return { tone: 'neutral', versus, because: 'noise' };
  const good = up === (k.def.direction === 'up');
  if (!up || !k.def.attention || !context || !negativesRose(context.negative, context.baseNegative)) return { tone: good ? 'good' : 'bad', versus };

  if (k.def.attention === 'context') {
    return riseSentiment(context) === 'carried' ? { tone: 'mixed', versus, because: 'during_negative', note: t.duringNegative } : { tone: good ? 'good' : 'bad', versus };
  }
  const own = ownRise(k, context);
  if (!own) return { tone: good ? 'good' : 'bad', versus };
  const sentiment = riseSentiment(own);
  if (sentiment === 'not') return { tone: good ? 'good' : 'bad', versus };
  // Counts of items read as "155 of 214"; large sums (reach, engagement) as a share.
  const counted = Number.isInteger(own.volume) && Number.isInteger(own.negative) && own.volume <= COUNTED_UP_TO;
  const note = counted
    ? t.negativeOf({ negative: format.count(own.negative), volume: format.count(own.volume), mostly: sentiment === 'carried' })
    : t.negativeShare({ share: format.wholePercent(Math.min(1, Math.max(0, (own.negative - own.baseNegative) / (own.volume - own.baseVolume)))), mostly: sentiment === 'carried' });
  return sentiment === 'carried' ? { tone: 'bad', versus, because: 'negative', note } : { tone: 'mixed', versus, because: 'partly_negative', note };
}

/**
 * The variance of a sentiment balance (positive − negative) ÷ n, from its inputs: n is the
 * sample (positive + negative, plus neutral when the score counts it); null for other KPIs.
 */
function balanceVariance(inputs: Record<string, number> | undefined, value: number): number | null {
  if (!inputs || inputs.positive === undefined || inputs.negative === undefined) return null;
  const n = inputs.positive + inputs.negative + (inputs.neutral ?? 0);
  if (n <= 0) return null;
  return Math.max(0, (inputs.positive + inputs.negative) / n - value * value) / n;
}

/** Items whose shares are proportions that can be tested (not posts, followers or people). */
const proportionNouns = new Set(['cases', 'deals', 'leads', 'mentions', 'buyers', 'clicks']);
/** |z| under this is chance (about the 95% level). */
export const NOISE_Z = 2;

/** Whether the change against the previous period is within chance (rule 4). */
export function withinNoise(k: ToneInput, sample: { now: KpiSample | null; before: KpiSample | null }): boolean {
  const prev = k.previous.value;
  const cur = k.value;
  if (cur === null || prev === null) return false;
  if (k.def.unit === 'count') return cur + prev > 0 && Math.abs(cur - prev) / Math.sqrt(cur + prev) < NOISE_Z;
  const balance = balanceVariance(k.inputs, cur);
  const balanceBefore = balanceVariance(k.previous.inputs, prev);
  if (balance !== null && balanceBefore !== null) {
    const se = Math.sqrt(balance + balanceBefore);
    return se > 0 && Math.abs(cur - prev) / se < NOISE_Z;
  }
  // A share of one count (win rate: won of closed); sentiment scores over several counts are not proportions.
  if (k.def.unit !== 'percent' || !sample.now || !sample.before || !proportionNouns.has(sample.now.noun) || (k.def.sample?.inputs.length ?? 0) !== 1) return false;
  if (cur < 0 || cur > 1 || prev < 0 || prev > 1) return false;
  const n1 = sample.now.n;
  const n2 = sample.before.n;
  const pooled = (cur * n1 + prev * n2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  return se > 0 && Math.abs(cur - prev) / se < NOISE_Z;
}

/**
 * The KPI's own volume and negative part, now and in the comparison: from its inputs (`volume`,
 * default the value; `negative`) and the previous period's, or against a typical day from the
 * typical volume and the typical negative share of mentions.
 */
function ownRise(k: ToneInput, context: MentionContext): Rise | null {
  const negative = k.inputs?.negative;
  if (negative === undefined) return null;
  const volume = k.inputs?.volume ?? k.value!;
  if (k.baseline) {
    const baseVolume = k.baseline.expected;
    const share = context.baseVolume > 0 ? context.baseNegative / context.baseVolume : 0;
    return { volume, negative, baseVolume, baseNegative: baseVolume * share };
  }
  const before = k.previous.inputs;
  if (!before || before.negative === undefined) return null;
  return { volume, negative, baseVolume: before.volume ?? k.previous.value!, baseNegative: before.negative };
}
