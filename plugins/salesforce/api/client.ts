/**
 * Requests to the Salesforce REST API for one pull: SOQL queries (paged by `nextRecordsUrl`),
 * the access token (refreshed once with the refresh-token flow on 401 INVALID_SESSION_ID), the
 * daily API usage of `Sforce-Limit-Info`, transient failures retried with fetchWithRetry, and
 * Salesforce's `[{ message, errorCode, fields }]` errors turned into CadenceErrors. No token or
 * secret ever reaches a message: every body is scrubbed before it is read.
 */
import { CadenceError, fetchWithRetry, redactSecrets, sleep as realSleep, type Clock, type Logger } from 'cadence/plugin';
import type { ApiOptions } from '../options.ts';

export interface ClientDeps {
  /** Waits `ms`; must reject when the signal aborts. Default: a real timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Per-attempt wait for the response headers, in ms (default 60 000). */
  timeoutMs?: number;
  /** Most attempts per request (default 5). */
  maxAttempts?: number;
}

export interface ClientContext {
  options: { api?: ApiOptions };
  signal: AbortSignal;
  log: Logger;
  fetch: typeof fetch;
  clock: Clock;
}

export interface QueryPage {
  totalSize?: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: Record<string, unknown>[];
}

export interface Usage {
  used: number;
  limit: number;
}

export interface Client {
  /** First page of a SOQL query (`queryAll` includes deleted records). */
  query(soql: string, opts?: { all?: boolean; about?: string }): Promise<QueryPage>;
  /** The page at a `nextRecordsUrl`. */
  next(nextRecordsUrl: string, about?: string): Promise<QueryPage>;
  /** GET a path under /services/data/{version} and parse the JSON. */
  get(path: string, about?: string): Promise<unknown>;
  /** The last API usage Salesforce reported, if any. */
  usage(): Usage | undefined;
  /** How many times the access token was refreshed. */
  refreshes(): number;
}

/** `api-usage=123/15000` (possibly with other parts, e.g. `per-app-api-usage=…`). */
export function parseLimitInfo(header: string | null): Usage | undefined {
  const m = header ? /(?:^|[;,\s])api-usage=(\d+)\/(\d+)/.exec(header) : null;
  return m ? { used: Number(m[1]), limit: Number(m[2]) } : undefined;
}

export const describeUsage = (u: Usage) => `${u.used.toLocaleString('en')} of ${u.limit.toLocaleString('en')} API requests used in the last 24 hours`;

interface SfError {
  message: string;
  errorCode: string;
  fields: string[];
}

/** Salesforce's error array (or an OAuth `{ error, error_description }`), as far as it is one. */
export function sfErrors(body: string): SfError[] {
  try {
    const parsed = JSON.parse(body) as unknown;
    const list = Array.isArray(parsed) ? parsed : parsed && typeof parsed === 'object' ? [parsed] : [];
    return list
      .filter((e): e is Record<string, unknown> => !!e && typeof e === 'object')
      .map((e) => ({
        message: typeof e.message === 'string' ? e.message : typeof e.error_description === 'string' ? e.error_description : '',
        errorCode: typeof e.errorCode === 'string' ? e.errorCode : typeof e.error === 'string' ? e.error : '',
        fields: Array.isArray(e.fields) ? e.fields.filter((f): f is string => typeof f === 'string') : [],
      }))
      .filter((e) => e.message || e.errorCode);
  } catch {
    return [];
  }
}

