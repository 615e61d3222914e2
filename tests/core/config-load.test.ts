import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../src/core/config/load.ts';
import { validate } from '../../src/core/config/issues.ts';
import { formatValue } from '../../src/core/config/format-value.ts';
import { configSchema } from '../../src/core/schema/config.ts';
import type { CadenceError } from '../../src/core/errors.ts';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const made: string[] = [];

async function project(files: Record<string, string>, parent = tmpdir()): Promise<string> {
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(path.join(parent, 'cadence-config-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

async function failure(projectDir: string, configPath?: string): Promise<CadenceError> {
  try {
    await loadConfig({ projectDir, configPath });
  } catch (error) {
    return error as CadenceError;
  }
  throw new Error('expected loadConfig to fail');
}

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('loadConfig', () => {
  it('loads a TypeScript config and applies defaults', async () => {
    const dir = await project({ 'cadence.config.ts': `const name: string = 'Alpenglow';\nexport default { brand: { name } };\n` });
    const loaded = await loadConfig({ projectDir: dir });
    expect(loaded.path).toBe(path.join(dir, 'cadence.config.ts'));
    expect(loaded.projectDir).toBe(dir);
    expect(loaded.config.brand).toMatchObject({ name: 'Alpenglow', handles: [] });
    expect(loaded.config.site.base).toBe('/');
    expect(loaded.config.timezone).toBe('UTC');
  });

  it('loads a config that imports defineConfig from cadence/config', async () => {
    const dir = await project(
      { 'cadence.config.ts': `import { defineConfig } from 'cadence/config';\nexport default defineConfig({ brand: { name: 'A' }, site: { base: '/reports/' } });\n` },
      path.join(repoRoot, 'tmp'),
    );
    const { config } = await loadConfig({ projectDir: dir });
    expect(config.site.base).toBe('/reports/');
  });

  it('falls back to cadence.config.mjs and honours an explicit configPath', async () => {
    const dir = await project({
      'cadence.config.mjs': `export default { brand: { name: 'Mjs' } };\n`,
      'other.config.ts': `export default { brand: { name: 'Other' } };\n`,
    });
    expect((await loadConfig({ projectDir: dir })).config.brand.name).toBe('Mjs');
    expect((await loadConfig({ projectDir: dir, configPath: 'other.config.ts' })).config.brand.name).toBe('Other');
  });

  it('reads the file anew on every load', async () => {
    const dir = await project({ 'cadence.config.ts': `export default { brand: { name: 'One' } };\n` });
    expect((await loadConfig({ projectDir: dir })).config.brand.name).toBe('One');
    await writeFile(path.join(dir, 'cadence.config.ts'), `export default { brand: { name: 'Two' } };\n`);
    expect((await loadConfig({ projectDir: dir })).config.brand.name).toBe('Two');
  });

  it('fails with CADENCE_CONFIG_NOT_FOUND when there is no config', async () => {
    const dir = await project({});
    expect((await failure(dir)).code).toBe('CADENCE_CONFIG_NOT_FOUND');
    expect((await failure(dir, 'missing.config.ts')).code).toBe('CADENCE_CONFIG_NOT_FOUND');
  });

  it('fails with CADENCE_CONFIG_LOAD_FAILED and the parser message on a syntax error', async () => {
    const dir = await project({ 'cadence.config.ts': `export default {\n  brand: { name: 'x' \n  site: {}\n};\n` });
    const error = await failure(dir);
    expect(error.code).toBe('CADENCE_CONFIG_LOAD_FAILED');
    expect(error.message).toMatch(/cadence\.config\.ts:3:\d+/);
    expect(error.message).toContain('Expected "}" but found "site"');
  });

  it('fails with CADENCE_CONFIG_LOAD_FAILED when the file throws or has no default export', async () => {
    const throws = await project({ 'cadence.config.ts': `throw new Error('boom from config');\n` });
    const thrown = await failure(throws);
    expect(thrown.code).toBe('CADENCE_CONFIG_LOAD_FAILED');
    expect(thrown.message).toContain('boom from config');
    const empty = await project({ 'cadence.config.ts': `export const x = 1;\n` });
    expect((await failure(empty)).code).toBe('CADENCE_CONFIG_LOAD_FAILED');
  });

  it('lists every problem of an invalid config as key.path: expected X, found Y', async () => {
    const dir = await project({
      'cadence.config.ts': `export default {
  brand: { name: 'x', handles: 'x' },
  site: { base: 'reports', colors: { primary: 'red' } },
  sources: { a: { plugin: 'csv', opts: {} } },
  goals: [{ kpi: 'selling.revenue', change: '3' }],
  timezone: 'Mars/Olympus',
  sitee: {},
};\n`,
    });
    const error = await failure(dir);
    expect(error.code).toBe('CADENCE_CONFIG_INVALID');
    const lines = [
      'brand.handles: expected array, found string "x"',
      'site.base: expected a path that starts and ends with /, e.g. /reports/, found "reports"',
      'site.colors.primary: expected a colour like #1f6feb, found "red"',
      'sources.a.opts: unknown key (known keys: plugin, options, enabled, allowRejects)',
      'goals[0].change: expected number, found string "3"',
      'timezone: expected an IANA time zone such as Europe/Berlin, found "Mars/Olympus"',
      'sitee: unknown key — did you mean site? (known keys: brand, competitors, topics, influencers, publicFaces, timezone, locale, currency, dataDir, engine, reportsDir, sources, goals, metrics, benchmarks, sla, audiences, site)',
    ];
    for (const line of lines) expect(error.message).toContain(line);
    expect(error.message).toContain('7 problems in cadence.config.ts');
    expect((error.details.problems as unknown[]).length).toBe(7);
  });

  it('refuses a typical day made of one same weekday (benchmarks.minSamples under 2)', async () => {
    const dir = await project({ 'cadence.config.ts': `export default { brand: { name: 'x' }, benchmarks: { minSamples: 1 } };\n` });
    const error = await failure(dir);
    expect(error.code).toBe('CADENCE_CONFIG_INVALID');
    expect(error.message).toContain('benchmarks.minSamples');
    expect(configSchema.parse({ brand: { name: 'x' }, benchmarks: { minSamples: 2 } }).benchmarks.minSamples).toBe(2);
  });

  it('says a required key is missing', async () => {
    const dir = await project({ 'cadence.config.ts': `export default { sources: {} };\n` });
    expect((await failure(dir)).message).toContain('brand: expected object, found nothing (the key is required)');
  });
});

describe('validate', () => {
  it('prefixes paths with the given root and picks the meant branch of a union', () => {
    // The shape of a csv column mapping: a column name, or one of several strict objects.
    const mapping = z.union([
      z.string(),
      z.object({ column: z.string(), format: z.string().optional(), map: z.record(z.string(), z.string()).optional() }).strict(),
      z.object({ value: z.union([z.string(), z.number(), z.boolean(), z.null()]) }).strict(),
      z.object({ hash: z.array(z.string()).min(1) }).strict(),
    ]);
    const options = z.object({ file: z.string(), columns: z.record(z.string(), mapping) }).strict();
    const result = validate(
      options,
      { file: 'a.csv', columns: { text: { column: 'Message', formt: '%Y' }, published_at: 3, platform: { value: {} }, id: { hash: [] } } },
      ['sources', 'posts', 'options'],
    );
    expect(result.success).toBe(false);
    expect(result.success ? [] : result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'sources.posts.options.columns.text.formt: unknown key — did you mean format? (known keys: column, format, map)',
      'sources.posts.options.columns.published_at: expected string or object, found number 3',
      'sources.posts.options.columns.platform.value: expected string, number, boolean or null, found object {}',
      'sources.posts.options.columns.id.hash: expected a non-empty list, found array []',
    ]);
  });

  it('passes valid input through with defaults', () => {
    const result = validate(configSchema, { brand: { name: 'A' } });
    expect(result.success && result.data.currency).toBe('EUR');
  });
});

describe('formatValue', () => {
  it('shows values JSON-ish and truncated', () => {
    expect(formatValue('reports')).toBe('"reports"');
    expect(formatValue(undefined)).toBe('nothing');
    expect(formatValue({ a: 1 })).toBe('{"a":1}');
    const long = formatValue('x'.repeat(200));
    expect(long.length).toBe(60);
    expect(long.endsWith('…')).toBe(true);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(formatValue(cyclic)).toBe('{"self":"[circular]"}');
  });
});
