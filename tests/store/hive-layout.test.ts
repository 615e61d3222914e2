/**
 * The data folder's files sit in Hive-style month folders (`<entity>/month=YYYY-MM/part-<sha8>.parquet`,
 * src/core/store/layout.ts), so other engines read an entity as a partitioned dataset. A folder
 * written before (the versioned layout with flat names, `<entity>/YYYY-MM.<sha8>.parquet`) is read
 * as it is, and the next commit moves every file into its month folder in the same atomic commit,
 * without losing or changing a row: unchanged months keep their bytes (the same sha256, linked
 * under the new name), and a Hive-partitioned glob then reads exactly the committed rows, with
 * the `month` column equal to each row's month.
 *
 * Two flat folders: one written by the Cadence before the month folders itself (commit deac57b,
 * `tests/store/fixtures/flat-folder-deac57b`, 80 KB), and a larger one made from a folder this
 * Cadence wrote, by renaming its files and manifest paths back to the flat names
 * (`${month}.${sha8}.parquet`, as merge.ts wrote them). Clustering (mentions sorted by tracked name
 * first) is checked on the row groups' statistics.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/schema/config.ts';
import { openDuck } from '../../src/core/store/duckdb.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { runPull } from '../../src/plugins/runner.ts';
import synthetic from './fixtures/synthetic-plugin.ts';

let root: string;
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const posts = (rows: number, offset = 0) =>
  'Post ID,Date,Network,Impressions,Engagement Rate\n' +
  Array.from({ length: rows }, (_, i) => {
    const n = i + offset;
    return `p${n},2026-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')} 1${n % 10}:00,facebook,${100 + n},${n % 7}.5%`;
  }).join('\n') +
  '\n';

async function pull(dir: string, postsCsv: string, mentions: number, names: string[] = []) {
  const config = configSchema.parse({ brand: { name: 'Test' }, dataDir: dir, sources: { synth: { plugin: 'synthetic', options: { postsCsv, delayMs: 0, mentions, names } } } });
  const r = await runPull({ projectDir: root, config, log: quiet, clock: { now: () => new Date('2026-10-01T00:00:00Z') }, env: {}, commitEvery: 1_000_000, plugins: { synthetic } });
  expect(r.sources[0]).toMatchObject({ status: 'ok' });
}

interface FileEntry {
  path: string;
  month: string;
  rows: number;
  sha256: string;
}
type Manifest = { generation: number; entities: Record<string, { rows: number; files: FileEntry[] }> };
const manifestOf = async (dir: string): Promise<Manifest> => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));

/** Every row of every entity, by id, as the reader reads them (the content the move must keep). */
async function rowsOf(dir: string): Promise<Record<string, string[]>> {
  const reader = await openReader(dir);
  try {
    const out: Record<string, string[]> = {};
    for (const entity of Object.keys(reader.manifest.entities)) {
      const rows = await reader.query<Record<string, unknown>>(`SELECT * FROM ${entity} ORDER BY id`);
      out[entity] = rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
    }
    return out;
  } finally {
    await reader.close();
  }
}

