/**
 * Pulls contacts (→ leads) and deals (→ deals) from the CRM v3 API.
 *
 * First pull: the whole object list (`GET /crm/v3/objects/{type}?limit=100&after=…`, properties
 * asked explicitly), then the archived list (`archived=true`, marked archived). Later pulls: the
 * search endpoint (`POST /crm/v3/objects/{type}/search`, modified-date GTE the cursor, sorted
 * ascending, paged by `after`), in windows that stay under the search's 10,000-result cap (a new
 * window starts at the newest modified date seen), then the archived list again (archiving does
 * not show in the search). Every page is checkpointed, so an interrupted pull resumes where it
 * stopped; records seen twice keep one row (same id).
 *
 * Companies: leads and deals get company (name) and segment (industry) from their associated
 * company (contacts: `associatedcompanyid`; deals: `associations=contacts,companies` on the list,
 * v4 associations for search results), read once per pull with the companies batch read.
 *
 * Deals: lead_id is the first associated contact (list: `associations=contacts,companies`; search results:
 * `POST /crm/v4/associations/deals/contacts/batch/read`). is_social is that contact's: known from
 * the contacts pulled in the same run, else read with `POST /crm/v3/objects/contacts/batch/read`.
 */
import { CadenceError, type PullItem, type SourceContext } from 'cadence/plugin';
import type { HubspotOptions } from '../options.ts';
import { createClient, type Client, type ClientDeps } from './client.ts';
import { companyInfo, companyProperties, contactCompanyId, contactProperties, dealCompanyId, dealProperties, dealRecord, leadRecord, modifiedAt, type CompanyInfo, type CrmObject } from './records.ts';
import { isSocialSource } from '../vocabulary.ts';

export type StreamName = 'contacts' | 'deals';
export const streamNames: StreamName[] = ['contacts', 'deals'];

/** HubSpot's cap on results of one search query. */
export const searchCap = 10_000;
export const pageSize = 100;

export interface StreamCursor {
  /** Records modified at or after this instant are asked for by the next search. */
  since?: string;
  /** A pull stopped inside this phase, at page token `after`. */
  phase?: 'list' | 'archived' | 'search';
  after?: string;
  /** When the first full list started (becomes `since` once it is done). */
  listStartedAt?: string;
}

export function readCursor(saved: unknown): StreamCursor {
  const c = (saved ?? {}) as Record<string, unknown>;
  const out: StreamCursor = {};
  if (typeof c.since === 'string' && !Number.isNaN(Date.parse(c.since))) out.since = c.since;
  if (c.phase === 'list' || c.phase === 'archived' || c.phase === 'search') out.phase = c.phase;
  if (typeof c.after === 'string') out.after = c.after;
  if (typeof c.listStartedAt === 'string') out.listStartedAt = c.listStartedAt;
  return out;
}

const objectType = { contacts: 'contacts', deals: 'deals' } as const;
/** The modified-date property the search filters on (contacts name it without hs_). */
export const modifiedProperty: Record<StreamName, string> = { contacts: 'lastmodifieddate', deals: 'hs_lastmodifieddate' };
const propertiesOf = (s: StreamName) => (s === 'contacts' ? contactProperties : dealProperties);

interface Page {
  results: CrmObject[];
  next?: string;
  total?: number;
}

function readPage(body: unknown, request: string): Page {
  const b = body as { results?: unknown; paging?: { next?: { after?: unknown } }; total?: unknown } | null;
  if (!b || typeof b !== 'object' || !Array.isArray(b.results)) {
    throw new CadenceError('CADENCE_FETCH_FAILED', `HubSpot's answer to ${request} is JSON but has no \`results\` list.`, { hint: 'Check api.baseUrl (the CRM API root, https://api.hubapi.com).' });
  }
  const after = b.paging?.next?.after;
  return {
    results: (b.results as CrmObject[]).filter((o) => o && typeof o === 'object' && o.id !== undefined).map((o) => ({ ...o, properties: o.properties ?? {} })),
    ...(after !== undefined && after !== null && String(after) !== '' ? { next: String(after) } : {}),
    ...(typeof b.total === 'number' ? { total: b.total } : {}),
  };
}

/** Whether a failure says the same for every stream (bad token, missing scope, daily quota). */
const stopsEverything = (e: unknown) => {
  const d = (e as CadenceError).details ?? {};
  return d.status === 401 || d.policy === 'DAILY';
};

export async function* pullApi(ctx: SourceContext<HubspotOptions>, deps: ClientDeps = {}): AsyncGenerator<PullItem> {
  const client = createClient(ctx, deps);
  /** contact id → is_social, from the contacts of this run and batch reads. */
  const social = new Map<string, boolean>();
  /** company id → name and industry (null: missing or archived), read once per pull. */
  const companies = new Map<string, CompanyInfo | null>();
  for (const stream of streamNames) {
    try {
      yield* pullStream(ctx, client, stream, social, companies, deps.searchCap ?? searchCap);
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      yield { type: 'error', stream, error: e instanceof Error ? e : new Error(String(e)) };
      if (stopsEverything(e)) return;
    }
  }
}

