/**
 * What a pull owns and what it tells: a snapshot stream's rows replace its earlier ones (no
 * ghosts of an old mapping) while incremental streams and other sources are untouched; a stream
 * that fails keeps its rows out while the source's other streams commit; the manifest's field
 * coverage matches an independent count; `forget` removes exactly one source.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldCoverage } from '../../src/core/store/field-coverage.ts';
import { forgetSource } from '../../src/core/store/forget.ts';
import { readManifest, type Manifest } from '../../src/core/store/manifest.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { defineSource, type BulkLoad } from '../../src/plugins/public.ts';
import { pullFixture } from '../../src/plugins/testkit.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-snapshots-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const header = ['Post ID', 'Alt ID', 'Date', 'Network', 'Impressions'];
const postsLoad = (path: string, idColumn: string): BulkLoad => ({
  path,
  displayPath: 'exports/posts.csv',
  delimiter: ',',
  quote: '"',
  escape: '"',
  encoding: 'utf-8',
  headerLine: 1,
  header,
  timezone: 'UTC',
  decimal: '.',
  columns: { id: { column: idColumn }, published_at: { column: 'Date' }, platform: { column: 'Network' }, impressions: { column: 'Impressions' } },
});

/** A file plugin: one bulk load of posts, its id from the column the options name. */
const filePlugin = defineSource({
  name: 'posts-file',
  options: z.object({ path: z.string(), idColumn: z.string() }),
  streams: { posts: { entity: 'posts' } },
  check: async () => ({ ok: true, message: '' }),
  async *pull(ctx) {
    yield { type: 'bulk' as const, stream: 'posts', load: postsLoad(ctx.options.path, ctx.options.idColumn) };
  },
});

/** An API-like plugin: posts as records, incremental (not a snapshot). */
const recordPlugin = defineSource({
  name: 'posts-api',
  options: z.object({ ids: z.array(z.string()), month: z.number().default(9) }),
  streams: { posts: { entity: 'posts' } },
  check: async () => ({ ok: true, message: '' }),
  async *pull(ctx) {
    for (const [i, id] of ctx.options.ids.entries()) {
      yield { type: 'record' as const, stream: 'posts', data: { id, published_at: new Date(Date.UTC(2026, ctx.options.month - 1, 1 + i, 12)), platform: 'x', impressions: i % 2 ? null : 10 * i } };
    }
  },
});

const postsCsv = (rows: [string, string, string, string, string][]) => [header.join(','), ...rows.map((r) => r.join(','))].join('\n') + '\n';

