/**
 * A pull killed with SIGKILL at any point leaves the data folder exactly as before; a completed
 * pull leaves it exactly as after. At every one of those points, what a user reads by path — a
 * DuckDB glob over the month folders of `data/<entity>/` — lists exactly the files of the committed version
 * (never an uncommitted or superseded one) and sums to the manifest's rows. The same holds while a
 * folder of the legacy layout is converted. Two pulls at once never interleave.
 */
import { cp, mkdtemp, readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/schema/config.ts';
import { entityNames } from '../../src/core/schema/entities.ts';
import { openDuck } from '../../src/core/store/duckdb.ts';
import { acquireLock } from '../../src/core/store/lock.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { recoverDataFolder } from '../../src/core/store/recover.ts';
import { runPull } from '../../src/plugins/runner.ts';
import synthetic from './fixtures/synthetic-plugin.ts';
import { runChild, treeHash } from './fixtures/tree.ts';

let root: string;
let before: Record<string, string>;
let after: Record<string, string>;
let beforeDir: string;
let afterDir: string;
let postsV2: string;

const csv = (rows: number, offset = 0) =>
  'Post ID,Date,Network,Impressions,Engagement Rate\n' +
  Array.from({ length: rows }, (_, i) => {
    const n = i + offset;
    return `p${n},2026-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')} 1${n % 10}:00,facebook,"${1 + (n % 9)},${String((n * 37) % 1000).padStart(3, '0')}",${n % 7}.5%`;
  }).join('\n') +
  '\n';

const noLock = (rel: string) => rel === '.lock' || rel.startsWith('.tmp');
/** Copies a data folder as `cp -R` does: links stay links (relative), so the copy reads its own files. */
const copy = (from: string, to: string) => cp(from, to, { recursive: true, verbatimSymlinks: true });

async function recover(dir: string) {
  const lock = await acquireLock(dir);
  await recoverDataFolder(dir);
  await lock.release();
}

/** The same pull as the child's, in this process (the "next pull" after a kill). */
async function pullAgain(dir: string) {
  const config = configSchema.parse({ brand: { name: 'Test' }, dataDir: dir, sources: { synth: { plugin: 'synthetic', options: { postsCsv: postsV2, delayMs: 0, mentions: 400 } } } });
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const r = await runPull({ projectDir: root, config, log: quiet, clock: { now: () => new Date('2026-10-01T00:00:00Z') }, env: {}, commitEvery: 1_000_000, plugins: { synthetic } });
  expect(r.sources[0]).toMatchObject({ status: 'ok' });
  return r.sources[0]!;
}

/**
 * What a user sees by path: the manifest through data/manifest.json, and per entity the files a
 * DuckDB glob over the month folders of data/<entity>/ lists and the rows it reads. They must be one version.
 */
async function assertGlobIsCommitted(dir: string, options: { missing?: string[] } = {}) {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  const duck = await openDuck();
  try {
    for (const entity of entityNames) {
      const listed = (manifest.entities[entity]?.files ?? []).map((f: { path: string }) => basename(f.path)).sort();
      const pattern = join(dir, entity, 'month=*', '*.parquet');
      if (options.missing?.includes(entity)) {
        // Mid-conversion, the folder being swapped for its link: missing — an error, never other rows.
        await expect(duck.all(`SELECT count(*) AS n FROM read_parquet($1)`, [pattern])).rejects.toThrow(/No files found/);
        continue;
      }
      const globbed = (await duck.all<{ file: string }>(`SELECT file FROM glob($1)`, [pattern])).map((r) => basename(r.file)).sort();
      expect(globbed, `${entity}: the glob lists exactly the committed files`).toEqual(listed);
      if (!listed.length) continue;
      const [row] = await duck.all<{ n: number }>(`SELECT count(*) AS n FROM read_parquet($1)`, [pattern]);
      expect(row!.n, `${entity}: glob rows = manifest rows`).toBe(manifest.entities[entity].rows);
    }
  } finally {
    duck.close();
  }
  // Cadence's own reader agrees.
  const reader = await openReader(dir);
  try {
    for (const [entity, entry] of Object.entries(reader.manifest.entities)) {
      const [row] = await reader.query<{ n: number }>(`SELECT count(*) AS n FROM ${entity}`);
      expect(row!.n).toBe((entry as { rows: number }).rows);
    }
    expect(reader.manifest).toEqual(manifest);
  } finally {
    await reader.close();
  }
  return manifest;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-atomic-'));
  const postsV1 = join(root, 'posts-v1.csv');
  postsV2 = join(root, 'posts-v2.csv');
  await writeFile(postsV1, csv(300));
  await writeFile(postsV2, csv(400, 150)); // 150 overlapping ids (some changed), 250 new
  beforeDir = join(root, 'before');
  const r1 = await runChild([beforeDir, postsV1, 'none', '0', '200']);
  expect(r1.stdout).toContain('result:{"status":"ok"');
  before = await treeHash(beforeDir);
  afterDir = join(root, 'after');
  await copy(beforeDir, afterDir);
  const r2 = await runChild([afterDir, postsV2, 'none', '0', '400']);
  expect(r2.stdout).toContain('result:{"status":"ok"');
  after = await treeHash(afterDir);
  expect(after).not.toEqual(before);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the versioned layout', () => {
  it('one version folder, `current` and the top-level names are relative links into it', async () => {
    expect(await readlink(join(afterDir, 'current'))).toBe('versions/2');
    expect(await readdir(join(afterDir, 'versions'))).toEqual(['2']);
    expect(await readlink(join(afterDir, 'manifest.json'))).toBe('current/manifest.json');
    expect(await readlink(join(afterDir, 'posts'))).toBe('current/posts');
    expect(await readlink(join(afterDir, 'mentions'))).toBe('current/mentions');
    // A finished pull leaves no staging folder behind (not even an empty data/.tmp).
    expect(await readdir(afterDir)).not.toContain('.tmp');
    expect(await readdir(afterDir)).toContain('versions');
    await assertGlobIsCommitted(afterDir);
  });
});

