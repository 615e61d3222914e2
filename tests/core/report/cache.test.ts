/**
 * The report model cache: the digest moves with the data (manifest), every config key and every
 * metric's SQL text, and with nothing else; entries are reused, recomputed when of another model
 * version or unreadable, and a cache that cannot be written is skipped with a warning.
 * cachedReportModels clips the as-of day to the last day of the periods, so a finished month asked
 * for on two later days is one computation.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { monthPeriod } from '../../../src/core/periods/period.ts';
import { modelDigest, withModelCache, type DigestInput } from '../../../src/core/report/cache.ts';
import { cachedReportModels } from '../../../src/core/report/cached.ts';
import { REPORT_MODEL_VERSION, type ReportModel } from '../../../src/core/report/model.ts';
import { messagesFor } from '../../../src/core/i18n/catalog.ts';
import { configSchema } from '../../../src/core/schema/config.ts';
import { emptyManifest, type Manifest } from '../../../src/core/store/manifest.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { defineMetric } from '../../../src/plugins/define-metric.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const tz = 'Europe/Berlin';

const metric = (sql: string) =>
  defineMetric({
    id: 'listening.reddit_mentions',
    stage: 'listening',
    label: 'Reddit mentions',
    unit: 'count',
    direction: 'up',
    definition: 'Brand mentions published in the period on reddit.',
    entities: ['mentions'],
    sql: sql === 'a' ? (c) => `SELECT pd.period, count(*) AS value FROM mentions m ${c.byPeriod('m.published_at')} WHERE m.platform = 'reddit' GROUP BY pd.period` : (c) => `SELECT pd.period, count(*) AS value FROM mentions m ${c.byPeriod('m.published_at')} WHERE m.platform = 'tiktok' GROUP BY pd.period`,
  });

const makeConfig = (sql = 'a') =>
  configSchema.parse({ brand: { name: 'Alpenglow' }, competitors: [{ name: 'Bergmann' }], timezone: tz, metrics: [metric(sql)], goals: [{ kpi: 'selling.revenue', target: 1000 }] });

const makeManifest = (checksum = 'abc'): Manifest => ({
  ...emptyManifest(),
  generation: 3,
  entities: { mentions: { rows: 10, firstDate: '2026-08-01', lastDate: '2026-08-31', checksum, files: [] } },
});

const baseInput = (): DigestInput => ({ manifest: makeManifest(), config: makeConfig(), periods: ['2026-08@Europe/Berlin'], audiences: ['team', 'sales'], asOf: '2026-09-10' });

describe('modelDigest', () => {
  it('is stable for equal inputs (built anew, functions included)', () => {
    expect(modelDigest(baseInput())).toBe(modelDigest(baseInput()));
    expect(modelDigest(baseInput())).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes with the manifest', () => {
    const a = modelDigest(baseInput());
    expect(modelDigest({ ...baseInput(), manifest: makeManifest('abd') })).not.toBe(a);
    expect(modelDigest({ ...baseInput(), manifest: { ...makeManifest(), generation: 4 } })).not.toBe(a);
  });

  it('changes with every config key', () => {
    const a = modelDigest(baseInput());
    const config = makeConfig() as unknown as Record<string, unknown>;
    const keys = Object.keys(config);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      const changed = { ...config, [key]: { changed: key } };
      expect(modelDigest({ ...baseInput(), config: changed }), key).not.toBe(a);
    }
    // Nested values too.
    const c = makeConfig();
    expect(modelDigest({ ...baseInput(), config: { ...c, sla: { target: 0.8 } } })).not.toBe(a);
    expect(modelDigest({ ...baseInput(), config: { ...c, benchmarks: { ...c.benchmarks, threshold: 3 } } })).not.toBe(a);
    expect(modelDigest({ ...baseInput(), config: { ...c, goals: [{ ...c.goals[0]!, target: 1001 }] } })).not.toBe(a);
    expect(modelDigest({ ...baseInput(), config: { ...c, brand: { ...c.brand, aliases: ['AG'] } } })).not.toBe(a);
  });

  it('changes with the wording: a catalog whose sentence changed gives another digest', async () => {
    const { en } = await import('../../../src/core/i18n/en.ts');
    const reworded = { ...en, campaigns: { ...en.campaigns, why: () => 'another sentence' } };
    expect(modelDigest({ ...baseInput(), messages: en })).toBe(modelDigest({ ...baseInput(), messages: { ...en } }));
    expect(modelDigest({ ...baseInput(), messages: reworded })).not.toBe(modelDigest({ ...baseInput(), messages: en }));
  });

  it('changes with the SQL text of a metric', () => {
    expect(modelDigest({ ...baseInput(), config: makeConfig('b') })).not.toBe(modelDigest(baseInput()));
  });

  it('changes with the periods, audiences and as-of day', () => {
    const a = modelDigest(baseInput());
    expect(modelDigest({ ...baseInput(), periods: ['2026-08@UTC'] })).not.toBe(a);
    expect(modelDigest({ ...baseInput(), audiences: ['team'] })).not.toBe(a);
    expect(modelDigest({ ...baseInput(), asOf: '2026-09-11' })).not.toBe(a);
  });
});

/** A stand-in model: the cache stores whatever it is given. */
const fakeModel = (tag: string) => ({ modelVersion: REPORT_MODEL_VERSION, tag }) as unknown as ReportModel;

