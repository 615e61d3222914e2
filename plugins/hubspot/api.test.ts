/**
 * The hubspot source on the CRM v3 API, against a local fake HubSpot on a fake clock: `after`
 * paging with explicit properties, search windows under the cap, rate-limit pacing, 429s, errors,
 * archived records and interrupted pulls.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pullFixture, type PullFixtureResult } from 'cadence/testkit';
import { hubspotSource } from './index.ts';
import { companyProperties, contactProperties, dealProperties } from './api/records.ts';
import { makeCompanies, makeContacts, makeDeals, startFakeHubspot, type FakeHubspotOptions } from './fake-api.ts';
import { fakeTime, recordingLog } from './test-helpers.ts';
import { hubspotOptions } from './options.ts';

const TOKEN = 'pat-eu1-7f3c2a9e-test-token';
const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((o) => o.close()));
});

async function setup(more: Partial<FakeHubspotOptions> = {}) {
  const cap = more.searchCap;
  const time = fakeTime('2026-10-01T00:00:00Z');
  const contacts = more.contacts ?? makeContacts(250);
  const deals = more.deals ?? makeDeals(120, contacts.map((c) => c.id));
  const api = await startFakeHubspot({ token: TOKEN, now: time.ms, ...more, contacts, deals });
  open.push(api);
  const plugin = hubspotSource({ sleep: time.sleep, random: () => 0.5, timeoutMs: 300, ...(cap ? { searchCap: cap } : {}) });
  const log = recordingLog();
  const pull = (run: Partial<Parameters<typeof pullFixture>[0]> = {}, extra: Record<string, unknown> = {}) =>
    pullFixture({ plugin, options: { api: { baseUrl: api.url, token: { env: 'HUBSPOT_TOKEN' }, ...extra } }, env: { HUBSPOT_TOKEN: TOKEN }, clock: time.clock, log, ...run });
  return { time, api, plugin, log, pull, contacts, deals };
}

const content = (rows: Record<string, unknown>[] = []) => rows.map(({ imported_at, ...rest }) => rest);

async function noTokenIn(run: PullFixtureResult, lines: string[]) {
  const entries = await readdir(run.dataDir, { withFileTypes: true, recursive: true });
  for (const e of entries.filter((x) => x.isFile())) expect((await readFile(join(e.parentPath, e.name))).includes(TOKEN)).toBe(false);
  expect(lines.join('\n')).not.toContain(TOKEN);
  for (const s of run.result.sources) expect(JSON.stringify(s)).not.toContain(TOKEN);
}

describe('hubspot API', () => {
  it('lists every contact and deal by `after` paging, asking the properties explicitly', async () => {
    const { api, pull, log } = await setup();
    const run = await pull();
    await noTokenIn(run, log.lines);
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok' });
    expect(run.rows.leads).toHaveLength(250);
    expect(run.rows.deals).toHaveLength(120);
    const lists = api.seen.filter((r) => r.method === 'GET' && r.path === '/crm/v3/objects/contacts');
    expect(lists.map((r) => [r.params.get('archived'), r.params.get('after')])).toEqual([['false', null], ['false', '100'], ['false', '200'], ['true', null]]);
    expect(lists.every((r) => r.params.get('limit') === '100' && r.params.get('properties') === contactProperties.join(','))).toBe(true);
    const dealLists = api.seen.filter((r) => r.path === '/crm/v3/objects/deals');
    expect(dealLists.every((r) => r.params.get('properties') === dealProperties.join(',') && r.params.get('associations') === 'contacts,companies')).toBe(true);
    expect(api.seen.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);

    const lead = run.rows.leads!.find((l) => l.id === '100')!;
    expect(lead).toMatchObject({ created_at: '2026-09-01T08:00:00.000Z', lifecycle_stage: 'mql', became_mql_at: '2026-09-02T08:00:00.000Z', original_source: 'SOCIAL_MEDIA', channel: 'organic_social', is_social: true, company: 'Company 0', country: 'Germany', archived: false });
    expect(run.rows.leads!.find((l) => l.id === '102')).toMatchObject({ original_source: 'PAID_SOCIAL', channel: 'paid_social', is_social: true });
    expect(run.rows.leads!.find((l) => l.id === '101')).toMatchObject({ original_source: 'ORGANIC_SEARCH', channel: 'organic_search', is_social: false });
    expect(run.rows.leads!.find((l) => l.id === '104')).toMatchObject({ channel: 'direct', is_social: false });
    expect(JSON.stringify(run.rows.leads)).not.toContain('@example.com');

    const deals = new Map(run.rows.deals!.map((d) => [d.id, d]));
    expect(deals.get('9000')).toMatchObject({ status: 'open', closed_at: null, amount: 1000, lead_id: '100', is_social: true, stage: 'appointmentscheduled', pipeline: 'default' });
    expect(deals.get('9001')).toMatchObject({ status: 'won', closed_at: '2026-09-07T09:00:00.000Z', lead_id: '101', is_social: false });
    expect(deals.get('9002')).toMatchObject({ status: 'lost', lead_id: '102', is_social: true });
  });

  it('marks archived records archived', async () => {
    const contacts = makeContacts(5);
    contacts[1]!.archived = true;
    const deals = makeDeals(4, ['100']);
    deals[2]!.archived = true;
    const { pull } = await setup({ contacts, deals });
    const run = await pull();
    await run.cleanup();
    expect(run.rows.leads!.filter((l) => l.archived).map((l) => l.id)).toEqual(['101']);
    expect(run.rows.deals!.filter((d) => d.archived).map((d) => d.id)).toEqual(['9002']);
  });

  it('pulls incrementally with the search, in windows under the result cap', async () => {
    const contacts = makeContacts(40);
    const deals = makeDeals(10, contacts.map((c) => c.id));
    const { api, pull, time } = await setup({ contacts, deals, searchCap: 250 });
    const first = await pull();
    // 600 contacts modified after the first pull: more than two windows of the 250 cap.
    const later = makeContacts(600, '2026-10-02T00:00:00Z', 5000);
    contacts.push(...later);
    contacts[3]!.properties.lastmodifieddate = '2026-10-03T00:00:00.000Z';
    contacts[3]!.properties.company = 'Renamed GmbH';
    deals[0]!.properties.hs_lastmodifieddate = '2026-10-03T00:00:00.000Z';
    deals[0]!.properties.hs_is_closed_won = 'true';
    deals[0]!.properties.hs_is_closed = 'true';
    deals[0]!.properties.closedate = '2026-10-02T12:00:00.000Z';
    time.sleep(86_400_000 * 30);
    const before = api.seen.length;
    const second = await pull({ dataDir: first.dataDir });
    await first.cleanup();
    expect(second.result.sources[0], JSON.stringify(second.result.sources[0]).slice(0, 1500)).toMatchObject({ status: "ok" });
    const searches = api.seen.slice(before).filter((r) => r.path === '/crm/v3/objects/contacts/search');
    expect(searches.every((r) => Number(r.body.after ?? 0) + r.body.limit <= 250)).toBe(true);
    const windows = new Set(searches.map((r) => r.body.filterGroups[0].filters[0].value));
    expect(windows.size).toBeGreaterThanOrEqual(3);
    expect(searches[0]!.body.filterGroups[0].filters[0]).toMatchObject({ propertyName: 'lastmodifieddate', operator: 'GTE', value: String(Date.parse('2026-10-01T00:00:00Z')) });
    expect(searches[0]!.body.sorts).toEqual([{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }]);
    expect(searches[0]!.body.properties).toEqual(contactProperties);
    expect(second.rows.leads).toHaveLength(640);
    expect(second.rows.leads!.find((l) => l.id === '103')).toMatchObject({ company: 'Renamed GmbH' });
    // Search results carry no associations: read through the v4 associations API.
    expect(api.seen.some((r) => r.path === '/crm/v4/associations/deals/contacts/batch/read')).toBe(true);
    expect(second.rows.deals!.find((d) => d.id === '9000')).toMatchObject({ status: 'won', lead_id: '100', is_social: true });
    await second.cleanup();
  });

  it('paces by the X-HubSpot-RateLimit headers and never hits a 429', async () => {
    const { api, pull, log } = await setup({ rateMax: 3, intervalMs: 10_000 });
    const run = await pull();
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok' });
    const perWindow = new Map<number, number>();
    for (const r of api.seen) perWindow.set(Math.floor(r.at / 10_000), (perWindow.get(Math.floor(r.at / 10_000)) ?? 0) + 1);
    expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(3);
    expect(log.lines.some((l) => l.includes('X-HubSpot-RateLimit-Remaining: 0'))).toBe(true);
  });

  it('retries a 429 SECONDLY after a backoff', async () => {
    let hit = 0;
    const { pull, time, api } = await setup({
      fault: (r) => (r.n === 2 && hit++ === 0 ? { status: 429, body: { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', policyName: 'SECONDLY' } } : undefined),
    });
    const start = time.ms();
    const run = await pull();
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok' });
    expect(run.rows.leads).toHaveLength(250);
    expect(api.seen[2]!.params.get('after')).toBe(api.seen[1]!.params.get('after'));
    expect(time.ms()).toBeGreaterThan(start);
  });

  it('stops on a 429 DAILY with a stream error naming the reset at midnight', async () => {
    const { pull, api, log } = await setup({
      fault: (r) => (r.n >= 2 ? { status: 429, body: { status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', policyName: 'DAILY' }, headers: { 'x-hubspot-ratelimit-daily': '250000', 'x-hubspot-ratelimit-daily-remaining': '0' } } : undefined),
    });
    const run = await pull();
    await noTokenIn(run, log.lines);
    await run.cleanup();
    const text = JSON.stringify(run.result.sources[0]);
    expect(text).toMatch(/next midnight/);
    expect(text).toContain('250000');
    expect(text).toContain('X-HubSpot-RateLimit-Daily-Remaining: 0');
    // Not retried, and deals were not tried after the daily quota.
    expect(api.seen).toHaveLength(2);
    expect(run.rows.leads).toHaveLength(100);
  });

  it('reports an expired token (401) without the token anywhere', async () => {
    const { pull, log, api } = await setup({ token: 'another-token' });
    const run = await pull();
    await noTokenIn(run, log.lines);
    await run.cleanup();
    const text = JSON.stringify(run.result.sources[0]);
    expect(text).toContain('401');
    expect(text).toContain('HUBSPOT_TOKEN');
    expect(api.seen).toHaveLength(1);
  });

  it('check: token works, and what the next pull fetches; a bad token says so', async () => {
    const { plugin, api, time } = await setup();
    const ctx = (token: string) => ({
      source: 'hubspot', options: hubspotOptions.parse({ api: { baseUrl: api.url, token } }), signal: new AbortController().signal, log: recordingLog(), fetch: globalThis.fetch,
      clock: time.clock, projectDir: '.', timezone: 'UTC', tracked: { brand: { name: 'x', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
      cursor: (s: string) => (s === 'contacts' ? { since: '2026-09-20T00:00:00.000Z' } : undefined),
    });
    const good = await plugin.check(ctx(TOKEN));
    expect(good.ok).toBe(true);
    expect(good.streams).toEqual({ contacts: 'records modified since 2026-09-20T00:00:00.000Z (search), then archived records', deals: 'every record (full list), then archived records' });
    expect(api.seen.at(-1)!.params.get('limit')).toBe('1');
    const bad = await plugin.check(ctx('wrong-token'));
    expect(bad.ok).toBe(false);
    expect(bad.message).toContain('401');
    expect(bad.message).not.toContain('wrong-token');
  });

  it('fails the stream on malformed JSON, and retries a timeout', async () => {
    const broken = await setup({ fault: (r) => (r.path === '/crm/v3/objects/deals' ? { raw: '{"results": [ {"id": "1", "prop' } : undefined) });
    const run = await broken.pull();
    await run.cleanup();
    expect(JSON.stringify(run.result.sources[0])).toContain('not valid JSON');
    expect(run.rows.leads).toHaveLength(250);
    expect(run.rows.deals).toBeUndefined();

    let slow = 0;
    const timing = await setup({ fault: (r) => (r.n === 1 && slow++ === 0 ? { delayMs: 1000 } : undefined) });
    const ok = await timing.pull();
    await ok.cleanup();
    expect(ok.result.sources[0]).toMatchObject({ status: 'ok' });
    expect(ok.rows.leads).toHaveLength(250);
    expect(timing.log.lines.some((l) => /timed out/.test(l))).toBe(true);
  });

  it('resumes an interrupted pull to exactly the uninterrupted result', async () => {
    const whole = await setup();
    const reference = await whole.pull();
    await reference.cleanup();

    const controller = new AbortController();
    const cut = await setup({ fault: (r) => (r.path === '/crm/v3/objects/deals' && r.params.get('after') === null && r.params.get('archived') === 'false' ? (controller.abort(), undefined) : undefined) });
    const first = await cut.pull({ signal: controller.signal, commitEvery: 1 }).catch((e: unknown) => e);
    const dataDir = (first as PullFixtureResult).dataDir;
    expect(dataDir).toBeDefined();
    const rest = await cut.pull({ dataDir });
    await rest.cleanup();
    await (first as PullFixtureResult).cleanup();
    expect(content(rest.rows.leads)).toEqual(content(reference.rows.leads));
    expect(content(rest.rows.deals)).toEqual(content(reference.rows.deals));
    // The resumed pull did not list the contacts again.
    expect(cut.api.seen.filter((r) => r.path === '/crm/v3/objects/contacts' && r.params.get('archived') === 'false')).toHaveLength(3);
  });
});

describe('hubspot API: companies', () => {
  /** 6 contacts and 4 deals pointing at companies 7000–7002; 7001 archived, 7999 does not exist. */
  function companyWorld() {
    const companies = makeCompanies(3);
    companies[1]!.archived = true;
    const contacts = makeContacts(6);
    contacts[0]!.properties.associatedcompanyid = '7000';
    contacts[1]!.properties.associatedcompanyid = '7001'; // archived
    contacts[2]!.properties.associatedcompanyid = '7999'; // missing
    contacts[3]!.properties.associatedcompanyid = '7002';
    contacts[4]!.properties.associatedcompanyid = '7000';
    // contact 105: no company association, keeps its free-text company.
    const deals = makeDeals(4, contacts.map((c) => c.id));
    deals[0]!.companyIds = ['7002', '7000']; // primary 7002
    deals[1]!.companyIds = ['7001']; // archived
    deals[2]!.companyIds = ['7999']; // missing
    // deal 9003: no company
    return { companies, contacts, deals };
  }

  const expectCompanies = (leads: Record<string, unknown>[], deals: Record<string, unknown>[]) => {
    const lead = new Map(leads.map((l) => [l.id, l]));
    expect(lead.get('100')).toMatchObject({ company: 'Company 7000 GmbH', segment: 'COMPUTER_SOFTWARE' });
    expect(lead.get('101')).toMatchObject({ company: null, segment: null });
    expect(lead.get('102')).toMatchObject({ company: null, segment: null });
    expect(lead.get('103')).toMatchObject({ company: 'Company 7002 GmbH', segment: 'HOSPITAL_HEALTH_CARE' });
    expect(lead.get('104')).toMatchObject({ company: 'Company 7000 GmbH', segment: 'COMPUTER_SOFTWARE' });
    expect(lead.get('105')).toMatchObject({ company: 'Company 5', segment: null });
    const deal = new Map(deals.map((d) => [d.id, d]));
    expect(deal.get('9000')).toMatchObject({ company: 'Company 7002 GmbH', segment: 'HOSPITAL_HEALTH_CARE' });
    expect(deal.get('9001')).toMatchObject({ company: null, segment: null });
    expect(deal.get('9002')).toMatchObject({ company: null, segment: null });
    expect(deal.get('9003')).toMatchObject({ company: null, segment: null });
  };

  it('fills company (name) and segment (industry) of leads and deals; a missing or archived company leaves them null', async () => {
    const { api, pull } = await setup(companyWorld());
    const run = await pull();
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok' });
    expectCompanies(run.rows.leads!, run.rows.deals!);
    // Each referenced company is asked for once in the pull, with the properties named.
    const reads = api.seen.filter((r) => r.path === '/crm/v3/objects/companies/batch/read');
    expect(reads.every((r) => r.method === 'POST' && JSON.stringify(r.body.properties) === JSON.stringify(companyProperties))).toBe(true);
    const asked = reads.flatMap((r) => r.body.inputs.map((i: { id: string }) => i.id));
    expect(asked.sort()).toEqual(['7000', '7001', '7002', '7999']);
    expect(reads.every((r) => r.params.get('archived') !== 'true')).toBe(true);
  });

  it('gives searched deals their companies through the v4 associations (primary first)', async () => {
    const world = companyWorld();
    const { api, pull, time } = await setup(world);
    const first = await pull();
    for (const o of [...world.contacts, ...world.deals]) {
      o.properties[o.properties.lastmodifieddate ? 'lastmodifieddate' : 'hs_lastmodifieddate'] = '2026-10-03T00:00:00.000Z';
    }
    world.companies[2]!.properties.industry = 'BANKING';
    time.sleep(86_400_000 * 5);
    const before = api.seen.length;
    const second = await pull({ dataDir: first.dataDir });
    await first.cleanup();
    expect(second.result.sources[0]).toMatchObject({ status: 'ok' });
    const later = api.seen.slice(before);
    expect(later.some((r) => r.path === '/crm/v3/objects/deals/search')).toBe(true);
    expect(later.some((r) => r.path === '/crm/v4/associations/deals/companies/batch/read')).toBe(true);
    const deal = new Map(second.rows.deals!.map((d) => [d.id, d]));
    expect(deal.get('9000')).toMatchObject({ company: 'Company 7002 GmbH', segment: 'BANKING' });
    expect(deal.get('9001')).toMatchObject({ company: null, segment: null });
    expect(deal.get('9002')).toMatchObject({ company: null, segment: null });
    expect(second.rows.leads!.find((l) => l.id === '100')).toMatchObject({ company: 'Company 7000 GmbH', segment: 'COMPUTER_SOFTWARE' });
    // Companies are read once per pull, also in this one.
    const asked = later.filter((r) => r.path === '/crm/v3/objects/companies/batch/read').flatMap((r) => r.body.inputs.map((i: { id: string }) => i.id));
    expect(new Set(asked).size).toBe(asked.length);
    await second.cleanup();
  });

  it('paces company reads by the rate-limit headers and retries a 429 SECONDLY or 5xx on them', async () => {
    let faults = 0;
    const { api, pull, log, time } = await setup({
      ...companyWorld(),
      rateMax: 2,
      intervalMs: 10_000,
      fault: (r) => {
        if (r.path !== '/crm/v3/objects/companies/batch/read' || faults >= 2) return undefined;
        faults++;
        return faults === 1 ? { status: 429, body: { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', policyName: 'SECONDLY' } } : { status: 502, body: { message: 'bad gateway' } };
      },
    });
    const start = time.ms();
    const run = await pull();
    await run.cleanup();
    expect(run.result.sources[0]).toMatchObject({ status: 'ok' });
    expectCompanies(run.rows.leads!, run.rows.deals!);
    const reads = api.seen.filter((r) => r.path === '/crm/v3/objects/companies/batch/read');
    expect(reads.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(reads[1]!.body)).toBe(JSON.stringify(reads[0]!.body));
    expect(log.lines.some((l) => l.includes('POST /crm/v3/objects/companies/batch/read') && l.includes('retrying'))).toBe(true);
    expect(time.ms()).toBeGreaterThan(start);
    // Never more requests in one window than HubSpot allows (the faults answered before counting).
    const perWindow = new Map<number, number>();
    for (const r of api.seen.filter((x) => !(x.path === '/crm/v3/objects/companies/batch/read' && reads.indexOf(x) < 2))) {
      perWindow.set(Math.floor(r.at / 10_000), (perWindow.get(Math.floor(r.at / 10_000)) ?? 0) + 1);
    }
    expect(Math.max(...perWindow.values())).toBeLessThanOrEqual(2);
    expect(log.lines.some((l) => l.includes('X-HubSpot-RateLimit-Remaining: 0'))).toBe(true);
  });

  it('a failing company read fails the stream with HubSpot’s message', async () => {
    const { pull } = await setup({ ...companyWorld(), fault: (r) => (r.path === '/crm/v3/objects/companies/batch/read' ? { status: 403, body: { status: 'error', message: 'This app hasn’t been granted all required scopes.', category: 'MISSING_SCOPES' } } : undefined) });
    const run = await pull();
    await run.cleanup();
    const text = JSON.stringify(run.result.sources[0]);
    expect(text).toContain('403');
    expect(text).toContain('crm.objects.companies.read');
  });
});
