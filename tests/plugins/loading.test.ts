/**
 * Plugins load from the project's plugins/<name>, from Cadence's own plugins/, and from npm
 * packages named in the config; broken ones fail with stable codes. Secrets come only from the
 * environment and never reach a log line, an error, the data folder or a page.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/schema/config.ts';
import { createLogger } from '../../src/core/log/logger.ts';
import { loadPlugin } from '../../src/plugins/load.ts';
import { runPull } from '../../src/plugins/runner.ts';
import { runCheck } from '../../src/plugins/check.ts';
import { makeProject, slowPluginSource } from './project.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('loading plugins', () => {
  it("finds a plugin in the project's plugins/ and a first-party one", async () => {
    const dir = await makeProject({ 'plugins/slow/index.ts': slowPluginSource });
    dirs.push(dir);
    expect((await loadPlugin('slow', dir)).name).toBe('slow');
    expect((await loadPlugin('csv', dir)).name).toBe('csv');
  });

  it('loads an npm package plugin by name', async () => {
    const dir = await makeProject({
      'node_modules/cadence-source-echo/package.json': JSON.stringify({ name: 'cadence-source-echo', type: 'module', exports: './index.js' }),
      'node_modules/cadence-source-echo/index.js': `
        export default { name: 'echo', options: { safeParse: (v) => ({ success: true, data: v }) }, streams: { m: { entity: 'mentions' } },
          async check() { return { ok: true, message: 'echo' }; },
          async *pull() { yield { type: 'record', stream: 'm', data: { id: 'e1', published_at: new Date('2026-09-01T00:00:00Z'), platform: 'news' } }; } };`,
    });
    dirs.push(dir);
    const plugin = await loadPlugin('cadence-source-echo', dir);
    expect(plugin.name).toBe('echo');
  });

  it('names a missing or broken plugin with a stable code', async () => {
    const dir = await makeProject({ 'plugins/broken/index.ts': 'export default { name: 42 };' });
    dirs.push(dir);
    await expect(loadPlugin('nope', dir)).rejects.toMatchObject({ code: 'CADENCE_PLUGIN_NOT_FOUND' });
    await expect(loadPlugin('broken', dir)).rejects.toMatchObject({ code: 'CADENCE_PLUGIN_INVALID' });
  });
});

describe('secrets', () => {
  it('refuses a secret written literally, and names the missing variable', async () => {
    const dir = await makeProject({ 'plugins/slow/index.ts': slowPluginSource });
    dirs.push(dir);
    const base = { brand: { name: 'B' }, dataDir: join(dir, 'data') };
    const literal = configSchema.parse({ ...base, sources: { s: { plugin: 'slow', options: { token: 'hunter22' } } } });
    await expect(runPull({ projectDir: dir, config: literal, log: createLogger({ level: 'error' }), env: {} })).rejects.toMatchObject({ code: 'CADENCE_CONFIG_SECRET_LITERAL' });
    const missing = configSchema.parse({ ...base, sources: { s: { plugin: 'slow', options: { token: { env: 'SLOW_TOKEN' } } } } });
    await expect(runPull({ projectDir: dir, config: missing, log: createLogger({ level: 'error' }), env: {} })).rejects.toMatchObject({ code: 'CADENCE_ENV_MISSING' });
  });

  it('never prints or writes the token', async () => {
    const dir = await makeProject({ 'plugins/slow/index.ts': slowPluginSource });
    dirs.push(dir);
    const token = 'sk-live-9f8e7d6c5b4a';
    const config = configSchema.parse({ brand: { name: 'B' }, dataDir: join(dir, 'data'), sources: { s: { plugin: 'slow', options: { token: { env: 'SLOW_TOKEN' }, count: 20 } } } });
    const lines: string[] = [];
    const stream = { write: (s: string) => (lines.push(s), true), isTTY: false } as unknown as NodeJS.WritableStream;
    const log = createLogger({ level: 'debug', stream });
    const result = await runPull({ projectDir: dir, config, log, env: { SLOW_TOKEN: token }, clock: { now: () => new Date('2026-10-01T00:00:00Z') } });
    expect(result.sources[0]!.status).toBe('ok');
    const checks = await runCheck({ projectDir: dir, config, log, env: { SLOW_TOKEN: token } });
    expect(checks[0]!.message).toContain('token set');
    expect(lines.join('')).toContain('page done with token ***');
    expect(lines.join('')).not.toContain(token);
    for (const file of await readdir(join(dir, 'data'), { recursive: true })) {
      const path = join(dir, 'data', file);
      if (file.endsWith('.json') || file.endsWith('.csv') || file.endsWith('.parquet')) expect((await readFile(path)).includes(token)).toBe(false);
    }
    expect(JSON.stringify(checks)).not.toContain(token);
  });
});

describe('the plugin test kit', () => {
  it('runs a project plugin by name through the real host', async () => {
    const { pullFixture } = await import('../../src/plugins/testkit.ts');
    const dir = await makeProject({ 'plugins/slow/index.ts': slowPluginSource });
    dirs.push(dir);
    const r = await pullFixture({ plugin: 'slow', options: { count: 25 }, projectDir: dir });
    try {
      expect(r.rows.mentions).toHaveLength(25);
      expect(r.manifest.sources.fixture!.cursors).toEqual({ mentions: 20 });
    } finally {
      await r.cleanup();
    }
  });
});
