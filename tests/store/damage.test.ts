/**
 * Damage is detected, never built on: a single flipped bit, another month's file copied over a
 * month, a deleted file and a truncated file each stop `cadence metrics` (with the model cache
 * present and without it) and `cadence build` with CADENCE_DATA_DAMAGED naming the file, before a
 * number is printed; `cadence check --data` names each damaged file and the fix; a pull onto a
 * damaged folder fails and changes nothing; `cadence forget --damaged` and a pull bring the same
 * numbers back. Everything runs through the real `cadence` launcher on a small two-source project.
 */
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../cli/run-cli.ts';
import { openTransaction } from '../../src/core/store/transaction.ts';
import { treeHash } from './fixtures/tree.ts';

let root: string;
let base: string;
let baseline: Record<string, number>;

const KPIS = ['listening.mentions', 'listening.shares', 'listening.reach'];
const sentiments = ['positive', 'neutral', 'negative'];

/** `n` mentions spread over January to March 2026, the same every run. */
function csv(prefix: string, n: number): string {
  const lines = ['Id,Date,Network,Url,Shares,Reach,Sentiment'];
  for (let i = 0; i < n; i++) {
    const month = 1 + (i % 3);
    const day = 1 + ((i * 7) % 28);
    lines.push(`${prefix}${i},2026-0${month}-${String(day).padStart(2, '0')} ${10 + (i % 10)}:00,${i % 2 ? 'x' : 'news'},https://ex.test/${prefix}/${i},${(i * 13) % 50},${(i * 97) % 5000},${sentiments[i % 3]}`);
  }
  return lines.join('\n') + '\n';
}

const source = (file: string) =>
  `{ plugin: 'csv', options: { file: '${file}', entity: 'mentions', timezone: 'UTC', columns: { id: 'Id', published_at: 'Date', platform: 'Network', url: 'Url', shares: 'Shares', reach: 'Reach', sentiment: 'Sentiment', matched_kind: { value: 'brand' } } } }`;

async function cadence(dir: string, ...args: string[]) {
  return runCli(['--quiet', ...args], { cwd: dir });
}

/** KPI values of January 2026 from `cadence metrics --json`. */
function values(stdout: string): Record<string, number> {
  const model = JSON.parse(stdout) as { kpis: { id: string; value: number }[] };
  return Object.fromEntries(model.kpis.filter((k) => KPIS.includes(k.id)).map((k) => [k.id, k.value]));
}

/** The data folder's file of mentions in `month` (through the data folder's own names). */
async function monthFile(dir: string, month: string): Promise<{ rel: string; abs: string }> {
  const manifest = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8')) as { entities: Record<string, { files: { path: string; month: string }[] }> };
  const f = manifest.entities.mentions!.files.find((x) => x.month === month)!;
  return { rel: f.path, abs: join(dir, 'data', f.path) };
}

type Damage = 'flip' | 'swap' | 'delete' | 'truncate';

/** Damages January's file; returns its path relative to the data folder. */
async function damage(dir: string, kind: Damage): Promise<string> {
  const jan = await monthFile(dir, '2026-01');
  if (kind === 'flip') {
    const bytes = await readFile(jan.abs);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x10;
    await writeFile(jan.abs, bytes);
  } else if (kind === 'swap') {
    await copyFile((await monthFile(dir, '2026-02')).abs, jan.abs);
  } else if (kind === 'delete') {
    await unlink(jan.abs);
  } else {
    const size = (await readFile(jan.abs)).length;
    await truncate(jan.abs, Math.floor(size / 2));
  }
  return jan.rel;
}

