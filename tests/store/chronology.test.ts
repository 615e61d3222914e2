/**
 * Fields that should come in order (a deal is created before it closes): a row where they do not
 * is stored as the source gives it, and the pull warns with the count, an example id and what the
 * reports make of it — for records (API plugins) and bulk loads alike. Rows that fail are not
 * counted; a stream with none out of order says nothing.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineSource, z } from '../../src/plugins/public.ts';
import { pullFixture } from '../../src/plugins/testkit.ts';

const deal = (id: string, created: string, closed: string | null, status = closed ? 'won' : 'open') => ({ id, created_at: new Date(created), closed_at: closed ? new Date(closed) : null, status, is_social: false });

const records = defineSource({
  name: 'deals-api',
  options: z.object({}),
  streams: { deals: { entity: 'deals' } },
  async check() {
    return { ok: true, message: 'ready' };
  },
  async *pull() {
    yield { type: 'record', stream: 'deals', data: deal('d1', '2026-02-23T10:00:00Z', '2024-02-03T00:00:00Z') };
    yield { type: 'record', stream: 'deals', data: deal('d2', '2026-02-23T10:00:00Z', '2026-03-01T00:00:00Z') };
    yield { type: 'record', stream: 'deals', data: deal('d3', '2026-02-24T10:00:00Z', '2026-02-23T00:00:00Z', 'lost') };
    yield { type: 'record', stream: 'deals', data: deal('d4', '2026-02-24T10:00:00Z', null) };
    // Rejected (no status): not counted, though its dates are out of order too.
    yield { type: 'record', stream: 'deals', data: { ...deal('d5', '2026-02-24T10:00:00Z', '2020-01-01T00:00:00Z'), status: 'maybe' } };
  },
});

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-chronology-'));
  await writeFile(join(dir, 'deals.csv'), 'Id,Created,Closed\nb1,2026-02-23,2024-02-03\nb2,2026-02-23,2026-03-01\nb3,2026-02-24,\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function pullWarnings(o: Parameters<typeof pullFixture>[0]) {
  const warnings: string[] = [];
  const r = await pullFixture({ ...o, projectDir: dir, log: { debug() {}, info() {}, warn: (m) => void warnings.push(m), error() {} } });
  await r.cleanup();
  return { r, warnings: warnings.filter((w) => w.includes('before created_at')) };
}

describe('deals closed before they were created', () => {
  it('records: kept as given, and one warning with the count of the rows with both dates', async () => {
    const { r, warnings } = await pullWarnings({ plugin: records, options: {} });
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 4, rejected: 1 });
    expect(r.rows.deals!.find((d) => d.id === 'd1')).toMatchObject({ created_at: '2026-02-23T10:00:00.000Z', closed_at: '2024-02-03T00:00:00.000Z' });
    expect(warnings).toEqual([
      'fixture: stream deals: 2 of the 3 deals with both created_at and closed_at have closed_at before created_at (e.g. id d1). They are stored as the source gives them: ' +
        'deals won and lost (their count, value and win rate) are counted on closed_at and the pipeline from created_at, so such a deal is never in the pipeline, and one that closed before the first created_at of the data falls in a period the deals do not cover: a report of that period says so instead of counting it. ' +
        'If that is not what the source means, fix the dates there (or map other columns).',
    ]);
  });

  it('a bulk load warns the same way; in-order deals say nothing', async () => {
    const columns = { id: 'Id', created_at: 'Created', closed_at: 'Closed', status: { value: 'won' }, is_social: { value: false } };
    const { warnings } = await pullWarnings({ plugin: 'csv', options: { file: 'deals.csv', entity: 'deals', columns } });
    expect(warnings).toEqual([expect.stringContaining('stream deals: 1 of the 2 deals with both created_at and closed_at have closed_at before created_at (e.g. id b1)')]);
    const { warnings: none } = await pullWarnings({ plugin: 'csv', options: { file: 'deals.csv', entity: 'deals', columns: { ...columns, closed_at: { value: null } } } });
    expect(none).toEqual([]);
  });
});
