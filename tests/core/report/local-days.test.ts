/**
 * Coverage in local days (issue 14): in Los Angeles, a first mention at 23:00 on Monday 16
 * February 2015 is 07:00 UTC on the 17th. The week of 16–22 February is covered from its first day
 * (no "the data starts on 17 February"), and the week's text (the trailing-days chart) counts the
 * same mentions as its tile.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModels } from '../../../src/core/report/build.ts';
import type { ReportModel } from '../../../src/core/report/model.ts';
import { weekPeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'America/Los_Angeles';
const config = configSchema.parse({ brand: { name: 'Virgin' }, timezone: tz });
let dir: string;
let reader: DataReader;
let model: ReportModel;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-local-days-'));
  const mentions: Record<string, unknown>[] = [];
  // Two at 23:00 and 23:30 on Monday 16 February in Los Angeles (UTC−8): the 17th in UTC.
  for (const at of ['2015-02-17T07:00:00Z', '2015-02-17T07:30:00Z']) mentions.push({ id: at, published_at: at, platform: 'twitter', matched_kind: 'brand' });
  // Ten a day at noon local, 17 to 22 February.
  for (let d = 17; d <= 22; d++) for (let i = 0; i < 10; i++) mentions.push({ id: `${d}-${i}`, published_at: `2015-02-${d}T20:${String(i).padStart(2, '0')}:00Z`, platform: 'twitter', matched_kind: 'brand' });
  await writeDataFolder(dir, { mentions });
  reader = await openReader(dir);
  [model] = await buildReportModels({ reader, config, periods: [weekPeriod('2015-W08', tz)], asOf: '2015-02-22', audiences: ['team'] });
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('coverage in local days', () => {
  it('covers the week from its first local day', () => {
    expect(model!.coverage?.from ?? null).toBeNull();
    expect(model!.story.notes.join(' ')).not.toContain('The data starts');
  });

  it('counts the same mentions in the tile and in the week’s chart', () => {
    const tile = model!.kpis.find((k) => k.id === 'listening.mentions')!;
    expect(tile).toMatchObject({ available: true, value: 2 + 6 * 10 });
    const chart = model!.charts.find((c) => c.kind === 'daily_mentions');
    if (!chart?.available || !('trailing' in chart) || !chart.trailing) throw new Error('expected the trailing-days chart');
    const week = chart.trailing.points.filter((p) => p.day >= '2015-02-16' && p.day <= '2015-02-22');
    expect(week.map((p) => p.day)[0]).toBe('2015-02-16');
    expect(week.reduce((s, p) => s + p.mentions, 0)).toBe(62);
  });
});
