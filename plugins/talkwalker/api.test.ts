/**
 * API mode against a local server that behaves like Talkwalker's project Search API: paging,
 * resuming, rate limits, transient and permanent failures — and the access token, which travels in
 * the query string, never showing up in a log line, an error or a file of the data folder.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { pullFixture, type PullFixtureResult } from 'cadence/testkit';
import { createTalkwalker } from './index.ts';
import { documents, trackedConfig } from './fixtures/documents.ts';
import { PROJECT, startFakeApi, TOKEN, type FakeApi } from './fixtures/fake-api.ts';
import { captureLog, context, fakeTime } from './test-helpers.ts';

const env = { TALKWALKER_TOKEN: TOKEN };
const config = trackedConfig as never;
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.reverse()) await c();
  cleanups = [];
});

async function server(o: Parameters<typeof startFakeApi>[0] = {}): Promise<FakeApi> {
  const s = await startFakeApi(o);
  cleanups.push(() => s.close());
  return s;
}

function setup(api: { url: string }, apiOptions: Record<string, unknown> = {}, deps: { timeoutMs?: number } = {}) {
  const time = fakeTime();
  const log = captureLog();
  const plugin = createTalkwalker({ sleep: time.sleep, random: time.random, ...deps });
  const options = { api: { baseUrl: api.url, token: { env: 'TALKWALKER_TOKEN' }, projectId: PROJECT, startDate: '2026-03-01', pageSize: 3, ...apiOptions } };
  const run = async (extra: { dataDir?: string; signal?: AbortSignal; commitEvery?: number } = {}) => {
    const r = await pullFixture({ plugin, options, env, config, clock: time.clock, log, source: 'tw', ...extra });
    if (!extra.dataDir) cleanups.push(r.cleanup);
    return r;
  };
  return { time, log, plugin, options, run };
}

const urls = (r: PullFixtureResult) => (r.rows.mentions ?? []).map((m) => m.url as string).sort();
const allUrls = documents.map((d) => d.url as string).sort();

/** Every file under a folder, as text. */
async function folderText(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(entries.filter((e) => e.isFile()).map((e) => readFile(join(e.parentPath, e.name), 'latin1')));
  return texts.join('\n');
}

/** Everything an error could print: message, hint, details, causes. */
function errorText(e: unknown): string {
  const parts: string[] = [];
  for (let x = e as Record<string, unknown> | undefined, i = 0; x && i < 5; x = x.cause as Record<string, unknown> | undefined, i++) {
    parts.push(String(x.message), String(x.hint ?? ''), JSON.stringify(x.details ?? {}), String(x.stack ?? ''));
  }
  return parts.join('\n');
}

async function expectNoToken(r: PullFixtureResult, log: { lines: string[] }) {
  const outcome = r.result.sources[0]!;
  const texts = [log.lines.join('\n'), errorText(outcome.error), ...(outcome.streamErrors ?? []).map(errorText), await folderText(r.dataDir)];
  for (const t of texts) {
    expect(t).not.toContain(TOKEN);
    expect(t).not.toContain(encodeURIComponent(TOKEN));
  }
}

