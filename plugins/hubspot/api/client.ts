/**
 * Requests to the HubSpot CRM v3 API: paced by HubSpot's own rate-limit headers (when
 * `X-HubSpot-RateLimit-Remaining` reaches 0, the next request waits out
 * `X-HubSpot-RateLimit-Interval-Milliseconds`), retried on 429 SECONDLY, 5xx, timeouts and
 * dropped connections with backoff and jitter, and stopped at once by a 429 DAILY (the daily quota
 * only resets at midnight in the account's time zone). The token travels in the Authorization
 * header only and is scrubbed from anything the server says back.
 */
import { CadenceError, fetchWithRetry, redactSecrets, sleep as realSleep, type Clock, type Logger } from 'cadence/plugin';
import type { ApiOptions } from '../options.ts';

export interface ClientDeps {
  /** Waits `ms`; must reject when the signal aborts. Default: a real timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Uniform [0, 1) for backoff jitter (default Math.random). */
  random?: () => number;
  /** Per-attempt wait for the response headers, in ms (default 30 000). */
  timeoutMs?: number;
  /** Most attempts per request (default 6). */
  maxAttempts?: number;
  /** Results one search query may reach (HubSpot: 10,000); tests make it small. */
  searchCap?: number;
}

export interface ClientContext {
  options: { api?: ApiOptions };
  signal: AbortSignal;
  log: Logger;
  fetch: typeof fetch;
  clock: Clock;
}

export interface Client {
  /** GET or POST `path`; resolves to the parsed JSON of a 2xx answer, else throws a CadenceError. */
  request(method: 'GET' | 'POST', path: string, params?: Record<string, string>, body?: unknown): Promise<unknown>;
}

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

const statusText: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

function messageOf(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; category?: unknown };
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    // not JSON
  }
  const text = body.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, 200) : undefined;
}

function hintFor(status: number): string {
  if (status === 401) return 'The access token is missing, wrong or expired: check the environment variable api.token names (HUBSPOT_TOKEN by convention) and set it to a valid private app token.';
  if (status === 403) return 'The token works but lacks a scope: give the private app crm.objects.contacts.read, crm.objects.deals.read and crm.objects.companies.read.';
  if (status === 429) return 'HubSpot’s per-second limit was still hit after several retries (it is shared by every app of the account): pull again in a minute; the next pull resumes where this one stopped.';
  if (status >= 500) return 'HubSpot had trouble answering (retried with backoff); try again later — the next pull resumes where this one stopped.';
  return 'Read HubSpot’s message above.';
}

export function createClient(ctx: ClientContext, deps: ClientDeps = {}): Client {
  const api = ctx.options.api!;
  const sleep = deps.sleep ?? realSleep;
  const maxAttempts = deps.maxAttempts ?? 6;
  const scrub = (text: string) => redactSecrets(text, [api.token]);
  const base = api.baseUrl.replace(/\/+$/, '');
  /** Instant (ms) before which no request may start: set when the window's quota is used up. */
  let pausedUntil = 0;

  const pace = async (signal?: AbortSignal) => {
    const wait = pausedUntil - ctx.clock.now().getTime();
    if (wait > 0) {
      ctx.log.info(`waiting ${seconds(wait)}: HubSpot's rate-limit window is used up (X-HubSpot-RateLimit-Remaining: 0)`);
      await sleep(wait, signal);
    }
  };

  /** Reads the rate-limit headers; a 429 DAILY stops here (fetchWithRetry does not retry it). */
  const observe: typeof fetch = async (input, init) => {
    const response = await ctx.fetch(input, init);
    const remaining = response.headers.get('x-hubspot-ratelimit-remaining');
    const interval = Number(response.headers.get('x-hubspot-ratelimit-interval-milliseconds') ?? 10_000) || 10_000;
    if (remaining !== null && Number(remaining) <= 0) pausedUntil = ctx.clock.now().getTime() + interval;
    if (response.status === 429) {
      const text = scrub(await response.clone().text());
      let policy: string | undefined;
      try {
        policy = (JSON.parse(text) as { policyName?: string }).policyName;
      } catch {
        // not JSON: treat as a per-second limit
      }
      if (policy === 'DAILY') {
        await response.body?.cancel().catch(() => {});
        const daily = response.headers.get('x-hubspot-ratelimit-daily');
        const left = response.headers.get('x-hubspot-ratelimit-daily-remaining');
        throw new CadenceError(
          'CADENCE_FETCH_FAILED',
          `HubSpot's daily API quota is used up (429 RATE_LIMIT, policy DAILY; X-HubSpot-RateLimit-Daily: ${daily ?? '?'}, X-HubSpot-RateLimit-Daily-Remaining: ${left ?? '?'}). It resets at the next midnight in the HubSpot account's time zone.`,
          {
            hint: 'Pull again after the next midnight (HubSpot account time zone); the next pull resumes where this one stopped. The quota is shared by every private app of the account.',
            details: { status: 429, policy: 'DAILY', daily, dailyRemaining: left },
          },
        );
      }
      pausedUntil = Math.max(pausedUntil, ctx.clock.now().getTime() + Math.min(interval, 1000));
      ctx.log.warn(`HubSpot's ${policy ?? 'per-second'} rate limit is reached; backing off`);
    }
    return response;
  };

  const pacedSleep = async (ms: number, signal?: AbortSignal) => {
    await sleep(ms, signal);
    await pace(signal);
  };

  return {
    async request(method, path, params = {}, body) {
      const url = new URL(`${base}${path}`);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      const about = `${method} ${path}`;
      let attempts = 1;
      await pace(ctx.signal);
      const headers: Record<string, string> = { authorization: `Bearer ${api.token}`, accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = 'application/json';
      let response: Response;
      try {
        response = await fetchWithRetry(
          observe,
          url,
          { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: ctx.signal },
          {
            maxAttempts,
            maxElapsedMs: 5 * 60_000,
            timeoutMs: deps.timeoutMs ?? 30_000,
            baseDelayMs: 1000,
            maxDelayMs: 30_000,
            sleep: pacedSleep,
            random: deps.random,
            now: () => ctx.clock.now().getTime(),
            onRetry: (info) => {
              attempts = info.attempt + 1;
              ctx.log.warn(`${about}: ${info.reason}; retrying in ${seconds(info.delayMs)} (attempt ${info.attempt + 1} of ${maxAttempts})`);
            },
          },
        );
      } catch (e) {
        if (e instanceof CadenceError) throw new CadenceError(e.code, scrub(e.detail), { hint: e.hint, details: e.details });
        throw e;
      }
      const text = scrub(await response.text());
      if (!response.ok) {
        const said = messageOf(text);
        const tried = attempts > 1 ? ` (after ${attempts} attempts)` : '';
        throw new CadenceError('CADENCE_FETCH_FAILED', `HubSpot answered HTTP ${response.status} ${statusText[response.status] ?? ''}`.trimEnd() + `${tried} to ${about}${said ? `: ${said}` : ''}.`, {
          hint: hintFor(response.status),
          details: { status: response.status },
        });
      }
      try {
        return JSON.parse(text) as unknown;
      } catch {
        const excerpt = text.replace(/\s+/g, ' ').trim().slice(0, 80);
        throw new CadenceError('CADENCE_FETCH_FAILED', `HubSpot answered HTTP ${response.status} to ${about} with a body that is not valid JSON (${text.length} bytes${excerpt ? `, starting "${excerpt}"` : ''}).`, {
          hint: 'The answer was cut off or came from something other than the API (a proxy, a maintenance page): check api.baseUrl and pull again later.',
          details: { status: response.status },
        });
      }
    },
  };
}
