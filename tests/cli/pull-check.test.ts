/**
 * The real `cadence` command on a user project: pull, re-pull, check, Ctrl-C mid-pull, and the
 * exit codes that tell "invalid input" from "failure".
 */
import { spawn } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, slowPluginSource } from '../plugins/project.ts';
import { treeHash } from '../store/fixtures/tree.ts';
import { bin, runCli } from './run-cli.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const config = (sources: string) => `import { defineConfig } from 'cadence/config';
export default defineConfig({ brand: { name: 'Acme' }, timezone: 'Europe/Berlin', sources: { ${sources} } });
`;
const postsCsv = 'Post ID,Date,Network,Impressions\np1,2026-09-01 10:00,facebook,"1,200"\np2,2026-09-02 11:30,instagram,340\np3,not a date,facebook,12\n';
const csvSource = `posts: { plugin: 'csv', options: { file: 'exports/posts.csv', entity: 'posts', columns: { id: 'Post ID', published_at: 'Date', platform: 'Network', impressions: 'Impressions' } } }`;

describe('cadence pull and check', () => {
  it('pulls a CSV export, reports rejects, and a second pull adds nothing', async () => {
    const dir = await makeProject({ 'cadence.config.ts': config(csvSource), 'exports/posts.csv': postsCsv });
    dirs.push(dir);
    const first = await runCli(['pull'], { cwd: dir, env: { CI: 'true' } });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('pull posts: 2 added, 0 updated, 0 unchanged, 1 rejected');
    const manifest = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.entities.posts).toMatchObject({ rows: 2, firstDate: '2026-09-01', lastDate: '2026-09-02' });
    const rejects = await readFile(join(dir, 'data', manifest.rejects.posts.path), 'utf8');
    expect(rejects.split('\n')[0]).toBe('file,line,column,code,reason,value,stream,source,raw');
    expect(rejects).toContain('exports/posts.csv,4,Date,CADENCE_VALUE_NOT_DATE');
    const second = await runCli(['pull'], { cwd: dir, env: { CI: 'true' } });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('pull posts: 0 added, 0 updated, 2 unchanged, 1 rejected');
    // A scheduled job asks to be told apart: exit 3, "no new data".
    const third = await runCli(['pull', '--require-new-data'], { cwd: dir, env: { CI: 'true' } });
    expect(third.code).toBe(3);
    expect(third.stderr).toContain('no new data');
    // New rows: exit 0 with the same flag.
    await writeFile(join(dir, 'exports', 'posts.csv'), postsCsv + 'p4,2026-09-03 09:00,facebook,77\n');
    const fourth = await runCli(['pull', '--require-new-data'], { cwd: dir, env: { CI: 'true' } });
    expect(fourth.code).toBe(0);
    expect(fourth.stderr).toContain('pull posts: 1 added');
  });

  it('check reports each source and what the next pull fetches', async () => {
    const dir = await makeProject({
      'cadence.config.ts': config(`${csvSource}, missing: { plugin: 'csv', options: { file: 'exports/nope.csv', entity: 'posts', columns: { published_at: 'Date', platform: 'Network' } } }`),
      'exports/posts.csv': postsCsv,
    });
    dirs.push(dir);
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✓ posts \(csv\): exports\/posts\.csv: UTF-8.*header on line 1/);
    expect(r.stdout).toContain('✗ missing (csv)');
    expect(r.stderr).toContain('CADENCE_FILE_NOT_FOUND');
  });

  it('a bad config exits 2 with the key path, expected and found', async () => {
    const dir = await makeProject({ 'cadence.config.ts': `export default { brand: { name: 'Acme', handles: 'acme' }, site: { base: 'reports' } };` });
    dirs.push(dir);
    const r = await runCli(['pull'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CADENCE_CONFIG_INVALID');
    expect(r.stderr).toContain('brand.handles');
    expect(r.stderr).toContain('site.base');
  });

  it('Ctrl-C stops a pull cleanly: exit 130, data folder as before, the next pull resumes', async () => {
    const dir = await makeProject({
      'cadence.config.ts': config(`slow: { plugin: 'slow', options: { count: 400, delayMs: 40 } }`),
      'plugins/slow/index.ts': slowPluginSource,
    });
    dirs.push(dir);
    // A first, complete pull of 100 rows, then a longer one that is interrupted.
    await writeFile(join(dir, 'cadence.config.ts'), config(`slow: { plugin: 'slow', options: { count: 100 } }`));
    expect((await runCli(['pull'], { cwd: dir })).code).toBe(0);
    const before = await treeHash(join(dir, 'data'));
    await writeFile(join(dir, 'cadence.config.ts'), config(`slow: { plugin: 'slow', options: { count: 400, delayMs: 100 } }`));
    const child = spawn(process.execPath, [bin, 'pull'], { cwd: dir, env: { ...process.env, CI: 'true', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const closed = new Promise<number | null>((r) => child.on('close', r));
    // Interrupt once the pull holds the data folder and has pulled a few pages (40 pages × 100 ms in all).
    for (let i = 0; i < 300 && !(await readFile(join(dir, 'data', '.lock'), 'utf8').then(() => true, () => false)); i++) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 600));
    child.kill('SIGINT');
    const code = await closed;
    expect(code).toBe(130);
    expect(stderr).toContain('CADENCE_PULL_ABORTED');
    expect(await treeHash(join(dir, 'data'))).toEqual(before);
    const resumed = await runCli(['pull'], { cwd: dir, env: { CI: 'true' } });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('pull slow: 300 added');
    expect(stderr).not.toContain('pull slow: 300 added');
  }, 60_000);
});
