/**
 * A full disk is CADENCE_DISK_FULL — the file being written, the room left, roughly what the pull
 * needed — with exit 1, never "a plugin failed, report it to the plugin author", and the data
 * folder stays exactly as it was.
 *
 * The real `cadence pull` runs with a preload (fixtures/disk-full-preload.mjs) that makes the
 * disk look full for chosen files, failing their writes the way Node reports ENOSPC: once while a
 * pull stages its rows, once at the commit point (the new manifest). DuckDB's own full-disk
 * message is taken from a real full device (/dev/full), and so is Node's.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/cli/exit-codes.ts';
import { asDiskFull, formatBytes, freeBytes, isDiskFull } from '../../src/core/store/disk-full.ts';
import { writeFileAtomic } from '../../src/core/store/files.ts';
import { makeProject, slowPluginSource } from '../plugins/project.ts';
import { bin } from '../cli/run-cli.ts';
import { treeHash } from './fixtures/tree.ts';

const preload = join(import.meta.dirname, 'fixtures', 'disk-full-preload.mjs');

function cadence(args: string[], cwd: string, fullFor?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', preload, bin, ...args],
      { cwd, env: { ...process.env, NO_COLOR: '1', CI: 'true', ...(fullFor ? { CADENCE_TEST_DISK_FULL: fullFor } : {}) }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

const config = (count: number) => `import { defineConfig } from 'cadence/config';
export default defineConfig({ brand: { name: 'Acme' }, timezone: 'UTC', sources: { slow: { plugin: 'slow', options: { count: ${count} } } } });
`;
/** The committed data folder: what a reader sees (the lock and readers' pins come and go). */
const committed = (dir: string) => treeHash(join(dir, 'data'), (rel) => rel === '.lock' || rel.startsWith('.readers'));

describe('a full disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeProject({ 'cadence.config.ts': config(30), 'plugins/slow/index.ts': slowPluginSource });
    const first = await cadence(['pull'], dir);
    expect(first.code, first.stderr).toBe(0);
    await writeFile(join(dir, 'cadence.config.ts'), config(90));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('while a pull stages its rows: CADENCE_DISK_FULL naming the file and the room left, exit 1, folder unchanged', async () => {
    const before = await committed(dir);
    const run = await cadence(['pull', '--full'], dir, String.raw`[/\\]\.tmp[/\\].*records-.*\.ndjson$`);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('CADENCE_DISK_FULL: The disk is full');
    expect(run.stderr).toMatch(/writing data\/\.tmp\/[^ ]*records-[^ ]*\.ndjson failed while staging rows/);
    expect(run.stderr).toMatch(/\d+(\.\d)? (bytes|KiB|MiB|GiB|TiB) (is|are) free on that disk/);
    expect(run.stderr).not.toMatch(/CADENCE_PLUGIN_FAILED|plugin author|ENOSPC: no space/);
    expect(await committed(dir)).toEqual(before);
    expect(existsSync(join(dir, 'data', '.lock'))).toBe(false);
  });

  it('at the commit point (the new manifest): the same, and the next pull with room commits', async () => {
    const before = await committed(dir);
    const run = await cadence(['pull', '--full'], dir, String.raw`manifest\.json`);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('CADENCE_DISK_FULL: The disk is full');
    expect(run.stderr).toMatch(/writing data\/[^ ]*manifest\.json[^ ]* failed/);
    // The pull had staged its rows: the message says roughly how much it needed.
    expect(run.stderr).toMatch(/The pull had staged about \d+(\.\d)? (bytes|KiB|MiB) when the disk filled, and committing writes about as much again: it needs roughly \d+(\.\d)? (bytes|KiB|MiB) free to finish\./);
    expect(run.stderr).not.toMatch(/CADENCE_PLUGIN_FAILED|plugin author/);
    expect(await committed(dir)).toEqual(before);

    const again = await cadence(['pull', '--full'], dir);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain('pull slow: 60 added, 0 updated, 30 unchanged');
  });

  it('while a build writes the site: CADENCE_DISK_FULL (not CADENCE_BUILD_FAILED), exit 1, no half site', async () => {
    const run = await cadence(['build'], dir, String.raw`cadence-staging[/\\]`);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toContain('CADENCE_DISK_FULL: The disk is full');
    expect(run.stderr).toMatch(/writing \.dist\.cadence-staging failed while building the site/);
    expect(run.stderr).not.toMatch(/CADENCE_BUILD_FAILED|Astro failed/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    expect(existsSync(join(dir, '.dist.cadence-staging'))).toBe(false);
  }, 60_000);

  it('is recognised in DuckDB’s and Node’s own messages from a really full device', async () => {
    if (!existsSync('/dev/full')) return;
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const duck = await connection.run(`COPY (SELECT range AS x FROM range(100000)) TO '/dev/full' (FORMAT parquet)`).then(() => undefined, (e: unknown) => e);
    connection.closeSync();
    expect(isDiskFull(duck)).toBe(true);
    const fromDuck = asDiskFull(duck)!;
    expect(fromDuck.code).toBe('CADENCE_DISK_FULL');
    expect(fromDuck.details.path).toBe('/dev/full');
    expect(exitCodeFor(fromDuck)).toBe(1);

    const scratch = await mkdtemp(join(tmpdir(), 'cadence-full-'));
    try {
      const { writeFile: write } = await import('node:fs/promises');
      const node = await write('/dev/full', 'x'.repeat(65_536)).then(() => undefined, (e: unknown) => e);
      expect((node as NodeJS.ErrnoException).code).toBe('ENOSPC');
      const fromNode = asDiskFull(node, { path: join(scratch, 'manifest.json'), neededBytes: 5 * 2 ** 20, neededWhat: 'The pull had staged' })!;
      expect(fromNode.detail).toContain(`writing ${join(scratch, 'manifest.json')} failed`);
      expect(fromNode.detail).toContain('The pull had staged about 5.0 MiB when the disk filled, and committing writes about as much again: it needs roughly 10 MiB free to finish.');
      expect(fromNode.details.freeBytes).toBe(freeBytes(scratch));
      // A store write that fails on a full disk names its file.
      expect(isDiskFull(new Error('IO Error: Could not write file "x": Disk quota exceeded'))).toBe(true);
      expect(isDiskFull(new Error('IO Error: No files found that match the pattern'))).toBe(false);
      await expect(writeFileAtomic(join(scratch, 'ok.json'), '{}')).resolves.toBeUndefined();
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(5 * 2 ** 30)).toBe('5.0 GiB');
  });
});