describe('talkwalker API', () => {
  it('pages oldest first, maps each document, checkpoints, and resumes from the cursor', async () => {
    const api = await server();
    const { run, log } = setup(api);
    const first = await run();
    expect(first.result.sources[0]).toMatchObject({ status: 'ok', added: 8, rejected: 0 });
    expect(urls(first)).toEqual(allUrls);
    // 8 documents, 3 a page; each window starts at the newest publication time seen, so it
    // brings that one document again (skipped): four requests, the last one short.
    expect(api.searches).toHaveLength(4);
    const q0 = api.searches[0]!;
    expect(Object.fromEntries([...q0].filter(([k]) => k !== 'access_token'))).toEqual({
      q: `published:>${Date.parse('2026-03-01T00:00:00Z') - 1} AND published:<${Date.parse('2026-04-01T00:00:00Z')}`,
      sort_by: 'published',
      sort_order: 'asc',
      offset: '0',
      hpp: '3',
      hl: 'false',
    });
    expect(q0.get('access_token')).toBe(TOKEN);
    // The next window starts at the last publication time seen.
    expect(api.searches[1]!.get('q')).toBe(`published:>${Date.parse('2026-03-04T18:30:00Z') - 1} AND published:<${Date.parse('2026-04-01T00:00:00Z')}`);

    const rows = Object.fromEntries(first.rows.mentions!.map((m) => [m.url, m]));
    expect(rows['https://twitter.com/jdoe/status/1764000000000000001']).toMatchObject({
      published_at: '2026-03-03T12:00:00.250Z',
      platform: 'twitter',
      source_type: 'social',
      reach: 1200,
      reach_kind: 'followers',
      sentiment: 'negative',
      sentiment_original: '-3',
      author_handle: 'jdoe',
      author_followers: 1200,
      country: 'Ireland',
      likes: 24,
      shares: 11,
      comments: 2,
      matched_kind: 'brand',
      matched_name: 'Acme',
      source_file: null,
    });
    expect(rows['https://www.dailynews.example/business/acme-opens-plant-12345.html']).toMatchObject({ platform: 'news', reach_kind: 'page_views', published_at: '2026-03-02T08:15:00.000Z' });
    expect(rows['https://www.facebook.com/acmeofficial/posts/998877']).toMatchObject({ platform: 'facebook', reach_kind: 'fans', sentiment: 'positive' });
    expect(rows['https://forum.hikers.example/t/globex-boots-sizing/4411']).toMatchObject({ reach: null, reach_kind: null, sentiment: 'neutral' });

    // The document each window starts with again is skipped, so the host sees no repeated id.
    expect(log.lines.filter((l) => /repeated the id/.test(l))).toEqual([]);
    const last = documents.at(-1)!;
    expect(first.manifest.sources.tw!.cursors).toEqual({ mentions: { published: last.published, seen: [last.url] } });

    // Pulling again asks only for what was published since, and adds nothing.
    const again = await run({ dataDir: first.dataDir });
    expect(again.result.sources[0]).toMatchObject({ status: 'ok', added: 0 });
    expect(api.searches.at(-1)!.get('q')).toContain(`published:>${(last.published as number) - 1} `);
    await expectNoToken(again, log);
  });

  it('neither repeats nor skips mentions published in the same millisecond across pages', async () => {
    const t = Date.parse('2026-03-10T10:00:00Z');
    const docs = ['a', 'b', 'c', 'd', 'e'].map((k) => ({ ...documents[3], url: `https://blog.example/${k}`, published: t }));
    docs.push({ ...documents[3], url: 'https://blog.example/f', published: t + 1 });
    const api = await server({ docs });
    const { run } = setup(api, { pageSize: 2 });
    const r = await run();
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 6 });
    expect(urls(r)).toEqual(docs.map((d) => d.url).sort());
    expect(api.searches.map((q) => q.get('offset'))).toEqual(['0', '2', '4', '0']);
  });

  it('paces requests to requestsPerMinute', async () => {
    const api = await server();
    const { run, time, log } = setup(api, { requestsPerMinute: 2 });
    const r = await run();
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 8 });
    expect(time.sleeps).toEqual([60_000]);
    expect(log.lines.some((l) => /waiting 60 s to stay within 2 Talkwalker requests per minute/.test(l))).toBe(true);
  });

  it('retries 429 (honouring Retry-After, else backing off), 5xx and Talkwalker’s call-limit 401', async () => {
    const api = await server({
      intercept: (_req, res, n) => {
        const answers: Record<number, () => void> = {
          1: () => res.writeHead(429, { 'retry-after': '7' }).end('{"status_code":"30","status_message":"Limit of maximum concurrent streams reached"}'),
          2: () => res.writeHead(429).end(),
          3: () => res.writeHead(503).end('<html>down</html>'),
          5: () => res.writeHead(401, { 'content-type': 'application/json' }).end('{"status_code":"8","status_message":"Call limit exceeded for this endpoint"}'),
          6: () => res.writeHead(502).end(),
        };
        answers[n]?.();
        return n in answers;
      },
    });
    const { run, time, log } = setup(api);
    const r = await run();
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 8 });
    // One request: Retry-After 7 s, then backoff (random 0.5 × 1 s, × 2 s). The call limit waits a
    // minute; the 502 of the next request, 0.5 × 500 ms.
    expect(time.sleeps).toEqual([7000, 500, 1000, 60_000, 250]);
    expect(log.lines.filter((l) => l.startsWith('warn')).length).toBe(5);
    await expectNoToken(r, log);
  });

  it('retries a request that times out', async () => {
    const api = await server({
      intercept: async (_req, res, n) => {
        if (n !== 2) return false;
        await delay(400);
        res.destroy();
        return true;
      },
    });
    const { run, log } = setup(api, {}, { timeoutMs: 100 });
    const r = await run();
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 8 });
    expect(log.lines.some((l) => /timed out after 100 ms; retrying/.test(l))).toBe(true);
  });

  it('asks again when a 200 carries malformed JSON', async () => {
    const api = await server({ intercept: (_req, res, n) => n === 2 && (res.writeHead(200, { 'content-type': 'application/json' }).end('{"status_code":"0","result_con'), true) });
    const { run } = setup(api);
    const r = await run();
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: 8 });
    expect(api.searches).toHaveLength(5);
  });

  it('keeps what came before when the answers stay malformed or the server stays down', async () => {
    for (const answer of [(res: import('node:http').ServerResponse) => res.writeHead(200).end('not json'), (res: import('node:http').ServerResponse) => res.writeHead(503).end()]) {
      const api = await server({ intercept: (_req, res, n) => n >= 2 && (answer(res), true) });
      const { run, log } = setup(api);
      const r = await run();
      const outcome = r.result.sources[0]!;
      expect(outcome).toMatchObject({ status: 'partial', added: 3 });
      expect(outcome.streamErrors![0]).toMatchObject({ code: 'CADENCE_FETCH_FAILED', place: { source: 'tw', plugin: 'talkwalker', stream: 'mentions' }, details: { transient: true } });
      expect(r.manifest.sources.tw!.cursors).toEqual({ mentions: { published: Date.parse('2026-03-04T18:30:00Z'), seen: ['https://www.facebook.com/acmeofficial/posts/998877'] } });
      await expectNoToken(r, log);
    }
  });

  it('a stream error for an expired token: plugin, stream, status, what to check — and no token anywhere', async () => {
    // The token expires after the first page; Talkwalker's message repeats the token it got.
    const api = await server({
      intercept: (req, res, n) => {
        if (n < 2) return false;
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status_code: '7', status_message: `Invalid, missing or inactive access token ${TOKEN}`, request: `GET ${req.url}` }));
        return true;
      },
    });
    const { run, log } = setup(api);
    const r = await run();
    const outcome = r.result.sources[0]!;
    expect(outcome).toMatchObject({ status: 'partial', added: 3 });
    const err = outcome.streamErrors![0]!;
    expect(err).toMatchObject({ code: 'CADENCE_FETCH_FAILED', place: { source: 'tw', plugin: 'talkwalker', stream: 'mentions' }, details: { status: 401, talkwalkerStatus: '7' } });
    expect(err.message).toContain(`GET ${api.url}/api/v1/search/p/${PROJECT}/results answered HTTP 401 (Talkwalker status 7: Invalid, missing or inactive access token ***)`);
    expect(err.hint).toContain('sources.tw.options.api.token');
    expect(log.lines.some((l) => l.startsWith('error') && l.includes('HTTP 401'))).toBe(true);
    // One attempt only: a wrong token is not retried.
    expect(api.searches).toHaveLength(2);
    await expectNoToken(r, log);
  });

  it.each([
    [403, '29', 'Access to this project is forbidden', 'sources.tw.options.api.projectId'],
    [404, '26', 'Endpoint or action not found', 'sources.tw.options.api.projectId'],
    [401, '9', 'No credits left', 'no credits left'],
    [400, '4', 'Error in query', 'sources.tw.options.api.query'],
    [200, '7', 'Invalid, missing or inactive access token', 'sources.tw.options.api.token'],
  ])('HTTP %i (Talkwalker %s) fails the stream at once with a hint', async (status, code, message, hint) => {
    const api = await server({ intercept: (_req, res) => (res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status_code: code, status_message: message })), true) });
    const { run, log } = setup(api);
    const r = await run();
    const err = r.result.sources[0]!.streamErrors![0]!;
    expect(r.result.sources[0]).toMatchObject({ status: 'partial', added: 0 });
    expect(err).toMatchObject({ code: 'CADENCE_FETCH_FAILED', details: { status, talkwalkerStatus: code } });
    expect(err.hint).toContain(hint);
    expect(api.searches).toHaveLength(1);
    await expectNoToken(r, log);
  });

  it('keeps what came before when the network fails for good', async () => {
    const api = await server();
    await api.close();
    const { run, time, log } = setup(api);
    const r = await run();
    expect(r.result.sources[0]).toMatchObject({ status: 'partial', added: 0, streamErrors: [{ code: 'CADENCE_FETCH_FAILED', details: { transient: true } }] });
    expect(time.sleeps.length).toBeGreaterThan(0);
    await expectNoToken(r, log);
  });

  it('stopped mid-pagination, then resumed: the same rows as one uninterrupted pull, none twice', async () => {
    const whole = setup(await server());
    const uninterrupted = await whole.run({ commitEvery: 1 });

    const controller = new AbortController();
    const api = await server({ intercept: (_req, _res, n) => (n === 3 && controller.abort(), false) });
    const { run, log } = setup(api);
    const stopped = await run({ signal: controller.signal, commitEvery: 1 });
    expect(stopped.result.sources[0]).toMatchObject({ status: 'aborted' });
    // The first two pages were committed with their cursor.
    expect(stopped.rows.mentions).toHaveLength(5);
    const resumed = await run({ dataDir: stopped.dataDir, commitEvery: 1 });
    expect(resumed.result.sources[0]).toMatchObject({ status: 'ok', added: 3, updated: 0 });
    expect(api.searches[3]!.get('q')).toContain(`published:>${Date.parse('2026-03-06T21:45:10Z') - 1} `);

    const strip = (rows: Record<string, unknown>[]) => rows.map(({ imported_at: _, ...rest }) => rest);
    expect(strip(resumed.rows.mentions!)).toEqual(strip(uninterrupted.rows.mentions!));
    expect(new Set(resumed.rows.mentions!.map((m) => m.id)).size).toBe(8);
    await expectNoToken(resumed, log);
  });

  it('names the topic or query the mentions came from', async () => {
    const api = await server();
    const { run } = setup(api, { topic: ['topic-1', 'topic-2'], query: 'acme OR globex' });
    const r = await run();
    expect(new Set(r.rows.mentions!.map((m) => m.query))).toEqual(new Set(['topic-1,topic-2']));
    expect(api.searches[0]!.getAll('topic')).toEqual(['topic-1', 'topic-2']);
    expect(api.searches[0]!.get('q')).toMatch(/^\(acme OR globex\) AND published:>/);
  });

  it('refuses a token written in the configuration', async () => {
    const api = await server();
    const { plugin, options } = setup(api);
    await expect(pullFixture({ plugin, options: { api: { ...options.api, token: TOKEN } }, env, config })).rejects.toMatchObject({ code: 'CADENCE_CONFIG_SECRET_LITERAL' });
  });
});

