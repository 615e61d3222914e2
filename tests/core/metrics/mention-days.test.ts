/**
 * The mention day cube places each mention on its local day through a table of UTC offsets per
 * hour; hours in which a clock changes at a non-whole UTC hour fall back to converting each row.
 * Checked against Intl (the runtime's own time-zone data) for instants every 7 minutes around the
 * clock changes of zones with whole-hour, half-hour and 45-minute offsets.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPeriodTables } from '../../../src/core/metrics/compute.ts';
import { rangePeriod } from '../../../src/core/periods/period.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

/** Instants every 7 minutes for 30 hours from `startUtc`. */
const around = (startUtc: string) => Array.from({ length: (30 * 60) / 7 }, (_, i) => new Date(Date.parse(startUtc) + i * 7 * 60_000).toISOString());

// Clock changes: Berlin 2026-03-29 01:00Z and 2026-10-25 01:00Z (whole UTC hours); Lord Howe
// 2026-04-04 15:00Z (+11 → +10:30) and 2026-10-03 15:30Z (+10:30 → +11: half past the hour);
// St John's 2026-03-08 05:30Z (half past the hour); Kathmandu never (+5:45 all year).
const instants = [
  ...around('2026-03-28T12:00:00Z'),
  ...around('2026-10-24T12:00:00Z'),
  ...around('2026-04-04T00:00:00Z'),
  ...around('2026-10-03T00:00:00Z'),
  ...around('2026-03-07T18:00:00Z'),
];

const localDay = (iso: string, timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

let dir: string;
let reader: DataReader;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-mention-days-'));
  await writeDataFolder(dir, { mentions: instants.map((at, i) => ({ id: `m${i}`, published_at: at, platform: 'x' })) });
  reader = await openReader(dir);
});

afterAll(async () => {
  await reader?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the mention day cube', () => {
  for (const timezone of ['Europe/Berlin', 'Australia/Lord_Howe', 'America/St_Johns', 'Asia/Kathmandu']) {
    it(`puts every mention on its local day in ${timezone}`, async () => {
      const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone });
      const tables = await createPeriodTables(reader, [rangePeriod('2026-03-01', '2026-10-31', timezone)]);
      try {
        await tables.ensureMentionDays(config);
        const rows = await reader.query<{ day: string; n: unknown }>(`SELECT CAST(day AS VARCHAR) AS day, sum(n) AS n FROM ${tables.mentionDays} GROUP BY ALL ORDER BY day`);
        const expected = new Map<string, number>();
        for (const at of instants) expected.set(localDay(at, timezone), (expected.get(localDay(at, timezone)) ?? 0) + 1);
        expect(Object.fromEntries(rows.map((r) => [r.day, Number(r.n)]))).toEqual(Object.fromEntries([...expected].sort()));
      } finally {
        await tables.drop();
      }
    });
  }
});
