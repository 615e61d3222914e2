/**
 * The real `cadence` command on a user project: pull, re-pull, check, Ctrl-C mid-pull, and the
 * exit codes that tell "invalid input" from "failure". A pull that imports nothing, mostly
 * rejects, or collapses rows into one id fails (exit 1) and says why; `forget` removes a source.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportPull } from '../../src/cli/results.ts';
import type { CliContext } from '../../src/cli/context.ts';
import { configSchema } from '../../src/core/schema/config.ts';
import { defineSource, z } from '../../src/plugins/public.ts';
import { runPull } from '../../src/plugins/runner.ts';
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

  it('a file whose every date is unreadable fails: exit 1, the manifest says failed, the data stays byte for byte, the rejects are summarised', async () => {
    const dir = await makeProject({ 'cadence.config.ts': config(csvSource), 'exports/posts.csv': postsCsv });
    dirs.push(dir);
    expect((await runCli(['pull'], { cwd: dir, env: { CI: 'true' } })).code).toBe(0);
    // The data as a user reads it (entity folders through their links; not the version store or the manifest).
    const stored = (rel: string) => rel === 'manifest.json' || rel.startsWith('rejects') || rel.startsWith('.') || rel.startsWith('versions') || rel.startsWith('current');
    const before = await treeHash(join(dir, 'data'), stored);
    const manifestBefore = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8'));
    await writeFile(join(dir, 'exports', 'posts.csv'), 'Post ID,Date,Network,Impressions\np1,W36/2026 10:00,facebook,12\np2,W36/2026 11:30,instagram,340\np5,W37/2026 09:00,facebook,7\n');
    const r = await runCli(['pull'], { cwd: dir, env: { CI: 'true' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CADENCE_ROWS_REJECTED');
    expect(r.stderr).toContain('3 of 3 rows were rejected (more than the 50% allowed)');
    expect(r.stderr).toMatch(/3 × CADENCE_VALUE_NOT_DATE in column "Date", e\.g\. "W3[67]\/2026 \d\d:\d\d"/);
    expect(r.stderr).toMatch(/data\/rejects\/posts\.[0-9a-f]{8}\.csv/);
    const manifest = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.sources.posts).toMatchObject({ status: 'failed', error: 'CADENCE_ROWS_REJECTED', failedStreams: ['posts'] });
    expect(manifest.entities).toEqual(manifestBefore.entities);
    expect(await treeHash(join(dir, 'data'), stored)).toEqual(before);
    const rejects = await readFile(join(dir, 'data', manifest.rejects.posts.path), 'utf8');
    expect(rejects.split('\n').filter((l) => l.includes('CADENCE_VALUE_NOT_DATE'))).toHaveLength(3);
    // --require-new-data does not hide the failure: exit 1, not 3.
    expect((await runCli(['pull', '--require-new-data'], { cwd: dir, env: { CI: 'true' } })).code).toBe(1);
    // The summary says where and suggests the nearest format; check on the same config refuses too.
    expect(r.stderr).toMatch(/\(exports\/posts\.csv:\d: published_at: "W3[67]\/2026 \d\d:\d\d" is not a date-time in any known format; closest format "[^"]+" fails on it; set columns\.published_at\.format in the mapping\)/);
    const check = await runCli(['check'], { cwd: dir, env: { CI: 'true' } });
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toContain('CADENCE_CHECK_ROWS_REJECTED');
  });

  it('--memory bounds the staging memory: a size is taken, anything else is a usage error (exit 2) and pulls nothing', async () => {
    const csv = 'Post ID,Date,Network,Impressions\np1,2026-09-01 10:00,facebook,1\np2,2026-09-02 10:00,facebook,2\n';
    const dir = await makeProject({ 'cadence.config.ts': config(csvSource), 'exports/posts.csv': csv });
    dirs.push(dir);
    for (const bad of ['12', '10MB', 'lots']) {
      const r = await runCli(['pull', '--memory', bad], { cwd: dir, env: { CI: 'true' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('expected a size of 64MB or more');
    }
    await expect(readFile(join(dir, 'data', 'manifest.json'), 'utf8')).rejects.toThrow();
    const ok = await runCli(['pull', '--memory', '96MiB'], { cwd: dir, env: { CI: 'true' } });
    expect(ok.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8')).entities.posts.rows).toBe(2);
  });

  it('a half-rejected file fails; --allow-rejects or sources.<name>.allowRejects imports what reads', async () => {
    const half = 'Post ID,Date,Network,Impressions\np1,2026-09-01 10:00,facebook,1\np2,someday,facebook,2\np3,2026-09-03 10:00,facebook,3\np4,never,facebook,4\np5,later,facebook,5\n';
    const dir = await makeProject({ 'cadence.config.ts': config(csvSource), 'exports/posts.csv': half });
    dirs.push(dir);
    const failed = await runCli(['pull'], { cwd: dir, env: { CI: 'true' } });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('3 of 5 rows were rejected (more than the 50% allowed)');
    expect(JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8')).entities.posts).toBeUndefined();
    // A share below what happened still fails; the flag alone allows any share.
    expect((await runCli(['pull', '--allow-rejects', '0.55'], { cwd: dir, env: { CI: 'true' } })).code).toBe(1);
    expect((await runCli(['pull', '--allow-rejects', 'most'], { cwd: dir, env: { CI: 'true' } })).code).toBe(2);
    const allowed = await runCli(['pull', '--allow-rejects'], { cwd: dir, env: { CI: 'true' } });
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('pull posts: 2 added, 0 updated, 0 unchanged, 3 rejected');
    const manifest = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.sources.posts.status).toBe('ok');
    expect(manifest.entities.posts.rows).toBe(2);
    // The same, from the config.
    const configured = await makeProject({
      'cadence.config.ts': config(csvSource.replace("plugin: 'csv', ", "plugin: 'csv', allowRejects: 0.6, ")),
      'exports/posts.csv': half,
    });
    dirs.push(configured);
    const viaConfig = await runCli(['pull'], { cwd: configured, env: { CI: 'true' } });
    expect(viaConfig.code).toBe(0);
    expect(viaConfig.stderr).toContain('pull posts: 2 added');
  });

  it('a file without ids whose rows collapse into one id fails with CADENCE_ID_COLLAPSE', async () => {
    // No id column mapped and a constant date: the natural key (url + published_at) would make one mention of them all.
    const rows = Array.from({ length: 40 }, (_, i) => `https://forum.example/t/1,2026-09-14,forum,Reply number ${i}`);
    const mentions = `mentions: { plugin: 'csv', options: { file: 'exports/mentions.csv', entity: 'mentions', columns: { url: 'Thread', published_at: 'Day', platform: 'Site' } } }`;
    const dir = await makeProject({ 'cadence.config.ts': config(mentions), 'exports/mentions.csv': `Thread,Day,Site,Text\n${rows.join('\n')}\n` });
    dirs.push(dir);
    const r = await runCli(['pull'], { cwd: dir, env: { CI: 'true' } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CADENCE_ID_COLLAPSE');
    expect(r.stderr).toContain('39 of 40 rows share an id with another row');
    expect(r.stderr).toContain("id: { hash: ['Date', 'Author', 'Text'] }");
    const manifest = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.sources.mentions).toMatchObject({ status: 'failed', error: 'CADENCE_ID_COLLAPSE' });
    expect(manifest.entities.mentions).toBeUndefined();
    expect(r.stderr).toContain('No id is mapped, so the id is made from url + published_at, and these rows share it.');
    // An id made from the columns that tell the rows apart fixes it.
    await writeFile(join(dir, 'cadence.config.ts'), config(mentions.replace("platform: 'Site' }", "platform: 'Site', text: 'Text', id: { hash: ['Thread', 'Text'] } }")));
    const fixed = await runCli(['pull'], { cwd: dir, env: { CI: 'true' } });
    expect(fixed.code).toBe(0);
    expect(fixed.stderr).toContain('pull mentions: 40 added');
  });

  it('forget removes one source’s rows, rejects and cursors, and says the next pull brings it back', async () => {
    const other = `other: { plugin: 'csv', options: { file: 'exports/other.csv', entity: 'posts', columns: { id: 'Post ID', published_at: 'Date', platform: 'Network' } } }`;
    const dir = await makeProject({ 'cadence.config.ts': config(`${csvSource}, ${other}`), 'exports/posts.csv': postsCsv, 'exports/other.csv': 'Post ID,Date,Network\no1,2026-09-05 10:00,x\n' });
    dirs.push(dir);
    expect((await runCli(['pull'], { cwd: dir, env: { CI: 'true' } })).code).toBe(0);
    const dry = await runCli(['forget', 'posts', '--dry-run'], { cwd: dir, env: { CI: 'true' } });
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/posts: would remove 2 posts row\(s\), the rejects file rejects\/posts\.[0-9a-f]{8}\.csv, its status and cursors/);
    const r = await runCli(['forget', 'posts'], { cwd: dir, env: { CI: 'true' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('posts: removed 2 posts row(s)');
    expect(r.stderr).toContain('posts is still configured');
    const manifest = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.entities.posts.rows).toBe(1);
    expect(manifest.sources.posts).toBeUndefined();
    expect(manifest.rejects.posts).toBeUndefined();
    expect(Object.keys(manifest.entities.posts.coverage)).toEqual(['other']);
    const unknown = await runCli(['forget', 'nope'], { cwd: dir, env: { CI: 'true' } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('CADENCE_SOURCE_UNKNOWN');
  });

  it('check reports each source and what the next pull fetches', async () => {
    const dir = await makeProject({
      'cadence.config.ts': config(`${csvSource}, missing: { plugin: 'csv', options: { file: 'exports/nope.csv', entity: 'posts', columns: { published_at: 'Date', platform: 'Network' } } }`),
      'exports/posts.csv': postsCsv,
    });
    dirs.push(dir);
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(1);
    // ⚠, not ✓: a sampled row of posts.csv is rejected (see `cadence check`).
    expect(r.stdout).toMatch(/[✓⚠] posts \(csv\): exports\/posts\.csv: UTF-8.*header on line 1/);
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

  it('Ctrl-C after the commit point reports the committed counts and exits with the pull’s own code; before it, exit 130 and the folder as it was', async () => {
    const other = `other: { plugin: 'csv', options: { file: 'exports/other.csv', entity: 'posts', columns: { id: 'Post ID', published_at: 'Date', platform: 'Network' } } }`;
    const dir = await makeProject({ 'cadence.config.ts': config(csvSource), 'exports/posts.csv': postsCsv, 'exports/other.csv': 'Post ID,Date,Network\no1,2026-09-05 10:00,x\n' });
    dirs.push(dir);
    // A real SIGINT, delivered right after `current` was switched (the commit point).
    const after = await runCli(['pull'], { cwd: dir, env: { CI: 'true', CADENCE_TEST_SIGINT_AT: 'committed' } });
    expect(after.stderr).toContain('Stopping…');
    expect(after.code, after.stderr).toBe(0);
    expect(after.stderr).toContain('pull posts: 2 added, 0 updated, 0 unchanged, 1 rejected');
    expect(after.stderr).toContain('Stopped (Ctrl-C) after committing posts (2 added, 0 updated, 0 unchanged, 1 rejected): that is in the data folder.');
    expect(after.stderr).toContain('The Ctrl-C came after the pull had committed everything');
    expect(after.stderr).not.toContain('Nothing was half-written');
    expect(after.stderr).not.toContain('CADENCE_PULL_ABORTED');
    expect(JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8')).entities.posts.rows).toBe(2);

    // Before the commit point (the new version built, `current` not switched): exit 130, nothing changed.
    await writeFile(join(dir, 'exports', 'posts.csv'), postsCsv + 'p4,2026-09-03 09:00,facebook,77\n');
    const before = await treeHash(join(dir, 'data'));
    const stopped = await runCli(['pull'], { cwd: dir, env: { CI: 'true', CADENCE_TEST_SIGINT_AT: 'moved' } });
    expect(stopped.code, stopped.stderr).toBe(130);
    expect(stopped.stderr).toContain('CADENCE_PULL_ABORTED');
    expect(stopped.stderr).toContain('nothing of this pull was committed');
    expect(await treeHash(join(dir, 'data'))).toEqual(before);

    // Two sources, Ctrl-C right after the first one's commit: it stays, with its counts; the second is not pulled.
    await writeFile(join(dir, 'cadence.config.ts'), config(`${csvSource}, ${other}`));
    const half = await runCli(['pull'], { cwd: dir, env: { CI: 'true', CADENCE_TEST_SIGINT_AT: 'committed' } });
    expect(half.code, half.stderr).toBe(130);
    expect(half.stderr).toContain('Stopped (Ctrl-C) after committing posts (1 added, 0 updated, 2 unchanged, 1 rejected): that is in the data folder.');
    expect(half.stderr).toContain('Not pulled: other (stopped before it started)');
    const manifest = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8'));
    expect(manifest.entities.posts.rows).toBe(3);
    expect(manifest.sources.other).toBeUndefined();
  }, 60_000);

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

describe('a pull that commits in batches, stopped half-way', () => {
  it('says which checkpoints it committed, with their counts; they stay, and the next pull resumes after them', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cadence-batches-'));
    dirs.push(dataDir);
    const pages = defineSource({
      name: 'pages',
      options: z.object({}),
      streams: { mentions: { entity: 'mentions', cursorField: 'published_at' } },
      async check() {
        return { ok: true, message: 'pages' };
      },
      async *pull(ctx) {
        for (let i = Number(ctx.cursor('mentions') ?? 0); i < 100; i++) {
          yield { type: 'record', stream: 'mentions', data: { id: `m${i}`, published_at: new Date(Date.UTC(2026, 8, 1, 0, i)), platform: 'news', text: `mention ${i}` } };
          if ((i + 1) % 20 === 0) yield { type: 'checkpoint', stream: 'mentions', cursor: i + 1 };
        }
      },
    });
    const config = configSchema.parse({ brand: { name: 'Acme' }, dataDir, sources: { pages: { plugin: 'pages', options: {} } } });
    const controller = new AbortController();
    let commits = 0;
    const quiet = { debug() {}, info() {}, warn() {}, error() {} };
    const run = (signal: AbortSignal) =>
      runPull({
        projectDir: dataDir,
        config,
        log: quiet,
        signal,
        env: {},
        clock: { now: () => new Date('2026-10-01T00:00:00Z') },
        commitEvery: 20,
        plugins: { pages },
        // Ctrl-C right after the second checkpoint's commit point.
        onCommitPhase: (phase) => {
          if (phase === 'committed' && ++commits === 2) controller.abort();
        },
      });
    const result = await run(controller.signal);
    expect(result.sources[0]).toMatchObject({ status: 'aborted', added: 40, updated: 0 });
    expect(result.sources[0]!.error!.message).toContain('stopped after 2 checkpoint commit(s) of this pull (40 added, 0 updated, 0 unchanged, 0 rejected), which stay committed with their cursors');
    const manifest = JSON.parse(await readFile(join(dataDir, 'manifest.json'), 'utf8'));
    expect(manifest.entities.mentions.rows).toBe(40);
    expect(manifest.sources.pages.cursors).toEqual({ mentions: 40 });
    // What `cadence pull` prints and exits with.
    let stderr = '';
    const ctx: CliContext = { io: { stdout: { write: () => true }, stderr: { write: (t: string) => ((stderr += t), true) }, env: { NO_COLOR: '1' }, cwd: dataDir, clock: { now: () => new Date() } }, signal: controller.signal, exitCode: 0 } as CliContext;
    reportPull(ctx, result);
    expect(ctx.exitCode).toBe(130);
    expect(stderr).toContain('CADENCE_PULL_ABORTED');
    expect(stderr).toContain('stopped after 2 checkpoint commit(s) of this pull (40 added');
    // The next pull takes the rest.
    const rest = await run(new AbortController().signal);
    expect(rest.sources[0]).toMatchObject({ status: 'ok', added: 60 });
  }, 60_000);
});
