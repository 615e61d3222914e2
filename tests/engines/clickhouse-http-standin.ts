/**
 * A local stand-in for a ClickHouse server's HTTP interface, answering as ClickHouse does
 * (https://clickhouse.com/docs/interfaces/http), with ClickHouse itself (embedded, chdb) running
 * the queries:
 *
 * - `GET /ping` → `Ok.`;
 * - `POST /?query_id=…&session_id=…&database=…&<setting>=…&param_<name>=…` with the query as the
 *   body, or as a `multipart/form-data` body holding `query` and `param_*` parts (what
 *   `@clickhouse/client` sends when parameters are long); parameter values in ClickHouse's escaped
 *   form (`\t`, `\n`, `\\`, `\'`);
 * - credentials by HTTP Basic auth or `X-ClickHouse-User` / `X-ClickHouse-Key`; wrong ones get
 *   HTTP 401 and `Code: 516 … (AUTHENTICATION_FAILED)`;
 * - settings from the URL apply to the query; a session's temporary tables and views live until
 *   another session starts (chdb holds one session per process, so the stand-in serves one
 *   session at a time); a second query while one runs in the same session gets
 *   `Code: 373 … (SESSION_IS_LOCKED)`, as a server answers;
 * - a refused query gets HTTP 500 (400 for a syntax error, 404 for an unknown table), the header
 *   `X-ClickHouse-Exception-Code` and ClickHouse's own message as the body.
 *
 * Every request is recorded (`requests`) so tests can check what the client sent.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

interface ChdbSession {
  queryBindAsync(sql: string, params: object, opts: { format: string }): Promise<{ text(): string }>;
  queryAsync(sql: string, opts: { format: string }): Promise<{ text(): string }>;
  close(): void;
}

export interface RecordedRequest {
  method: string;
  path: string;
  user: string | null;
  sessionId: string | null;
  database: string | null;
  settings: Record<string, string>;
  params: Record<string, string>;
  query: string;
  multipart: boolean;
}

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

const RESERVED = new Set(['query_id', 'session_id', 'database', 'query', 'user', 'password', 'default_format', 'role', 'session_timeout', 'session_check']);
const VERSION = '26.7.2.1';

/** ClickHouse's escaped form of a parameter value, decoded. */
function unescape(s: string): string {
  return s.replace(/\\(.)/gs, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', '0': '\0', b: '\b', f: '\f' })[c] ?? c);
}

export async function startStandIn(credentials: { user: string; password: string }): Promise<StandIn> {
  const { Session } = createRequire(import.meta.url)('chdb') as { Session: new () => ChdbSession };
  const requests: RecordedRequest[] = [];
  let session: { id: string; chdb: ChdbSession; busy: boolean } | null = null;

  const fail = (res: ServerResponse, status: number, code: number, name: string, message: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=UTF-8', 'X-ClickHouse-Exception-Code': String(code), 'X-ClickHouse-Server-Display-Name': 'cadence-standin' });
    res.end(`Code: ${code}. DB::Exception: ${message}. (${name}) (version ${VERSION} (official build))\n`);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/ping') {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=UTF-8' });
      res.end('Ok.\n');
      return;
    }
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const contentType = String(req.headers['content-type'] ?? '');
    const multipart = contentType.startsWith('multipart/form-data');
    let body = raw.toString('utf8');
    const params: Record<string, string> = {};
    if (multipart) {
      const form = await new Request('http://localhost/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
      body = String(form.get('query') ?? '');
      form.forEach((v, k) => {
        if (k.startsWith('param_')) params[k.slice(6)] = unescape(String(v));
      });
    }
    const settings: Record<string, string> = {};
    for (const [k, v] of url.searchParams) {
      if (k.startsWith('param_')) params[k.slice(6)] = unescape(v);
      else if (!RESERVED.has(k)) settings[k] = v;
    }
    const query = [url.searchParams.get('query'), body].filter((x) => x).join('\n');
    // Credentials: Basic auth, or the X-ClickHouse-User / X-ClickHouse-Key headers, or URL parameters.
    let user = url.searchParams.get('user') ?? (req.headers['x-clickhouse-user'] as string | undefined) ?? null;
    let password = url.searchParams.get('password') ?? (req.headers['x-clickhouse-key'] as string | undefined) ?? '';
    const auth = req.headers.authorization;
    if (auth?.startsWith('Basic ')) {
      const [u, ...p] = Buffer.from(auth.slice(6), 'base64').toString('utf8').split(':');
      user = u ?? null;
      password = p.join(':');
    }
    const sessionId = url.searchParams.get('session_id');
    requests.push({ method: req.method ?? '', path: url.pathname, user, sessionId, database: url.searchParams.get('database'), settings, params, query, multipart });
    if ((user ?? 'default') !== credentials.user || password !== credentials.password) {
      return fail(res, 401, 516, 'AUTHENTICATION_FAILED', `${user ?? 'default'}: Authentication failed: password is incorrect, or there is no user with such name`);
    }
    if (!query.trim()) return fail(res, 400, 62, 'SYNTAX_ERROR', 'Empty query');
    // One session at a time (see above); a request without a session runs in a throw-away one.
    if (!session || session.id !== (sessionId ?? '')) {
      if (session?.busy) return fail(res, 500, 373, 'SESSION_IS_LOCKED', `Session ${session.id} is locked by a concurrent client`);
      session?.chdb.close();
      session = { id: sessionId ?? '', chdb: new Session(), busy: false };
    }
    if (session.busy) return fail(res, 500, 373, 'SESSION_IS_LOCKED', `Session ${sessionId} is locked by a concurrent client`);
    const current = session;
    current.busy = true;
    try {
      for (const [k, v] of Object.entries(settings)) await current.chdb.queryAsync(`SET ${k} = ${/^-?\d+(\.\d+)?$/.test(v) ? v : `'${v.replaceAll("'", "\\'")}'`}`, { format: 'TSV' });
      const format = /\bFORMAT\s+(\w+)\s*;?\s*$/i.exec(query)?.[1] ?? 'TabSeparated';
      const result = Object.keys(params).length ? await current.chdb.queryBindAsync(query, params, { format }) : await current.chdb.queryAsync(query, { format });
      const text = result.text();
      res.writeHead(200, {
        'Content-Type': format.startsWith('JSON') ? 'application/json; charset=UTF-8' : 'text/tab-separated-values; charset=UTF-8',
        'X-ClickHouse-Format': format,
        'X-ClickHouse-Query-Id': url.searchParams.get('query_id') ?? '',
        'X-ClickHouse-Server-Display-Name': 'cadence-standin',
        'X-ClickHouse-Summary': JSON.stringify({ read_rows: '0', read_bytes: '0', written_rows: '0', written_bytes: '0', total_rows_to_read: '0', result_rows: '0', result_bytes: '0', elapsed_ns: '0' }),
      });
      res.end(text);
    } catch (e) {
      const message = String((e as Error).message);
      const m = /Code: (\d+)\. DB::Exception: (.*?)(?:\. \(([A-Z0-9_]+)\))?(?: \(version[^)]*\))?\s*$/s.exec(message);
      const code = Number(m?.[1] ?? 1002);
      const name = m?.[3] ?? 'UNKNOWN_EXCEPTION';
      fail(res, code === 62 ? 400 : code === 60 ? 404 : 500, code, name, (m?.[2] ?? message).replace(/\.$/, ''));
    } finally {
      current.busy = false;
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => fail(res, 500, 1001, 'STD_EXCEPTION', String(e)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        session?.chdb.close();
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
