/**
 * Where the ClickHouse engine reads the data folder (clickhouse/reader.ts `tableFunction`): the
 * pinned files by path for a server on this machine, the same files under `dataUrl` for a server
 * that mounts the folder elsewhere, and a copy of data/current/ in object storage with `s3()` or,
 * for a cluster, `s3Cluster()`. (The object-storage forms are checked as text here: no bucket is
 * reachable from the tests; the file form is run by parity.test.ts and clickhouse-http.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { tableFunction } from '../../src/core/store/clickhouse/reader.ts';

const files = ['mentions/month=2026-08/part-aaaa1111.parquet', 'mentions/month=2026-09/part-bbbb2222.parquet'];
const structure = '`id` Nullable(String)';

describe('the table function the ClickHouse engine reads an entity with', () => {
  it('reads the pinned files by path on this machine, one brace list for the version’s files', () => {
    const sql = tableFunction(files, structure, '/p/data/.readers/r1', '/p/data', {});
    expect(sql).toBe("file('/p/data/.readers/r1/mentions/{month=2026-08/part-aaaa1111.parquet,month=2026-09/part-bbbb2222.parquet}', 'Parquet', '`id` Nullable(String)')");
  });

  it('reads them where the server mounts the data folder (dataUrl a path)', () => {
    const sql = tableFunction(files.slice(0, 1), structure, '/p/data/.readers/r1', '/p/data', { dataUrl: '/var/lib/clickhouse/user_files/brand/data' });
    expect(sql).toBe("file('/var/lib/clickhouse/user_files/brand/data/.readers/r1/mentions/month=2026-08/part-aaaa1111.parquet', 'Parquet', '`id` Nullable(String)')");
  });

  it('reads a copy of data/current/ in object storage, across a cluster, with keys from the environment', () => {
    const one = tableFunction(files, structure, '/p/data/.readers/r1', '/p/data', { dataUrl: 's3://brand-reports/data/' });
    expect(one).toBe(
      "s3('https://brand-reports.s3.amazonaws.com/data/mentions/{month=2026-08/part-aaaa1111.parquet,month=2026-09/part-bbbb2222.parquet}', 'Parquet', '`id` Nullable(String)')",
    );
    const cluster = tableFunction(files, structure, '/p/data/.readers/r1', '/p/data', {
      dataUrl: 'https://storage.example/bucket/data',
      cluster: 'reports',
      credentials: { accessKeyId: 'AKIA', secretAccessKey: "se'cret\\" },
    });
    expect(cluster).toBe(
      "s3Cluster('reports', 'https://storage.example/bucket/data/mentions/{month=2026-08/part-aaaa1111.parquet,month=2026-09/part-bbbb2222.parquet}', 'AKIA', 'se\\'cret\\\\', 'Parquet', '`id` Nullable(String)')",
    );
  });
});
