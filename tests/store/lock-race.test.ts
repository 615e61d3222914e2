/**
 * A lock that cannot be shared: many writers finding the same stale lock at once — in one process
 * and in four processes started together — take it over one at a time, never two at once; every
 * one of them gets its turn; no raw ENOENT/ENOTEMPTY/EEXIST reaches anyone.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/core/store/lock.ts';
import { runChild } from './fixtures/tree.ts';

let root: string;

/** A lock left by a process that no longer runs (pids this high are not in use). */
const staleLock = (dir: string, pid = 2 ** 22 - 7) => writeFile(join(dir, '.lock'), JSON.stringify({ pid, host: hostname(), since: '2026-01-01T00:00:00Z', command: 'killed' }));

const RAW = /\b(ENOENT|ENOTEMPTY|EEXIST|EISDIR|ENOTDIR|EPERM|EBUSY)\b/;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-lock-race-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('taking over a stale lock', () => {
  it('twelve writers in one process, ten rounds: exactly one holds the lock at any time, and each gets it', async () => {
    const dir = join(root, 'in-process');
    const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 3)));
    for (let round = 0; round < 10; round++) {
      await mkdir(dir, { recursive: true });
      await staleLock(dir, 2 ** 22 - 7 - round);
      let inside = 0;
      let most = 0;
      const holders: number[] = [];
      await Promise.all(
        Array.from({ length: 12 }, async (_, i) => {
          const lock = await acquireLock(dir, { waitSeconds: 30, sleep });
          inside++;
          most = Math.max(most, inside);
          holders.push(i);
          expect(await lock.held()).toBe(true);
          await new Promise((r) => setTimeout(r, 1));
          inside--;
          await lock.release();
        }),
      );
      expect(most, `round ${round}: writers at once`).toBe(1);
      expect(holders.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
      // Nothing left behind: no lock, no attempt or claim files.
      expect((await readdir(dir)).filter((n) => n.startsWith('.lock'))).toEqual([]);
    }
  }, 60_000);

  it('a taker delayed between judging a lock stale and taking it over never removes the lock another took meanwhile', async () => {
    const dir = join(root, 'slow-taker');
    await mkdir(dir, { recursive: true });
    await staleLock(dir);
    let reached!: () => void;
    const atHook = new Promise<void>((r) => (reached = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, Math.min(ms, 3)));
    let slowHolds = false;
    const slow = acquireLock(dir, { waitSeconds: 30, sleep, beforeTakeover: () => (reached(), gate) }).then((lock) => ((slowHolds = true), lock));
    await atHook;
    // Meanwhile another writer takes the stale lock over and holds it.
    const first = await acquireLock(dir, { waitSeconds: 5, sleep });
    release();
    await new Promise((r) => setTimeout(r, 150));
    expect(slowHolds).toBe(false);
    expect(await first.held()).toBe(true);
    await first.release();
    const second = await slow;
    expect(await second.held()).toBe(true);
    await second.release();
  });

  it('four `--wait` pulls started together over a stale lock, three rounds: all succeed, never two writers, no raw error', async () => {
    // A small folder to pull into, once.
    const posts = join(root, 'posts.csv');
    await writeFile(posts, 'Post ID,Date,Network,Impressions,Engagement Rate\n' + Array.from({ length: 40 }, (_, i) => `p${i},2026-09-${String(1 + (i % 28)).padStart(2, '0')} 10:00,facebook,${i},1%`).join('\n') + '\n');
    const base = join(root, 'base');
    expect((await runChild([base, posts, 'none', '0', '60'])).stdout).toContain('result:{"status":"ok"');
    for (let round = 0; round < 3; round++) {
      const dir = join(root, `round-${round}`);
      await cp(base, dir, { recursive: true, verbatimSymlinks: true });
      await staleLock(dir);
      // What a pull killed while staging leaves: the first writer's recovery clears it while the others
      // wait (an older Cadence's waiters wrote into .tmp/ meanwhile: raw ENOTEMPTY / ENOENT).
      await mkdir(join(dir, '.tmp', 'killed-pull'), { recursive: true });
      await Promise.all(Array.from({ length: 5000 }, (_, i) => writeFile(join(dir, '.tmp', 'killed-pull', `spill-${i}.bin`), 'x')));
      const markers = join(root, `markers-${round}.log`);
      const barrier = join(root, `go-${round}`);
      const runs = Array.from({ length: 4 }, () => runChild([dir, posts, 'none', '0', '60', '120'], undefined, { PULL_CHILD_MARKERS: markers, PULL_CHILD_BARRIER: barrier }));
      // Let all four start up, then release them at once.
      await new Promise((r) => setTimeout(r, 1500));
      await writeFile(barrier, '');
      const results = await Promise.all(runs);
      for (const r of results) {
        expect(r.code, r.stdout + r.stderr).toBe(0);
        expect(r.stdout).toContain('result:{"status":"ok"');
        expect(r.stdout + r.stderr).not.toMatch(RAW);
      }
      // Exactly one of them took the stale lock over.
      expect(results.filter((r) => r.stdout.includes('took over a stale lock')).length).toBe(1);
      // Writers one after the other: start, end, start, end … each by the same process.
      const log = (await readFile(markers, 'utf8')).trim().split('\n');
      expect(log).toHaveLength(8);
      for (let i = 0; i < log.length; i += 2) {
        const [what, pid] = log[i]!.split(' ');
        expect(what).toBe('start');
        expect(log[i + 1]).toBe(`end ${pid}`);
      }
      expect(new Set(log.map((l) => l.split(' ')[1])).size).toBe(4);
      expect((await readdir(dir)).filter((n) => n.startsWith('.lock'))).toEqual([]);
    }
  }, 150_000);
});
