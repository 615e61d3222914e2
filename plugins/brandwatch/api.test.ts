/**
 * The brandwatch source on the API, against a local server that behaves as Brandwatch documents
 * it, on a fake clock: paging (page, then cursor past 10,000), pacing (30 requests per 10
 * minutes), retries, errors per query, incremental pulls and interruption.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pullFixture, type PullFixtureResult } from 'cadence/testkit';
import { brandwatchSource } from './index.ts';
import { makeMentions, startFakeApi, type FakeApi, type FakeApiOptions, type Fault, type SeenRequest } from './fake-api.ts';
import { contextOf, fakeTime, recordingLog, trackedConfig } from './test-helpers.ts';

const TOKEN = 'bw-test-token-5f2c9a71e0';
const projectId = 1998;
const config = trackedConfig as never;
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

async function setup(queries: FakeApiOptions['queries'], more: Partial<FakeApiOptions> = {}) {
  const time = fakeTime('2024-03-04T00:00:00Z');
  const api = await startFakeApi({ token: TOKEN, projectId, queries, now: time.ms, ...more });
  open.push(api);
  const plugin = brandwatchSource({ sleep: time.sleep, random: () => 0.5, timeoutMs: 400 });
  const log = recordingLog();
  const options = (extra: Record<string, unknown> = {}) => ({
    api: { baseUrl: api.url, token: { env: 'BRANDWATCH_TOKEN' }, projectId, queryIds: Object.keys(queries).map(Number), startDate: '2024-03-01', pageSize: 5, ...extra },
  });
  const pull = (extra: Record<string, unknown> = {}, run: Partial<Parameters<typeof pullFixture>[0]> = {}) =>
    pullFixture({ plugin, options: options(extra), env: { BRANDWATCH_TOKEN: TOKEN }, clock: time.clock, config, log, ...run });
  return { time, api, plugin, log, pull };
}

const mentionRequests = (api: FakeApi) => api.seen.filter((r) => r.path.endsWith('/data/mentions'));
const ids = (run: PullFixtureResult) => (run.rows.mentions ?? []).map((r) => String(r.id));
const content = (rows: Record<string, unknown>[] = []) => rows.map(({ imported_at, ...rest }) => rest);

/** Most requests that fall in any 10-minute window of the fake clock. */
function busiestWindow(seen: SeenRequest[]): number {
  let most = 0;
  for (const r of seen) most = Math.max(most, seen.filter((s) => s.at >= r.at && s.at < r.at + 10 * 60_000).length);
  return most;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('brandwatch API', () => {
  it('pages through every query by cursor and maps each mention', async () => {
    const globex = makeMentions(2001, 'Globex', 6, '2024-03-02T00:00:00Z');
    globex.push({
      resourceId: '777', queryId: 2001, queryName: 'Globex', date: '2024-03-02T12:00:00.000+0000', url: 'https://news.example/globex-recall', domain: 'news.example',
      pageType: 'News', title: 'Globex recalls a boot', snippet: 'A recall of the Trailmaster after complaints.', sentiment: 'NEGATIVE', reachEstimate: 250000,
      author: 'Jane Smith', hashtags: ['#Recall', '#Globex'], expandedUrls: ['https://globex.example/recall'], facebookLikes: 10, facebookComments: 4, facebookShares: 1, twitterLikeCount: 2,
      threadId: 't-9', country: 'Ireland', language: 'en',
    });
    const { api, pull } = await setup({ 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 12, '2024-03-01T08:00:00Z') }, 2001: { name: 'Globex', mentions: globex } });
    const run = await pull();
    for (const file of await filesUnder(run.dataDir)) expect((await readFile(file)).includes(TOKEN), file).toBe(false);
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 19, rejected: 0 });
    expect(ids(run)).toHaveLength(19);
    // First page by number, the next ones by the cursor of the previous answer.
    const acme = mentionRequests(api).filter((r) => r.params.get('queryId') === '1999');
    expect(acme.map((r) => [r.params.get('page'), r.params.has('cursor')])).toEqual([['0', false], [null, true], [null, true]]);
    expect(acme[0]!.params.get('startDate')).toBe('2024-03-01T00:00:00.000+0000');
    expect(acme[0]!.params.get('endDate')).toBe('2024-03-04T00:00:00.000+0000');
    expect(acme[0]!.params.get('orderDirection')).toBe('asc');
    expect(api.seen.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);

    const rows = new Map(run.rows.mentions!.map((r) => [r.id, r]));
    expect(rows.get('1999000000')).toMatchObject({
      published_at: '2024-03-01T08:00:00.000Z', platform: 'twitter', source_type: 'social', author_handle: 'user0', author_name: 'User 0', author_followers: 100,
      text: 'Talking about Acme again', sentiment: 'positive', sentiment_original: 'positive', reach: 100, reach_kind: 'estimated', impressions: 200,
      likes: 0, comments: 0, shares: 0, query: 'Acme', matched_kind: 'brand', matched_name: 'Acme', country: 'United Kingdom', language: 'en',
    });
    // No tracked name in the text: the query's name tells.
    expect(rows.get('1999000001')).toMatchObject({ text: 'Mention 1', matched_kind: 'brand', matched_name: 'Acme', sentiment: 'neutral' });
    expect(rows.get('777')).toMatchObject({
      platform: 'news', source_type: 'news', title: 'Globex recalls a boot', text: 'A recall of the Trailmaster after complaints.', sentiment: 'negative', sentiment_original: 'NEGATIVE',
      reach: 250000, reach_kind: 'estimated', likes: 12, comments: 4, shares: 1, hashtags: ['recall', 'globex'], links: ['https://globex.example/recall'],
      matched_kind: 'competitor', matched_name: 'Globex', thread_id: 't-9', author_name: 'Jane Smith',
    });
    expect(run.manifest.sources.fixture!.cursors).toEqual({ mentions: { queries: { '1999': '2024-03-01T08:11:00.000Z', '2001': '2024-03-02T12:00:00.000Z' } } });
  });

  it('goes past 10,000 results with the cursor', async () => {
    const { api, pull } = await setup({ 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 10_010, '2024-03-01T00:00:00Z', 20_000) } });
    const run = await pull({ pageSize: 5000 });
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 10_010 });
    expect(mentionRequests(api).map((r) => r.params.get('page') ?? 'cursor')).toEqual(['0', 'cursor', 'cursor']);
  });

  it('without cursors, pages up to 10,000 and then starts a new window at the newest mention', async () => {
    const { api, pull } = await setup({ 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 10_010, '2024-03-01T00:00:00Z', 20_000) } }, { cursors: false });
    const run = await pull({ pageSize: 5000 });
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 10_010 });
    const requests = mentionRequests(api);
    expect(requests.map((r) => r.params.get('page'))).toEqual(['0', '1', '0']);
    // The 10,000th mention is at 00:00 + 9,999 × 20 s.
    expect(requests[2]!.params.get('startDate')).toBe('2024-03-03T07:33:00.000+0000');
  });

  it('keeps to 30 requests in any 10 minutes', async () => {
    const { api, pull, time, log } = await setup({
      1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 40, '2024-03-01T00:00:00Z') },
      2001: { name: 'Globex', mentions: makeMentions(2001, 'Globex', 40, '2024-03-02T00:00:00Z') },
    });
    const run = await pull({ pageSize: 2 });
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 80 });
    expect(api.seen).toHaveLength(40);
    expect(busiestWindow(api.seen)).toBeLessThanOrEqual(30);
    expect(time.ms() - Date.parse('2024-03-04T00:00:00Z')).toBeGreaterThanOrEqual(10 * 60_000);
    expect(log.lines.some((l) => l.includes('30 requests per 10 minutes'))).toBe(true);
  });

  it('retries 429 (no Retry-After), 500, 503 and a timeout, then goes on', async () => {
    const faults: Record<number, Fault> = {
      2: { status: 429, body: { errors: [{ code: 429, message: 'Rate limit exceeded' }] }, headers: { 'x-rate-limit': '30', 'x-rate-limit-used': '30' } },
      3: { status: 500 },
      4: { status: 503, body: '' },
      5: { delayMs: 1500 },
    };
    const { api, pull, log } = await setup({ 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 12, '2024-03-01T08:00:00Z') } }, { fault: (r) => faults[r.n] });
    const run = await pull();
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 12 });
    expect(api.seen.length).toBeGreaterThanOrEqual(7);
    const warnings = log.lines.filter((l) => l.startsWith('warn'));
    expect(warnings.join('\n')).toMatch(/rate limit is reached \(30 of 30 requests used\)/);
    for (const reason of ['HTTP 429', 'HTTP 500', 'HTTP 503', 'timed out']) expect(warnings.some((w) => w.includes(reason))).toBe(true);
    expect(busiestWindow(api.seen)).toBeLessThanOrEqual(30);
    // After the 429 the window counted as full: the next request waited for it.
    expect(api.seen[2]!.at - api.seen[1]!.at).toBeGreaterThanOrEqual(9 * 60_000);
  });

  it('an answer that is not JSON fails that query clearly; the others still import', async () => {
    const { pull } = await setup(
      { 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 12, '2024-03-01T08:00:00Z') }, 2001: { name: 'Globex', mentions: makeMentions(2001, 'Globex', 4, '2024-03-02T00:00:00Z') } },
      { fault: (r) => (r.n === 2 ? { raw: '{"results": [{"resourceId": "1999000005", "date": ' } : undefined) },
    );
    const run = await pull();
    await run.cleanup();
    const outcome = run.result.sources[0]!;
    expect(outcome).toMatchObject({ status: 'partial', added: 9 });
    expect(outcome.streamErrors).toHaveLength(1);
    expect(outcome.streamErrors![0]!.code).toBe('CADENCE_FETCH_FAILED');
    expect(outcome.streamErrors![0]!.detail).toMatch(/HTTP 200 .*query 1999.*not valid JSON/);
    // What the query pulled before the bad page is kept, and its cursor with it.
    expect(run.manifest.sources.fixture!.cursors).toEqual({ mentions: { queries: { '1999': '2024-03-01T08:04:00.000Z', '2001': '2024-03-02T00:03:00.000Z' } } });
  });

  it('an expired token: one request, a stream error saying what to check, and the token nowhere', async () => {
    // The server even echoes the token in its message: it must not come through.
    const { api, pull, log } = await setup(
      { 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 3, '2024-03-01T08:00:00Z') }, 2001: { name: 'Globex', mentions: [] } },
      { fault: (r) => ({ status: 401, body: { errors: [{ code: 401, message: `Access token ${r.authorization?.slice(7)} has expired` }] } }) },
    );
    const run = await pull();
    const outcome = run.result.sources[0]!;
    expect(api.seen).toHaveLength(1);
    expect(outcome.status).toBe('partial');
    const error = outcome.streamErrors![0]!;
    expect(error.code).toBe('CADENCE_FETCH_FAILED');
    expect(error.detail).toContain('HTTP 401');
    expect(error.detail).toContain('has expired');
    expect(error.hint).toContain('BRANDWATCH_TOKEN');
    expect(error.place).toMatchObject({ plugin: 'brandwatch', stream: 'mentions' });
    // The token is in no log line, no error, no file of the data folder.
    expect(log.lines.join('\n')).not.toContain(TOKEN);
    expect(JSON.stringify(run.result) + error.message + error.hint).not.toContain(TOKEN);
    for (const file of await filesUnder(run.dataDir)) expect((await readFile(file)).includes(TOKEN), file).toBe(false);
    await run.cleanup();
  });

  it('a query that does not exist fails alone; the other queries import', async () => {
    const { pull } = await setup({ 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 7, '2024-03-01T08:00:00Z') }, 2001: { name: 'Globex', mentions: makeMentions(2001, 'Globex', 3, '2024-03-02T00:00:00Z') } });
    const run = await pull({ queryIds: [1999, 4040, 2001] });
    await run.cleanup();
    const outcome = run.result.sources[0]!;
    expect(outcome).toMatchObject({ status: 'partial', added: 10 });
    expect(outcome.streamErrors).toHaveLength(1);
    expect(outcome.streamErrors![0]!.detail).toMatch(/HTTP 404 .*query 4040.*Query 4040 not found/);
    expect(outcome.streamErrors![0]!.hint).toContain('queryIds');
  });

  it('the next pull asks only from the saved cursor (with a small overlap) and adds only new mentions', async () => {
    const acme = makeMentions(1999, 'Acme', 6, '2024-03-01T08:00:00Z');
    const { api, pull, time } = await setup({ 1999: { name: 'Acme', mentions: acme } });
    const first = await pull();
    expect(first.result.sources[0]).toMatchObject({ added: 6 });
    acme.push(...makeMentions(1999, 'Acme', 3, '2024-03-04T06:00:00Z', 60_000, 1999_500_000));
    time.advance(24 * 3600_000);
    const before = api.seen.length;
    const again = await pull({}, { dataDir: first.dataDir });
    expect(again.result.sources[0]).toMatchObject({ status: 'ok', added: 3, updated: 0 });
    const next = api.seen.slice(before).filter((r) => r.path.endsWith('/data/mentions'));
    expect(next[0]!.params.get('startDate')).toBe('2024-03-01T07:55:00.000+0000');
    expect(next[0]!.params.get('endDate')).toBe('2024-03-05T00:00:00.000+0000');
    expect(again.manifest.sources.fixture!.cursors).toEqual({ mentions: { queries: { '1999': '2024-03-04T06:02:00.000Z' } } });
    expect(ids(again)).toHaveLength(9);
    await first.cleanup();
  });

  it('an interrupted pull resumes to exactly what an uninterrupted one gets', async () => {
    const queries = { 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 23, '2024-03-01T08:00:00Z') }, 2001: { name: 'Globex', mentions: makeMentions(2001, 'Globex', 11, '2024-03-02T00:00:00Z') } };
    const whole = await (await setup(queries)).pull();
    await whole.cleanup();

    const stop = new AbortController();
    const { pull } = await setup(queries, { fault: (r) => (r.n === 4 ? (stop.abort(), undefined) : undefined) });
    const cut = await pull({}, { signal: stop.signal, commitEvery: 1 });
    expect(cut.result.sources[0]!.status).toBe('aborted');
    expect(ids(cut).length).toBeGreaterThan(0);
    expect(ids(cut).length).toBeLessThan(34);
    const resumed = await pull({}, { dataDir: cut.dataDir });
    await cut.cleanup();
    expect(resumed.result.sources[0]!.status).toBe('ok');
    expect(new Set(ids(resumed)).size).toBe(ids(resumed).length);
    expect(content(resumed.rows.mentions)).toEqual(content(whole.rows.mentions));
    expect(resumed.manifest.sources.fixture!.cursors).toEqual(whole.manifest.sources.fixture!.cursors);
  });
});