describe('withModelCache', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'cadence-model-cache-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('computes on a miss and writes the entry; a hit returns it without computing', async () => {
    const dir = join(root, 'hit', 'models'); // created on the first write
    const compute = vi.fn(async () => [fakeModel('one')]);
    const warn = vi.fn();
    const first = await withModelCache(dir, 'd1', compute, warn);
    expect(first).toEqual({ models: [fakeModel('one')], hit: false, digest: 'd1' });
    expect(compute).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await readFile(join(dir, 'd1.json'), 'utf8'))).toEqual({ version: REPORT_MODEL_VERSION, models: [fakeModel('one')] });
    // No scratch file left behind.
    expect(await readdir(dir)).toEqual(['d1.json']);

    const again = vi.fn(async () => [fakeModel('two')]);
    const second = await withModelCache(dir, 'd1', again, warn);
    expect(second).toEqual({ models: [fakeModel('one')], hit: true, digest: 'd1' });
    expect(again).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('recomputes an entry of another model version, without a warning', async () => {
    const dir = join(root, 'version');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'd2.json'), JSON.stringify({ version: REPORT_MODEL_VERSION - 1, models: [fakeModel('old')] }));
    const compute = vi.fn(async () => [fakeModel('new')]);
    const warn = vi.fn();
    const result = await withModelCache(dir, 'd2', compute, warn);
    expect(result).toEqual({ models: [fakeModel('new')], hit: false, digest: 'd2' });
    expect(compute).toHaveBeenCalledTimes(1);
    expect(warn).not.toHaveBeenCalled();
    expect(JSON.parse(await readFile(join(dir, 'd2.json'), 'utf8')).version).toBe(REPORT_MODEL_VERSION);
  });

  it('recomputes an entry without models', async () => {
    const dir = join(root, 'nomodels');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'd5.json'), JSON.stringify({ version: REPORT_MODEL_VERSION, models: 'x' }));
    const compute = vi.fn(async () => [fakeModel('fresh')]);
    expect((await withModelCache(dir, 'd5', compute)).hit).toBe(false);
    expect(compute).toHaveBeenCalledTimes(1);
  });

  it('recomputes a corrupt entry with a warning, and repairs it', async () => {
    const dir = join(root, 'corrupt');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'd3.json'), '{"version": 2, "models": [');
    const compute = vi.fn(async () => [fakeModel('fresh')]);
    const warn = vi.fn();
    const result = await withModelCache(dir, 'd3', compute, warn);
    expect(result.hit).toBe(false);
    expect(result.models).toEqual([fakeModel('fresh')]);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/unreadable model cache entry .*d3\.json/);
    // The next call hits.
    expect((await withModelCache(dir, 'd3', vi.fn(), warn)).hit).toBe(true);
  });

  it('only warns when the cache cannot be written', async () => {
    // The cache "folder" lies under a regular file: neither readable nor creatable.
    const file = join(root, 'a-file');
    await writeFile(file, 'not a folder');
    const dir = join(file, 'models');
    const compute = vi.fn(async () => [fakeModel('x')]);
    const warn = vi.fn();
    const result = await withModelCache(dir, 'd4', compute, warn);
    expect(result).toEqual({ models: [fakeModel('x')], hit: false, digest: 'd4' });
    expect(warn.mock.calls.map((c) => c[0]).some((m: string) => m.startsWith(`could not write the model cache in ${dir}`))).toBe(true);
  });

  it('computes every time without a cache folder', async () => {
    const compute = vi.fn(async () => [fakeModel('x')]);
    await withModelCache(null, 'd', compute);
    const second = await withModelCache(null, 'd', compute);
    expect(second.hit).toBe(false);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('keeps the newest 50 entries', async () => {
    const dir = join(root, 'prune');
    await mkdir(dir, { recursive: true });
    // 52 old entries, old-00 the oldest; the new one makes 53: the 3 oldest go.
    for (let i = 0; i < 52; i++) {
      const path = join(dir, `old-${String(i).padStart(2, '0')}.json`);
      await writeFile(path, JSON.stringify({ version: REPORT_MODEL_VERSION, models: [] }));
      const t = new Date(Date.UTC(2026, 0, 1, 0, i));
      await utimes(path, t, t);
    }
    await withModelCache(dir, 'newest', async () => [fakeModel('n')]);
    const names = (await readdir(dir)).sort();
    expect(names.length).toBe(50);
    expect(names).toContain('newest.json');
    expect(names).not.toContain('old-00.json');
    expect(names).not.toContain('old-01.json');
    expect(names).not.toContain('old-02.json');
    expect(names).toContain('old-03.json');
  });
});