describe('kill -9 during a pull', () => {
  it.each(['merged', 'moving', 'moved'])('killed at "%s" (before `current` is switched) leaves the folder as before', async (phase) => {
    const dir = join(root, `crash-${phase}`);
    await copy(beforeDir, dir);
    const run = await runChild([dir, postsV2, phase, '0', '400']);
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toContain(`phase:${phase}`);
    // Readers see exactly the old state: same manifest, every listed file intact, nothing else by glob.
    const raw = await treeHash(dir, noLock);
    expect(raw['manifest.json']).toBe(before['manifest.json']);
    for (const [path, hash] of Object.entries(before)) expect(raw[path]).toBe(hash);
    await assertGlobIsCommitted(dir);
    // The next writer removes what the dead one left; then the folder is byte-for-byte as before,
    // and the next pull gives what an uninterrupted one gives.
    await recover(dir);
    expect(await treeHash(dir)).toEqual(before);
    await pullAgain(dir);
    expect(await treeHash(dir)).toEqual(after);
  }, 60_000);

  it.each(['committed', 'cleaning', 'cleaned'])('killed at "%s" (after `current` is switched) leaves the folder as after', async (phase) => {
    const dir = join(root, `crash-${phase}`);
    await copy(beforeDir, dir);
    const run = await runChild([dir, postsV2, phase, '0', '400']);
    expect(run.signal).toBe('SIGKILL');
    const raw = await treeHash(dir, noLock);
    expect(raw['manifest.json']).toBe(after['manifest.json']);
    await assertGlobIsCommitted(dir);
    await recover(dir);
    expect(await treeHash(dir)).toEqual(after);
    // The next pull of the same input adds nothing and changes no row.
    const again = await pullAgain(dir);
    expect(again).toMatchObject({ added: 0, updated: 0, removed: 0 });
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.entities).toEqual(JSON.parse(await readFile(join(afterDir, 'manifest.json'), 'utf8')).entities);
  }, 60_000);

  it('killed at random moments, the folder is always exactly before or after, and one version by glob', async () => {
    // Fixed delays (a seeded spread over the pull's duration), not Math.random.
    const delays = [0, 40, 90, 150, 230, 330, 480, 700];
    const seen = new Set<string>();
    for (const [i, ms] of delays.entries()) {
      const dir = join(root, `random-${i}`);
      await copy(beforeDir, dir);
      await runChild([dir, postsV2, 'none', '25', '400'], ms);
      await assertGlobIsCommitted(dir);
      await recover(dir);
      const tree = await treeHash(dir);
      const same = JSON.stringify(tree);
      expect([JSON.stringify(before), JSON.stringify(after)]).toContain(same);
      seen.add(same === JSON.stringify(before) ? 'before' : 'after');
    }
    expect(seen.has('before')).toBe(true);
  }, 180_000);
});

