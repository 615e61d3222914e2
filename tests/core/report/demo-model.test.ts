/**
 * Report models over the demo company's data (tests/fixtures/demo-data.ts), as of 2026-10-01:
 * the planted 2026-09-14 recall spike and its single source, share of voice, campaign
 * lifecycles and goals in the September model; the day, week and quarter models around the spike;
 * and every day, week, month, quarter and year of the demo built in one call, with the additive
 * KPIs checked across cadences (a month is the sum of its days, a quarter of its months, …).
 *
 * Expected numbers come from independent SQL over the reader (not from the KPI code): Berlin is on
 * summer time (UTC+2) on every boundary used below, so a local day D runs from (D−1)T22:00Z to
 * DT22:00Z.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/core/config/load.ts';
import { aggregationOf } from '../../../src/core/metrics/kpi.ts';
import { registryFor } from '../../../src/core/metrics/registry.ts';
import { daysOf, periodsBetween, type CalendarKind, type Period } from '../../../src/core/periods/period.ts';
import { buildReportModels } from '../../../src/core/report/build.ts';
import type { KpiResult, ReportModel } from '../../../src/core/report/model.ts';
import type { CadenceConfig } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';

const RECALL_URL = 'https://news.example/alpenglow-jacket-recall';
const FIRST = '2025-07-01';
const LAST = '2026-09-30';
const kinds: CalendarKind[] = ['day', 'week', 'month', 'quarter', 'year'];

let config: CadenceConfig;
let reader: DataReader;
/** Every period of every cadence over the demo, all audiences, from one buildReportModels call. */
let all: ReportModel[];
let allPeriods: Period[];
const team = new Map<string, ReportModel>();

beforeAll(async () => {
  const dir = inject('demoProjectDir');
  ({ config } = await loadConfig({ projectDir: dir }));
  reader = await openReader(join(dir, config.dataDir));
  allPeriods = kinds.flatMap((k) => periodsBetween(k, FIRST, LAST, config.timezone));
  all = await buildReportModels({ reader, config, periods: allPeriods, asOf: '2026-10-01' });
  for (const m of all) if (m.audience === 'team') team.set(m.period.id, m);
}, 120_000);

afterAll(async () => {
  await reader?.close();
});

function model(id: string): ReportModel {
  const m = team.get(id);
  if (!m) throw new Error(`no team model for ${id}`);
  return m;
}

