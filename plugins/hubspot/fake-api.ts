/**
 * A local stand-in for the HubSpot CRM v3 API, for the tests, on the tests' fake clock: bearer
 * token, object lists paged by `after` (archived=true for archived records), the search endpoint
 * with its result cap (small and configurable here, 10,000 at HubSpot; 400 beyond), companies
 * (list, batch read without archived ones), deal associations to contacts and companies (v3 list
 * `associations=`, v4 batch reads), v3 contact batch reads, and `X-HubSpot-RateLimit-*` headers (a full window answers 429
 * SECONDLY). Can be told to misbehave for chosen requests.
 */
import type { ServerResponse } from 'node:http';
import { startTestServer, type TestServer } from 'cadence/testkit';
import type { CrmObject } from './api/records.ts';

export type Fault = { status: number; body?: unknown; headers?: Record<string, string> } | { raw: string; status?: number } | { delayMs: number };

export interface SeenRequest {
  n: number;
  at: number;
  method: string;
  path: string;
  params: URLSearchParams;
  body: any;
  authorization: string | undefined;
}

export interface FakeHubspotOptions {
  token: string;
  contacts: CrmObject[];
  deals: (CrmObject & { contactIds?: string[]; companyIds?: string[] })[];
  /** Companies (contacts point at one with the `associatedcompanyid` property). */
  companies?: CrmObject[];
  now: () => number;
  /** Results one search query may reach (HubSpot: 10,000). */
  searchCap?: number;
  /** Requests per interval (HubSpot: 100–190 per 10 s). */
  rateMax?: number;
  intervalMs?: number;
  fault?: (r: SeenRequest) => Fault | undefined;
}