async function* pullStream(
  ctx: SourceContext<HubspotOptions>,
  client: Client,
  stream: StreamName,
  social: Map<string, boolean>,
  companies: Map<string, CompanyInfo | null>,
  cap: number,
): AsyncGenerator<PullItem> {
  const api = ctx.options.api!;
  const type = objectType[stream];
  const cursor = readCursor(ctx.cursor(stream));
  const first = !cursor.since;
  let since = cursor.since ?? (api.startDate ? `${api.startDate}T00:00:00.000Z` : undefined);
  const listStartedAt = cursor.listStartedAt ?? ctx.clock.now().toISOString();
  const phases: ('list' | 'search' | 'archived')[] = first && !api.startDate ? ['list', 'archived'] : ['search', 'archived'];
  const startAt = cursor.phase ? Math.max(0, phases.indexOf(cursor.phase)) : 0;
  let pulled = 0;

  const companyOf = (id: string) => companies.get(id) ?? undefined;
  const emit = async function* (objects: CrmObject[], archived: boolean, place: string): AsyncGenerator<PullItem> {
    if (stream === 'contacts') {
      await readCompanies(client, objects.map(contactCompanyId), companies);
      for (const o of objects) {
        const data = leadRecord(archived ? { ...o, archived: true } : o, companyOf);
        social.set(String(o.id), data.is_social as boolean);
        yield { type: 'record', stream, data, place: { key: `contact ${o.id} (${place})` } };
      }
      return;
    }
    await associate(client, objects);
    await learnSocial(client, objects, social);
    await readCompanies(client, objects.map(dealCompanyId), companies);
    for (const o of objects) yield { type: 'record', stream, data: dealRecord(archived ? { ...o, archived: true } : o, (id) => social.get(id), companyOf), place: { key: `deal ${o.id} (${place})` } };
  };

  for (let i = startAt; i < phases.length; i++) {
    const phase = phases[i]!;
    let after = i === startAt ? cursor.after : undefined;
    if (phase === 'list' || phase === 'archived') {
      ctx.log.info(`${stream}: ${phase === 'list' ? 'every record' : 'archived records'}${after ? ` from page ${after}` : ''}`);
      for (;;) {
        ctx.signal.throwIfAborted();
        const path = `/crm/v3/objects/${type}`;
        const params: Record<string, string> = { limit: String(pageSize), properties: propertiesOf(stream).join(','), archived: String(phase === 'archived') };
        if (stream === 'deals') params.associations = 'contacts,companies';
        if (after) params.after = after;
        const page = readPage(await client.request('GET', path, params), `GET ${path}`);
        yield* emit(page.results, phase === 'archived', `${phase} page ${after ?? 'first'}`);
        pulled += page.results.length;
        after = page.next;
        const c: StreamCursor = after
          ? { ...(since ? { since } : {}), phase, after, ...(first ? { listStartedAt } : {}) }
          : phase === 'list'
            ? { phase: 'archived', listStartedAt }
            : { since: first && !since ? listStartedAt : since! };
        yield { type: 'checkpoint', stream, cursor: c };
        yield { type: 'progress', stream, done: pulled, unit: 'rows' };
        if (!after) break;
      }
      if (phase === 'list') since = undefined;
      if (phase === 'archived' && first && !api.startDate) since = listStartedAt;
      continue;
    }
    // Search from `since`, in windows under the cap.
    let windowStart = since!;
    let inWindow = after && /^\d+$/.test(after) ? Number(after) : 0;
    let newest = windowStart;
    ctx.log.info(`${stream}: records modified since ${windowStart}`);
    for (;;) {
      ctx.signal.throwIfAborted();
      const path = `/crm/v3/objects/${type}/search`;
      const body = {
        filterGroups: [{ filters: [{ propertyName: modifiedProperty[stream], operator: 'GTE', value: String(Date.parse(windowStart)) }] }],
        sorts: [{ propertyName: modifiedProperty[stream], direction: 'ASCENDING' }],
        properties: propertiesOf(stream),
        limit: pageSize,
        ...(after ? { after } : {}),
      };
      const page = readPage(await client.request('POST', path, {}, body), `POST ${path}`);
      yield* emit(page.results, false, `search from ${windowStart}${after ? ` after ${after}` : ''}`);
      pulled += page.results.length;
      inWindow += page.results.length;
      for (const o of page.results) {
        const m = modifiedAt(o);
        if (m && m.toISOString() > newest) newest = m.toISOString();
      }
      since = newest;
      after = page.next;
      if (after && inWindow + pageSize > cap) {
        // The next page would pass the search cap: a new window from the newest modified date seen.
        if (newest <= windowStart) {
          throw new CadenceError('CADENCE_FETCH_FAILED', `more than ${cap.toLocaleString('en')} ${stream} were modified at ${windowStart}: the search cannot page past them.`, {
            hint: 'Remove the cursor of this stream (cadence pull --full) to list every record instead.',
          });
        }
        ctx.log.info(`${stream}: ${inWindow} results in this search window; continuing from ${newest}`);
        windowStart = newest;
        inWindow = 0;
        after = undefined;
        yield { type: 'checkpoint', stream, cursor: { since } };
        yield { type: 'progress', stream, done: pulled, unit: 'rows' };
        continue;
      }
      yield { type: 'checkpoint', stream, cursor: after ? { since: windowStart, phase: 'search', after } : { since, phase: 'archived' } };
      yield { type: 'progress', stream, done: pulled, unit: 'rows' };
      if (!after) break;
    }
  }
  ctx.log.info(`${stream}: done, ${pulled} records`);
}

