/**
 * `cadence digest` through the real launcher (tests/cli/run-cli.ts) on a copy of the demo project
 * (the shared demo folder is only read): printing the chat update, and `--send` twice to a local
 * webhook — one request in all, the second run saying it was already sent. A missing
 * CADENCE_DIGEST_WEBHOOK is an input error (exit 2) before any work.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot, runCli } from '../cli/run-cli.ts';

let dir: string;
let server: Server;
let url: string;
const bodies: string[] = [];

beforeAll(async () => {
  const demo = inject('demoProjectDir');
  dir = await mkdtemp(path.join(tmpdir(), 'cadence-digest-cli-'));
  await cp(path.join(demo, 'cadence.config.ts'), path.join(dir, 'cadence.config.ts'));
  await cp(path.join(demo, 'package.json'), path.join(dir, 'package.json'));
  await mkdir(path.join(dir, 'node_modules'));
  await symlink(repoRoot, path.join(dir, 'node_modules', 'cadence'), 'dir');
  const data = path.join(demo, 'data');
  await cp(data, path.join(dir, 'data'), { recursive: true, verbatimSymlinks: true, filter: (src) => !['exports', '.tmp', '.readers'].includes(path.relative(data, src).split(path.sep)[0]!) });
  server = createServer((req, res) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => {
      bodies.push(s);
      res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('cadence digest', () => {
  it('prints the 2026-W38 chat update as Markdown', async () => {
    const r = await runCli(['digest', '--period', '2026-W38', '--format', 'markdown', '--no-cache'], { cwd: dir });
    expect(r.stderr).not.toContain('Error');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Social team: week 38 of 2026\n/);
    expect(r.stdout).toMatch(/\n1\. \[Negative mentions rose 22-fold against a typical Monday on 14 September .+\]\(\/weekly\/2026-W38\/team\/\)\n/);
  }, 120_000);

  it('sends once: two runs with --send make one request', async () => {
    const env = { CADENCE_DIGEST_WEBHOOK: url };
    const first = await runCli(['digest', '--period', '2026-W38', '--send'], { cwd: dir, env });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('sent the chat digest for 2026-W38 (team)\n');
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0]!).blocks[0].type).toBe('header');
    const ledger = JSON.parse(await readFile(path.join(dir, '.cadence', 'digests', 'sent.json'), 'utf8'));
    expect(Object.keys(ledger.sent)).toEqual(['chat:2026-W38:team']);

    const second = await runCli(['digest', '--period', '2026-W38', '--send'], { cwd: dir, env });
    expect(second.code).toBe(0);
    const day = new Date(ledger.sent['chat:2026-W38:team'].sentAt).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
    expect(second.stdout).toBe(`already sent for 2026-W38 on ${day}, nothing sent\n`);
    expect(bodies).toHaveLength(1);
  }, 180_000);

  it('needs CADENCE_DIGEST_WEBHOOK for --send (exit 2)', async () => {
    const r = await runCli(['digest', '--send'], { cwd: dir, env: { CADENCE_DIGEST_WEBHOOK: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CADENCE_ENV_MISSING');
    expect(bodies).toHaveLength(1);
  }, 60_000);
});
