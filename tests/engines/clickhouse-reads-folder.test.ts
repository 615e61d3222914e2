/**
 * The data folder is one any engine can read (issue 17, part 1): ClickHouse, embedded through
 * `chdb`, reads an entity's Hive-style month folders (src/core/store/layout.ts) as one dataset
 * and cuts local days exactly as Cadence's DuckDB queries do, around the clock changes of
 * America/New_York, Europe/Berlin and Australia/Lord_Howe (a half-hour shift). Both engines are
 * checked against days counted in plain JavaScript (Intl), not against each other only.
 *
 * `chdb` carries a 566 MB library, so it is not a dependency of Cadence: `.ci/run` installs it
 * (`npm install --no-save chdb@3`), and without it this file is skipped, saying so.
 */
import { createRequire } from 'node:module';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineSource, z } from '../../src/plugins/public.ts';
import { configSchema } from '../../src/core/schema/config.ts';
import { localDaySql } from '../../src/core/metrics/sql.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { runPull } from '../../src/plugins/runner.ts';

interface Chdb {
  queryBind(query: string, args: Record<string, unknown>, format?: string): string;
}
const chdb: Chdb | null = (() => {
  try {
    return createRequire(import.meta.url)('chdb') as Chdb;
  } catch {
    return null;
  }
})();

const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe'] as const;
/** Every 20 minutes over the spring and autumn clock changes of the three zones (2026). */
const instants = [
  ...range(Date.UTC(2026, 2, 1), Date.UTC(2026, 3, 10)),
  ...range(Date.UTC(2026, 8, 28), Date.UTC(2026, 10, 10)),
];
function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let t = from; t < to; t += 20 * 60_000) out.push(t);
  return out;
}

const clockChanges = defineSource({
  name: 'clock-changes',
  options: z.object({}),
  streams: { mentions: { entity: 'mentions' } },
  async check() {
    return { ok: true, message: 'clock changes' };
  },
  async *pull() {
    for (const [i, t] of instants.entries()) {
      yield { type: 'record', stream: 'mentions', data: { id: `m${i}`, published_at: new Date(t), platform: 'news', text: `m${i}`, matched_kind: 'brand', matched_name: 'Test' }, place: { line: i + 1 } };
    }
  },
});

let root: string;
let dataDir: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-engines-'));
  dataDir = join(root, 'data');
  const config = configSchema.parse({ brand: { name: 'Test' }, dataDir, sources: { clocks: { plugin: 'clock-changes', options: {} } } });
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const r = await runPull({ projectDir: root, config, log: quiet, clock: { now: () => new Date('2026-12-01T00:00:00Z') }, env: {}, commitEvery: 1_000_000, plugins: { 'clock-changes': clockChanges } });
  expect(r.sources[0]).toMatchObject({ status: 'ok' });
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Mentions per local day of `zone`, counted in JavaScript. */
function expectedDays(zone: string): Record<string, number> {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const out: Record<string, number> = {};
  for (const t of instants) {
    const d = day.format(new Date(t));
    out[d] = (out[d] ?? 0) + 1;
  }
  return out;
}

describe('the data folder, read by DuckDB (Cadence) and by ClickHouse (chdb)', () => {
  it.each(zones)('DuckDB cuts local days in %s as Intl does', async (zone) => {
    const reader = await openReader(dataDir);
    try {
      const rows = await reader.query<{ d: string; n: number }>(`SELECT strftime(${localDaySql(reader.dialect, 'published_at', zone)}, '%Y-%m-%d') AS d, count(*)::INTEGER AS n FROM mentions GROUP BY d ORDER BY d`);
      expect(Object.fromEntries(rows.map((r) => [r.d, r.n]))).toEqual(expectedDays(zone));
    } finally {
      await reader.close();
    }
  });

  describe.skipIf(!chdb)(`ClickHouse${chdb ? '' : ' (skipped: chdb is not installed; `npm install --no-save chdb@3` installs it)'}`, () => {
    const glob = () => join(dataDir, 'mentions', '*', '*.parquet');

    it('reads the month folders as one dataset: every row, and the month column from the folder names', () => {
      const months = chdb!
        .queryBind('SELECT month, count() AS n FROM file({glob:String}, Parquet) GROUP BY month ORDER BY month SETTINGS use_hive_partitioning = 1', { glob: glob() }, 'JSONEachRow')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { month: string; n: string | number });
      const expected: Record<string, number> = {};
      for (const t of instants) {
        const m = new Date(t).toISOString().slice(0, 7);
        expected[m] = (expected[m] ?? 0) + 1;
      }
      expect(Object.fromEntries(months.map((r) => [r.month, Number(r.n)]))).toEqual(expected);
    });

    it.each(zones)('cuts local days in %s exactly as DuckDB and Intl do', (zone) => {
      const rows = chdb!
        .queryBind('SELECT toString(toDate(published_at, {zone:String})) AS d, count() AS n FROM file({glob:String}, Parquet) GROUP BY d ORDER BY d', { glob: glob(), zone }, 'JSONEachRow')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { d: string; n: string | number });
      expect(Object.fromEntries(rows.map((r) => [r.d, Number(r.n)]))).toEqual(expectedDays(zone));
    });
  });
});