describe('cachedReportModels', () => {
  let dir: string;
  let reader: DataReader;
  const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz });
  const august = monthPeriod('2026-08', tz);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-cached-models-'));
    await writeDataFolder(join(dir, 'data'), {
      mentions: [
        { id: 'a', published_at: '2026-08-01T10:00:00Z', platform: 'x', matched_name: 'Alpenglow' },
        { id: 'b', published_at: '2026-08-31T21:30:00Z', platform: 'x', matched_name: 'Alpenglow' }, // 23:30 on 31 August in Berlin
        { id: 'c', published_at: '2026-09-20T10:00:00Z', platform: 'x', matched_name: 'Alpenglow' },
      ],
    });
    reader = await openReader(join(dir, 'data'));
  });
  afterAll(async () => {
    await reader?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('asks a finished month on two later days: one digest, one computation', async () => {
    const cacheDir = join(dir, 'cache');
    const stages: string[] = [];
    const ask = (asOf: string) => cachedReportModels({ reader, config, periods: [august], audiences: ['team'], asOf, cacheDir, onStage: (s) => stages.push(s) });
    const first = await ask('2026-09-10');
    expect(first.hit).toBe(false);
    const computed = stages.length;
    expect(computed).toBeGreaterThan(0);
    const second = await ask('2026-10-01');
    expect(second.hit).toBe(true);
    expect(second.digest).toBe(first.digest);
    expect(stages.length).toBe(computed); // no stage ran again
    expect(second.models).toEqual(first.models);
    // The as-of day is clipped to 31 August; August has 2 brand mentions in Berlin.
    expect(first.models[0]!.asOf).toBe('2026-08-31');
    expect(first.models[0]!.kpis.find((k) => k.id === 'listening.mentions')!.value).toBe(2);
    // The digest is the one of the clipped day (worded with the config's catalog).
    expect(first.digest).toBe(modelDigest({ manifest: reader.manifest, config, periods: ['2026-08@Europe/Berlin'], audiences: ['team'], asOf: '2026-08-31', messages: messagesFor(config.locale) }));
  });

  it('keeps an as-of day inside the period, and computes that model apart', async () => {
    const cacheDir = join(dir, 'cache');
    const mid = await cachedReportModels({ reader, config, periods: [august], audiences: ['team'], asOf: '2026-08-15', cacheDir });
    expect(mid.hit).toBe(false);
    expect(mid.models[0]!.asOf).toBe('2026-08-15');
    expect(mid.models[0]!.complete).toBe(false);
    const done = await cachedReportModels({ reader, config, periods: [august], audiences: ['team'], asOf: '2026-09-01', cacheDir });
    expect(done.digest).not.toBe(mid.digest);
    expect(done.models[0]!.complete).toBe(true);
  });
});
