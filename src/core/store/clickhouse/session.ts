/**
 * One ClickHouse session: the temporary views and tables a reader makes live in it, and its
 * queries run one after the other (a ClickHouse session takes one query at a time). Two ways in:
 *
 * - `httpSession`: a server or cluster through its HTTP interface, with the official client
 *   (`@clickhouse/client`), a `session_id` of its own and the settings below on every query;
 * - `embeddedSession`: ClickHouse inside this process (`chdb`, not a dependency: the engine tests
 *   and benchmark install it), the same SQL and settings. It reads local files only.
 *
 * The settings give ClickHouse the semantics Cadence's queries are written for (DuckDB's and
 * standard SQL's): an aggregate over no rows is NULL, an unmatched outer join gives NULL, a name in
 * a query is a column before it is an alias; results come back as JSON with 64-bit integers as
 * numbers.
 */
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { CadenceError } from '../../errors.ts';

export const SESSION_SETTINGS = {
  join_use_nulls: 1,
  aggregate_functions_null_for_empty: 1,
  session_timezone: 'UTC',
  output_format_json_quote_64bit_integers: 0,
  output_format_json_quote_decimals: 0,
  output_format_json_named_tuples_as_objects: 1,
  input_format_parquet_allow_missing_columns: 1,
  // A query that is a list of tables (`FROM a, b`) is a cross join, as in DuckDB.
  cross_to_inner_join_rewrite: 1,
  // `sum(n) AS n, sum(n) FILTER (…)`: a name is the column, not the alias (ClickHouse's aliases are
  // otherwise visible everywhere in the query, DuckDB's only after SELECT).
  prefer_column_name_to_alias: 1,
  // CAST(x AS DOUBLE) of a NULL is NULL, as in DuckDB (not an error).
  cast_keep_nullable: 1,
} as const;

export interface ResultColumn {
  name: string;
  type: string;
}

export interface ClickHouseSession {
  /** Runs a SELECT with named string parameters; rows as objects, with the columns' types. */
  select(sql: string, params: Record<string, string>): Promise<{ meta: ResultColumn[]; data: Record<string, unknown>[] }>;
  /** Runs a statement that returns nothing (CREATE, DROP). */
  command(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Queries of one session, one at a time, in the order asked. */
function serial(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (job) => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

export interface HttpSessionOptions {
  url: string;
  database: string;
  user: string;
  password?: string;
  /** How long one query may take (default 5 minutes). */
  requestTimeoutMs?: number;
}

/** A session on a ClickHouse server through its HTTP interface (`@clickhouse/client`). */
export async function httpSession(o: HttpSessionOptions): Promise<ClickHouseSession> {
  const { createClient, ClickHouseLogLevel } = await import('@clickhouse/client');
  const client = createClient({
    url: o.url,
    database: o.database,
    username: o.user,
    password: o.password ?? '',
    session_id: `cadence-${randomUUID()}`,
    request_timeout: o.requestTimeoutMs ?? 300_000,
    max_open_connections: 1,
    // Long parameters (the events' JSON) go in the body, not in a URL a proxy may refuse.
    use_multipart_params_auto: true,
    clickhouse_settings: SESSION_SETTINGS as never,
    application: 'cadence',
    // Failures reach the user once, as coded Cadence errors, not as the client's own log lines.
    log: { level: ClickHouseLogLevel.OFF },
  });
  const one = serial();
  const fail = (e: unknown, sql: string): never => {
    throw engineError(e, sql, o.url);
  };
  try {
    const ok = await client.ping();
    if (!ok.success) throw ok.error;
  } catch (e) {
    await client.close().catch(() => undefined);
    throw new CadenceError('CADENCE_ENGINE_UNREACHABLE', `ClickHouse at ${o.url} did not answer: ${(e as Error).message}`, { cause: e });
  }
  return {
    select: (sql, params) =>
      one(async () => {
        try {
          const rs = await client.query({ query: sql, format: 'JSON', query_params: params });
          const body = (await rs.json()) as { meta: ResultColumn[]; data: Record<string, unknown>[] };
          return { meta: body.meta, data: body.data };
        } catch (e) {
          return fail(e, sql);
        }
      }),
    command: (sql) =>
      one(async () => {
        try {
          await client.command({ query: sql });
        } catch (e) {
          fail(e, sql);
        }
      }),
    close: () => one(() => client.close()),
  };
}

interface ChdbModule {
  Session: new () => {
    queryBindAsync(sql: string, params: object, opts: { format: string }): Promise<{ json<T>(): T; text(): string }>;
    queryAsync(sql: string, opts: { format: string }): Promise<{ text(): string }>;
    close(): void;
  };
}

/** A ClickHouse session inside this process (`chdb`), for tests and benchmarks. */
export async function embeddedSession(): Promise<ClickHouseSession> {
  let chdb: ChdbModule;
  try {
    chdb = createRequire(import.meta.url)('chdb') as ChdbModule;
  } catch (e) {
    throw new CadenceError('CADENCE_ENGINE_NOT_INSTALLED', 'chdb could not be loaded', { cause: e });
  }
  const s = new chdb.Session();
  const one = serial();
  for (const [k, v] of Object.entries(SESSION_SETTINGS)) await s.queryAsync(`SET ${k} = ${typeof v === 'string' ? `'${v}'` : v}`, { format: 'TSV' });
  return {
    select: (sql, params) =>
      one(async () => {
        try {
          const r = await s.queryBindAsync(sql, params, { format: 'JSON' });
          const text = r.text();
          const body = (text.trim() ? JSON.parse(text) : { meta: [], data: [] }) as { meta: ResultColumn[]; data: Record<string, unknown>[] };
          return { meta: body.meta, data: body.data };
        } catch (e) {
          throw engineError(e, sql, 'chdb');
        }
      }),
    command: (sql) =>
      one(async () => {
        try {
          await s.queryAsync(sql, { format: 'TSV' });
        } catch (e) {
          throw engineError(e, sql, 'chdb');
        }
      }),
    close: () =>
      one(async () => {
        s.close();
      }),
  };
}

/** A refused query, coded, with the start of its SQL. */
function engineError(e: unknown, sql: string, where: string): CadenceError {
  if (e instanceof CadenceError) return e;
  const message = (e as Error)?.message ?? String(e);
  const type = (e as { type?: string })?.type ?? '';
  const code = /^(AUTHENTICATION_FAILED|REQUIRED_PASSWORD|UNKNOWN_USER|ACCESS_DENIED)$/.test(type) || /Authentication failed/.test(message)
    ? 'CADENCE_ENGINE_AUTH_FAILED'
    : /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EHOSTUNREACH|socket hang up|Timeout/i.test(message)
      ? 'CADENCE_ENGINE_UNREACHABLE'
      : 'CADENCE_ENGINE_QUERY_FAILED';
  return new CadenceError(code, `ClickHouse (${where}): ${message.split('\n')[0]!.slice(0, 600)}\n  in: ${sql.replace(/\s+/g, ' ').trim().slice(0, 300)}`, { cause: e });
}
