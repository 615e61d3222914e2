/**
 * The salesforce source on the REST API, against a local fake Salesforce on a fake clock: paging
 * by nextRecordsUrl, incremental pulls on SystemModstamp, the token refresh, the daily limit,
 * error arrays, broken answers, secrets kept out of everything, and interruption.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pullFixture, type PullFixtureResult } from 'cadence/testkit';
import { salesforceSource } from './index.ts';
import { makeLeads, makeOpportunities, startFakeSalesforce, type FakeSalesforce, type FakeSalesforceOptions, type SfRow } from './fake-api.ts';
import { contextOf, fakeTime, recordingLog } from './test-helpers.ts';

const ACCESS = '00Dxx0000001gPL!AQ4AQFakeAccessToken1';
const REFRESH = '5Aep861FakeRefreshTokenXyZ42';
const SECRET = 'F4K3CL13NTS3CR3T9876';
const NEW_ACCESS = '00Dxx0000001gPL!AQ4AQFreshAccessToken2';
const env = { SF_ACCESS_TOKEN: ACCESS, SF_REFRESH_TOKEN: REFRESH, SF_CLIENT_SECRET: SECRET };
const secrets = [ACCESS, REFRESH, SECRET, NEW_ACCESS];

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

async function setup(objects: { Lead: SfRow[]; Opportunity: SfRow[] }, more: Partial<FakeSalesforceOptions> = {}) {
  const time = fakeTime('2026-10-01T00:00:00Z');
  const sf = await startFakeSalesforce({ accessToken: ACCESS, refreshToken: REFRESH, clientId: 'cid-123', clientSecret: SECRET, newAccessToken: NEW_ACCESS, objects, ...more });
  open.push(sf);
  const plugin = salesforceSource({ sleep: time.sleep, random: () => 0.5, timeoutMs: 300 });
  const log = recordingLog();
  const apiOptions = (extra: Record<string, unknown> = {}) => ({
    instanceUrl: sf.url,
    accessToken: { env: 'SF_ACCESS_TOKEN' },
    refreshToken: { env: 'SF_REFRESH_TOKEN' },
    clientId: 'cid-123',
    clientSecret: { env: 'SF_CLIENT_SECRET' },
    tokenUrl: `${sf.url}/services/oauth2/token`,
    ...extra,
  });
  const pull = (extra: Record<string, unknown> = {}, run: Partial<Parameters<typeof pullFixture>[0]> = {}) =>
    pullFixture({ plugin, options: { api: apiOptions(extra) }, env, clock: time.clock, log, ...run });
  return { sf, plugin, log, pull, time, apiOptions };
}

const queries = (sf: FakeSalesforce) => sf.seen.filter((r) => r.path.includes('/query'));
const ids = (rows: Record<string, unknown>[] = []) => rows.map((r) => String(r.id));
const content = (rows: Record<string, unknown>[] = []) => rows.map(({ imported_at, ...rest }) => rest);
const streamErrors = (run: PullFixtureResult) => JSON.stringify(run.result.sources[0]);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function expectNoSecrets(run: PullFixtureResult, log: { lines: string[] }, extra = '') {
  const text = [log.lines.join('\n'), JSON.stringify(run.result), extra].join('\n');
  for (const s of secrets) expect(text.includes(s), s).toBe(false);
  for (const file of await filesUnder(run.dataDir)) {
    const bytes = await readFile(file);
    for (const s of secrets) expect(bytes.includes(s), `${s} in ${file}`).toBe(false);
  }
}

describe('salesforce API', () => {
  it('pages through leads and opportunities with queryAll and maps them', async () => {
    const { sf, pull, log } = await setup({ Lead: makeLeads(8, '2026-09-14T10:00:00Z'), Opportunity: makeOpportunities(5, '2026-09-15T09:00:00Z') });
    const run = await pull();
    await expectNoSecrets(run, log);
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok' });
    expect(run.rows.leads).toHaveLength(8);
    expect(run.rows.deals).toHaveLength(5);
    // 8 leads in batches of 3: the query, then two nextRecordsUrl pages; 5 deals: 2 requests.
    const q = queries(sf);
    expect(q.map((r) => r.path.replace(/.*\/services\/data\/v61\.0\//, ''))).toEqual(['queryAll', expect.stringMatching(/^query\/01g/), expect.stringMatching(/^query\/01g/), 'queryAll', expect.stringMatching(/^query\/01g/)]);
    expect(q[0]!.params.get('q')).toBe('SELECT Id, CreatedDate, Status, LeadSource, Company, Country, IsConverted, ConvertedDate, ConvertedOpportunityId, IsDeleted, SystemModstamp FROM Lead ORDER BY SystemModstamp ASC, Id ASC');
    expect(q[3]!.params.get('q')).toContain('Account.Name');
    expect(sf.seen.every((r) => r.authorization === `Bearer ${ACCESS}`)).toBe(true);

    const leads = new Map(run.rows.leads!.map((r) => [r.id, r]));
    expect(leads.get('00Q000000000000')).toMatchObject({ created_at: '2026-09-14T10:00:00.000Z', original_source: 'Facebook', is_social: true, company: 'Company 0', country: 'Ireland', lifecycle_stage: 'lead', archived: false });
    expect(leads.get('00Q000000000001')).toMatchObject({ original_source: 'Web', is_social: false });
    // Case-insensitive match of the social lead sources; a converted lead is an opportunity.
    expect(leads.get('00Q000000000002')).toMatchObject({ original_source: 'social media', is_social: true, lifecycle_stage: 'opportunity', became_opportunity_at: '2026-09-20T00:00:00.000Z' });
    // Deleted in Salesforce: kept, archived.
    expect(leads.get('00Q000000000003')).toMatchObject({ archived: true });
    expect(leads.get('00Q000000000004')).toMatchObject({ original_source: null, is_social: false });

    const deals = new Map(run.rows.deals!.map((r) => [r.id, r]));
    expect(deals.get('006000000000000')).toMatchObject({ name: 'Deal 0', stage: 'Prospecting', status: 'open', closed_at: null, amount: 1000, company: 'Account 0', lead_source: 'Web', is_social: false, archived: false });
    expect(deals.get('006000000000001')).toMatchObject({ status: 'won', closed_at: '2026-10-01T00:00:00.000Z', company: 'Account 1', lead_source: 'LinkedIn', is_social: true });
    expect(deals.get('006000000000002')).toMatchObject({ status: 'lost', stage: 'Closed Lost' });
    expect(run.manifest.sources.fixture!.cursors).toEqual({ leads: { systemModstamp: '2026-09-14T10:07:00.000Z' }, opportunities: { systemModstamp: '2026-09-15T09:04:00.000Z' } });
    // API usage from Sforce-Limit-Info, in an info line.
    expect(log.lines).toContain('info: fixture: Salesforce API usage: 105 of 15,000 API requests used in the last 24 hours');
  });

  it('pulls incrementally on SystemModstamp', async () => {
    const leads = makeLeads(5, '2026-09-14T10:00:00Z');
    const { sf, pull } = await setup({ Lead: leads, Opportunity: [] }, { batchSize: 10 });
    const first = await pull({ startDate: '2026-09-01' });
    expect(queries(sf)[0]!.params.get('q')).toContain('WHERE SystemModstamp >= 2026-09-01T00:00:00.000Z ORDER BY SystemModstamp');
    // One lead changes, one is new.
    leads[1] = { ...leads[1]!, Status: 'Working - Contacted', Company: 'Renamed Ltd', SystemModstamp: '2026-09-16T08:00:00.000+0000' };
    leads.push({ ...makeLeads(6, '2026-09-14T10:00:00Z')[5]!, SystemModstamp: '2026-09-16T09:00:00.000+0000' });
    const before = sf.seen.length;
    const again = await pull({ startDate: '2026-09-01' }, { dataDir: first.dataDir });
    await first.cleanup();
    const next = sf.seen.slice(before).filter((r) => r.path.includes('/query'));
    expect(next[0]!.params.get('q')).toContain('WHERE SystemModstamp >= 2026-09-14T10:04:00.000Z ORDER BY SystemModstamp');
    expect(again.rows.leads).toHaveLength(6);
    expect(again.rows.leads!.find((r) => r.id === '00Q000000000001')).toMatchObject({ company: 'Renamed Ltd' });
    expect(again.manifest.sources.fixture!.cursors).toMatchObject({ leads: { systemModstamp: '2026-09-16T09:00:00.000Z' } });
  });

  it('refreshes an expired access token exactly once and goes on', async () => {
    const { sf, pull, log } = await setup({ Lead: makeLeads(7, '2026-09-14T10:00:00Z'), Opportunity: makeOpportunities(4, '2026-09-15T09:00:00Z') });
    sf.expire();
    const run = await pull();
    await expectNoSecrets(run, log);
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok' });
    expect(run.rows.leads).toHaveLength(7);
    expect(run.rows.deals).toHaveLength(4);
    expect(sf.refreshes()).toBe(1);
    const token = sf.seen.filter((r) => r.path === '/services/oauth2/token');
    expect(token).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(token[0]!.body))).toEqual({ grant_type: 'refresh_token', client_id: 'cid-123', client_secret: SECRET, refresh_token: REFRESH });
    expect(sf.seen.filter((r) => r.path.includes('/query')).slice(1).every((r) => r.authorization === `Bearer ${NEW_ACCESS}`)).toBe(true);
    expect(log.lines.some((l) => l.includes('refreshing it'))).toBe(true);
  });

  it('a failing refresh is a stream error telling to re-authorize', async () => {
    const { sf, pull, log } = await setup({ Lead: makeLeads(3, '2026-09-14T10:00:00Z'), Opportunity: makeOpportunities(2, '2026-09-15T09:00:00Z') }, { refreshToken: 'some-other-refresh-token' });
    sf.expire();
    const run = await pull();
    const said = streamErrors(run);
    await expectNoSecrets(run, log, said);
    await run.cleanup();
    expect(run.rows.leads).toBeUndefined();
    expect(said).toContain('refreshing it failed (HTTP 400: invalid_grant: expired access/refresh token)');
    expect(said).toContain('Re-authorize the connected app');
    // Refreshing is tried once: the second stream fails at once without asking again.
    expect(sf.seen.filter((r) => r.path === '/services/oauth2/token')).toHaveLength(1);
    expect(said).toMatch(/leads[\s\S]*opportunities|opportunities[\s\S]*leads/);
  });

  it('a 401 after a refresh is a stream error (no second refresh)', async () => {
    const { sf, pull } = await setup({ Lead: makeLeads(3, '2026-09-14T10:00:00Z'), Opportunity: [] }, {
      fault: (r) => (r.path.includes('/query') ? { status: 401, body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] } : undefined),
    });
    const run = await pull();
    await run.cleanup();
    expect(sf.refreshes()).toBe(1);
    expect(streamErrors(run)).toContain('even with a freshly refreshed access token');
  });

  it('REQUEST_LIMIT_EXCEEDED is a stream error with the API usage', async () => {
    const { sf, pull } = await setup({ Lead: makeLeads(3, '2026-09-14T10:00:00Z'), Opportunity: [] }, {
      fault: (r) => (r.path.includes('/query') ? { status: 403, body: [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }], headers: { 'sforce-limit-info': 'api-usage=15012/15000' } } : undefined),
    });
    const run = await pull();
    await run.cleanup();
    const said = streamErrors(run);
    expect(said).toContain("Salesforce's daily API request limit is spent (15,012 of 15,000 API requests used in the last 24 hours)");
    // Not retried, and the second stream does not ask again.
    expect(queries(sf)).toHaveLength(1);
  });

  it('an error array becomes a clear message naming the code and field', async () => {
    const { pull } = await setup({ Lead: makeLeads(3, '2026-09-14T10:00:00Z'), Opportunity: makeOpportunities(2, '2026-09-15T09:00:00Z') }, {
      fault: (r) =>
        r.params.get('q')?.includes('FROM Lead')
          ? { status: 400, body: [{ message: "unexpected token: 'FRM'", errorCode: 'MALFORMED_QUERY' }] }
          : r.params.get('q')?.includes('FROM Opportunity')
            ? { status: 400, body: [{ message: "\nIsWon, IsClosed, Foo__c\n^\nERROR at Row:1:Column:90\nNo such column 'Foo__c' on entity 'Opportunity'.", errorCode: 'INVALID_FIELD' }] }
            : undefined,
    });
    const run = await pull();
    await run.cleanup();
    const said = streamErrors(run);
    expect(said).toContain("Salesforce answered HTTP 400 while querying Lead records: MALFORMED_QUERY: unexpected token: 'FRM'");
    expect(said).toContain('INVALID_FIELD');
    expect(said).toContain('(Foo__c) is not visible to the connected user');
  });

  it('retries a timeout and a 503, and fails a malformed body with a clear error', async () => {
    let n = 0;
    const { pull, log } = await setup({ Lead: makeLeads(4, '2026-09-14T10:00:00Z'), Opportunity: makeOpportunities(2, '2026-09-15T09:00:00Z') }, {
      fault: (r) => {
        if (!r.path.includes('/query')) return undefined;
        n++;
        if (n === 1) return { delayMs: 800 };
        if (n === 2) return { status: 503, body: [{ message: 'busy', errorCode: 'SERVER_UNAVAILABLE' }] };
        if (r.params.get('q')?.includes('FROM Opportunity')) return { raw: '{"totalSize": 2, "done": tr' };
        return undefined;
      },
    });
    const run = await pull();
    await run.cleanup();
    expect(run.rows.leads).toHaveLength(4);
    expect(log.lines.some((l) => l.includes('timed out'))).toBe(true);
    expect(log.lines.some((l) => l.includes('HTTP 503'))).toBe(true);
    expect(streamErrors(run)).toContain('not valid JSON');
    expect(run.rows.deals).toBeUndefined();
  });

  it('an interrupted pull resumes to exactly what an uninterrupted one gets', async () => {
    const objects = () => ({ Lead: makeLeads(10, '2026-09-14T10:00:00Z'), Opportunity: makeOpportunities(7, '2026-09-15T09:00:00Z') });
    const whole = await (await setup(objects())).pull();
    await whole.cleanup();

    const stop = new AbortController();
    const { pull } = await setup(objects(), { fault: (r) => (r.n === 3 ? (stop.abort(), undefined) : undefined) });
    const cut = await pull({}, { signal: stop.signal, commitEvery: 1 });
    expect(cut.result.sources[0]!.status).toBe('aborted');
    expect(ids(cut.rows.leads).length).toBeGreaterThan(0);
    expect(ids(cut.rows.leads).length).toBeLessThan(10);
    const resumed = await pull({}, { dataDir: cut.dataDir });
    await cut.cleanup();
    expect(resumed.result.sources[0]!.status).toBe('ok');
    expect(content(resumed.rows.leads)).toEqual(content(whole.rows.leads));
    expect(content(resumed.rows.deals)).toEqual(content(whole.rows.deals));
    expect(resumed.manifest.sources.fixture!.cursors).toEqual(whole.manifest.sources.fixture!.cursors);
  });
});

describe('salesforce API check', () => {
  it('proves the token (refreshing it) and shows API usage', async () => {
    const { sf, plugin, time, apiOptions } = await setup({ Lead: makeLeads(2, '2026-09-14T10:00:00Z'), Opportunity: [] });
    sf.expire();
    const options = { api: { ...apiOptions(), accessToken: ACCESS, refreshToken: REFRESH, clientSecret: SECRET } };
    const result = await plugin.check(contextOf(options, { clock: time.clock, cursors: { leads: { systemModstamp: '2026-09-14T10:01:00.000Z' } } }));
    expect(result.ok).toBe(true);
    expect(result.message).toBe(`connected to ${new URL(sf.url).host} (API v61.0), access token refreshed; leads readable; 101 of 15,000 API requests used in the last 24 hours`);
    expect(result.streams).toEqual({ leads: 'records modified since 2026-09-14T10:01:00.000Z', opportunities: 'every record (first pull)' });
    expect(sf.refreshes()).toBe(1);
    for (const s of secrets) expect(result.message.includes(s)).toBe(false);
  });
});