export interface FakeHubspot {
  url: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

const modified = (o: CrmObject) => Date.parse(o.properties.hs_lastmodifieddate ?? o.properties.lastmodifieddate ?? o.updatedAt ?? '');

function pick(o: CrmObject, props: string[] | undefined): CrmObject {
  const properties = props ? Object.fromEntries(props.filter((p) => p in o.properties).map((p) => [p, o.properties[p]])) : o.properties;
  return { id: o.id, properties, createdAt: o.createdAt, updatedAt: o.updatedAt, archived: o.archived ?? false };
}

export async function startFakeHubspot(o: FakeHubspotOptions): Promise<FakeHubspot> {
  const seen: SeenRequest[] = [];
  const cap = o.searchCap ?? 10_000;
  const rateMax = o.rateMax ?? 100;
  const intervalMs = o.intervalMs ?? 10_000;
  const perWindow = new Map<number, number>();
  const companies = () => o.companies ?? [];
  const server: TestServer = await startTestServer(async (req, res): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://x');
    let body: any;
    try {
      body = req.body ? JSON.parse(req.body) : undefined;
    } catch {
      body = undefined;
    }
    const r: SeenRequest = { n: seen.length + 1, at: o.now(), method: req.method ?? 'GET', path: url.pathname, params: url.searchParams, body, authorization: req.headers.authorization };
    seen.push(r);
    const fault = o.fault?.(r);
    if (fault && 'delayMs' in fault) await new Promise((d) => setTimeout(d, fault.delayMs));
    else if (fault && 'raw' in fault) {
      res.writeHead(fault.status ?? 200, { 'content-type': 'application/json' });
      res.end(fault.raw);
      return;
    } else if (fault) return void json(res, fault.status, fault.body ?? { status: 'error', message: 'fault' }, fault.headers);

    if (req.headers.authorization !== `Bearer ${o.token}`) {
      return void json(res, 401, { status: 'error', message: 'Authentication credentials not found. This API supports OAuth 2.0 authentication.', category: 'INVALID_AUTHENTICATION' });
    }
    const window = Math.floor(o.now() / intervalMs);
    const used = (perWindow.get(window) ?? 0) + 1;
    perWindow.set(window, used);
    const rate = { 'x-hubspot-ratelimit-max': String(rateMax), 'x-hubspot-ratelimit-remaining': String(Math.max(0, rateMax - used)), 'x-hubspot-ratelimit-interval-milliseconds': String(intervalMs) };
    if (used > rateMax) return void json(res, 429, { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', policyName: 'SECONDLY' }, rate);

    const list = url.pathname.match(/^\/crm\/v3\/objects\/(contacts|deals|companies)$/);
    if (list && r.method === 'GET') {
      const archived = url.searchParams.get('archived') === 'true';
      const limit = Number(url.searchParams.get('limit') ?? 10);
      const start = Number(url.searchParams.get('after') ?? 0);
      const props = url.searchParams.get('properties')?.split(',');
      const wanted = (url.searchParams.get('associations') ?? '').split(',');
      const all = (list[1] === 'contacts' ? o.contacts : list[1] === 'deals' ? o.deals : companies()).filter((x) => (x.archived ?? false) === archived);
      const results = all.slice(start, start + limit).map((x) => {
        const out = pick(x, props);
        if (list[1] === 'deals') {
          const d = x as { contactIds?: string[]; companyIds?: string[] };
          // Like HubSpot: a type without associations is left out.
          const assoc: NonNullable<CrmObject['associations']> = {};
          if (wanted.includes('contacts') && d.contactIds?.length) assoc.contacts = { results: d.contactIds.map((id) => ({ id, type: 'deal_to_contact' })) };
          if (wanted.includes('companies') && d.companyIds?.length) {
            assoc.companies = { results: d.companyIds.flatMap((id, i) => (i === 0 ? [{ id, type: 'deal_to_company' }, { id, type: 'deal_to_company_unlabeled' }] : [{ id, type: 'deal_to_company_unlabeled' }])) };
          }
          if (Object.keys(assoc).length) out.associations = assoc;
        }
        return out;
      });
      const next = start + limit < all.length ? { next: { after: String(start + limit), link: 'x' } } : {};
      return void json(res, 200, { results, paging: next }, rate);
    }
    const search = url.pathname.match(/^\/crm\/v3\/objects\/(contacts|deals)\/search$/);
    if (search && r.method === 'POST') {
      const filter = body?.filterGroups?.[0]?.filters?.[0];
      const from = Number(filter?.value ?? 0);
      const limit = Number(body?.limit ?? 10);
      const start = Number(body?.after ?? 0);
      if (start + limit > cap) return void json(res, 400, { status: 'error', message: `paging past ${cap} results is not supported`, category: 'VALIDATION_ERROR' }, rate);
      const all = (search[1] === 'contacts' ? o.contacts : o.deals).filter((x) => !x.archived && modified(x) >= from).sort((a, b) => modified(a) - modified(b) || Number(a.id) - Number(b.id));
      const results = all.slice(start, start + limit).map((x) => pick(x, body?.properties));
      const next = start + limit < Math.min(all.length, cap) ? { next: { after: String(start + limit) } } : {};
      return void json(res, 200, { total: all.length, results, paging: next }, rate);
    }
    if (url.pathname === '/crm/v4/associations/deals/contacts/batch/read') {
      const results = (body?.inputs ?? []).map((i: { id: string }) => ({ from: { id: i.id }, to: (o.deals.find((d) => d.id === i.id)?.contactIds ?? []).map((c) => ({ toObjectId: Number(c), associationTypes: [] })) }));
      return void json(res, 200, { status: 'COMPLETE', results }, rate);
    }
    if (url.pathname === '/crm/v4/associations/deals/companies/batch/read') {
      // Like HubSpot, deals without companies are left out; the primary company is not listed first.
      const results = (body?.inputs ?? [])
        .map((i: { id: string }) => ({ id: i.id, ids: o.deals.find((d) => d.id === i.id)?.companyIds ?? [] }))
        .filter((x: { ids: string[] }) => x.ids.length)
        .map((x: { id: string; ids: string[] }) => ({
          from: { id: x.id },
          to: [...x.ids.slice(1), x.ids[0]!].map((c) => ({ toObjectId: Number(c), associationTypes: c === x.ids[0] ? [{ category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' }, { category: 'HUBSPOT_DEFINED', typeId: 341, label: null }] : [{ category: 'HUBSPOT_DEFINED', typeId: 341, label: null }] })),
        }));
      return void json(res, 200, { status: 'COMPLETE', results }, rate);
    }
    if (url.pathname === '/crm/v3/objects/companies/batch/read' && r.method === 'POST') {
      // archived=false (the default): archived and unknown ids are left out, as errors (207).
      const archived = url.searchParams.get('archived') === 'true';
      const found = (body?.inputs ?? []).map((i: { id: string }) => companies().find((c) => c.id === i.id && (c.archived ?? false) === archived));
      const results = found.filter(Boolean).map((c: CrmObject) => pick(c, body?.properties));
      const missing = (body?.inputs ?? []).filter((_: unknown, k: number) => !found[k]).map((i: { id: string }) => i.id);
      if (!missing.length) return void json(res, 200, { status: 'COMPLETE', results }, rate);
      return void json(res, 207, { status: 'COMPLETE', results, numErrors: 1, errors: [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some COMPANY objects, they may be deleted or not exist.', context: { ids: missing } }] }, rate);
    }
    if (url.pathname === '/crm/v3/objects/contacts/batch/read') {
      const results = (body?.inputs ?? []).map((i: { id: string }) => o.contacts.find((c) => c.id === i.id)).filter(Boolean).map((c: CrmObject) => pick(c, body?.properties));
      return void json(res, 200, { status: 'COMPLETE', results }, rate);
    }
    json(res, 404, { status: 'error', message: 'not found' }, rate);
  });
  return { url: server.url, seen, close: () => server.close() };
}

const iso = (ms: number) => new Date(ms).toISOString();
const sources = ['SOCIAL_MEDIA', 'ORGANIC_SEARCH', 'PAID_SOCIAL', 'EMAIL_MARKETING', 'DIRECT_TRAFFIC', 'REFERRALS', 'PAID_SEARCH', 'OFFLINE', 'OTHER_CAMPAIGNS'];

/** `n` contacts created an hour apart from `start`, modified a minute after creation. */
export function makeContacts(n: number, start = '2026-09-01T08:00:00Z', firstId = 100): CrmObject[] {
  return Array.from({ length: n }, (_, i) => {
    const created = Date.parse(start) + i * 3_600_000;
    return {
      id: String(firstId + i),
      createdAt: iso(created),
      updatedAt: iso(created + 60_000),
      archived: false,
      properties: {
        createdate: iso(created),
        lastmodifieddate: iso(created + 60_000),
        hs_object_id: String(firstId + i),
        lifecyclestage: i % 3 === 0 ? 'marketingqualifiedlead' : 'lead',
        hs_lifecyclestage_lead_date: iso(created),
        hs_lifecyclestage_marketingqualifiedlead_date: i % 3 === 0 ? iso(created + 86_400_000) : null,
        hs_analytics_source: sources[i % sources.length]!,
        hs_analytics_source_data_1: 'Facebook',
        company: `Company ${i}`,
        country: 'Germany',
        email: `person${i}@example.com`,
      },
    };
  });
}

/** `n` deals, each associated with contact `contactIds[i % length]`. */
export function makeDeals(n: number, contactIds: string[], start = '2026-09-02T08:00:00Z', firstId = 9000): FakeHubspotOptions['deals'] {
  return Array.from({ length: n }, (_, i) => {
    const created = Date.parse(start) + i * 3_600_000;
    const kind = i % 3; // 0 open, 1 won, 2 lost
    return {
      id: String(firstId + i),
      createdAt: iso(created),
      updatedAt: iso(created + 120_000),
      archived: false,
      contactIds: [contactIds[i % contactIds.length]!],
      properties: {
        dealname: `Deal ${i}`,
        dealstage: kind === 0 ? 'appointmentscheduled' : kind === 1 ? 'closedwon' : 'closedlost',
        pipeline: 'default',
        amount: String(1000 + i * 10),
        closedate: kind === 0 ? null : iso(created + 5 * 86_400_000),
        createdate: iso(created),
        hs_is_closed_won: String(kind === 1),
        hs_is_closed: String(kind !== 0),
        hs_lastmodifieddate: iso(created + 120_000),
      },
    };
  });
}

/** `n` companies `Company 0`…, ids from `firstId`, industries in turn. */
export function makeCompanies(n: number, firstId = 7000): CrmObject[] {
  const industries = ['COMPUTER_SOFTWARE', 'RETAIL', 'HOSPITAL_HEALTH_CARE'];
  return Array.from({ length: n }, (_, i) => ({
    id: String(firstId + i),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    archived: false,
    properties: { name: `Company ${firstId + i} GmbH`, domain: `company${i}.example`, industry: industries[i % industries.length]!, hs_lastmodifieddate: '2026-01-02T00:00:00.000Z' },
  }));
}