function kpi(m: ReportModel, id: string): KpiResult {
  const k = m.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no KPI ${id} in the ${m.period.id} model`);
  return k;
}

async function one(sql: string): Promise<number> {
  const rows = await reader.query<{ v: number | bigint | null }>(sql);
  return Number(rows[0]?.v ?? 0);
}

/** Orders (refunded left out) placed between two UTC instants: revenue computed apart from the KPI code. */
const revenueBetween = (from: string, to: string) =>
  one(`SELECT sum(amount) AS v FROM orders WHERE coalesce(refunded, false) = false AND ordered_at >= TIMESTAMPTZ '${from}' AND ordered_at < TIMESTAMPTZ '${to}'`);

describe('the 2026-09 team model', () => {
  it('holds the 2026-09-14 mentions spike, traced to the recall article, and leads the findings with it', async () => {
    const m = model('2026-09');
    expect(m.period).toMatchObject({ id: '2026-09', kind: 'month', firstDay: '2026-09-01', lastDay: '2026-09-30' });
    expect(m.complete).toBe(true);
    const spike = m.anomalies.find((a) => a.date === '2026-09-14' && a.metric === 'mentions');
    expect(spike).toBeDefined();
    expect(spike!.direction).toBe('spike');
    // Brand mentions of the Berlin day 2026-09-14 = 2026-09-13T22:00Z ≤ t < 2026-09-14T22:00Z.
    const observed = await one(
      `SELECT count(*) AS v FROM mentions WHERE matched_kind = 'brand' AND published_at >= TIMESTAMPTZ '2026-09-13 22:00:00+00' AND published_at < TIMESTAMPTZ '2026-09-14 22:00:00+00'`,
    );
    expect(spike!.observed).toBe(observed);
    expect(spike!.observed).toBeGreaterThan(spike!.expected * 2);
    const top = spike!.drivers[0]!;
    expect(top.dimension).toBe('url');
    expect(top.value).toBe(RECALL_URL);
    expect(top.share).toBeGreaterThanOrEqual(0.5);
    // share = the URL's excess ÷ the day's excess.
    expect(top.share).toBeCloseTo((top.observed - top.expected) / (spike!.observed - spike!.expected), 9);
    expect(spike!.singleSource).toEqual(top);
    // Anomalies are in date order and all inside the month.
    expect(m.anomalies.map((a) => a.date)).toEqual([...m.anomalies.map((a) => a.date)].sort());
    for (const a of m.anomalies) expect(a.date >= '2026-09-01' && a.date <= '2026-09-30', a.date).toBe(true);

    // The story leads with the recall: one event, named from the article, its site a link.
    const first = m.findings[0]!;
    expect(first).toMatchObject({ kind: 'event', date: '2026-09-14', tone: 'bad', data: { eventKind: 'negative' } });
    expect(first.headline).toContain('news.example');
    expect(first.links).toEqual([{ text: 'news.example', url: RECALL_URL }]);
  });

  // The event leads with negative mentions, so it traces their rise to their single source (71%).
  it('the recall event traces the negative mentions to the article, with that series’ share', () => {
    const m = model('2026-09');
    const negative = m.anomalies.find((a) => a.date === '2026-09-14' && a.metric === 'negative_mentions')!;
    const finding = m.findings.find((f) => f.kind === 'event' && f.date === '2026-09-14')!;
    expect(finding.data.driver).toEqual(negative.singleSource);
    expect(finding.data.lead).toEqual({ metric: 'negative_mentions', observed: negative.observed, expected: negative.expected });
    expect(finding.details![0]).toBe(`${Math.round(negative.singleSource!.share * 100)}% of the rise traces to a news.example story and the accounts sharing it.`);
  });

  it('splits share of voice over the tracked names (shares sum to 1; the brand matches its KPIs)', () => {
    const m = model('2026-09');
    const sov = m.shareOfVoice;
    if (!sov.available) throw new Error(`share of voice unavailable: ${sov.reason}`);
    expect(sov.measures.map((x) => x.measure).sort()).toEqual(['engagement', 'mentions', 'reach']);
    const mentions = sov.measures.find((x) => x.measure === 'mentions')!;
    expect(mentions.names.map((n) => n.name).sort()).toEqual(['Alpenglow', 'Nordpeak', 'Summitra', 'Trailhaus']);
    expect(Math.abs(mentions.names.reduce((s, n) => s + n.share, 0) - 1)).toBeLessThan(1e-9);
    for (const measure of sov.measures) expect(Math.abs(measure.names.reduce((s, n) => s + n.share, 0) - 1), measure.measure).toBeLessThan(1e-9);
    // The brand's mentions in the landscape are the brand-mentions KPI; its share is the share-of-voice KPI.
    const brand = mentions.names.find((n) => n.isBrand)!;
    expect(brand.value).toBe(kpi(m, 'listening.mentions').value);
    expect(brand.share).toBeCloseTo(brand.value / mentions.total, 12);
    expect(kpi(m, 'listening.share_of_voice').value).toBeCloseTo(mentions.brand, 12);
    // Landscape average of four names = 1/4.
    expect(mentions.landscapeAverage).toBeCloseTo(0.25, 12);
  });

  it('classifies the campaigns running in September', () => {
    const campaigns = model('2026-09').campaigns.map((c) => ({ name: c.name, lifecycle: c.lifecycle }));
    expect(campaigns).toContainEqual({ name: 'Autumn launch', lifecycle: 'burst_and_fade' });
    expect(campaigns).toContainEqual({ name: 'Trail stories', lifecycle: 'growing' });
  });

  it('measures the revenue goal against 2025-Q3 × 1.1, with SQL-computed numbers', async () => {
    const m = model('2026-09');
    const t = kpi(m, 'selling.revenue').comparisons.target!;
    expect(t).toBeDefined();
    // 2025-Q3 in Berlin: 2025-07-01T00:00+02 … 2025-10-01T00:00+02.
    const base = await revenueBetween('2025-06-30 22:00:00+00', '2025-09-30 22:00:00+00');
    // 2026-Q3, complete as of 2026-10-01.
    const toDate = await revenueBetween('2026-06-30 22:00:00+00', '2026-09-30 22:00:00+00');
    expect(base).toBeGreaterThan(0);
    expect(t.goalPeriod).toBe('2026-Q3');
    expect(t.basis).toBe('change');
    expect(t.base?.period).toBe('2025-Q3');
    expect(Math.abs(t.base!.value! - base)).toBeLessThan(1e-4);
    expect(Math.abs(t.target! - base * 1.1)).toBeLessThan(1e-4);
    expect(Math.abs(t.toDate! - toDate)).toBeLessThan(1e-4);
    // 31 + 31 + 30 days, all elapsed: the goal period is over, so it is met or missed and the projection is the value.
    expect(t.elapsedDays).toBe(92);
    expect(t.totalDays).toBe(92);
    expect(['met', 'missed']).toContain(t.status);
    expect(t.status).toBe(toDate >= base * 1.1 ? 'met' : 'missed');
    expect(t.projected).toBeCloseTo(t.toDate!, 6);
    expect(t.progress).toBeCloseTo(toDate / (base * 1.1), 9);
    // The quarter's own model says the same revenue.
    expect(Math.abs(kpi(model('2026-Q3'), 'selling.revenue').value! - toDate)).toBeLessThan(1e-4);
  });

  it('measures the share-of-voice goal against 35% (written in percent, a fraction in the model)', () => {
    const t = kpi(model('2026-09'), 'listening.share_of_voice').comparisons.target!;
    expect(t.basis).toBe('target');
    expect(t.target).toBe(0.35);
    expect(t.goalPeriod).toBe('2026-Q3');
    expect(t.toDate).toBeCloseTo(kpi(model('2026-Q3'), 'listening.share_of_voice').value!, 12);
    expect(t.status).toBe(t.toDate! >= 0.35 ? 'met' : 'missed');
    // A KPI without a goal has no target.
    expect(kpi(model('2026-09'), 'listening.mentions').comparisons.target).toBeUndefined();
  });
});

describe('day, week and quarter models around the spike', () => {
  it('2026-09-14: brand mentions far above the typical Monday', () => {
    const m = model('2026-09-14');
    expect(m.period.kind).toBe('day');
    expect(m.cadence).toBe('daily');
    const k = kpi(m, 'listening.mentions');
    const b = k.comparisons.baseline!;
    expect(b).toBeDefined();
    expect(b.status).toBe('high');
    expect(b.weekday).toBe(1);
    // The typical day looks at the 56 days before it: 2026-07-20 … 2026-09-13.
    expect(b.window).toEqual({ firstDay: '2026-07-20', lastDay: '2026-09-13' });
    const spike = model('2026-09').anomalies.find((a) => a.date === '2026-09-14' && a.metric === 'mentions')!;
    expect(k.value).toBe(spike.observed);
    expect(b.expected).toBe(spike.expected);
    expect(b.score).toBeCloseTo(spike.score, 9);
    // The previous day and the same day a year earlier.
    expect(k.comparisons.previous.period).toBe('2026-09-13');
    expect(k.comparisons.yearAgo.period).toBe('2025-09-14');
  });

  it('2026-09-15 has a day model of its own', () => {
    const m = model('2026-09-15');
    expect(m.period).toMatchObject({ kind: 'day', firstDay: '2026-09-15', lastDay: '2026-09-15' });
    expect(kpi(m, 'listening.mentions').available).toBe(true);
    expect(m.anomalies.every((a) => a.date === '2026-09-15')).toBe(true);
  });

  it('the week 2026-W38 (14–20 September) holds the spike', () => {
    const m = model('2026-W38');
    expect(m.period).toMatchObject({ kind: 'week', firstDay: '2026-09-14', lastDay: '2026-09-20' });
    expect(m.anomalies).toContainEqual(expect.objectContaining({ date: '2026-09-14', metric: 'mentions', direction: 'spike' }));
    expect(m.findings[0]).toMatchObject({ kind: 'event', date: '2026-09-14' });
  });

  it('2026-Q3 brand mentions are the sum of July, August and September', () => {
    const q = kpi(model('2026-Q3'), 'listening.mentions').value!;
    const months = ['2026-07', '2026-08', '2026-09'].map((id) => kpi(model(id), 'listening.mentions').value!);
    expect(q).toBe(months[0]! + months[1]! + months[2]!);
  });

  it('a day before the data has its year-ago comparison unavailable with a reason, not 0', () => {
    const k = kpi(model('2025-07-01'), 'listening.mentions');
    expect(k.comparisons.yearAgo).toMatchObject({ period: '2024-07-01', available: false, value: null, change: null });
    expect(k.comparisons.yearAgo.reason).toMatch(/no mentions imported for 2024-07-01/);
  });

  // A report's typical week ends on the report's last day, whatever else is built in the same batch.
  it('the typical week of a day report looks only at days up to that day', () => {
    const m = model('2026-09-14');
    const weeks = Object.values(m.typicalWeek).flat();
    expect(weeks.length).toBeGreaterThan(0);
    for (const t of weeks) expect(t!.window.lastDay, `${t!.metric} weekday ${t!.weekday}`).toBe('2026-09-14');
  });
});

describe('every period of every cadence over the demo', () => {
  it('builds 457 days, 66 weeks, 15 months, 5 quarters and 2 years in one call, for each audience', () => {
    // 2025-07-01..2026-09-30: 184 + 273 days; ISO weeks 2025-W27..W52 (26) and 2026-W01..W40 (40).
    const count = (kind: string) => allPeriods.filter((p) => p.kind === kind).length;
    expect([count('day'), count('week'), count('month'), count('quarter'), count('year')]).toEqual([457, 66, 15, 5, 2]);
    expect(all.length).toBe(allPeriods.length * 3);
    expect(team.size).toBe(allPeriods.length);
    for (const m of team.values()) {
      expect(m.timezone).toBe('Europe/Berlin');
      expect(m.kpis.length).toBe(registryFor(config).list().length);
    }
    // The week running past the data (28 Sep – 4 Oct 2026) is incomplete; the one before is complete.
    expect(model('2026-W40').complete).toBe(false);
    expect(model('2026-W39').complete).toBe(true);
    expect(model('2026-Q3').cadence).toBe('quarterly');
    expect(model('2025').cadence).toBe('annual');
  });

  it('each month’s brand mentions are the sum of its days', () => {
    for (const month of allPeriods.filter((p) => p.kind === 'month')) {
      const days = daysOf(month).map((d) => kpi(model(d), 'listening.mentions'));
      expect(days.every((d) => d.available), month.id).toBe(true);
      expect(kpi(model(month.id), 'listening.mentions').value, month.id).toBe(days.reduce((s, d) => s + d.value!, 0));
    }
  });

  it('every additive KPI adds up: days → weeks and months, months → quarters and years', () => {
    const additive = registryFor(config)
      .list()
      .filter((d) => aggregationOf(d) === 'sum');
    expect(additive.map((d) => d.id)).toEqual(expect.arrayContaining(['listening.mentions', 'selling.leads', 'selling.revenue', 'networking.inbound_links']));
    const parts = (p: Period): string[] | null => {
      if (p.kind === 'week' || p.kind === 'month') return daysOf(p);
      const months = periodsBetween('month', p.firstDay, p.lastDay, p.timezone).map((x) => x.id);
      return months;
    };
    let checked = 0;
    for (const p of allPeriods.filter((x) => x.kind !== 'day')) {
      // Weeks that stick out of the demo span (2025-W27 starts 30 June, 2026-W40 ends 4 October) have days without a model.
      const ids = parts(p)!;
      if (!ids.every((id) => team.has(id))) continue;
      for (const def of additive) {
        const whole = kpi(model(p.id), def.id);
        const sum = ids.map((id) => kpi(model(id), def.id)).reduce((s, k) => s + (k.available ? k.value! : 0), 0);
        if (!whole.available) {
          expect(sum, `${def.id} ${p.id}: unavailable but its parts sum to ${sum}`).toBe(0);
          continue;
        }
        // Counts exactly; amounts up to float summation order.
        expect(Math.abs(whole.value! - sum), `${def.id} ${p.id}: ${whole.value} vs Σ ${sum}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(sum)));
        checked++;
      }
    }
    // 64 weeks + 15 months + 5 quarters + 2 years, each for every additive KPI (most available).
    expect(checked).toBeGreaterThan(80 * additive.length * 0.8);
  });
});