describe('talkwalker API check', () => {
  const check = (api: { url: string }, o: { token?: string; projectId?: string; cursor?: unknown } = {}) => {
    const time = fakeTime();
    const log = captureLog();
    const plugin = createTalkwalker({ sleep: time.sleep, random: time.random });
    const ctx = context({ api: { baseUrl: api.url, token: o.token ?? TOKEN, projectId: o.projectId ?? PROJECT, startDate: '2026-03-01' } }, { clock: time.clock, log, cursor: o.cursor });
    return { result: plugin.check(ctx), log };
  };

  it('finds the project without spending search credits', async () => {
    const api = await server();
    expect(await check(api).result).toEqual({
      ok: true,
      message: `connected to ${new URL(api.url).host}, project Acme listening`,
      streams: { mentions: 'mentions published since 2026-03-01T00:00:00.000Z' },
    });
    expect(api.searches).toHaveLength(0);
    expect((await check(api, { cursor: { published: Date.parse('2026-03-09T16:20:00Z'), seen: [] } }).result).streams).toEqual({ mentions: 'mentions published since 2026-03-09T16:20:00.000Z' });
  });

  it('says what is wrong: the token, the project', async () => {
    const api = await server();
    const bad = check(api, { token: 'expired-token-1234' });
    const r = await bad.result;
    expect(r.ok).toBe(false);
    expect(r.message).toContain('HTTP 401');
    expect(r.message).not.toContain('expired-token-1234');
    expect(bad.log.lines.join('\n')).not.toContain('expired-token-1234');
    expect(await check(api, { projectId: 'nope' }).result).toMatchObject({ ok: false, message: expect.stringContaining(`project "nope" is not among its projects: Acme listening (${PROJECT})`) });
  });
});
