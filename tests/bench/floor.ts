/** The floor: DuckDB's own read_csv + GROUP BY over the same file, nothing else. */
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2]!;
const mode = process.argv[3] ?? 'groupby';
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const src = `read_csv('${file.replaceAll("'", "''")}', skip = 6, header = true)`;
if (mode === 'groupby') {
  // The floor the issue names: read the file and aggregate.
  const r = await c.runAndReadAll(`SELECT "Sentiment", count(*) AS n, sum("Reach") AS reach FROM ${src} GROUP BY 1 ORDER BY 1`);
  process.stdout.write(JSON.stringify(r.getRowObjectsJson()) + '\n');
} else {
  // A second reference: DuckDB's own CSV → Parquet copy of every column (no checks, no dedupe).
  await c.run(`COPY (SELECT * FROM ${src}) TO '${process.argv[4]!.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION zstd)`);
}
