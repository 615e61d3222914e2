/**
 * The ga4 source on the Data API, against a local runReport server (fake-api.ts): offset paging to
 * rowCount, retries (429, a timeout), permanent errors as stream errors without the token,
 * malformed answers, incremental pulls by date and an interrupted pull.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Logger, SourceContext } from 'cadence/plugin';
import { pullFixture, type PullFixtureResult } from 'cadence/testkit';
import { ga4Source } from './index.ts';
import { googleError, makeRows, startFakeGa4, type Fault, type FakeRow } from './fake-api.ts';
import { ga4Options, type Ga4Options } from './options.ts';

const TOKEN = 'ya29.ga4-test-token-8d1f0c2b7e';
const propertyId = '123456789';
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (m: string) => void lines.push(`${level}: ${m}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const clockAt = (iso: string) => ({ now: () => new Date(iso) });

async function setup(rows: FakeRow[], fault?: Fault, timeoutMs = 2000) {
  const api = await startFakeGa4({ token: TOKEN, propertyId, rows, fault });
  open.push(api);
  const plugin = ga4Source({ sleep: async (_ms, signal) => signal?.throwIfAborted(), random: () => 0.5, timeoutMs });
  const log = recordingLog();
  const options = (extra: Record<string, unknown> = {}) => ({ api: { baseUrl: api.url, token: { env: 'GA4_TOKEN' }, propertyId, startDate: '2026-09-10', pageSize: 5, ...extra } });
  const pull = (run: Partial<Parameters<typeof pullFixture>[0]> = {}, extra: Record<string, unknown> = {}) =>
    pullFixture({ plugin, options: options(extra), env: { GA4_TOKEN: TOKEN }, clock: clockAt('2026-09-15T10:00:00Z'), log, ...run });
  return { api, plugin, log, pull };
}

const content = (run: PullFixtureResult) => (run.rows.web_sessions ?? []).map(({ imported_at, ...rest }) => rest);

async function tokenAnywhere(run: PullFixtureResult, log: { lines: string[] }): Promise<string[]> {
  const entries = await readdir(run.dataDir, { withFileTypes: true, recursive: true });
  const hits: string[] = [];
  for (const e of entries.filter((x) => x.isFile())) {
    const file = join(e.parentPath, e.name);
    if ((await readFile(file)).includes(TOKEN)) hits.push(file);
  }
  if (log.lines.some((l) => l.includes(TOKEN))) hits.push('log');
  const outcome = run.result.sources[0]!;
  if (JSON.stringify({ e: outcome.error?.message, s: outcome.streamErrors?.map((x) => x.message + x.hint) }).includes(TOKEN)) hits.push('error');
  return hits;
}

describe('ga4 Data API', () => {
  it('pages with offset + limit until rowCount and maps each row', async () => {
    const { api, pull, log } = await setup(makeRows('2026-09-10', 5, 5)); // 25 rows, pages of 5
    const run = await pull();
    expect(await tokenAnywhere(run, log)).toEqual([]);
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 25, rejected: 0 });
    expect(api.seen.map((r) => r.body.offset)).toEqual([0, 5, 10, 15, 20]);
    expect(api.seen.every((r) => r.authorization === `Bearer ${TOKEN}` && r.path === `/v1beta/properties/${propertyId}:runReport`)).toBe(true);
    const body = api.seen[0]!.body;
    expect(body.dateRanges).toEqual([{ startDate: '2026-09-10', endDate: '2026-09-14' }]);
    expect(body.dimensions.map((d) => d.name)).toEqual(['date', 'sessionDefaultChannelGroup', 'sessionSource', 'sessionMedium', 'sessionCampaignName', 'landingPage', 'country', 'deviceCategory']);
    expect(body.metrics.map((d) => d.name)).toEqual(['sessions', 'engagedSessions', 'totalUsers', 'screenPageViews', 'keyEvents', 'bounceRate', 'averageSessionDuration']);
    expect(body.limit).toBe(5);
    expect(run.manifest.sources.fixture!.cursors).toEqual({ web_sessions: { through: '2026-09-14' } });
    const paid = run.rows.web_sessions!.find((r) => r.date === '2026-09-10' && r.channel === 'paid_social')!;
    expect(paid).toMatchObject({
      hour: null, channel_original: 'Paid Social', source: 'facebook', medium: 'cpc', campaign: null, landing_page: '/page-1', country: 'Spain', device: 'mobile',
      sessions: 11, engaged_sessions: 6, users: 10, pageviews: 21, conversions: 1, bounce_rate: 0.26, avg_time_on_page: 31.5, is_social: true,
    });
  });

  it('next pull re-asks the last two days and replaces their rows (same ids)', async () => {
    const rows = makeRows('2026-09-10', 5, 2);
    const { api, pull } = await setup(rows);
    const first = await pull();
    // Two days later: 14th settled (more sessions), 15th and 16th new.
    rows.find((r) => r.dims.date === '20260914')!.mets.sessions = '999';
    rows.push(...makeRows('2026-09-15', 2, 2));
    const seenBefore = api.seen.length;
    const again = await pull({ dataDir: first.dataDir, clock: clockAt('2026-09-17T08:00:00Z') });
    await first.cleanup();
    expect(api.seen[seenBefore]!.body.dateRanges).toEqual([{ startDate: '2026-09-13', endDate: '2026-09-16' }]);
    expect(again.result.sources[0]).toMatchObject({ status: 'ok', added: 4, updated: 1 });
    expect(again.rows.web_sessions).toHaveLength(14);
    expect(again.rows.web_sessions!.filter((r) => r.sessions === 999)).toHaveLength(1);
    expect(again.manifest.sources.fixture!.cursors).toEqual({ web_sessions: { through: '2026-09-16' } });
  });

  it('retries 429 RESOURCE_EXHAUSTED, then succeeds', async () => {
    const { pull, log } = await setup(makeRows('2026-09-10', 2, 3), (r, res) => (r.n === 1 ? (googleError(res, 429, 'RESOURCE_EXHAUSTED', 'Exhausted property tokens per hour.'), true) : false));
    const run = await pull();
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 6 });
    expect(log.lines.some((l) => l.startsWith('warn:') && l.includes('HTTP 429'))).toBe(true);
  });

  it('retries a request that times out', async () => {
    const { api, pull } = await setup(makeRows('2026-09-10', 1, 2), async (r) => {
      if (r.n === 1) await new Promise((resolve) => setTimeout(resolve, 400));
      return false;
    }, 150);
    const run = await pull();
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok', added: 2 });
    expect(api.seen.length).toBe(2);
  });

  it('401 UNAUTHENTICATED: a stream error naming the property, status and what to check; no token anywhere', async () => {
    const { api, pull, log } = await setup(makeRows('2026-09-10', 1, 2), (_r, res) => (googleError(res, 401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'), true));
    const run = await pull();
    expect(await tokenAnywhere(run, log)).toEqual([]);
    await run.cleanup();
    const outcome = run.result.sources[0]!;
    expect(outcome.status).toBe('partial');
    expect(api.seen).toHaveLength(1); // not retried
    const error = outcome.streamErrors![0]!;
    expect(error.code).toBe('CADENCE_FETCH_FAILED');
    expect(error.message).toContain('HTTP 401 UNAUTHENTICATED');
    expect(error.message).toContain(propertyId);
    expect(error.hint).toContain('GA4_TOKEN');
  });

  it('403 PERMISSION_DENIED and 400 INVALID_ARGUMENT: stream errors with what to check', async () => {
    for (const [code, status, check] of [[403, 'PERMISSION_DENIED', 'Viewer access'], [400, 'INVALID_ARGUMENT', 'api.startDate']] as const) {
      const { pull } = await setup([], (_r, res) => (googleError(res, code, status, `refused ${TOKEN}`), true));
      const run = await pull();
      await run.cleanup();
      const error = run.result.sources[0]!.streamErrors![0]!;
      expect(error.message).toContain(`HTTP ${code} ${status}`);
      expect(error.message).not.toContain(TOKEN);
      expect(error.hint).toContain(check);
    }
  });

  it('a body that is not JSON: a stream error, nothing committed for it', async () => {
    const { pull } = await setup(makeRows('2026-09-10', 1, 2), (_r, res) => (res.writeHead(200, { 'content-type': 'application/json' }), res.end('{"rows": [{"dimensionValues": [{"val'), true));
    const run = await pull();
    await run.cleanup();
    const outcome = run.result.sources[0]!;
    expect(outcome.status).toBe('partial');
    expect(outcome.streamErrors![0]!.message).toContain('not valid JSON');
    expect(run.rows.web_sessions ?? []).toEqual([]);
  });

  it('an interrupted pull resumes to exactly what an uninterrupted one gets', async () => {
    const rows = makeRows('2026-09-10', 5, 4); // 20 rows, pages of 5: days end mid-page
    const whole = await (await setup(rows)).pull();
    await whole.cleanup();

    const stop = new AbortController();
    const { api, pull } = await setup(rows, (r) => (r.n === 4 ? (stop.abort(), false) : false));
    const cut = await pull({ signal: stop.signal, commitEvery: 1 });
    expect(cut.result.sources[0]!.status).toBe('aborted');
    expect((cut.rows.web_sessions ?? []).length).toBeGreaterThan(0);
    expect((cut.rows.web_sessions ?? []).length).toBeLessThan(20);
    const resumedFrom = api.seen.length;
    const resumed = await pull({ dataDir: cut.dataDir });
    await cut.cleanup();
    expect(resumed.result.sources[0]!.status).toBe('ok');
    // Pages 1–3 held days 10–13 (the 13th cut off): committed through the 12th; the resumed pull re-asks from the 11th.
    expect(cut.manifest.sources.fixture!.cursors).toEqual({ web_sessions: { through: '2026-09-12' } });
    expect(api.seen[resumedFrom]!.body.dateRanges[0]!.startDate).toBe('2026-09-11');
    expect(content(resumed)).toEqual(content(whole));
    expect(resumed.manifest.sources.fixture!.cursors).toEqual(whole.manifest.sources.fixture!.cursors);
  });

  it('check: connected, or what is wrong (without the token)', async () => {
    const ok = await setup(makeRows('2026-09-10', 3, 1));
    const ctx = (url: string): SourceContext<Ga4Options> => ({
      source: 'ga4',
      options: ga4Options.parse({ api: { baseUrl: url, token: TOKEN, propertyId, startDate: '2026-09-10' } }),
      signal: new AbortController().signal,
      log: recordingLog(),
      fetch: globalThis.fetch,
      clock: clockAt('2026-09-15T10:00:00Z'),
      projectDir: import.meta.dirname,
      timezone: 'UTC',
      tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
      cursor: () => undefined,
    });
    expect(await ok.plugin.check(ctx(ok.api.url))).toEqual({
      ok: true,
      message: `connected to GA4 property ${propertyId}: 3 days with sessions from 2026-09-10 to 2026-09-14`,
      streams: { web_sessions: 'from 2026-09-10 to 2026-09-14' },
    });
    const denied = await setup([], (_r, res) => (googleError(res, 403, 'PERMISSION_DENIED', 'User does not have sufficient permissions for this property.'), true));
    const bad = await denied.plugin.check(ctx(denied.api.url));
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain(`HTTP 403 PERMISSION_DENIED to runReport for property ${propertyId}`);
    expect(bad.message).not.toContain(TOKEN);
  });
});
