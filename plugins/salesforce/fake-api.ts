/**
 * A local stand-in for the Salesforce REST API and its OAuth token endpoint, for the tests:
 * bearer tokens (401 INVALID_SESSION_ID when wrong), the refresh-token flow, `query` and
 * `queryAll` with a SOQL subset (FROM, WHERE SystemModstamp >= …, ORDER BY, LIMIT), batches
 * followed by `nextRecordsUrl`, `Sforce-Limit-Info` on every answer, errors as
 * `[{ message, errorCode, fields }]`, and faults for chosen requests.
 */
import type { ServerResponse } from 'node:http';
import { startTestServer, type TestServer } from 'cadence/testkit';

export type SfRow = Record<string, unknown> & { Id: string; SystemModstamp: string; IsDeleted?: boolean };

export type Fault =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { raw: string; status?: number }
  /** Answer normally, but only after this many real milliseconds. */
  | { delayMs: number };

export interface SeenRequest {
  n: number;
  method: string;
  path: string;
  params: URLSearchParams;
  authorization: string | undefined;
  body: string;
}

export interface FakeSalesforceOptions {
  accessToken: string;
  refreshToken: string;
  clientId: string;
  clientSecret: string;
  /** Token handed out by a refresh. */
  newAccessToken: string;
  objects: { Lead: SfRow[]; Opportunity: SfRow[] };
  batchSize?: number;
  /** Requests already used today, and the daily limit. */
  usage?: { used: number; limit: number };
  fault?: (r: SeenRequest) => Fault | undefined;
}

export interface FakeSalesforce {
  url: string;
  seen: SeenRequest[];
  refreshes: () => number;
  /** Makes the current access token invalid (as when a session expires). */
  expire(): void;
  close(): Promise<void>;
}

const version = 'v61.0';

export async function startFakeSalesforce(o: FakeSalesforceOptions): Promise<FakeSalesforce> {
  const seen: SeenRequest[] = [];
  let valid = o.accessToken;
  let refreshes = 0;
  let used = o.usage?.used ?? 100;
  const limit = o.usage?.limit ?? 15_000;
  const locators = new Map<string, { rows: SfRow[]; offset: number; object: string }>();
  let locatorN = 0;
  const batchSize = o.batchSize ?? 3;
  let url = '';

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', 'sforce-limit-info': `api-usage=${used}/${limit}`, ...headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  };

  const batch = (id: string) => {
    const loc = locators.get(id)!;
    const records = loc.rows.slice(loc.offset, loc.offset + batchSize).map((r) => ({ attributes: { type: loc.object, url: `/services/data/${version}/sobjects/${loc.object}/${r.Id}` }, ...r }));
    const next = loc.offset + batchSize;
    const done = next >= loc.rows.length;
    const nextId = `01g${++locatorN}-${next}`;
    if (!done) locators.set(nextId, { ...loc, offset: next });
    return { totalSize: loc.rows.length, done, ...(done ? {} : { nextRecordsUrl: `/services/data/${version}/query/${nextId}` }), records };
  };

  const server: TestServer = await startTestServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const r: SeenRequest = { n: seen.length + 1, method: req.method ?? 'GET', path: u.pathname, params: u.searchParams, authorization: req.headers.authorization, body: req.body };
    seen.push(r);
    const fault = o.fault?.(r);
    if (fault && 'delayMs' in fault) await new Promise((ok) => setTimeout(ok, fault.delayMs));
    else if (fault && 'raw' in fault) {
      res.writeHead(fault.status ?? 200, { 'content-type': 'application/json', 'sforce-limit-info': `api-usage=${used}/${limit}` });
      return void res.end(fault.raw);
    } else if (fault) return send(res, fault.status, fault.body ?? '', fault.headers);

    if (u.pathname === '/services/oauth2/token' && r.method === 'POST') {
      const form = new URLSearchParams(req.body);
      if (form.get('grant_type') !== 'refresh_token' || form.get('client_id') !== o.clientId || form.get('client_secret') !== o.clientSecret || form.get('refresh_token') !== o.refreshToken) {
        return send(res, 400, { error: 'invalid_grant', error_description: 'expired access/refresh token' });
      }
      refreshes++;
      valid = o.newAccessToken;
      return send(res, 200, { access_token: valid, instance_url: url, token_type: 'Bearer', issued_at: '1790000000000', signature: 'sig' });
    }
    if (req.headers.authorization !== `Bearer ${valid}`) return send(res, 401, [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    used++;
    const base = `/services/data/${version}`;
    if (u.pathname === `${base}/query` || u.pathname === `${base}/queryAll`) {
      const q = u.searchParams.get('q') ?? '';
      const from = /\bFROM\s+(\w+)/i.exec(q)?.[1];
      if (!from || !/^SELECT\s/i.test(q)) return send(res, 400, [{ message: `unexpected token: '${q.slice(0, 20)}'`, errorCode: 'MALFORMED_QUERY' }]);
      const rows = o.objects[from as keyof FakeSalesforceOptions['objects']];
      if (!rows) return send(res, 400, [{ message: `sObject type '${from}' is not supported.`, errorCode: 'INVALID_TYPE' }]);
      const since = /SystemModstamp\s*(>=|>)\s*(\S+)/i.exec(q);
      const lim = /\bLIMIT\s+(\d+)/i.exec(q);
      let out = rows.filter((row) => u.pathname.endsWith('queryAll') || !row.IsDeleted);
      if (since) {
        const t = Date.parse(since[2]!);
        out = out.filter((row) => (since[1] === '>=' ? Date.parse(row.SystemModstamp) >= t : Date.parse(row.SystemModstamp) > t));
      }
      out = [...out].sort((a, b) => Date.parse(a.SystemModstamp) - Date.parse(b.SystemModstamp) || a.Id.localeCompare(b.Id));
      if (lim) out = out.slice(0, Number(lim[1]));
      const id = `01g${++locatorN}-0`;
      locators.set(id, { rows: out, offset: 0, object: from });
      return send(res, 200, batch(id));
    }
    const more = new RegExp(`^${base}/query/(.+)$`).exec(u.pathname);
    if (more && locators.has(more[1]!)) return send(res, 200, batch(more[1]!));
    return send(res, 404, [{ message: 'The requested resource does not exist', errorCode: 'NOT_FOUND' }]);
  });
  url = server.url;
  return { url, seen, refreshes: () => refreshes, expire: () => void (valid = `expired-${Math.random()}`), close: () => server.close() };
}

