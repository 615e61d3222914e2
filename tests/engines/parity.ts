/**
 * Engine parity: the same report models computed on DuckDB and on ClickHouse (embedded, chdb),
 * compared value by value: exact for counts, days and text; to the cent for currency amounts and
 * to 1e-9 (relative) for rates and other fractions. Used by parity.test.ts and by hand:
 *
 *   npx tsx tests/engines/parity.ts <projectDir> [period …]   (TOLERANT=1: list every failing query)
 */
import { join } from 'node:path';
import { loadConfig } from '../../src/core/config/load.ts';
import type { CadenceConfig } from '../../src/core/schema/config.ts';
import { buildReportModels } from '../../src/core/report/build.ts';
import type { ReportModel } from '../../src/core/report/model.ts';
import { parsePeriod } from '../../src/core/periods/period.ts';
import { openReader, type DataReader } from '../../src/core/store/reader.ts';
import { embeddedSession } from '../../src/core/store/clickhouse/session.ts';

export interface Difference {
  path: string;
  duckdb: unknown;
  clickhouse: unknown;
}

/** Where two JSON values differ (numbers: relative 1e-9, or 0.005 absolute for amounts of money). */
export function differences(a: unknown, b: unknown, path = '', out: Difference[] = []): Difference[] {
  if (out.length > 200) return out;
  if (typeof a === 'number' && typeof b === 'number') {
    const tol = Math.max(1e-9 * Math.max(Math.abs(a), Math.abs(b)), 1e-12);
    if (!(Math.abs(a - b) <= tol || (Number.isNaN(a) && Number.isNaN(b)))) out.push({ path, duckdb: a, clickhouse: b });
    return out;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push({ path: `${path}.length`, duckdb: a.length, clickhouse: b.length });
    for (let i = 0; i < Math.min(a.length, b.length); i++) differences(a[i], b[i], `${path}[${i}]`, out);
    return out;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
    return out;
  }
  if (a !== b) out.push({ path, duckdb: a, clickhouse: b });
  return out;
}

/** The models of `periods` for every audience, on one reader. */
export async function models(reader: DataReader, config: CadenceConfig, periods: string[], asOf?: string): Promise<ReportModel[]> {
  const ps = periods.map((spec) => parsePeriod(spec, { timezone: config.timezone, asOf: '2026-10-01' }));
  const until = asOf ?? reader.manifest.entities.mentions?.lastDate ?? ps.map((p) => p.lastDay).sort().at(-1)!;
  return buildReportModels({ reader, config, periods: ps, asOf: until });
}

/** Opens the project's data folder on both engines. */
export async function bothReaders(dataDir: string, tolerant = false): Promise<{ duck: DataReader; ch: DataReader; failures: string[] }> {
  const duck = await openReader(dataDir);
  const ch = await openReader(dataDir, { session: await embeddedSession() });
  const failures: string[] = [];
  if (tolerant) {
    const q = ch.query.bind(ch);
    ch.query = (async (sql: string, params?: unknown[]) => {
      try {
        return await q(sql, params);
      } catch (e) {
        const where = new Error().stack!.split('\n').find((l) => l.includes('/src/core/') && !l.includes('clickhouse/'))?.trim() ?? '';
        failures.push(`${where}\n  ${String((e as { detail?: string }).detail ?? (e as Error).message).replace(/\s+/g, ' ').slice(0, 500)}`);
        return [];
      }
    }) as DataReader['query'];
  }
  return { duck, ch, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const project = process.argv[2] ?? '.';
  const periods = process.argv.slice(3).length ? process.argv.slice(3) : ['2026-09', '2026-W36', '2026-09-14', '2026-Q3'];
  const { config } = await loadConfig({ projectDir: project });
  const { duck, ch, failures } = await bothReaders(join(project, config.dataDir), process.env.TOLERANT === '1');
  try {
    let t = performance.now();
    const a = await models(duck, config, periods);
    const ta = performance.now() - t;
    t = performance.now();
    const b = await models(ch, config, periods);
    const tb = performance.now() - t;
    for (const f of failures) console.log(`FAILED ${f}`);
    const diffs = differences(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
    for (const d of diffs.slice(0, 80)) console.log(`DIFF ${d.path}: duckdb ${JSON.stringify(d.duckdb)?.slice(0, 160)} | clickhouse ${JSON.stringify(d.clickhouse)?.slice(0, 160)}`);
    console.log(`${failures.length} failing queries, ${diffs.length} differences; duckdb ${Math.round(ta)} ms, clickhouse ${Math.round(tb)} ms`);
  } finally {
    await duck.close();
    await ch.close();
  }
}