async function copyOf(name: string): Promise<string> {
  const dir = join(root, name);
  await cp(base, dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

const notPull = (rel: string) => rel === '.lock' || rel.startsWith('.tmp') || rel.startsWith('.readers');

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'cadence-damage-'));
  base = join(root, 'base');
  await mkdir(join(base, 'exports'), { recursive: true });
  await mkdir(join(base, 'node_modules'));
  await symlink(repoRoot, join(base, 'node_modules', 'cadence'), 'dir');
  await writeFile(join(base, 'exports', 'listening.csv'), csv('l', 450));
  await writeFile(join(base, 'exports', 'press.csv'), csv('p', 60));
  await writeFile(
    join(base, 'cadence.config.ts'),
    `import { defineConfig } from 'cadence/config';
export default defineConfig({
  brand: { name: 'Alpenglow' },
  timezone: 'UTC',
  sources: { listening: ${source('exports/listening.csv')}, press: ${source('exports/press.csv')} },
});
`,
  );
  const pull = await cadence(base, 'pull');
  expect(pull.code, pull.stderr).toBe(0);
  // The model cache of January, and of the whole site, is present in every copy.
  const metrics = await cadence(base, 'metrics', '--period', '2026-01', '--json');
  expect(metrics.code, metrics.stderr).toBe(0);
  baseline = values(metrics.stdout);
  expect(baseline['listening.mentions']).toBe(170);
  const build = await cadence(base, 'build');
  expect(build.code, build.stderr).toBe(0);
}, 180_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a damaged data folder', () => {
  const wrong: Record<Damage, RegExp> = {
    flip: /its content changed .*same size/,
    swap: /bytes where the manifest lists/,
    delete: /the file is missing/,
    truncate: /bytes where the manifest lists [\d,]+ \(truncated/,
  };

  it.each(['flip', 'swap', 'delete', 'truncate'] as Damage[])('%s: metrics (cached and not) and check --data stop with CADENCE_DATA_DAMAGED naming the file', async (kind) => {
    const dir = await copyOf(`metrics-${kind}`);
    // The cached models of this data (January's, and the whole site's) are there: they must not be served.
    expect((await readdir(join(dir, '.cadence', 'cache', 'models'))).filter((n) => n.endsWith('.json')).length).toBeGreaterThanOrEqual(2);
    const rel = await damage(dir, kind);

    for (const args of [[], ['--no-cache']]) {
      const r = await cadence(dir, 'metrics', '--period', '2026-01', '--json', ...args);
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toBe(''); // no number is printed
      expect(r.stderr).toContain('CADENCE_DATA_DAMAGED');
      expect(r.stderr).toContain(rel);
      expect(r.stderr).toContain('mentions 2026-01');
      expect(r.stderr).toContain('from listening, press');
      expect(r.stderr).toMatch(wrong[kind]);
      expect(r.stderr).toContain('npx cadence forget --damaged');
    }

    const check = await cadence(dir, 'check', '--data');
    expect(check.code, check.stderr).toBe(1);
    expect(check.stdout).toContain(`✗ data/${rel} — mentions 2026-01, 170 row(s) from listening, press`);
    expect(check.stdout).toMatch(wrong[kind]);
    expect(check.stdout).toContain('fix:   copy');
    expect(check.stdout).toContain('`npx cadence pull listening press`');
    expect(check.stdout).toMatch(/1 of 3 files damaged/);
    if (kind === 'swap') expect(check.stdout).toContain('rows of another month than 2026-01');
    expect(check.stderr).toContain('CADENCE_DATA_DAMAGED');
  });

  it('build stops with CADENCE_DATA_DAMAGED before writing the site, with the model cache present', async () => {
    const dir = await copyOf('build-flip');
    const site = await treeHash(join(dir, 'dist'));
    const rel = await damage(dir, 'flip');
    const r = await cadence(dir, 'build');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('CADENCE_DATA_DAMAGED');
    expect(r.stderr).toContain(rel);
    expect(await treeHash(join(dir, 'dist'))).toEqual(site);
  });

  it('a pull onto a damaged folder fails with CADENCE_DATA_DAMAGED and changes nothing', async () => {
    const dir = await copyOf('pull-swap');
    const rel = await damage(dir, 'swap');
    const before = await treeHash(join(dir, 'data'), notPull);
    const r = await cadence(dir, 'pull');
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr).toContain('CADENCE_DATA_DAMAGED');
    expect(r.stderr).toContain(rel);
    expect(await treeHash(join(dir, 'data'), notPull)).toEqual(before);
    // Still named as damaged: the pull did not make it look consistent.
    expect((await cadence(dir, 'check', '--data')).code).toBe(1);
  });

  it('a commit verifies again what it merges: a file damaged after staging fails the commit, nothing changes', async () => {
    const dir = await copyOf('commit-flip');
    const dataDir = join(dir, 'data');
    const tx = await openTransaction({ dataDir, source: 'listening', plugin: 'csv', now: new Date('2026-04-01T00:00:00Z') });
    try {
      // Staging checks the entity's files first (sound here), then the file is damaged.
      expect(await tx.stageRecord('mentions', 'mentions', { id: 'late-1', published_at: new Date('2026-01-15T10:00:00Z'), platform: 'x', matched_kind: 'brand' })).toBe(true);
      const rel = await damage(dir, 'flip');
      const before = await treeHash(dataDir, notPull);
      const error = await tx.commit({ cursors: {}, status: 'ok', final: true }).then(() => undefined, (e: unknown) => e);
      expect(error).toMatchObject({ code: 'CADENCE_DATA_DAMAGED' });
      expect(String((error as Error).message)).toContain(rel);
      expect(await treeHash(dataDir, notPull)).toEqual(before);
    } finally {
      await tx.rollback();
    }
  });

  it('check --data on a sound folder: exit 0 and one line', async () => {
    const r = await cadence(base, 'check', '--data');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toMatch(/^✓ 3 files, 510 rows verified in \d+\.\d\d s/);
  });

  it('forget --damaged drops the file and resets the cursors; the next pull brings the same numbers back', async () => {
    const dir = await copyOf('repair-truncate');
    const rel = await damage(dir, 'truncate');
    const dry = await cadence(dir, 'forget', '--damaged', '--dry-run');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`would drop ${rel}`);
    const forget = await cadence(dir, 'forget', '--damaged');
    expect(forget.code, forget.stderr).toBe(0);
    expect(forget.stdout).toContain(`dropped ${rel}`);
    expect(forget.stdout).toContain('reset the cursors of listening, press');
    const sound = await cadence(dir, 'check', '--data');
    expect(sound.code, sound.stdout + sound.stderr).toBe(0);
    expect(sound.stdout).toMatch(/^✓ 2 files, 340 rows verified/);
    const pull = await cadence(dir, 'pull');
    expect(pull.code, pull.stderr).toBe(0);
    const after = await cadence(dir, 'metrics', '--period', '2026-01', '--json');
    expect(after.code, after.stderr).toBe(0);
    expect(values(after.stdout)).toEqual(baseline);
    expect((await cadence(dir, 'check', '--data')).stdout).toMatch(/^✓ 3 files, 510 rows verified/);
  });
});
