/**
 * A pull killed with SIGKILL at any point leaves the data folder exactly as before; a completed
 * pull leaves it exactly as after. Two pulls at once never interleave.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/core/store/lock.ts';
import { recoverDataFolder } from '../../src/core/store/recover.ts';
import { runChild, treeHash } from './fixtures/tree.ts';

let root: string;
let before: Record<string, string>;
let after: Record<string, string>;
let beforeDir: string;
let postsV2: string;

const csv = (rows: number, offset = 0) =>
  'Post ID,Date,Network,Impressions,Engagement Rate\n' +
  Array.from({ length: rows }, (_, i) => {
    const n = i + offset;
    return `p${n},2026-0${1 + (n % 9)}-${String(1 + (n % 28)).padStart(2, '0')} 1${n % 10}:00,facebook,"${(n * 37) % 5000},${n % 10}00",${n % 7}.5%`;
  }).join('\n') +
  '\n';

const noLock = (rel: string) => rel === '.lock' || rel.startsWith('.tmp');

async function recover(dir: string) {
  const lock = await acquireLock(dir);
  await recoverDataFolder(dir);
  await lock.release();
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
  const afterDir = join(root, 'after');
  await cp(beforeDir, afterDir, { recursive: true });
  const r2 = await runChild([afterDir, postsV2, 'none', '0', '400']);
  expect(r2.stdout).toContain('result:{"status":"ok"');
  after = await treeHash(afterDir);
  expect(after).not.toEqual(before);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('kill -9 during a pull', () => {
  it.each(['merged', 'moved'])('killed at "%s" (before the manifest is replaced) leaves the folder as before', async (phase) => {
    const dir = join(root, `crash-${phase}`);
    await cp(beforeDir, dir, { recursive: true });
    const run = await runChild([dir, postsV2, phase, '0', '400']);
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toContain(`phase:${phase}`);
    // Readers see exactly the old state: same manifest, every listed file intact.
    const raw = await treeHash(dir, noLock);
    expect(raw['manifest.json']).toBe(before['manifest.json']);
    for (const [path, hash] of Object.entries(before)) expect(raw[path]).toBe(hash);
    // The next writer removes what the dead one left; then the folder is byte-for-byte as before.
    await recover(dir);
    expect(await treeHash(dir)).toEqual(before);
  });

  it.each(['committed', 'cleaned'])('killed at "%s" (after the manifest is replaced) leaves the folder as after', async (phase) => {
    const dir = join(root, `crash-${phase}`);
    await cp(beforeDir, dir, { recursive: true });
    const run = await runChild([dir, postsV2, phase, '0', '400']);
    expect(run.signal).toBe('SIGKILL');
    const raw = await treeHash(dir, noLock);
    expect(raw['manifest.json']).toBe(after['manifest.json']);
    await recover(dir);
    expect(await treeHash(dir)).toEqual(after);
  });

  it('killed at random moments, the folder is always exactly before or after', async () => {
    // Fixed delays (a seeded spread over the pull's duration), not Math.random.
    const delays = [0, 40, 90, 150, 230, 330, 480, 700];
    const seen = new Set<string>();
    for (const [i, ms] of delays.entries()) {
      const dir = join(root, `random-${i}`);
      await cp(beforeDir, dir, { recursive: true });
      await runChild([dir, postsV2, 'none', '25', '400'], ms);
      await recover(dir);
      const tree = await treeHash(dir);
      const same = JSON.stringify(tree);
      expect([JSON.stringify(before), JSON.stringify(after)]).toContain(same);
      seen.add(same === JSON.stringify(before) ? 'before' : 'after');
    }
    expect(seen.has('before')).toBe(true);
  }, 180_000);
});

describe('two pulls at once', () => {
  it('the second stops with CADENCE_STORE_LOCKED while the first runs, and waits with --wait', async () => {
    const dir = join(root, 'concurrent');
    await cp(beforeDir, dir, { recursive: true });
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
    expect(Object.keys(tree).filter((p) => p.endsWith('.parquet'))).toEqual(Object.keys(after).filter((p) => p.endsWith('.parquet')));
  }, 120_000);

  it('a stale lock of a dead process is taken over', async () => {
    const dir = join(root, 'stale');
    await cp(beforeDir, dir, { recursive: true });
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: 2 ** 22 - 3, host: (await import('node:os')).hostname(), since: '2026-01-01', command: 'dead' }));
    const run = await runChild([dir, postsV2, 'none', '0', '400']);
    expect(run.stdout).toContain('result:{"status":"ok"');
  });
});

describe('the lock file', () => {
  it('an unreadable lock (a writer killed while creating it) is cleared after a grace period', async () => {
    const { utimes } = await import('node:fs/promises');
    const dir = join(root, 'empty-lock');
    await cp(beforeDir, dir, { recursive: true });
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
