/**
 * `cadence check` on API sources, through the real command: connection status and what the next
 * pull fetches, with an expired token reported clearly and never printed.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMentions, startFakeApi, type FakeApi } from '../../plugins/brandwatch/fake-api.ts';
import { makeProject } from '../plugins/project.ts';
import { runCli } from './run-cli.ts';

const token = 'bw-live-4d3c2b1a0f9e';
let api: FakeApi;
let dir: string;

beforeAll(async () => {
  api = await startFakeApi({
    token,
    projectId: 42,
    projectName: 'Alpenglow',
    queries: { 7: { name: 'Alpenglow', mentions: makeMentions(7, 'Alpenglow', 3, '2026-09-01T08:00:00Z') } },
    now: () => Date.parse('2026-10-01T00:00:00Z'),
  });
  dir = await makeProject({
    'cadence.config.ts': `import { defineConfig } from 'cadence/config';
export default defineConfig({
  brand: { name: 'Alpenglow' },
  sources: { listening: { plugin: 'brandwatch', options: { api: { baseUrl: '${api.url}', token: { env: 'BRANDWATCH_TOKEN' }, projectId: 42, queryIds: [7], startDate: '2026-09-01' } } } },
});
`,
  });
});

afterAll(async () => {
  await api.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cadence check on an API source', () => {
  it('says it is connected and what the first pull fetches', async () => {
    const r = await runCli(['check'], { cwd: dir, env: { BRANDWATCH_TOKEN: token } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ listening \(brandwatch\): /);
    expect(r.stdout).toMatch(/mentions: next pull fetches .*2026-09-01/);
    expect(r.stdout + r.stderr).not.toContain(token);
  });

  it('reports an expired token with its status and what to check, and exits 1', async () => {
    const r = await runCli(['check'], { cwd: dir, env: { BRANDWATCH_TOKEN: 'expired-0000' } });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ listening (brandwatch)');
    expect(r.stdout + r.stderr).toMatch(/401/);
    expect(r.stdout + r.stderr).toMatch(/BRANDWATCH_TOKEN/);
    expect(r.stdout + r.stderr).not.toContain('expired-0000');
  });

  it('names the missing environment variable (exit 2)', async () => {
    const r = await runCli(['check'], { cwd: dir, env: { BRANDWATCH_TOKEN: '' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('CADENCE_ENV_MISSING');
    expect(r.stdout + r.stderr).toContain('BRANDWATCH_TOKEN');
  });
});
