/**
 * The reader's DuckDB memory (reader.ts): past its limit most work spills to disk, but a query
 * that cannot spill (a list of very long strings) gets more memory once instead of failing the
 * build; any other error still fails.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openReader } from '../../src/core/store/reader.ts';
import { writeDataFolder } from '../site/fixtures/data-folder.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-reader-memory-'));
  await writeDataFolder(join(dir, 'data'), { mentions: [{ id: 'm1', published_at: '2026-09-01T10:00:00Z', platform: 'x', text: 'hello', matched_kind: 'brand', matched_name: 'A' }] });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// 3,000 strings of 100 KB in one list: about 300 MB that no operator can spill.
const unspillable = "SELECT len(list(repeat('x', 100000) || CAST(i AS VARCHAR))) AS n FROM range(3000) t(i)";

it('gives a query that cannot spill more memory once, rather than failing', async () => {
  const reader = await openReader(join(dir, 'data'), { memoryLimit: '64MB' });
  try {
    expect(await reader.query(unspillable)).toEqual([{ n: 3000 }]);
    expect(await reader.query('SELECT count(*) AS n FROM mentions')).toEqual([{ n: 1 }]);
  } finally {
    await reader.close();
  }
});

it('still fails on any other error', async () => {
  const reader = await openReader(join(dir, 'data'), { memoryLimit: '64MB' });
  try {
    await expect(reader.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
  } finally {
    await reader.close();
  }
});
