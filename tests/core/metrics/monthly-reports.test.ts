import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMonthlyReports, latestMonthWithData, type KpiResult, type ReportModel } from '../../../src/core/metrics/index.ts';
import { monthPeriod, previousMonth } from '../../../src/core/periods/month.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const config = configSchema.parse({
  brand: { name: 'Alpenglow', aliases: ['AG'] },
  competitors: [{ name: "Bergmann's" }],
  timezone: 'Europe/Berlin',
});

const mention = (id: string, at: string, name: string | null, sentiment: string | null = null, kind: string | null = null) => ({
  id, published_at: at, platform: 'twitter', matched_name: name, matched_kind: kind, sentiment,
});

let dir: string;
let reader: DataReader;
let reports: ReportModel[];
const kpi = (audience: string, id: string): KpiResult => reports.find((r) => r.audience === audience)!.kpis.find((k) => k.id === id)!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-metrics-'));
  await writeDataFolder(dir, {
    mentions: [
      // 2026-08-31T22:30Z is 00:30 on 1 September in Berlin: a September mention.
      mention('a', '2026-08-31T22:30:00Z', 'Alpenglow', 'positive'),
      mention('b', '2026-09-10T10:00:00Z', 'ag', 'positive'),
      mention('c', '2026-09-11T10:00:00Z', null, 'negative'),
      mention('d', '2026-09-12T10:00:00Z', "Bergmann's", 'positive', 'competitor'),
      // 1 October in Berlin: not September.
      mention('e', '2026-09-30T22:30:00Z', 'Alpenglow', 'positive'),
      mention('f', '2026-08-10T10:00:00Z', 'Alpenglow', 'neutral'),
    ],
    leads: [
      { id: 'l1', created_at: '2026-09-02T10:00:00Z', is_social: true },
      { id: 'l2', created_at: '2026-09-09T10:00:00Z', is_social: false },
      { id: 'l3', created_at: '2026-09-09T11:00:00Z', is_social: true },
      // Deleted in the CRM: kept for history, never counted.
      { id: 'l4', created_at: '2026-09-10T11:00:00Z', is_social: true, archived: true },
    ],
    deals: [
      { id: 'd1', created_at: '2026-08-01T10:00:00Z', closed_at: '2026-09-03T10:00:00Z', status: 'won', is_social: false },
      { id: 'd2', created_at: '2026-08-01T10:00:00Z', closed_at: '2026-09-04T10:00:00Z', status: 'lost', is_social: false },
      { id: 'd3', created_at: '2026-08-01T10:00:00Z', closed_at: '2026-09-05T10:00:00Z', status: 'won', is_social: false, archived: true },
    ],
    account_snapshots: [
      { id: 's0', date: '2026-08-31', platform: 'x', account_id: 'a', followers: 1000 },
      { id: 's1', date: '2026-09-01', platform: 'x', account_id: 'a', followers: 1010 },
      { id: 's2', date: '2026-09-30', platform: 'x', account_id: 'a', followers: 1100 },
    ],
  });
  reader = await openReader(dir);
  reports = await buildMonthlyReports({ reader, config, month: '2026-09' });
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('months in the reporting time zone', () => {
  it('cuts September at Berlin midnight', () => {
    const p = monthPeriod('2026-09', 'Europe/Berlin');
    expect(p).toMatchObject({ firstDay: '2026-09-01', lastDay: '2026-09-30', endDay: '2026-10-01', startUtc: '2026-08-31T22:00:00Z', endUtc: '2026-09-30T22:00:00Z', days: 30 });
    expect(previousMonth(monthPeriod('2026-01', 'UTC')).id).toBe('2025-12');
  });
  it('rejects a malformed month with a code', () => {
    expect(() => monthPeriod('2026-13', 'UTC')).toThrow(/CADENCE_PERIOD_INVALID/);
  });
});

describe('monthly KPIs', () => {
  it('counts brand mentions by name, alias and untagged rows, in local days', () => {
    const k = kpi('team', 'listening.mentions');
    expect(k.current).toEqual({ available: true, value: 3 });
    expect(k.previous).toEqual({ available: true, value: 1 });
    expect(k.change).toMatchObject({ relative: 2, show: 'relative', trend: 'up', good: true });
  });
  it('computes net sentiment without neutral mentions, share of voice against competitors', () => {
    expect(kpi('team', 'listening.net_sentiment').current).toEqual({ available: true, value: (2 - 1) / 3 });
    expect(kpi('team', 'listening.share_of_voice').current).toEqual({ available: true, value: 3 / 4 });
    // August has only a neutral mention: net sentiment unavailable, so no change.
    expect(kpi('team', 'listening.net_sentiment').previous).toMatchObject({ available: false, code: 'insufficient' });
    expect(kpi('team', 'listening.net_sentiment').change).toBeNull();
  });
  it('computes leads and win rate (archived leads and deals left out) and audience growth', () => {
    expect(kpi('sales', 'selling.leads').current).toEqual({ available: true, value: 3 });
    expect(kpi('sales', 'selling.social_leads').current).toEqual({ available: true, value: 2 });
    expect(kpi('sales', 'selling.win_rate').current).toEqual({ available: true, value: 0.5 });
    expect(kpi('leadership', 'influencing.audience_growth_rate').current).toEqual({ available: true, value: 0.1 });
  });
  it('marks KPIs without input rows unavailable, with the reason, never 0', () => {
    expect(kpi('leadership', 'selling.revenue').current).toEqual({ available: false, code: 'no_data', reason: 'no orders imported' });
    expect(kpi('team', 'networking.earned_media').current).toMatchObject({ available: false, code: 'no_data' });
    expect(kpi('team', 'influencing.social_traffic').current).toMatchObject({ available: false, reason: 'no web sessions imported' });
    // Leads exist, but not for August: not covered rather than zero.
    expect(kpi('sales', 'selling.leads').previous).toMatchObject({ available: false, code: 'not_covered' });
  });
});

describe('series', () => {
  it('gives daily mentions per tracked name for every day, zeros filled in', () => {
    const chart = reports.find((r) => r.audience === 'team')!.charts[0]!;
    expect(chart.kind).toBe('daily_mentions');
    if (chart.kind !== 'daily_mentions' || !chart.available) throw new Error('expected daily mentions');
    expect(chart.points).toHaveLength(30 * 2);
    expect(chart.points.find((p) => p.day === '2026-09-01' && p.name === 'Alpenglow')!.mentions).toBe(1);
    expect(chart.points.filter((p) => p.name === 'Alpenglow').reduce((a, p) => a + p.mentions, 0)).toBe(3);
  });
  it('gives weekly leads split social / other, weeks cut at the month edges', () => {
    const chart = reports.find((r) => r.audience === 'sales')!.charts.find((c) => c.kind === 'weekly_leads')!;
    if (chart.kind !== 'weekly_leads' || !chart.available) throw new Error('expected weekly leads');
    expect(chart.points[0]).toEqual({ weekStart: '2026-08-31', firstDay: '2026-09-01', lastDay: '2026-09-06', social: 1, other: 0 });
    expect(chart.points[1]).toMatchObject({ weekStart: '2026-09-07', social: 1, other: 1 });
    expect(chart.points.at(-1)).toMatchObject({ weekStart: '2026-09-28', lastDay: '2026-09-30' });
  });
  it('finds the latest month from the manifest', () => {
    expect(latestMonthWithData(reader.manifest)).toBe('2026-09');
  });
});
