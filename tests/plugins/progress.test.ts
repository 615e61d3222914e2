/**
 * The pull's progress line counts rows over every stream, and takes a total only in rows: a
 * file's byte size is no total of rows (issue 14: "10,045 / 1,542,307 rows, 0% … ETA 14m 40s"),
 * and the totals of several streams add up.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configSchema } from '../../src/core/schema/config.ts';
import { defineSource } from '../../src/plugins/api.ts';
import { runPull } from '../../src/plugins/runner.ts';
import { silentLog } from '../../src/plugins/testkit.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const mention = (id: string) => ({ id, published_at: new Date('2026-09-01T10:00:00Z'), platform: 'news', matched_kind: 'brand' });

const plugin = defineSource({
  name: 'progressive',
  description: 'Two streams: one counts bytes of a file, the other knows its rows.',
  options: z.object({}),
  streams: () => ({ file: { entity: 'mentions', description: 'a file' }, api: { entity: 'mentions', description: 'an API' } }),
  check: async () => ({ ok: true, message: 'ok' }),
  async *pull() {
    yield { type: 'record', stream: 'file', data: mention('f1') };
    yield { type: 'progress', stream: 'file', done: 1_000, total: 1_542_307, unit: 'bytes' };
    yield { type: 'record', stream: 'api', data: mention('a1') };
    yield { type: 'progress', stream: 'api', done: 1, total: 40, unit: 'rows' };
    yield { type: 'record', stream: 'api', data: mention('a2') };
    yield { type: 'progress', stream: 'file', done: 2_000, total: 60, unit: 'rows' };
  },
});

describe('pull progress', () => {
  it('never shows a byte size as the total of rows, and adds the streams’ row totals', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-progress-'));
    dirs.push(dir);
    const updates: [number, number | undefined][] = [];
    const progress = { start: () => ({ update: (done: number, total?: number) => void updates.push([done, total]), stop() {} }) };
    const config = configSchema.parse({ brand: { name: 'Acme' }, timezone: 'UTC', dataDir: join(dir, 'data'), sources: { p: { plugin: 'progressive', options: {} } } });
    const result = await runPull({ projectDir: dir, config, log: silentLog, progress, plugins: { progressive: plugin }, env: {}, clock: { now: () => new Date('2026-10-01T00:00:00Z') } });
    expect(result.sources[0]!.status).toBe('ok');
    // Bytes: the rows so far, no total. Rows: the stream's total, then both streams' (40 + 60).
    expect(updates).toEqual([[1, undefined], [2, 40], [3, 100]].map(([d, t]) => [expect.any(Number), t]));
    expect(updates.every(([, t]) => t === undefined || t <= 100)).toBe(true);
  });
});
