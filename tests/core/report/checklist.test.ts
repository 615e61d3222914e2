/** The team's checklist of each cadence, answered from the demo's report models. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';
import { parsePeriod } from '../../../src/core/periods/period.ts';
import { buildReportModels } from '../../../src/core/report/build.ts';
import { buildChecklist, type ChecklistItem } from '../../../src/core/report/checklist.ts';
import type { ReportModel } from '../../../src/core/report/model.ts';
import { createFormat } from '../../../src/core/story/format.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';

let reader: DataReader;
let models: ReportModel[];
const format = createFormat('en-GB', 'EUR');
/** Names from data in an answer are isolated (U+2068 … U+2069, display-text.ts); the words are read without those marks. */
const plain = (items: ChecklistItem[]): ChecklistItem[] => items.map((i) => ({ ...i, answer: i.answer.replace(/[\u2068\u2069]/g, '') }));
const checklist = (period: string): ChecklistItem[] => plain(buildChecklist(models.find((m) => m.period.id === period)!, format));
const answer = (period: string, question: RegExp) => checklist(period).find((i) => question.test(i.question))!;

beforeAll(async () => {
  const dir = inject('demoProjectDir');
  const { config } = await loadConfig({ projectDir: dir });
  reader = await openReader(join(dir, config.dataDir));
  const periods = ['2026-09-14', '2026-W38', '2026-09', '2026-Q3', '2025'].map((p) => parsePeriod(p, { timezone: config.timezone, asOf: '2026-10-01' }));
  models = await buildReportModels({ reader, config, periods, audiences: ['team'], asOf: '2026-10-01' });
}, 120_000);

afterAll(async () => {
  await reader?.close();
});

describe('the team checklist of each cadence', () => {
  it('daily: the crisis scan sees the negative mentions of 14 September far above the typical day', () => {
    const crisis = answer('2026-09-14', /^Crisis scan/);
    expect(crisis.answer).toMatch(/^155 negative mentions, far above a typical \d+ for the weekday\.$/);
    expect(crisis.tone).toBe('bad');
    expect(answer('2026-09-14', /^Chatter/).answer).toMatch(/^214 brand mentions, far above/);
    expect(answer('2026-09-14', /^Detractors/).answer).toMatch(/\((facebook|instagram|reddit|twitter|x|tiktok|youtube|news|blog|forum)[^)]*, Mon \d\d–\d\d\)/);
    expect(checklist('2026-09-14').map((i) => i.question)).toHaveLength(5);
  });

  it('weekly: the activations trace the largest spike to its single source', () => {
    expect(answer('2026-W38', /^Activations/).answer).toMatch(/the largest on 14 September 2026 .*traced to one url: https:\/\/news\.example\/alpenglow-jacket-recall\./);
    expect(answer('2026-W38', /^Advocacy/).answer).toMatch(/Reputation (rose|fell|held)/);
  });

  it('weekly: "no spike" only where shares or hashtag uses were measured; without them it says why', () => {
    const week = models.find((m) => m.period.id === '2026-W38')!;
    const unavailable = (id: string) => (k: ReportModel['kpis'][number]) => (k.id === id ? { ...k, available: false, value: null, reason: 'no mentions imported for 2026-W38' } : k);
    const quiet = { ...week, anomalies: [] };
    const activations = (m: ReportModel) => plain(buildChecklist(m, format)).find((i) => /^Activations/.test(i.question))!.answer;
    expect(activations(quiet)).toBe('No spike in shares or brand hashtag use this period.');
    const none = { ...quiet, kpis: quiet.kpis.map(unavailable('listening.shares')).map(unavailable('listening.hashtag_uses')) };
    expect(activations(none)).toBe('Not shown: no mentions imported for 2026-W38.');
    const noShares = { ...quiet, kpis: quiet.kpis.map(unavailable('listening.shares')) };
    expect(activations(noShares)).toBe('No spike in brand hashtag use this period; shares not shown: no mentions imported for 2026-W38.');
  });

  it('monthly: the competitive position and the campaign analysis', () => {
    const position = answer('2026-09', /^Competitive position/);
    expect(position.answer).toMatch(/^Alpenglow has 47\.4% of the mentions \(first of 4, \+11\.3 pp on the period before\); the competitor average is 17\.5%\.$/);
    expect(position.tone).toBe('good');
    expect(answer('2026-09', /^Campaign analysis/).answer).toBe('“Trail stories” growing; “Autumn launch” burst and faded.');
    // Campaign names are data: isolated, so a right-to-left name cannot reorder the sentence.
    expect(buildChecklist(models.find((m) => m.period.id === '2026-09')!, format).find((i) => /^Campaign analysis/.test(i.question))!.answer).toContain('“\u2068Trail stories\u2069”');
  });

  it('compares with the period before only when neither is partial: no change, no colour, no "reputation fell"', () => {
    const month = models.find((m) => m.period.id === '2026-09')!;
    const week = models.find((m) => m.period.id === '2026-W38')!;
    const partial = (ids: string[]) => (k: ReportModel['kpis'][number]) => (ids.includes(k.id) ? { ...k, comparisons: { ...k.comparisons, previous: { ...k.comparisons.previous, partial: { firstDay: '2026-08-30', lastDay: '2026-08-31' } } } } : k);
    const position = plain(buildChecklist({ ...month, kpis: month.kpis.map(partial(['listening.share_of_voice'])) }, format)).find((i) => /^Competitive position/.test(i.question))!;
    expect(position.answer).toBe('Alpenglow has 47.4% of the mentions (first of 4); the competitor average is 17.5%.');
    const advocacy = plain(buildChecklist({ ...week, kpis: week.kpis.map(partial(['listening.reputation_score'])) }, format)).find((i) => /^Advocacy/.test(i.question))!;
    expect(advocacy.answer).not.toMatch(/Reputation/);
  });

  it('quarterly and annual: wins, lessons, the year in review and the tactics', () => {
    expect(answer('2026-Q3', /^Lessons/).answer.length).toBeGreaterThan(20);
    expect(answer('2026-Q3', /^Big initiatives/).answer).toContain('“Autumn launch” burst and faded');
    expect(answer('2025', /^Year in review/).answer).toMatch(/^(\d+ of \d+ figures with a year-earlier value moved the right way\.|No figure has a value a year earlier to compare with\.)$/);
    expect(answer('2025', /^Channel mix/).answer).toMatch(/^[\d,]+ sessions from social this year\.$/);
  });
});

describe('what to do next, after the findings', () => {
  it('asks to brief care on the crisis day, naming the story, and never twice the same step', () => {
    const day = models.find((m) => m.period.id === '2026-09-14')!;
    const steps = day.story.nextSteps.map((s) => s.text);
    expect(steps[0]).toBe('Brief care and the spokespeople on a news.example story, “Alpenglow recalls Firn rain jackets after seams fail in storm tests” today, agree a holding statement, and answer where it is discussed.');
    expect(steps[1]).toBe('Add care cover until the “Firn jacket recall” cases are cleared, and check the SLA again next period.');
    expect(new Set(steps).size).toBe(steps.length);
    // The month: the goal missed gets its step; no "today" in a month's steps.
    const month = models.find((m) => m.period.id === '2026-09')!.story.nextSteps.map((s) => s.text);
    expect(month.some((s) => s.startsWith('Review the plan for “Revenue +10% on the same quarter last year”'))).toBe(true);
    expect(month.some((s) => / today\b/.test(s))).toBe(false);
    expect(new Set(month).size).toBe(month.length);
  });
});