describe('a folder of the legacy layout (a real manifest.json and entity folders)', () => {
  /** The legacy form of `before`: its version's content at the top of the folder. */
  const legacyCopy = async (dir: string) => {
    await cp(join(beforeDir, 'versions', '1'), dir, { recursive: true });
    expect((await readdir(dir)).sort()).toEqual(['manifest.json', 'mentions', 'posts']);
  };

  it('is read as it is, and converted by the next writer to exactly the versioned folder', async () => {
    const dir = join(root, 'legacy');
    await legacyCopy(dir);
    await assertGlobIsCommitted(dir);
    await recover(dir);
    expect(await treeHash(dir)).toEqual(before);
    await pullAgain(dir);
    expect(await treeHash(dir)).toEqual(after);
  }, 60_000);

  it.each([
    ['convert-version', []],
    ['convert-current', []],
    ['convert-linked', []],
    ['convert-gap', ['mentions']],
  ] as const)('killed at "%s" of the conversion, the folder reads one version; the next pull finishes it', async (phase, missing) => {
    const dir = join(root, `legacy-${phase}`);
    await legacyCopy(dir);
    const run = await runChild([dir, postsV2, phase, '0', '400']);
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toContain(`phase:${phase}`);
    const manifest = await assertGlobIsCommitted(dir, { missing: [...missing] });
    expect(manifest.generation).toBe(1);
    await pullAgain(dir);
    expect(await treeHash(dir)).toEqual(after);
  }, 60_000);
});

describe('two pulls at once', () => {
  it('the second stops with CADENCE_STORE_LOCKED while the first runs, and waits with --wait', async () => {
    const dir = join(root, 'concurrent');
    await copy(beforeDir, dir);
    const first = runChild([dir, postsV2, 'none', '400', '400']);
    // Wait until the first holds the lock.
    for (let i = 0; i < 200; i++) {
      try {
        await readFile(join(dir, '.lock'), 'utf8');
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 25));
      }
    }
    const refused = await runChild([dir, postsV2, 'none', '0', '400', '0']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr + refused.stdout).toContain('CADENCE_STORE_LOCKED');
    const waiting = await runChild([dir, postsV2, 'none', '0', '400', '60']);
    expect(waiting.stdout).toContain('result:{"status":"ok"');
    const firstRun = await first;
    expect(firstRun.stdout).toContain('result:{"status":"ok"');
    // Run after run, never interleaved: the same rows as one pull of v2 (the second adds nothing).
    expect(waiting.stdout).toContain('"added":0');
    const tree = await treeHash(dir);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const afterManifest = JSON.parse(await readFile(join(root, 'after', 'manifest.json'), 'utf8'));
    expect(manifest.entities).toEqual(afterManifest.entities);
    const files = (t: Record<string, string>) => Object.keys(t).filter((p) => p.endsWith('.parquet') && !p.startsWith('versions/') && !p.startsWith('current/'));
    expect(files(tree)).toEqual(files(after));
  }, 120_000);

  it('a stale lock of a dead process is taken over', async () => {
    const dir = join(root, 'stale');
    await copy(beforeDir, dir);
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: 2 ** 22 - 3, host: hostname(), since: '2026-01-01', command: 'dead' }));
    const run = await runChild([dir, postsV2, 'none', '0', '400']);
    expect(run.stdout).toContain('result:{"status":"ok"');
    expect(run.stdout).toContain('took over a stale lock of process 4194301');
  });
});

describe('the lock file', () => {
  it('an unreadable lock (a writer killed while creating it) is cleared after a grace period', async () => {
    const { utimes } = await import('node:fs/promises');
    const dir = join(root, 'empty-lock');
    await copy(beforeDir, dir);
    await writeFile(join(dir, '.lock'), '');
    // Fresh: someone may be writing it right now, so it is respected.
    await expect(acquireLock(dir)).rejects.toMatchObject({ code: 'CADENCE_STORE_LOCKED' });
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, '.lock'), old, old);
    const lock = await acquireLock(dir);
    expect(JSON.parse(await readFile(join(dir, '.lock'), 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });
});
