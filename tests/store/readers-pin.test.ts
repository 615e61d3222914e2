/**
 * Readers pin a version: a reader that opened before a pull commits finishes on the version it
 * opened (the pull removes the superseded version folder at once, but the reader's own links keep
 * its files), its pin goes when it closes, and a reader killed with -9 holds nothing after the
 * next writer's cleanup. Readers opened in a loop while pulls commit always read one whole version.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/schema/config.ts';
import { acquireLock } from '../../src/core/store/lock.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { recoverDataFolder } from '../../src/core/store/recover.ts';
import { runPull } from '../../src/plugins/runner.ts';
import synthetic from './fixtures/synthetic-plugin.ts';
import { runChild } from './fixtures/tree.ts';

let root: string;
let baseDir: string;
let postsV1: string;
let postsV2: string;

const csv = (rows: number, offset = 0) =>
  'Post ID,Date,Network,Impressions,Engagement Rate\n' +
  Array.from({ length: rows }, (_, i) => `p${i + offset},2026-0${1 + ((i + offset) % 9)}-1${(i + offset) % 10} 10:00,facebook,${i * 3 + offset},1.5%`).join('\n') +
  '\n';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
async function pull(dataDir: string, postsCsv: string, mentions: number, variant = 'a') {
  const config = configSchema.parse({ brand: { name: 'Test' }, dataDir, sources: { synth: { plugin: 'synthetic', options: { postsCsv, mentions, variant } } } });
  const r = await runPull({ projectDir: root, config, log: quiet, clock: { now: () => new Date('2026-10-01T00:00:00Z') }, env: {}, plugins: { synthetic } });
  expect(r.sources[0]).toMatchObject({ status: 'ok' });
}

interface ReaderChild {
  lines: AsyncIterator<string>;
  next(prefix: string): Promise<unknown>;
  go(): void;
  kill(): void;
  closed: Promise<number | null>;
}

/** A reader in its own process (tests/store/fixtures/reader-child.ts), paused between two queries. */
function readerChild(dataDir: string): ReaderChild {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'reader-child.ts'), dataDir], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    lines,
    async next(prefix) {
      const { value, done } = await lines.next();
      if (done) throw new Error(`reader child ended: ${stderr}`);
      expect(value.startsWith(prefix), `${value}\n${stderr}`).toBe(true);
      return value === prefix ? undefined : JSON.parse(value.slice(prefix.length + 1));
    },
    go: () => void child.stdin.write('go\n'),
    kill: () => void child.kill('SIGKILL'),
    closed: new Promise((r) => child.on('close', r)),
  };
}

const pins = async (dataDir: string) => (await readdir(join(dataDir, '.readers')).catch(() => [] as string[])).sort();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-pins-'));
  postsV1 = join(root, 'v1.csv');
  postsV2 = join(root, 'v2.csv');
  await writeFile(postsV1, csv(120));
  await writeFile(postsV2, csv(200, 60));
  baseDir = join(root, 'base');
  await pull(baseDir, postsV1, 100);
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a reader pins the version it opened', () => {
  it('a reader process overtaken by a pull finishes with the numbers of its version; the pin goes when it closes', async () => {
    const dir = join(root, 'overtaken');
    await cp(baseDir, dir, { recursive: true, verbatimSymlinks: true });
    const reader = readerChild(dir);
    const ready = (await reader.next('ready')) as { generation: number; counts: Record<string, number> };
    expect(ready).toEqual({ generation: 1, counts: { mentions: 100, posts: 120 } });
    expect(await pins(dir)).toHaveLength(1);
    // A pull in another process commits version 2 and removes version 1 at once.
    const run = await runChild([dir, postsV2, 'none', '0', '250']);
    expect(run.stdout).toContain('result:{"status":"ok"');
    expect(await readdir(join(dir, 'versions'))).toEqual(['2']);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.entities.posts.rows).toBe(200); // the posts file is a snapshot: v2 replaces v1
    // The paused reader goes on: the same rows as when it opened, no "cannot open file".
    reader.go();
    expect(await reader.next('again')).toEqual({ counts: ready.counts });
    await reader.next('closed');
    expect(await reader.closed).toBe(0);
    expect(await pins(dir)).toEqual([]);
  }, 60_000);

  it('the pinned files are the superseded version’s own: links that outlive its folder, freed on close', async () => {
    const dir = join(root, 'in-process');
    await cp(baseDir, dir, { recursive: true, verbatimSymlinks: true });
    const reader = await openReader(dir);
    expect(reader.generation).toBe(1);
    const file = join(reader.root, reader.manifest.entities.posts!.files[0]!.path);
    await pull(dir, postsV2, 250, 'b');
    expect(await readdir(join(dir, 'versions'))).toEqual(['2']);
    // Held by the pin alone now (the version folder is gone).
    expect((await stat(file)).nlink).toBe(1);
    const [row] = await reader.query<{ n: number }>('SELECT count(*) AS n FROM posts');
    expect(row!.n).toBe(120);
    await reader.close();
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await pins(dir)).toEqual([]);
    const fresh = await openReader(dir);
    expect(fresh.generation).toBe(2);
    expect((await fresh.query<{ n: number }>('SELECT count(*) AS n FROM posts'))[0]!.n).toBe(200);
    await fresh.close();
  }, 60_000);

  it('a reader killed with -9 holds nothing after the next writer cleans up', async () => {
    const dir = join(root, 'killed');
    await cp(baseDir, dir, { recursive: true, verbatimSymlinks: true });
    const reader = readerChild(dir);
    await reader.next('ready');
    reader.kill();
    await reader.closed;
    const [pin] = await pins(dir);
    expect(pin).toMatch(/^\d+@/);
    // A live reader of this process is kept; the dead one's pin is removed.
    const live = await openReader(dir);
    const lock = await acquireLock(dir);
    const { removed } = await recoverDataFolder(dir);
    await lock.release();
    expect(removed).toContain(`.readers/${pin}`);
    expect(await pins(dir)).toHaveLength(1);
    expect(await pins(dir)).not.toContain(pin);
    await live.close();
    expect(await pins(dir)).toEqual([]);
  }, 60_000);

  it('readers opened while pulls commit, again and again, each read one whole version', async () => {
    const dir = join(root, 'loop');
    await cp(baseDir, dir, { recursive: true, verbatimSymlinks: true });
    let writing = true;
    const writer = (async () => {
      try {
        for (let i = 0; i < 6; i++) await pull(dir, i % 2 ? postsV1 : postsV2, 100 + i * 10, `v${i}`);
      } finally {
        writing = false;
      }
    })();
    const generations = new Set<number>();
    let reads = 0;
    while (writing || reads === 0) {
      const reader = await openReader(dir);
      try {
        for (const [entity, entry] of Object.entries(reader.manifest.entities)) {
          const [row] = await reader.query<{ n: number }>(`SELECT count(*) AS n FROM ${entity}`);
          expect(row!.n, `generation ${reader.generation}, ${entity}`).toBe(entry!.rows);
        }
        generations.add(reader.generation!);
        reads++;
      } finally {
        await reader.close();
      }
    }
    await writer;
    expect(generations.size).toBeGreaterThan(2);
    expect(await pins(dir)).toEqual([]);
    expect(await readdir(join(dir, 'versions'))).toEqual(['7']);
  }, 90_000);
});
