/**
 * The tone rules of src/core/story/tone.ts at their edges: when negative mentions carry a rise
 * (half of it), partly carry it (5 points more negative than before), or have not risen beyond
 * noise (Poisson z 3); a rate on too few cases (the minimum per noun); a change within chance
 * (z 2); a change that shows as zero; the typical weekday first on a day report; an incomplete
 * period; and owned engagement in a period whose mentions rose on negatives. Pure functions.
 */
import { describe, expect, it } from 'vitest';
import type { BaselineComparison, Comparison } from '../../../src/core/benchmarks/comparisons.ts';
import { compareValues } from '../../../src/core/metrics/compare.ts';
import { SAMPLE_MINIMUM, sampleOf } from '../../../src/core/metrics/sample.ts';
import { createFormat } from '../../../src/core/story/format.ts';
import { kpiTone, negativesRose, riseSentiment, showsAsZero, type MentionContext, type ToneInput } from '../../../src/core/story/tone.ts';

const f = createFormat('en-GB', 'EUR');
type Def = ToneInput['def'];
const mentions: Def = { unit: 'count', direction: 'up', attention: 'own' };
const rate: Def = { unit: 'percent', direction: 'up', sample: { inputs: ['cases'], noun: 'cases' } };

function previous(def: Def, now: number, before: number, inputs?: Record<string, number>): Comparison {
  const change = compareValues(def.unit, def.direction, { available: true, value: now }, { available: true, value: before });
  return { period: 'p', available: true, value: before, ...(inputs ? { inputs } : {}), change };
}

const tone = (def: Def, now: number, before: number, o: { inputs?: Record<string, number>; before?: Record<string, number>; context?: MentionContext | null; baseline?: BaselineComparison; partial?: boolean } = {}) =>
  kpiTone({ def, available: true, value: now, inputs: o.inputs, partial: o.partial ? { firstDay: 'a', lastDay: 'b' } : undefined, previous: previous(def, now, before, o.before), baseline: o.baseline }, o.context ?? null, f);

describe('the sentiment of a rise', () => {
  it('is carried by negatives from half of the rise, and only then', () => {
    expect(riseSentiment({ volume: 200, negative: 60, baseVolume: 100, baseNegative: 10 })).toBe('carried'); // 50 of 100
    expect(riseSentiment({ volume: 200, negative: 59, baseVolume: 100, baseNegative: 10 })).toBe('partly'); // 49 of 100 ≥ 10% + 5
  });

  it('is partly negative from five points above the share of negatives before', () => {
    // Before: 20 of 100 negative (20%). A rise of 100 with 25 more negatives is 25%: exactly 20% + 5 points.
    expect(riseSentiment({ volume: 200, negative: 45, baseVolume: 100, baseNegative: 20 })).toBe('partly');
    expect(riseSentiment({ volume: 200, negative: 44, baseVolume: 100, baseNegative: 20 })).toBe('not');
    // A fall, or negatives that did not rise, is never carried by them.
    expect(riseSentiment({ volume: 90, negative: 80, baseVolume: 100, baseNegative: 10 })).toBe('not');
    expect(riseSentiment({ volume: 200, negative: 10, baseVolume: 100, baseNegative: 10 })).toBe('not');
  });

  it('needs negatives to rise beyond noise: Poisson z of at least 3', () => {
    // (n − b) ÷ √(n + b): 9 against 0 is 3; 8 against 0 is 2.83.
    expect(negativesRose(9, 0)).toBe(true);
    expect(negativesRose(8, 0)).toBe(false);
    expect(negativesRose(155, 7)).toBe(true);
    expect(negativesRose(7, 7)).toBe(false);
  });
});