/** Rewrites the current version of `dir` to the flat names of the layout before month folders. */
async function flatten(dir: string): Promise<void> {
  const version = join(dir, 'current');
  const manifest = await manifestOf(dir);
  for (const e of Object.values(manifest.entities)) {
    for (const f of e.files) {
      const m = /^([a-z_]+)\/month=(\d{4}-\d{2})\/part-([0-9a-f]{8})\.parquet$/.exec(f.path);
      expect(m, f.path).not.toBeNull();
      const flat = `${m![1]}/${m![2]}.${m![3]}.parquet`;
      await rename(join(version, f.path), join(version, flat));
      await rm(dirname(join(version, f.path)), { recursive: true });
      f.path = flat;
    }
  }
  await writeFile(join(version, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
}

let hive: string;
let flat: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-hive-'));
  await writeFile(join(root, 'posts-v1.csv'), posts(300));
  await writeFile(join(root, 'posts-v2.csv'), posts(40, 1000)); // 40 new posts: some months change, others do not
  hive = join(root, 'hive');
  await pull(hive, join(root, 'posts-v1.csv'), 200);
  flat = join(root, 'flat');
  await cp(hive, flat, { recursive: true, verbatimSymlinks: true });
  await flatten(flat);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('Hive-style month folders', () => {
  it('writes every data file as <entity>/month=YYYY-MM/part-<sha8>.parquet', async () => {
    const manifest = await manifestOf(hive);
    const files = Object.values(manifest.entities).flatMap((e) => e.files);
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) expect(f.path).toMatch(new RegExp(`^[a-z_]+/month=${f.month}/part-${f.sha256.slice(0, 8)}\\.parquet$`));
  });

  it('reads a folder of flat names as it is (the same rows)', async () => {
    expect(Object.values((await manifestOf(flat)).entities).flatMap((e) => e.files).every((f) => /^[a-z_]+\/\d{4}-\d{2}\.[0-9a-f]{8}\.parquet$/.test(f.path))).toBe(true);
    expect(await rowsOf(flat)).toEqual(await rowsOf(hive));
  });

  it('moves a flat folder into month folders on the next commit: every row kept, unchanged months byte for byte', async () => {
    const dir = join(root, 'migrated');
    await cp(flat, dir, { recursive: true, verbatimSymlinks: true });
    const before = await manifestOf(dir);
    const expected = join(root, 'expected');
    await cp(hive, expected, { recursive: true, verbatimSymlinks: true });
    await pull(expected, join(root, 'posts-v2.csv'), 200);
    await pull(dir, join(root, 'posts-v2.csv'), 200);
    const after = await manifestOf(dir);
    expect(after.generation).toBe(before.generation + 1);
    // The same content as the same pull into a folder already in month folders.
    expect(await rowsOf(dir)).toEqual(await rowsOf(expected));
    const files = Object.values(after.entities).flatMap((e) => e.files);
    for (const f of files) expect(f.path).toMatch(/^[a-z_]+\/month=\d{4}-\d{2}\/part-[0-9a-f]{8}\.parquet$/);
    // Months the pull did not touch: the same bytes, moved.
    const old = new Map(Object.values(before.entities).flatMap((e) => e.files).map((f) => [f.sha256, f]));
    const kept = files.filter((f) => old.has(f.sha256));
    const changed = files.filter((f) => !old.has(f.sha256));
    expect(kept.length).toBeGreaterThan(0);
    expect(changed.length).toBeGreaterThan(0);
    for (const f of kept) expect(f.rows).toBe(old.get(f.sha256)!.rows);
    // No flat file is left in the committed version, and the version before is gone.
    const entries = (await readdir(join(dir, 'current'), { recursive: true })).filter((p) => p.endsWith('.parquet'));
    expect(entries.sort()).toEqual(files.map((f) => f.path).sort());
    expect(await readdir(join(dir, 'versions'))).toEqual([String(after.generation)]);
  }, 120_000);

  it('moves a folder written by Cadence before the month folders (commit deac57b) on its next pull: not a row lost', async () => {
    // tests/store/fixtures/flat-folder-deac57b: 60 posts and 120 mentions pulled by that commit's
    // own code with the synthetic plugin (versions/1, flat names, its links).
    const dir = join(root, 'deac57b');
    await cp(join(import.meta.dirname, 'fixtures', 'flat-folder-deac57b'), dir, { recursive: true, verbatimSymlinks: true });
    const before = await manifestOf(dir);
    expect(before.entities.mentions!.files.map((f) => f.path)).toEqual(['mentions/2026-09.abd8ab16.parquet']);
    const rowsBefore = await rowsOf(dir);
    expect(rowsBefore.mentions).toHaveLength(120);
    expect(rowsBefore.posts).toHaveLength(60);
    // The next pull: the mentions' cursor is at their end (nothing new), the posts file is a snapshot of 40 other posts.
    await writeFile(join(root, 'posts-deac57b.csv'), posts(40, 500));
    await pull(dir, join(root, 'posts-deac57b.csv'), 120);
    const after = await manifestOf(dir);
    expect(after.generation).toBe(before.generation + 1);
    for (const f of Object.values(after.entities).flatMap((e) => e.files)) expect(f.path).toMatch(/^[a-z_]+\/month=\d{4}-\d{2}\/part-[0-9a-f]{8}\.parquet$/);
    // The mentions did not change: the same file (bytes and hash), moved; the same 120 rows.
    expect(after.entities.mentions!.files).toEqual([{ ...before.entities.mentions!.files[0]!, path: 'mentions/month=2026-09/part-abd8ab16.parquet' }]);
    const rowsAfter = await rowsOf(dir);
    expect(rowsAfter.mentions).toEqual(rowsBefore.mentions);
    expect(rowsAfter.posts).toHaveLength(40);
    expect(await readdir(join(dir, 'versions'))).toEqual([String(after.generation)]);
  }, 120_000);

  it('is one partitioned dataset to another engine: a Hive glob reads exactly the committed rows, with their month', async () => {
    const manifest = await manifestOf(hive);
    const duck = await openDuck();
    try {
      for (const [entity, e] of Object.entries(manifest.entities)) {
        const glob = join(hive, entity, '**', '*.parquet');
        const [all] = await duck.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet($1, hive_partitioning = true)`, [glob]);
        expect(all!.n, entity).toBe(e.rows);
        // One month alone, by the partition column: only its file is read.
        const month = e.files[0]!.month;
        const [one] = await duck.all<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet($1, hive_partitioning = true) WHERE month = $2`, [glob, month]);
        expect(one!.n, `${entity} ${month}`).toBe(e.files[0]!.rows);
      }
    } finally {
      duck.close();
    }
  });

  it('sorts a month of mentions by tracked name first: each name fills row groups of its own', async () => {
    // 40,000 mentions of September 2026 matching four names in turn: three row groups of 16,384.
    const dir = join(root, 'clustered');
    await pull(dir, join(root, 'posts-v1.csv'), 40_000, ['Alpenglow', 'Bergmann', 'Nordpeak', 'Summit']);
    const file = (await manifestOf(dir)).entities.mentions!.files.find((f) => f.month === '2026-09')!;
    expect(file.rows).toBe(40_000);
    const duck = await openDuck();
    try {
      const groups = await duck.all<{ rg: number; lo: string; hi: string }>(
        `SELECT row_group_id::INTEGER AS rg, stats_min_value AS lo, stats_max_value AS hi FROM parquet_metadata($1) WHERE path_in_schema = 'matched_name' ORDER BY rg`,
        [join(dir, file.path)],
      );
      expect(groups).toHaveLength(3);
      // Sorted by date (as before), every row group would hold all four names; clustered, a name
      // spans at most two of the three, and a query for one name skips the others.
      for (const name of ['Alpenglow', 'Bergmann', 'Nordpeak', 'Summit']) {
        const holding = groups.filter((g) => g.lo <= name && name <= g.hi).length;
        expect(holding, name).toBeLessThanOrEqual(2);
      }
      expect(groups.filter((g) => g.lo <= 'Alpenglow' && 'Alpenglow' <= g.hi)).toHaveLength(1);
    } finally {
      duck.close();
    }
  }, 120_000);
});
