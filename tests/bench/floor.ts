/** The floor: DuckDB's own read_csv + GROUP BY over the same file, nothing else. */
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2]!;
const db = await DuckDBInstance.create(':memory:');
const c = await db.connect();
const r = await c.runAndReadAll(`SELECT "Sentiment", count(*) AS n, sum("Reach") AS reach FROM read_csv('${file.replaceAll("'", "''")}', skip = 6, header = true) GROUP BY 1 ORDER BY 1`);
process.stdout.write(JSON.stringify(r.getRowObjectsJson()) + '\n');