describe('the tone of a KPI', () => {
  const recall: MentionContext = { volume: 214, negative: 155, baseVolume: 64, baseNegative: 7 };
  const baseline = (status: BaselineComparison['status'], expected: number): BaselineComparison => ({ metric: 'mentions', weekday: 1, expected, mad: 5, score: status === 'high' ? 9 : 0, status, window: { firstDay: 'a', lastDay: 'b' } });

  it('calls a rise of mentions carried by negatives bad news, with the count', () => {
    const t = tone(mentions, 214, 58, { inputs: { negative: 155 }, context: recall, baseline: baseline('high', 64) });
    expect(t).toEqual({ tone: 'bad', versus: 'baseline', because: 'negative', note: 'mostly negative: 155 of 214' });
    // The same rise with the usual share of negatives is good news.
    expect(tone(mentions, 214, 58, { inputs: { negative: 20 }, context: { ...recall, negative: 20 }, baseline: baseline('high', 64) })).toEqual({ tone: 'good', versus: 'baseline' });
  });

  it('calls a rise that is partly negative mixed, never green', () => {
    // September against August in the demo: 3,130 (474 negative) against 2,072 (261).
    const context = { volume: 3130, negative: 474, baseVolume: 2072, baseNegative: 261 };
    const t = tone(mentions, 3130, 2072, { inputs: { negative: 474 }, before: { negative: 261 }, context });
    expect(t).toMatchObject({ tone: 'mixed', versus: 'previous', because: 'partly_negative' });
    // A sum far larger than a count is told as the share of its rise.
    const reach: Def = { unit: 'count', direction: 'up', attention: 'own' };
    expect(tone(reach, 4_000_000, 200_000, { inputs: { negative: 3_800_000 }, before: { negative: 20_000 }, context: recall }).note).toBe('mostly negative: 99% of the rise came from negative mentions');
  });

  it('does not colour owned engagement that rose while negative mentions carried the conversation', () => {
    const comments: Def = { unit: 'number', direction: 'up', attention: 'context', sample: { inputs: ['posts'], noun: 'posts' } };
    expect(tone(comments, 600, 120, { inputs: { posts: 12 }, before: { posts: 12 }, context: recall })).toMatchObject({ tone: 'mixed', because: 'during_negative' });
    expect(tone(comments, 600, 120, { inputs: { posts: 12 }, before: { posts: 12 }, context: { ...recall, negative: 10 } })).toEqual({ tone: 'good', versus: 'previous' });
  });

  it('gives no verdict on too few cases, in this period or the one compared with', () => {
    expect(SAMPLE_MINIMUM.cases).toBe(30);
    expect(tone(rate, 1, 0.13, { inputs: { cases: 29 }, before: { cases: 200 } })).toEqual({ tone: 'neutral', versus: 'previous', because: 'few', note: '29 cases: too few to compare' });
    expect(tone(rate, 1, 0.13, { inputs: { cases: 200 }, before: { cases: 1 } })).toEqual({ tone: 'neutral', versus: 'previous', because: 'few', note: '1 case: too few to compare' });
    expect(tone(rate, 1, 0.13, { inputs: { cases: 30 }, before: { cases: 30 } }).tone).toBe('good');
    expect(sampleOf(rate.sample, { cases: 15 })).toEqual({ n: 15, noun: 'cases', minimum: 30, enough: false });
  });

  it('gives no verdict on a change within chance (z under 2)', () => {
    // Counts: 60 against 45 is z = 15 ÷ √105 = 1.46; 80 against 45 is 3.13.
    expect(tone({ unit: 'count', direction: 'up' }, 60, 45)).toMatchObject({ tone: 'neutral', because: 'noise' });
    expect(tone({ unit: 'count', direction: 'up' }, 80, 45).tone).toBe('good');
    // Win rate 39.0% of 41 against 41.7% of 36: within chance.
    const win: Def = { unit: 'percent', direction: 'up', sample: { inputs: ['closed'], noun: 'deals' } };
    expect(SAMPLE_MINIMUM.deals).toBe(30);
    expect(tone(win, 16 / 41, 15 / 36, { inputs: { closed: 41 }, before: { closed: 36 } })).toMatchObject({ tone: 'neutral', because: 'noise' });
    // 20% against 60% of 100 cases each is far beyond it.
    expect(tone(rate, 0.2, 0.6, { inputs: { cases: 100 }, before: { cases: 100 } }).tone).toBe('bad');
  });

  it('gives no verdict on a change that shows as zero', () => {
    const tiny = compareValues('percent', 'up', { available: true, value: 0.001560 }, { available: true, value: 0.001555 })!;
    expect(showsAsZero('percent', tiny)).toBe(true);
    expect(f.change('percent', compareValues('percent', 'up', { available: true, value: 0.00156 }, { available: true, value: 0.00148 })!)).toBe('+0.01 pp');
    expect(f.percent(0.00156)).toBe('0.16%');
    expect(tone({ unit: 'percent', direction: 'up' }, 0.001560, 0.001555)).toMatchObject({ tone: 'neutral', because: 'flat' });
  });

  it('compares a day report with the typical weekday first: a typical day is no news', () => {
    expect(tone(mentions, 70, 20, { inputs: { negative: 5 }, baseline: baseline('typical', 64) })).toEqual({ tone: 'neutral', versus: 'baseline', because: 'typical' });
    // Against the day before it would have read +250% (good news); against the typical Monday it is typical.
  });

  it('never compares an incomplete period', () => {
    expect(tone(mentions, 216, 640, { partial: true })).toEqual({ tone: 'neutral', versus: 'previous', because: 'partial' });
  });

  it('reads a falling "down" KPI as good news', () => {
    const negative: Def = { unit: 'count', direction: 'down' };
    expect(tone(negative, 20, 80).tone).toBe('good');
    expect(tone(negative, 80, 20).tone).toBe('bad');
  });
});
