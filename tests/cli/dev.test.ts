import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../src/site/static-server.ts';
import { main } from '../../src/cli/main.ts';
import { bin, runCli } from './run-cli.ts';

const unexpected = (): never => {
  throw new Error('expected a rejection');
};

let site: string;
let project: string;
beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'cadence-dev-'));
  site = path.join(project, 'dist');
  await mkdir(path.join(site, 'monthly', '2026-09'), { recursive: true });
  await mkdir(path.join(site, '_assets'), { recursive: true });
  await writeFile(path.join(site, 'index.html'), '<h1>Home</h1>');
  await writeFile(path.join(site, 'monthly', '2026-09', 'index.html'), '<h1>September</h1>');
  await writeFile(path.join(site, 'about.html'), '<h1>About</h1>');
  await writeFile(path.join(site, '_assets', 'site.css'), 'body{}');
  await writeFile(path.join(site, '_assets', 'chart.svg'), '<svg/>');
  await writeFile(path.join(project, 'secret.txt'), 'outside the site');
  await writeFile(path.join(project, 'cadence.config.ts'), `export default { brand: { name: 'A' }, site: { base: '/reports/' } };\n`);
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('the static server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startStaticServer({ root: site, base: '/reports/', host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server.close());

  const get = (p: string, init?: RequestInit) => fetch(new URL(p, server.url), { redirect: 'manual', ...init });

  it('serves index.html for folders under the base, with content types', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reports\/$/);
    const home = await get('/reports/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await home.text()).toBe('<h1>Home</h1>');
    expect(await (await get('/reports/monthly/2026-09/')).text()).toBe('<h1>September</h1>');
    expect((await get('/reports/_assets/site.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('/reports/_assets/chart.svg')).headers.get('content-type')).toBe('image/svg+xml');
    expect(await (await get('/reports/about')).text()).toBe('<h1>About</h1>');
  });

  it('redirects to the base and to folder paths with a slash', async () => {
    expect((await get('/')).headers.get('location')).toBe('/reports/');
    expect((await get('/reports')).headers.get('location')).toBe('/reports/');
    const folder = await get('/reports/monthly/2026-09');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/reports/monthly/2026-09/');
  });

  it('answers 404 for missing pages and anything outside the site', async () => {
    const missing = await get('/reports/nope/');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
    expect((await get('/elsewhere/')).status).toBe(404);
    expect((await get('/reports/../secret.txt')).status).toBe(404);
    expect((await get('/reports/%2e%2e/secret.txt')).status).toBe(404);
    expect((await get('/reports/..%2fsecret.txt')).status).toBe(404);
  });

  it('uses the site’s own 404.html when there is one', async () => {
    await writeFile(path.join(site, '404.html'), '<h1>Lost on the trail</h1>');
    const missing = await get('/reports/nope');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>Lost on the trail</h1>');
    await rm(path.join(site, '404.html'));
  });

  it('supports HEAD and refuses other methods', async () => {
    const head = await get('/reports/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('13');
    const post = await get('/reports/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('reports a taken port as CADENCE_DEV_PORT_IN_USE', async () => {
    const error = await startStaticServer({ root: site, host: '127.0.0.1', port: server.port }).then(unexpected, (e: unknown) => e as { code: string });
    expect(error.code).toBe('CADENCE_DEV_PORT_IN_USE');
  });
});

describe('cadence dev', () => {
  it('serves the built outDir under site.base until stopped (in-process)', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const controller = new AbortController();
    const io = { stdout: { write: (c: string) => stdout.push(c) }, stderr: { write: (c: string) => stderr.push(c) }, cwd: project, env: {} };
    const running = main(['node', 'cadence', 'dev', '--port', '0'], { io, signal: controller.signal });
    let url: string | undefined;
    for (let i = 0; i < 100 && !url; i++) {
      await new Promise((r) => setTimeout(r, 50));
      url = /http:\/\/\S+/.exec(stdout.join(''))?.[0];
    }
    expect(url).toMatch(/\/reports\/$/);
    expect(await (await fetch(url!)).text()).toBe('<h1>Home</h1>');
    controller.abort();
    expect(await running).toBe(130);
    expect(stderr.join('')).toBe('');
  });

  it('says to build first when the outDir is missing', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'cadence-dev-empty-'));
    await writeFile(path.join(empty, 'cadence.config.ts'), `export default { brand: { name: 'A' } };\n`);
    const run = await runCli(['--cwd', empty, 'dev', '--port', '0']);
    await rm(empty, { recursive: true, force: true });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CADENCE_SITE_NOT_BUILT');
  });

  it('stops on Ctrl-C (SIGINT) with exit code 130', async () => {
    const child = spawn(process.execPath, [bin, '--cwd', project, 'dev', '--port', '0'], { env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.includes('http://')) resolve();
      });
      child.on('exit', () => reject(new Error(`exited early: ${out}`)));
    });
    const code = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    child.kill('SIGINT');
    expect(await code).toBe(130);
  });
});