describe('snapshot streams', () => {
  it('re-pulling a file with a changed mapping replaces its earlier rows; other sources and incremental streams keep theirs', async () => {
    const path = join(dir, 'posts.csv');
    await writeFile(path, postsCsv([['p1', 'a1', '2026-08-30 10:00', 'facebook', '10'], ['p2', 'a2', '2026-09-02 10:00', 'facebook', ''], ['p3', 'a3', '2026-09-03 10:00', 'instagram', '30']]));
    const first = await pullFixture({ plugin: filePlugin, options: { path, idColumn: 'Post ID' }, source: 'files' });
    try {
      // Another source with rows of the same entity, pulled incrementally.
      const api1 = await pullFixture({ plugin: recordPlugin, options: { ids: ['r1', 'r2'] }, source: 'api', dataDir: first.dataDir });
      expect(api1.result.sources[0]).toMatchObject({ status: 'ok', added: 2 });
      const api2 = await pullFixture({ plugin: recordPlugin, options: { ids: ['r3'], month: 10 }, source: 'api', dataDir: first.dataDir });
      expect(api2.rows.posts!.filter((r) => r.source_name === 'api').map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);

      const second = await pullFixture({ plugin: filePlugin, options: { path, idColumn: 'Alt ID' }, source: 'files', dataDir: first.dataDir });
      expect(second.result.sources[0]).toMatchObject({ status: 'ok', added: 3, removed: 3 });
      expect(second.rows.posts!.map((r) => r.id)).toEqual(['a1', 'a2', 'a3', 'r1', 'r2', 'r3']);
      expect(second.manifest.sources.files!.last).toMatchObject({ added: 3, removed: 3 });
      // A month whose rows all went away is gone from the manifest and the folder.
      expect(second.manifest.entities.posts!.rows).toBe(6);
      expect(second.manifest.entities.posts!.coverage!.files).toEqual({ '2026-08': expect.objectContaining({ rows: 1 }), '2026-09': expect.objectContaining({ rows: 2 }) });

      // The same file again: nothing added, nothing removed.
      const third = await pullFixture({ plugin: filePlugin, options: { path, idColumn: 'Alt ID' }, source: 'files', dataDir: first.dataDir });
      expect(third.result.sources[0]).toMatchObject({ added: 0, updated: 0, unchanged: 3, removed: 0 });
      expect(third.result.noNewData).toBe(true);
      expect(third.manifest.entities).toEqual(second.manifest.entities);

      // A shorter export: the rows it no longer has are removed (and say so).
      await writeFile(path, postsCsv([['p1', 'a1', '2026-08-30 10:00', 'facebook', '10']]));
      const fourth = await pullFixture({ plugin: filePlugin, options: { path, idColumn: 'Alt ID' }, source: 'files', dataDir: first.dataDir });
      expect(fourth.result.sources[0]).toMatchObject({ added: 0, unchanged: 1, removed: 2 });
      expect(fourth.result.noNewData).toBe(false);
      expect(fourth.rows.posts!.map((r) => r.id)).toEqual(['a1', 'r1', 'r2', 'r3']);
    } finally {
      await first.cleanup();
    }
  });

  it('a stream that fails keeps its rows (and the earlier ones) out while the source’s other streams commit', async () => {
    const bad = join(dir, 'bad-posts.csv');
    const good = join(dir, 'good-posts.csv');
    await writeFile(good, postsCsv([['p1', 'a1', '2026-09-01 10:00', 'facebook', '1'], ['p2', 'a2', '2026-09-02 10:00', 'facebook', '2']]));
    await writeFile(bad, postsCsv([['p1', 'a1', 'soon', 'facebook', '1'], ['p2', 'a2', 'later', 'facebook', '2']]));
    const plugin = defineSource({
      name: 'two-streams',
      options: z.object({ posts: z.string() }),
      streams: { posts: { entity: 'posts' }, mentions: { entity: 'mentions' } },
      check: async () => ({ ok: true, message: '' }),
      async *pull(ctx) {
        yield { type: 'bulk' as const, stream: 'posts', load: postsLoad(ctx.options.posts, 'Post ID') };
        yield { type: 'record' as const, stream: 'mentions', data: { id: 'm1', published_at: new Date('2026-09-01T00:00:00Z'), platform: 'news' } };
      },
    });
    const first = await pullFixture({ plugin, options: { posts: good } });
    try {
      expect(first.result.sources[0]).toMatchObject({ status: 'ok', added: 3 });
      const before = first.manifest.entities.posts;
      const r = await pullFixture({ plugin, options: { posts: bad }, dataDir: first.dataDir });
      const outcome = r.result.sources[0]!;
      expect(outcome.status).toBe('failed');
      expect(outcome.failedStreams!.map((e) => [e.code, e.place.stream])).toEqual([['CADENCE_ROWS_REJECTED', 'posts']]);
      expect(outcome.error!.message).toContain('2 of 2 rows were rejected');
      expect(outcome.error!.message).toMatch(/2 × CADENCE_VALUE_NOT_DATE in column "Date", e\.g\. "(soon|later)"/);
      expect(outcome.error!.message).toContain(`Every rejected row, with its line and reason: `);
      expect(r.manifest.entities.posts).toEqual(before);
      expect(r.manifest.sources.fixture).toMatchObject({ status: 'failed', error: 'CADENCE_ROWS_REJECTED', failedStreams: ['posts'] });
      expect(r.rejects.map((x) => [x.line, x.code])).toEqual([
        ['2', 'CADENCE_VALUE_NOT_DATE'],
        ['3', 'CADENCE_VALUE_NOT_DATE'],
      ]);
      expect(r.rows.mentions!.map((x) => x.id)).toEqual(['m1']);
    } finally {
      await first.cleanup();
    }
  });

  it('records whose derived ids collapse fail the stream with CADENCE_ID_COLLAPSE', async () => {
    const plugin = defineSource({
      name: 'collapse',
      options: z.object({ n: z.number() }),
      streams: { m: { entity: 'mentions' } },
      check: async () => ({ ok: true, message: '' }),
      async *pull(ctx) {
        // No id, and the natural key (url + published_at) is the same for every row.
        for (let i = 0; i < ctx.options.n; i++) yield { type: 'record' as const, stream: 'm', data: { url: 'https://example.com/a', published_at: new Date('2026-09-01T00:00:00Z'), platform: 'news', text: `comment ${i}` } };
      },
    });
    const r = await pullFixture({ plugin, options: { n: 20 } });
    try {
      expect(r.result.sources[0]!.status).toBe('failed');
      expect(r.result.sources[0]!.error).toMatchObject({ code: 'CADENCE_ID_COLLAPSE' });
      expect(r.result.sources[0]!.error!.message).toContain('19 of 20 rows share an id with another row');
      expect(r.result.sources[0]!.error!.message).toContain('"https://example.com/a|2026-09-01T00:00:00.000Z"');
      expect(r.rows.mentions).toBeUndefined();
      // Ten rows lost is under the limit (more than 10 and more than 1%): a warning, not a failure.
      const few = await pullFixture({ plugin, options: { n: 11 } });
      expect(few.result.sources[0]).toMatchObject({ status: 'ok', added: 1 });
      await few.cleanup();
    } finally {
      await r.cleanup();
    }
  });
});

