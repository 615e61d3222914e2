/**
 * Web sessions by channel (issue 14): per channel group its sessions, share and the previous
 * period's, worked out by hand over a small Berlin folder; then the demo's September against an
 * independent query over the Parquet files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../../src/core/config/load.ts';
import { computeLists, type ReportLists, type TrafficChannelRow } from '../../../../src/core/metrics/lists/index.ts';
import { monthPeriod } from '../../../../src/core/periods/period.ts';
import { configSchema } from '../../../../src/core/schema/config.ts';
import { openDuck } from '../../../../src/core/store/duckdb.ts';
import { openReader, type DataReader } from '../../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';
const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz });
const sep = monthPeriod('2026-09', tz);
const aug = monthPeriod('2026-08', tz);
const w = (id: string, date: string, channel: string, sessions: number, social = channel.endsWith('_social')) => ({ id, date, channel, sessions, is_social: social });
let dir: string;
let reader: DataReader;
let lists: Map<string, ReportLists>;
const rows = (p: string): TrafficChannelRow[] => {
  const l = lists.get(p)!.trafficChannels;
  if (!l.available) throw new Error(l.reason);
  return l.rows;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-traffic-'));
  await writeDataFolder(dir, {
    web_sessions: [
      w('a1', '2026-08-01', 'organic_search', 100), w('a2', '2026-08-31', 'organic_social', 40), w('a3', '2026-08-15', 'direct', 60),
      w('s1', '2026-09-01', 'organic_search', 120), w('s2', '2026-09-10', 'organic_search', 30), w('s3', '2026-09-02', 'organic_social', 50),
      w('s4', '2026-09-03', 'paid_social', 25), w('s5', '2026-09-30', 'email', 25),
    ],
  });
  reader = await openReader(dir);
  lists = await computeLists(reader, config, [sep, aug]);
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('web sessions by channel', () => {
  it('gives each channel its sessions, share and previous period, largest first', () => {
    // September: search 150, organic social 50, paid social 25, e-mail 25 = 250. August covers the whole month.
    expect(rows(sep.id)).toEqual([
      { rank: 1, channel: 'organic_search', sessions: 150, share: 0.6, isSocial: false, previous: 100, change: 50 },
      { rank: 2, channel: 'organic_social', sessions: 50, share: 0.2, isSocial: true, previous: 40, change: 10 },
      { rank: 3, channel: 'email', sessions: 25, share: 0.1, isSocial: false, previous: 0, change: 25 },
      { rank: 4, channel: 'paid_social', sessions: 25, share: 0.1, isSocial: true, previous: 0, change: 25 },
    ]);
    // August: July is not covered, so no previous figure (a partial count would read as a change).
    expect(rows(aug.id).map((r) => [r.channel, r.sessions, r.previous])).toEqual([['organic_search', 100, null], ['direct', 60, null], ['organic_social', 40, null]]);
  });

  it('matches the demo’s Parquet files for September 2026', async () => {
    const projectDir = inject('demoProjectDir');
    const { config: demoConfig } = await loadConfig({ projectDir });
    const demo = await openReader(join(projectDir, 'data'));
    const duck = await openDuck();
    try {
      const p = monthPeriod('2026-09', demoConfig.timezone);
      const list = (await computeLists(demo, demoConfig, [p])).get(p.id)!.trafficChannels;
      if (!list.available) throw new Error(list.reason);
      const files = `read_parquet([${demo.manifest.entities.web_sessions!.files.map((f) => `'${join(projectDir, 'data', f.path)}'`).join(', ')}])`;
      const want = await duck.all<{ channel: string; sessions: number }>(`SELECT channel, sum(sessions)::DOUBLE AS sessions FROM ${files} WHERE date BETWEEN DATE '2026-09-01' AND DATE '2026-09-30' GROUP BY 1`);
      expect(Object.fromEntries(list.rows.map((r) => [r.channel, r.sessions]))).toEqual(Object.fromEntries(want.map((r) => [r.channel, Number(r.sessions)])));
      expect(list.rows.reduce((s, r) => s + r.share, 0)).toBeCloseTo(1, 12);
    } finally {
      duck.close();
      await demo.close();
    }
  });
});
