/**
 * Opening DuckDB the way Cadence uses it: UTC session time zone, bounded memory with spilling,
 * and results converted to plain JSON-able values.
 */
import { DuckDBInstance, DuckDBTypeId, type DuckDBConnection, type DuckDBResultReader } from '@duckdb/node-api';

export interface DuckOptions {
  /** Database file; ':memory:' (default) for a throw-away database. */
  path?: string;
  /** Folder DuckDB may spill to when memory runs short. */
  tempDir?: string;
  /** DuckDB memory limit, e.g. '1GB'. */
  memoryLimit?: string;
  threads?: number;
}

export interface Duck {
  connection: DuckDBConnection;
  /** Runs SQL and returns rows as plain objects (BIGINT → number, timestamps → ISO strings). */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  close(): void;
}

export async function openDuck(options: DuckOptions = {}): Promise<Duck> {
  const settings: Record<string, string> = {};
  if (options.memoryLimit) settings.memory_limit = options.memoryLimit;
  if (options.tempDir) settings.temp_directory = options.tempDir;
  if (options.threads) settings.threads = String(options.threads);
  const instance = await DuckDBInstance.create(options.path ?? ':memory:', settings);
  const connection = await instance.connect();
  await connection.run("SET TimeZone='UTC'");
  const all = async <T,>(sql: string, params?: unknown[]): Promise<T[]> => {
    const reader = params?.length
      ? await connection.runAndReadAll(sql, params as never)
      : await connection.runAndReadAll(sql);
    return toPlainRows(reader) as T[];
  };
  const run = async (sql: string, params?: unknown[]): Promise<void> => {
    if (params?.length) await connection.run(sql, params as never);
    else await connection.run(sql);
  };
  return {
    connection,
    all,
    run,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Rows as plain values: BIGINT/HUGEINT → number, TIMESTAMP(TZ) → ISO string (UTC), DATE →
 * "YYYY-MM-DD", DECIMAL → number, lists kept as arrays.
 */
export function toPlainRows(reader: Pick<DuckDBResultReader, 'columnNames' | 'columnTypes' | 'getRowsJS'>): Record<string, unknown>[] {
  const names = reader.columnNames();
  const types = reader.columnTypes().map((t) => t.typeId);
  return reader.getRowsJS().map((row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) out[names[i]!] = plainValue(row[i], types[i]!);
    return out;
  });
}

function plainValue(v: unknown, type: DuckDBTypeId): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return type === DuckDBTypeId.DATE ? v.toISOString().slice(0, 10) : v.toISOString();
  if (Array.isArray(v)) return v.map((x) => plainValue(x, DuckDBTypeId.VARCHAR));
  return v;
}

/** Quotes an SQL identifier. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;
/**
 * Quotes an SQL string literal — for code constants only (internal names, reject codes, candidate
 * formats). A value from a file, an API or the configuration never becomes SQL text: bind it
 * (`duck.run(sql, params)`, or a variable through sql-values.ts).
 */
export const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`;