/** Rows and filled fields per source and month, counted with SQL over the stored rows. */
async function independentCount(dataDir: string): Promise<Record<string, Record<string, { rows: number; impressions: number; url: number }>>> {
  const reader = await openReader(dataDir);
  try {
    const rows = await reader.query<{ s: string; m: string; n: number; i: number; u: number }>(
      `SELECT source_name AS s, strftime(published_at, '%Y-%m') AS m, count(*) AS n, count(impressions) AS i, count(url) AS u FROM posts GROUP BY ALL ORDER BY ALL`,
    );
    const out: Record<string, Record<string, { rows: number; impressions: number; url: number }>> = {};
    for (const r of rows) (out[r.s] ??= {})[r.m] = { rows: r.n, impressions: r.i, url: r.u };
    return out;
  } finally {
    await reader.close();
  }
}

describe('field coverage', () => {
  it('matches an independent count per source and month, sums to the rows, and is rebuilt for an old manifest', async () => {
    const path = join(dir, 'coverage.csv');
    await writeFile(path, postsCsv([['p1', 'a1', '2026-08-30 10:00', 'facebook', '10'], ['p2', 'a2', '2026-09-02 10:00', 'facebook', ''], ['p3', 'a3', '2026-09-03 10:00', 'instagram', '30'], ['p4', 'a4', '2026-09-04 10:00', 'instagram', '']]));
    const r1 = await pullFixture({ plugin: filePlugin, options: { path, idColumn: 'Post ID' }, source: 'files' });
    try {
      const r2 = await pullFixture({ plugin: recordPlugin, options: { ids: ['r1', 'r2', 'r3'] }, source: 'api', dataDir: r1.dataDir });
      const manifest = r2.manifest;
      const coverage = manifest.entities.posts!.coverage!;
      const counted = await independentCount(r1.dataDir);
      for (const [source, months] of Object.entries(counted)) {
        for (const [month, c] of Object.entries(months)) {
          expect(coverage[source]![month]).toMatchObject({ rows: c.rows, fields: expect.objectContaining({ impressions: c.impressions, url: c.url, id: c.rows }) });
        }
      }
      expect(Object.keys(coverage).sort()).toEqual(Object.keys(counted).sort());
      const sum = Object.values(coverage).flatMap((m) => Object.values(m)).reduce((n, c) => n + c.rows, 0);
      expect(sum).toBe(manifest.entities.posts!.rows);
      // The reader: summed over sources, all months or some.
      expect(fieldCoverage(manifest, 'posts', 'impressions')).toEqual({ rows: 7, withValue: 4 });
      expect(fieldCoverage(manifest, 'posts', 'impressions', ['2026-09'])).toEqual({ rows: 6, withValue: 3 });
      expect(fieldCoverage(manifest, 'posts', 'impressions', ['2025-01'])).toEqual({ rows: 0, withValue: 0 });
      expect(fieldCoverage(manifest, 'mentions', 'reach')).toBeNull();
      // A manifest from before coverage reads, says "unknown", and the next commit counts again.
      const old: Manifest = structuredClone(manifest);
      delete old.entities.posts!.coverage;
      expect(fieldCoverage(old, 'posts', 'impressions')).toBeNull();
      const { writeFile: write } = await import('node:fs/promises');
      await write(join(r1.dataDir, 'manifest.json'), JSON.stringify(old));
      expect(fieldCoverage(await readManifest(r1.dataDir), 'posts', 'impressions')).toBeNull();
      const r3 = await pullFixture({ plugin: recordPlugin, options: { ids: ['r4'], month: 10 }, source: 'api', dataDir: r1.dataDir });
      expect(fieldCoverage(r3.manifest, 'posts', 'impressions')).toEqual({ rows: 8, withValue: 5 });
      expect(r3.manifest.entities.posts!.coverage).toEqual({ ...coverage, api: { ...coverage.api, '2026-10': expect.objectContaining({ rows: 1 }) } });
    } finally {
      await r1.cleanup();
    }
  });
});

