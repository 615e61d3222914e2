/**
 * The model benchmark's two sides, each in its own process and timed inside it (start-up left
 * out of both): `scan` is one DuckDB scan-and-group-by of the mentions by local day over the data
 * folder's Parquet files; `models` builds the report models of every period of every cadence
 * (days, ISO weeks, months, quarters, years) the data covers, for every audience, with
 * Cadence's model builder (no cache). Prints one JSON line: { seconds, models?, stages? }.
 * `models-clickhouse` builds the same models on the ClickHouse engine, embedded (chdb).
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadConfig } from '../../src/core/config/load.ts';
import { periodsBetween } from '../../src/core/periods/period.ts';
import { buildReportModels } from '../../src/core/report/build.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { embeddedSession } from '../../src/core/store/clickhouse/session.ts';

const project = process.argv[2]!;
const mode = process.argv[3] ?? 'models';
const { config } = await loadConfig({ projectDir: project });
const dataDir = join(project, config.dataDir);

if (mode === 'scan') {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const t0 = performance.now();
  const r = await c.runAndReadAll(
    `SELECT CAST(timezone('${config.timezone}', published_at) AS DATE) AS day, count(*) AS n
     FROM read_parquet('${join(dataDir, 'mentions', '*', '*.parquet')}', hive_partitioning = false) GROUP BY 1 ORDER BY 1`,
  );
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(`${JSON.stringify({ seconds, days: r.getRowObjects().length })}\n`);
} else {
  const t0 = performance.now();
  const reader = await openReader(dataDir, mode === 'models-clickhouse' ? { session: await embeddedSession() } : process.env.MEM ? { memoryLimit: process.env.MEM } : {});
  const m = reader.manifest.entities.mentions!;
  const kinds = ['day', 'week', 'month', 'quarter', 'year'] as const;
  const periods = kinds.flatMap((k) => periodsBetween(k, m.firstDate!, m.lastDate!, config.timezone));
  const stages: Record<string, number> = {};
  let last = 'open';
  let t = t0;
  const models = await buildReportModels({
    reader,
    config,
    periods,
    asOf: m.lastDate!,
    onStage: (s) => {
      const now = performance.now();
      stages[last] = Math.round(now - t);
      [last, t] = [s, now];
    },
  });
  stages[last] = Math.round(performance.now() - t);
  const seconds = (performance.now() - t0) / 1000;
  await reader.close();
  process.stdout.write(`${JSON.stringify({ seconds, models: models.length, periods: periods.length, stages })}\n`);
}