/**
 * Gives search results (which carry no associations) their contacts and companies, from the v4
 * associations API. Companies labelled Primary come first.
 */
async function associate(client: Client, deals: CrmObject[]): Promise<void> {
  const missing = deals.filter((d) => !d.associations);
  if (!missing.length) return;
  const read = async (to: 'contacts' | 'companies') => {
    const path = `/crm/v4/associations/deals/${to}/batch/read`;
    const body = (await client.request('POST', path, {}, { inputs: missing.map((d) => ({ id: String(d.id) })) })) as {
      results?: { from?: { id?: unknown }; to?: { toObjectId?: unknown; associationTypes?: { label?: unknown; typeId?: unknown }[] }[] }[];
    };
    const byDeal = new Map<string, string[]>();
    for (const r of Array.isArray(body?.results) ? body.results : []) {
      const primary = (t: { associationTypes?: { label?: unknown; typeId?: unknown }[] }) => (t.associationTypes ?? []).some((a) => a.label === 'Primary' || a.typeId === 5);
      const targets = [...(r.to ?? [])].sort((a, b) => Number(primary(b)) - Number(primary(a)));
      if (r.from?.id !== undefined) byDeal.set(String(r.from.id), targets.map((t) => String(t.toObjectId)));
    }
    return byDeal;
  };
  const contacts = await read('contacts');
  const companies = await read('companies');
  for (const d of missing) {
    d.associations = {
      contacts: { results: (contacts.get(String(d.id)) ?? []).map((id) => ({ id })) },
      companies: { results: (companies.get(String(d.id)) ?? []).map((id) => ({ id })) },
    };
  }
}

/**
 * Reads the companies referenced and not read yet in this pull (`POST /crm/v3/objects/companies/
 * batch/read`, 100 ids a request; archived companies are not returned). Ids without an answer are
 * remembered as null: their leads and deals get no company.
 */
async function readCompanies(client: Client, ids: (string | undefined)[], companies: Map<string, CompanyInfo | null>): Promise<void> {
  const unknown = [...new Set(ids.filter((id): id is string => id !== undefined))].filter((id) => !companies.has(id));
  const path = '/crm/v3/objects/companies/batch/read';
  for (let i = 0; i < unknown.length; i += pageSize) {
    const chunk = unknown.slice(i, i + pageSize);
    const body = (await client.request('POST', path, {}, { properties: companyProperties, inputs: chunk.map((id) => ({ id })) })) as { results?: CrmObject[] };
    for (const id of chunk) companies.set(id, null);
    for (const c of Array.isArray(body?.results) ? body.results : []) {
      if (c && c.id !== undefined && !c.archived) companies.set(String(c.id), companyInfo({ ...c, properties: c.properties ?? {} }));
    }
  }
}

/** Reads the original source of associated contacts not seen yet in this run. */
async function learnSocial(client: Client, deals: CrmObject[], social: Map<string, boolean>): Promise<void> {
  const unknown = [...new Set(deals.map((d) => d.associations?.contacts?.results?.[0]?.id).filter((id) => id !== undefined).map(String))].filter((id) => !social.has(id));
  if (!unknown.length) return;
  const path = '/crm/v3/objects/contacts/batch/read';
  const body = (await client.request('POST', path, {}, { properties: ['hs_analytics_source'], inputs: unknown.map((id) => ({ id })) })) as { results?: CrmObject[] };
  for (const c of Array.isArray(body?.results) ? body.results : []) social.set(String(c.id), isSocialSource(c.properties?.hs_analytics_source ?? undefined));
}

/** For `cadence check`: what the next pull of a stream fetches. */
export function nextPullOf(ctx: SourceContext<HubspotOptions>, stream: StreamName): string {
  const c = readCursor(ctx.cursor(stream));
  const start = ctx.options.api?.startDate;
  if (c.phase && !c.since) return 'the rest of the interrupted first full list, then archived records';
  if (c.since) return `records modified since ${c.since} (search), then archived records`;
  return start ? `records modified since ${start} (search), then archived records` : 'every record (full list), then archived records';
}
