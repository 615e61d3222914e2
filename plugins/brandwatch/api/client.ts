/**
 * GET requests to the Brandwatch API: paced to 30 per rolling 10 minutes (every attempt counts,
 * retries included), retried on 429, 5xx, timeouts and dropped connections with backoff and
 * jitter, and turned into CadenceErrors when they fail for good. The token travels in the
 * Authorization header only, and is scrubbed from anything the server says back.
 */
import { createRateLimiter, fetchWithRetry, redactSecrets, sleep as realSleep, type Clock, type Logger } from 'cadence/plugin';
import type { ApiOptions } from '../options.ts';
import { httpError, notJson, type RequestSubject } from './errors.ts';

/** Brandwatch's documented limit: 30 requests in any 10 minutes. */
export const rateLimit = { max: 30, windowMs: 10 * 60_000 };

/** Things tests replace: waiting (with a fake clock), randomness of the jitter, the timeout. */
export interface ClientDeps {
  /** Waits `ms`; must reject when the signal aborts. Default: a real timer. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Uniform [0, 1) for backoff jitter (default Math.random). */
  random?: () => number;
  /** Per-attempt wait for the response headers, in ms (default 60 000). */
  timeoutMs?: number;
  /** Most attempts per request (default 6). */
  maxAttempts?: number;
}

export interface ClientContext {
  options: { api?: ApiOptions };
  signal: AbortSignal;
  log: Logger;
  fetch: typeof fetch;
  clock: Clock;
}

export interface Client {
  /** GET `path` with `params`; resolves to the parsed JSON of a 2xx answer, else throws. */
  get(path: string, params: Record<string, string>, subject?: { queryId?: number }): Promise<unknown>;
}

const seconds = (ms: number) => (ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms < 120_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 60_000).toFixed(1)} min`);

export function createClient(ctx: ClientContext, deps: ClientDeps = {}): Client {
  const api = ctx.options.api!;
  const sleep = deps.sleep ?? realSleep;
  const maxAttempts = deps.maxAttempts ?? 6;
  const scrub = (text: string) => redactSecrets(text, [api.token]);
  const limiter = createRateLimiter({
    ...rateLimit,
    clock: ctx.clock,
    sleep,
    onWait: (ms) => ctx.log.info(`waiting ${seconds(ms)} before the next request: Brandwatch allows ${rateLimit.max} requests per 10 minutes`),
  });

  /** The server says its window is full (429): count our window as full too, so we wait for it. */
  const observe: typeof fetch = async (input, init) => {
    const response = await ctx.fetch(input, init);
    if (response.status === 429) {
      const used = response.headers.get('x-rate-limit-used');
      const limit = response.headers.get('x-rate-limit');
      ctx.log.warn(`Brandwatch's rate limit is reached${used || limit ? ` (${used ?? '?'} of ${limit ?? '?'} requests used)` : ''}; waiting for the 10-minute window to free up`);
      while (limiter.inWindow() < rateLimit.max) await limiter.acquire(ctx.signal);
    }
    return response;
  };
  /** Backoff, then a place in the pacing window: each retry is paced like a first attempt. */
  const pacedSleep = async (ms: number, signal?: AbortSignal) => {
    await sleep(ms, signal);
    await limiter.acquire(signal);
  };

  const base = api.baseUrl.replace(/\/+$/, '');
  return {
    async get(path, params, subject = {}) {
      const url = new URL(`${base}${path}`);
      for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
      const about: RequestSubject = { request: `GET ${path}`, projectId: String(api.projectId), ...(subject.queryId !== undefined ? { queryId: subject.queryId } : {}) };
      let attempts = 1;
      await limiter.acquire(ctx.signal);
      const response = await fetchWithRetry(
        observe,
        url,
        { headers: { authorization: `Bearer ${api.token}`, accept: 'application/json' }, signal: ctx.signal },
        {
          maxAttempts,
          // Pacing waits happen inside the retry loop, so the bound allows for a full window.
          maxElapsedMs: 25 * 60_000,
          timeoutMs: deps.timeoutMs ?? 60_000,
          baseDelayMs: 1000,
          maxDelayMs: 60_000,
          sleep: pacedSleep,
          random: deps.random,
          now: () => ctx.clock.now().getTime(),
          onRetry: (info) => {
            attempts = info.attempt + 1;
            ctx.log.warn(`${about.request}${subject.queryId !== undefined ? ` (query ${subject.queryId})` : ''}: ${info.reason}; retrying in ${seconds(info.delayMs)} (attempt ${info.attempt + 1} of ${maxAttempts})`);
          },
        },
      );
      const body = scrub(await response.text());
      if (!response.ok) throw httpError(response.status, body, about, attempts);
      try {
        return JSON.parse(body) as unknown;
      } catch {
        throw notJson(response.status, body, about);
      }
    },
  };
}