describe('forgetting a source', () => {
  it('removes exactly that source’s rows, rejects and cursors', async () => {
    const path = join(dir, 'forget.csv');
    await writeFile(path, postsCsv([['p1', 'a1', '2026-08-30 10:00', 'facebook', '10'], ['p2', 'a2', '2026-09-02 10:00', 'facebook', ''], ['p3', 'a3', 'not a date', 'x', '1']]));
    const r1 = await pullFixture({ plugin: filePlugin, options: { path, idColumn: 'Post ID' }, source: 'files' });
    try {
      const r2 = await pullFixture({ plugin: recordPlugin, options: { ids: ['r1', 'r2'] }, source: 'api', dataDir: r1.dataDir });
      expect(r2.manifest.rejects.files).toBeDefined();
      const apiRows = r2.rows.posts!.filter((r) => r.source_name === 'api');
      const dry = await forgetSource({ dataDir: r1.dataDir, source: 'files', now: new Date('2026-02-01T00:00:00Z'), dryRun: true });
      expect(dry).toMatchObject({ rows: { posts: 2 }, rejectsFile: r2.manifest.rejects.files!.path, hadCursors: true, dryRun: true });
      expect(await readManifest(r1.dataDir)).toEqual(r2.manifest);
      await forgetSource({ dataDir: r1.dataDir, source: 'files', now: new Date('2026-02-01T00:00:00Z') });
      const after = await pullFixture({ plugin: recordPlugin, options: { ids: ['r1', 'r2'] }, source: 'api', dataDir: r1.dataDir });
      expect(after.result.sources[0]).toMatchObject({ added: 0, unchanged: 2 });
      expect(after.rows.posts).toEqual(apiRows);
      expect(after.manifest.sources.files).toBeUndefined();
      expect(after.manifest.rejects.files).toBeUndefined();
      expect(after.manifest.entities.posts!.coverage!.files).toBeUndefined();
      expect(after.manifest.entities.posts!.files.map((f) => f.month)).toEqual(['2026-09']);
      await expect(forgetSource({ dataDir: r1.dataDir, source: 'files', now: new Date() })).rejects.toMatchObject({ code: 'CADENCE_SOURCE_UNKNOWN' });
    } finally {
      await r1.cleanup();
    }
  });
});
