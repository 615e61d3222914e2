/**
 * `fetchWithRetry`: one HTTP request, retried on transient failures.
 *
 * Retried: network errors (connection refused or reset, socket closed, DNS "try again"), attempts
 * that time out, HTTP 408, 429 and 5xx (except 501 and 505). Everything else — 2xx/3xx, and the
 * permanent 400, 401, 403, 404, 422 … — is returned at once. Waits grow exponentially with full
 * jitter (a random wait between 0 and base·2^n, capped), or follow the server's `Retry-After`
 * (seconds or an HTTP date). Retrying stops after `maxAttempts` attempts or when the next wait would
 * pass `maxElapsedMs`: a retryable HTTP status is then returned as the last response (the caller
 * decides how to fail); a network error is thrown as CADENCE_FETCH_FAILED.
 *
 * `timeoutMs` bounds each attempt's wait for the response headers; the body is then read under the
 * caller's signal only, so a large download is not cut off. The caller's `init.signal` stops
 * everything at once (the abort reason is thrown). Request bodies must be replayable (string,
 * bytes, URLSearchParams, FormData, Blob); a ReadableStream body is sent once, without retries.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { CadenceError } from '../core/errors.ts';

export interface RetryInfo {
  /** The attempt that failed (1-based). */
  attempt: number;
  /** Milliseconds waited before the next attempt. */
  delayMs: number;
  /** What went wrong, for a log line: "HTTP 503", "ECONNRESET", "timed out after 30 s". */
  reason: string;
  status?: number;
  error?: unknown;
}

export interface RetryOptions {
  /** Most attempts in all, the first included (default 5). */
  maxAttempts?: number;
  /** No retry starts after this many milliseconds since the first attempt (default 120 000). */
  maxElapsedMs?: number;
  /** Per-attempt limit on the wait for the response headers, in ms (default 30 000; 0 = none). */
  timeoutMs?: number;
  /** First backoff ceiling in ms; doubled each retry (default 500). */
  baseDelayMs?: number;
  /** Largest backoff ceiling in ms (default 30 000). A longer `Retry-After` is still honoured. */
  maxDelayMs?: number;
  /** Waits; tests inject a fake. Must reject when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Uniform random number in [0, 1); tests inject a fixed one. */
  random?: () => number;
  /** Milliseconds since the epoch, for elapsed time and HTTP-date `Retry-After` (default Date.now). */
  now?: () => number;
  /** Called before each wait; log it. */
  onRetry?: (info: RetryInfo) => void;
}

const defaults = { maxAttempts: 5, maxElapsedMs: 120_000, timeoutMs: 30_000, baseDelayMs: 500, maxDelayMs: 30_000 };

/** Statuses worth another try. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599 && status !== 501 && status !== 505);
}

const transientCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

function errorCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** Network errors worth another try (fetch wraps them in TypeError "fetch failed"). */
export function isTransientError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError') return true;
  const code = errorCode(error);
  if (code) return transientCodes.has(code);
  return name === 'TypeError' && (error as Error).message === 'fetch failed';
}

/**
 * Milliseconds a `Retry-After` header asks to wait (delta-seconds or an HTTP date), or undefined
 * when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function describeError(error: unknown, timeoutMs: number): string {
  if ((error as { name?: string })?.name === 'TimeoutError') return `timed out after ${formatSeconds(timeoutMs)}`;
  const code = errorCode(error);
  if (code) return code;
  return error instanceof Error ? error.message : String(error);
}

function formatSeconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}

/** The URL without query and fragment: query strings often carry keys. */
function safeUrl(input: RequestInfo | URL): string {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    const url = new URL(raw);
    return `${url.origin}${url.pathname}`;
  } catch {
    return raw.split(/[?#]/)[0]!;
  }
}

/** Waits `ms`; rejects when `signal` aborts. The one sleep plugins and the host use (tests inject their own). */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> => delay(ms, undefined, { signal });

function throwIfAborted(signal: AbortSignal | null | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** One attempt: the caller's signal plus a timeout that only covers the wait for headers. */
async function attempt(fetchImpl: typeof fetch, input: RequestInfo | URL, init: RequestInit, timeoutMs: number): Promise<Response> {
  const controller = new AbortController();
  const timeout = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  const onTimeout = () => controller.abort(timeout!.reason);
  timeout?.addEventListener('abort', onTimeout, { once: true });
  const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
  try {
    const request = input instanceof Request ? input.clone() : input;
    return await fetchImpl(request, { ...init, signal });
  } catch (error) {
    // fetch rejects with the abort reason; make sure a timeout reads as one.
    if (timeout?.aborted && !init.signal?.aborted) throw timeout.reason;
    throw error;
  } finally {
    timeout?.removeEventListener('abort', onTimeout);
  }
}

/** Calls `fetchImpl`, retrying transient failures (see the module comment). */
export async function fetchWithRetry(
  fetchImpl: typeof fetch,
  input: RequestInfo | URL,
  init: RequestInit = {},
  opts: RetryOptions = {},
): Promise<Response> {
  const o = { ...defaults, ...opts };
  const pause = opts.sleep ?? sleep;
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const replayable = !(init.body instanceof ReadableStream);
  const maxAttempts = replayable ? Math.max(1, o.maxAttempts) : 1;
  const started = now();

  for (let n = 1; ; n++) {
    throwIfAborted(init.signal);
    let response: Response | undefined;
    let failure: unknown;
    try {
      response = await attempt(fetchImpl, input, init, o.timeoutMs);
    } catch (error) {
      throwIfAborted(init.signal);
      if (!isTransientError(error)) throw error;
      failure = error;
    }
    if (response && !isRetryableStatus(response.status)) return response;

    const backoff = random() * Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (n - 1));
    const retryAfter = response ? parseRetryAfter(response.headers.get('retry-after'), now()) : undefined;
    const wait = Math.round(retryAfter ?? backoff);
    const elapsed = now() - started;
    const giveUp = n >= maxAttempts || elapsed + wait > o.maxElapsedMs;
    const reason = response ? `HTTP ${response.status}` : describeError(failure, o.timeoutMs);

    if (giveUp) {
      if (response) return response;
      throw new CadenceError(
        'CADENCE_FETCH_FAILED',
        `${(init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()} ${safeUrl(input)} failed after ${n} attempt${n === 1 ? '' : 's'} in ${formatSeconds(elapsed)}: ${reason}`,
        { cause: failure, details: { attempts: n, elapsedMs: elapsed, reason } },
      );
    }
    opts.onRetry?.({ attempt: n, delayMs: wait, reason, status: response?.status, error: failure });
    // Free the connection of a response we will not read.
    await response?.body?.cancel().catch(() => {});
    try {
      await pause(wait, init.signal ?? undefined);
    } catch (error) {
      throwIfAborted(init.signal);
      throw error;
    }
  }
}
