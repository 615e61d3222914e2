/**
 * A local stand-in for the Brandwatch Consumer Research API, for the tests: it behaves as the API
 * is documented (bearer token, /me, projects, queries, /data/mentions with page/pageSize up to
 * 10,000 results and `nextCursor` beyond, 30 requests per rolling 10 minutes answered with 429,
 * errors as `{ errors: [{ code, message }] }`) on the tests' fake clock, and can be told to
 * misbehave for chosen requests.
 */
import type { ServerResponse } from 'node:http';
import { startTestServer, type TestServer } from 'cadence/testkit';
import type { ApiMention } from './api/mention.ts';

export interface FakeQuery {
  name: string;
  /** The query's mentions; served ordered by date. */
  mentions: ApiMention[];
}

/** What to answer instead of the API's own answer. */
export type Fault =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | { raw: string; status?: number }
  /** Answer normally, but only after this many real milliseconds. */
  | { delayMs: number };

export interface SeenRequest {
  n: number;
  /** Fake-clock time of the request (ms). */
  at: number;
  path: string;
  params: URLSearchParams;
  authorization: string | undefined;
}

export interface FakeApiOptions {
  token: string;
  projectId: number;
  projectName?: string;
  queries: Record<number, FakeQuery>;
  /** Fake clock (ms since epoch) the rate limit and request times follow. */
  now: () => number;
  /** Whether answers carry `nextCursor` (default true). */
  cursors?: boolean;
  /** Called for every request; a fault replaces the answer. */
  fault?: (request: SeenRequest) => Fault | undefined;
}

export interface FakeApi {
  url: string;
  server: TestServer;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export const pageLimit = 10_000;
const windowMs = 10 * 60_000;

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};
const errors = (res: ServerResponse, status: number, message: string, headers?: Record<string, string>) => json(res, status, { errors: [{ code: status, message }] }, headers);

/** Brandwatch accepts 2024-03-01 and 2024-03-01T09:15:00.000+0000. */
const parseDate = (s: string | null) => (s === null ? NaN : Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')));
const dateOf = (m: ApiMention) => parseDate(String(m.date));

export async function startFakeApi(o: FakeApiOptions): Promise<FakeApi> {
  const seen: SeenRequest[] = [];
  const served: number[] = [];
  const server = await startTestServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const request: SeenRequest = { n: seen.length + 1, at: o.now(), path: url.pathname, params: url.searchParams, authorization: req.headers.authorization };
    seen.push(request);
    // The rate limit counts every request, answered or not.
    while (served.length && served[0]! <= request.at - windowMs) served.shift();
    served.push(request.at);
    const fault = o.fault?.(request);
    if (fault && 'delayMs' in fault) await new Promise((r) => setTimeout(r, fault.delayMs));
    else if (fault && 'raw' in fault) return void (res.writeHead(fault.status ?? 200, { 'content-type': 'application/json' }), res.end(fault.raw));
    else if (fault) return json(res, fault.status, fault.body ?? { errors: [{ code: fault.status, message: `fault ${fault.status}` }] }, fault.headers);
    if (res.destroyed) return;
    if (served.length > 30) return errors(res, 429, 'Rate limit exceeded', { 'x-rate-limit': '30', 'x-rate-limit-used': String(served.length) });
    if (req.headers.authorization !== `Bearer ${o.token}`) return errors(res, 401, 'Invalid or expired access token');
    route(url, res);
  });

  function route(url: URL, res: ServerResponse) {
    const p = url.pathname;
    if (p === '/me') return json(res, 200, { id: 42, username: 'ann@acme.example', firstName: 'Ann', lastName: 'Analyst' });
    const project = /^\/projects\/(\d+)(\/.*)?$/.exec(p);
    if (!project || Number(project[1]) !== o.projectId) return errors(res, 404, `Project ${project?.[1] ?? '?'} not found`);
    const rest = project[2] ?? '';
    if (rest === '') return json(res, 200, { id: o.projectId, name: o.projectName ?? 'Acme Listening' });
    if (rest === '/queries') return json(res, 200, { resultsTotal: Object.keys(o.queries).length, resultsPage: 0, resultsPageSize: 100, results: Object.entries(o.queries).map(([id, q]) => ({ id: Number(id), name: q.name })) });
    if (rest === '/data/mentions') return mentions(url.searchParams, res);
    return errors(res, 404, `No endpoint ${p}`);
  }

  function mentions(q: URLSearchParams, res: ServerResponse) {
    const query = o.queries[Number(q.get('queryId'))];
    if (!query) return errors(res, 404, `Query ${q.get('queryId')} not found in project ${o.projectId}`);
    const start = parseDate(q.get('startDate'));
    const end = parseDate(q.get('endDate'));
    if (Number.isNaN(start) || Number.isNaN(end) || start > end) return errors(res, 400, 'startDate and endDate must be dates, startDate first');
    const pageSize = Number(q.get('pageSize') ?? 10);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 5000) return errors(res, 400, 'pageSize must be between 1 and 5000');
    const ascending = q.get('orderDirection') === 'asc';
    const all = query.mentions
      .filter((m) => dateOf(m) >= start && dateOf(m) < end)
      .sort((a, b) => (dateOf(a) - dateOf(b) || String(a.resourceId).localeCompare(String(b.resourceId))) * (ascending ? 1 : -1));
    let offset: number;
    let page = 0;
    const cursor = q.get('cursor');
    if (cursor) {
      const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { offset: number; start: number; end: number };
      if (decoded.start !== start || decoded.end !== end) return errors(res, 400, 'The cursor belongs to another date range');
      offset = decoded.offset;
    } else {
      page = Number(q.get('page') ?? 0);
      offset = page * pageSize;
      if (offset + pageSize > pageLimit) return errors(res, 400, `page and pageSize can reach the first ${pageLimit} results only; use cursor to go further`);
    }
    const results = all.slice(offset, offset + pageSize);
    const more = offset + results.length < all.length;
    json(res, 200, {
      results,
      resultsTotal: all.length,
      resultsPage: page,
      resultsPageSize: pageSize,
      ...(more && o.cursors !== false ? { nextCursor: Buffer.from(JSON.stringify({ offset: offset + results.length, start, end })).toString('base64url') } : {}),
      startDate: q.get('startDate'),
      endDate: q.get('endDate'),
    });
  }

  return { url: server.url, server, seen, close: () => server.close() };
}

/** Mentions of a query, one every `stepMs` from `from`, in the API's field names. */
export function makeMentions(queryId: number, queryName: string, count: number, from: string, stepMs = 60_000, idBase = queryId * 1_000_000): ApiMention[] {
  const start = Date.parse(from);
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * stepMs);
    const id = idBase + i;
    return {
      resourceId: String(id),
      guid: `g${id}`,
      queryId,
      queryName,
      date: at.toISOString().replace('Z', '+0000'),
      url: `https://twitter.com/user${i % 50}/status/${id}`,
      domain: 'twitter.com',
      pageType: 'twitter',
      author: `user${i % 50}`,
      fullname: `User ${i % 50}`,
      fullText: i % 3 === 0 ? `Talking about ${queryName} again` : `Mention ${i}`,
      sentiment: ['positive', 'neutral', 'negative'][i % 3],
      reachEstimate: 100 + i,
      impressions: 200 + i,
      twitterFollowers: 100 + i,
      twitterLikeCount: i % 7,
      twitterReplyCount: i % 2,
      twitterRetweets: i % 3,
      language: 'en',
      country: 'United Kingdom',
    };
  });
}