/** `n` leads, one a minute from `start`, alternating lead sources; the 4th is deleted. */
export function makeLeads(n: number, start: string): SfRow[] {
  const sources = ['Facebook', 'Web', 'social media', 'Partner Referral', null];
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.parse(start) + i * 60_000).toISOString().replace('Z', '+0000');
    return {
      Id: `00Q${String(i).padStart(12, '0')}`,
      CreatedDate: at,
      Status: i % 5 === 2 ? 'Closed - Converted' : 'Open - Not Contacted',
      LeadSource: sources[i % sources.length],
      Company: `Company ${i}`,
      Country: 'Ireland',
      IsConverted: i % 5 === 2,
      ConvertedDate: i % 5 === 2 ? '2026-09-20' : null,
      ConvertedOpportunityId: i % 5 === 2 ? `006${String(i).padStart(12, '0')}` : null,
      IsDeleted: i === 3,
      SystemModstamp: at,
    };
  });
}

export function makeOpportunities(n: number, start: string): SfRow[] {
  return Array.from({ length: n }, (_, i) => {
    const at = new Date(Date.parse(start) + i * 60_000).toISOString().replace('Z', '+0000');
    const won = i % 3 === 1;
    const closed = i % 3 !== 0;
    return {
      Id: `006${String(i).padStart(12, '0')}`,
      Name: `Deal ${i}`,
      CreatedDate: at,
      CloseDate: '2026-10-01',
      StageName: won ? 'Closed Won' : closed ? 'Closed Lost' : 'Prospecting',
      Amount: 1000 + i,
      LeadSource: i % 2 ? 'LinkedIn' : 'Web',
      IsWon: won,
      IsClosed: closed,
      IsDeleted: false,
      AccountId: `001${i}`,
      Account: { attributes: { type: 'Account', url: `/services/data/${version}/sobjects/Account/001${i}` }, Name: `Account ${i}` },
      SystemModstamp: at,
    };
  });
}
