/**
 * A competitor's gain of share of voice is a finding only against a whole previous period, as a
 * KPI's change is (findings.ts `comparable`): a week the data covers from its Saturday on (the
 * Sanders corpus starts on 15 October 2011) must not make three competitors "gain" 28 points.
 */
import { describe, expect, it } from 'vitest';
import type { ShareOfVoice } from '../../../src/core/benchmarks/types.ts';
import { createFormat } from '../../../src/core/story/format.ts';
import { figureFindings } from '../../../src/core/story/findings.ts';
import type { StoryKpi } from '../../../src/core/story/types.ts';

const format = createFormat('en-GB', 'EUR');
const voice = (brand: number, rival: number) => ({ measure: 'mentions', brand, competitorAverage: rival, names: [{ name: 'Apple', isBrand: true, share: brand }, { name: 'Google', isBrand: false, share: rival }] });
const shareOfVoice = { available: true, measures: [voice(0.153, 0.281)], previous: { measures: [voice(1, 0)] } } as unknown as ShareOfVoice;
const voiceKpi = (previousPartial: boolean): StoryKpi =>
  ({
    id: 'listening.share_of_voice',
    stage: 'listening',
    label: 'Share of voice',
    unit: 'percent',
    direction: 'up',
    available: true,
    value: 0.153,
    tone: { tone: 'neutral', versus: 'previous', because: previousPartial ? 'partial' : 'none' },
    comparisons: { previous: { available: true, value: 1, ...(previousPartial ? { partial: { firstDay: '2011-10-15', lastDay: '2011-10-16' } } : {}) } },
  }) as unknown as StoryKpi;
const findings = (previousPartial: boolean) =>
  figureFindings({ kpis: [voiceKpi(previousPartial)], day: false, withBaseline: new Set(), shareOfVoice, campaigns: [], brand: 'Apple', previousLabel: 'week 41 of 2011', sla: { target: 0.9 }, format }).filter((f) => f.kind === 'competitor_gained');

describe('a competitor gaining share of voice', () => {
  it('is told against a whole previous period', () => {
    expect(findings(false).map((f) => f.headline)).toEqual(['Google gained +28.1 pp of share of voice, to 28.1% of mentions (Apple: 15.3%).']);
  });

  it('is not told against a period the data covers only in part', () => {
    expect(findings(true)).toEqual([]);
  });
});