describe('brandwatch API check', () => {
  const queries = { 1999: { name: 'Acme', mentions: makeMentions(1999, 'Acme', 3, '2024-03-01T08:00:00Z') }, 2001: { name: 'Globex', mentions: [] } };
  const optionsOf = (api: FakeApi, more: Record<string, unknown> = {}) => ({ api: { baseUrl: api.url, token: TOKEN, projectId, queryIds: [1999], startDate: '2024-03-01', ...more } });

  it('says who is connected, to which project, and what the next pull fetches', async () => {
    const { api, plugin, time } = await setup(queries);
    const first = await plugin.check(contextOf(optionsOf(api), { clock: time.clock }));
    expect(first).toEqual({
      ok: true,
      message: 'connected as ann@acme.example, project "Acme Listening" (1998), 2 queries; pulling 1: Acme (1999)',
      streams: { mentions: 'query 1999: every mention since 2024-03-01 (first pull)' },
    });
    const later = await plugin.check(contextOf(optionsOf(api), { clock: time.clock, cursors: { mentions: { queries: { '1999': '2024-03-02T10:00:00.000Z' } } } }));
    expect(later.streams!.mentions).toBe('query 1999: mentions since 2024-03-02T09:50:00.000+0000 (cursor 2024-03-02T10:00:00.000Z)');
  });

  it('names queries the project does not have', async () => {
    const { api, plugin, time } = await setup(queries);
    const result = await plugin.check(contextOf(optionsOf(api, { queryIds: [1999, 4040] }), { clock: time.clock }));
    expect(result.ok).toBe(false);
    expect(result.message).toContain('query 4040 is not in it; its queries: Acme (1999), Globex (2001)');
  });

  it('a wrong token is a coded error that does not repeat it', async () => {
    const { api, plugin, time } = await setup(queries);
    const error = await plugin.check(contextOf({ api: { ...optionsOf(api).api, token: 'not-the-token-123' } }, { clock: time.clock })).then(
      () => undefined,
      (e: unknown) => e as Error & { code: string; hint: string },
    );
    expect(error).toMatchObject({ code: 'CADENCE_FETCH_FAILED' });
    expect(error!.message).toContain('HTTP 401');
    expect(error!.message + error!.hint).not.toContain('not-the-token-123');
  });
});