const excerpt = (body: string) => {
  const t = body.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 120)}…` : t;
};

function hintOf(status: number, errors: SfError[]): string | undefined {
  const codes = new Set(errors.map((e) => e.errorCode));
  if (codes.has('INVALID_FIELD')) {
    const fields = [...new Set(errors.flatMap((e) => e.fields.length ? e.fields : [...e.message.matchAll(/No such column '([^']+)'/g)].map((m) => m[1]!)))];
    return `A field the plugin reads${fields.length ? ` (${fields.join(', ')})` : ''} is not visible to the connected user: give its profile or permission set read access to it (field-level security), or use a newer api.apiVersion.`;
  }
  if (codes.has('MALFORMED_QUERY')) return 'Salesforce could not parse the query: check api.apiVersion and api.startDate; if they are right, report this as a bug of the salesforce plugin.';
  if (codes.has('INVALID_TYPE')) return 'The connected user cannot read this object: give its profile read access to Leads and Opportunities.';
  if (codes.has('API_DISABLED_FOR_ORG') || codes.has('API_CURRENTLY_DISABLED')) return 'The REST API is not enabled for this org or user ("API Enabled" permission).';
  if (status === 404) return 'Check api.instanceUrl (your org’s My Domain URL) and api.apiVersion.';
  if (status >= 500) return 'Salesforce had trouble answering (retried with backoff); pull again later — the next pull resumes where this one stopped.';
  return undefined;
}

export function createClient(ctx: ClientContext, deps: ClientDeps = {}): Client {
  const api = ctx.options.api!;
  const sleep = deps.sleep ?? realSleep;
  const maxAttempts = deps.maxAttempts ?? 5;
  let accessToken = api.accessToken;
  let instanceUrl = api.instanceUrl.replace(/\/+$/, '');
  let lastUsage: Usage | undefined;
  let refreshCount = 0;
  /** Once auth or the daily limit failed for good, every later request fails the same way. */
  let fatal: CadenceError | undefined;
  const scrub = (text: string) => redactSecrets(text, [api.accessToken, accessToken, api.refreshToken, api.clientSecret]);

  const retryOpts = (what: string) => ({
    maxAttempts,
    timeoutMs: deps.timeoutMs ?? 60_000,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    maxElapsedMs: 10 * 60_000,
    sleep,
    random: deps.random,
    now: () => ctx.clock.now().getTime(),
    onRetry: (info: { attempt: number; delayMs: number; reason: string }) =>
      ctx.log.warn(`Salesforce ${what}: ${info.reason}; retrying in ${(info.delayMs / 1000).toFixed(1)} s (attempt ${info.attempt + 1} of ${maxAttempts})`),
  });

  async function refresh(about: string): Promise<void> {
    refreshCount++;
    ctx.log.info('Salesforce: the access token expired; refreshing it with the refresh token');
    const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: api.clientId, client_secret: api.clientSecret, refresh_token: api.refreshToken });
    let response: Response;
    try {
      response = await fetchWithRetry(ctx.fetch, api.tokenUrl, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, signal: ctx.signal }, retryOpts('token refresh'));
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      throw new CadenceError('CADENCE_FETCH_FAILED', `Salesforce: refreshing the access token failed (${scrub((e as Error).message)}) while ${about}.`, { hint: 'Check api.tokenUrl and the network, then pull again.' });
    }
    const body = scrub(await response.text());
    let parsed: { access_token?: unknown; instance_url?: unknown } | undefined;
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      parsed = undefined;
    }
    if (!response.ok || typeof parsed?.access_token !== 'string' || !parsed.access_token) {
      const said = sfErrors(body).map((e) => [e.errorCode, e.message].filter(Boolean).join(': ')).join('; ') || excerpt(body);
      throw (fatal = new CadenceError('CADENCE_FETCH_FAILED', `Salesforce: the access token expired and refreshing it failed (HTTP ${response.status}${said ? `: ${said}` : ''}) while ${about}.`, {
        hint: 'Re-authorize the connected app (log in again through its OAuth flow) and put the new refresh token in the environment variable api.refreshToken names (SF_REFRESH_TOKEN by convention); also check api.clientId, api.clientSecret and api.tokenUrl.',
        details: { status: response.status, reauthorize: true },
      }));
    }
    accessToken = parsed.access_token;
    if (typeof parsed.instance_url === 'string' && /^https?:\/\//.test(parsed.instance_url)) instanceUrl = parsed.instance_url.replace(/\/+$/, '');
  }

  /** GET `pathAndQuery` (under the instance), with one refresh on INVALID_SESSION_ID. */
  async function getJson(pathAndQuery: string, about: string): Promise<unknown> {
    // A copy: the host tags each stream error with its stream.
    if (fatal) throw new CadenceError(fatal.code, fatal.detail, { hint: fatal.hint, details: fatal.details });
    for (let attempt = 1; ; attempt++) {
      const url = `${instanceUrl}${pathAndQuery}`;
      const response = await fetchWithRetry(ctx.fetch, url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, signal: ctx.signal }, retryOpts(about));
      const usage = parseLimitInfo(response.headers.get('sforce-limit-info'));
      if (usage) lastUsage = usage;
      const body = scrub(await response.text());
      if (response.ok) {
        try {
          return JSON.parse(body) as unknown;
        } catch {
          throw new CadenceError('CADENCE_FETCH_FAILED', `Salesforce answered HTTP ${response.status} while ${about} with a body that is not valid JSON (${body.length} bytes, starting "${excerpt(body).slice(0, 60)}").`, {
            hint: 'The answer was cut off or came from something other than the REST API (a proxy, a login or maintenance page): check api.instanceUrl and pull again later.',
            details: { status: response.status },
          });
        }
      }
      const errors = sfErrors(body);
      const codes = errors.map((e) => e.errorCode);
      if (response.status === 401) {
        if (attempt === 1 && (codes.includes('INVALID_SESSION_ID') || codes.length === 0)) {
          await refresh(about);
          continue;
        }
        throw (fatal = new CadenceError('CADENCE_FETCH_FAILED', `Salesforce refused the session (HTTP 401${codes.length ? ` ${codes.join(', ')}` : ''}) even with a freshly refreshed access token, while ${about}.`, {
          hint: 'Re-authorize the connected app (log in again through its OAuth flow), put the new tokens in the environment variables api.accessToken and api.refreshToken name, and check that the user may use the API.',
          details: { status: 401, reauthorize: true },
        }));
      }
      if (response.status === 403 && codes.includes('REQUEST_LIMIT_EXCEEDED')) {
        const used = usage ?? lastUsage;
        throw (fatal = new CadenceError('CADENCE_FETCH_FAILED', `Salesforce's daily API request limit is spent${used ? ` (${describeUsage(used)})` : ''}: it refused ${about} with REQUEST_LIMIT_EXCEEDED.`, {
          hint: 'The limit is shared by every integration of the org and counts the last 24 hours: pull again later (the next pull resumes where this one stopped), or ask the Salesforce admin for more API requests.',
          details: { status: 403, ...(used ? { used: used.used, limit: used.limit } : {}) },
        }));
      }
      const said = errors.length ? errors.map((e) => `${e.errorCode ? `${e.errorCode}: ` : ''}${e.message}`).join('; ') : excerpt(body);
      throw new CadenceError('CADENCE_FETCH_FAILED', `Salesforce answered HTTP ${response.status} while ${about}${said ? `: ${said}` : ''}.`, {
        ...(hintOf(response.status, errors) ? { hint: hintOf(response.status, errors) } : {}),
        details: { status: response.status, errorCodes: codes, fields: errors.flatMap((e) => e.fields) },
      });
    }
  }

  const page = (body: unknown, about: string): QueryPage => {
    const p = body as Partial<QueryPage> | null;
    if (!p || typeof p !== 'object' || !Array.isArray(p.records)) {
      throw new CadenceError('CADENCE_FETCH_FAILED', `Salesforce's answer while ${about} is JSON but not a query result (no \`records\` list).`, { hint: 'Check api.instanceUrl: it must be your org’s instance (https://…my.salesforce.com).' });
    }
    return { records: p.records, done: p.done !== false, ...(typeof p.totalSize === 'number' ? { totalSize: p.totalSize } : {}), ...(typeof p.nextRecordsUrl === 'string' && p.nextRecordsUrl ? { nextRecordsUrl: p.nextRecordsUrl } : {}) };
  };

  const base = `/services/data/${api.apiVersion}`;
  return {
    async query(soql, opts = {}) {
      const about = opts.about ?? 'running a query';
      return page(await getJson(`${base}/${opts.all ? 'queryAll' : 'query'}?q=${encodeURIComponent(soql)}`, about), about);
    },
    async next(nextRecordsUrl, about = 'reading the next batch') {
      const path = nextRecordsUrl.startsWith('http') ? new URL(nextRecordsUrl).pathname + new URL(nextRecordsUrl).search : nextRecordsUrl;
      return page(await getJson(path, about), about);
    },
    get: (path, about = `GET ${path}`) => getJson(`${base}${path}`, about),
    usage: () => lastUsage,
    refreshes: () => refreshCount,
  };
}
