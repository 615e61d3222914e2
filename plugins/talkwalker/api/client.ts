/**
 * Requests to the Talkwalker API. Talkwalker takes the access token as the `access_token` QUERY
 * parameter, so every URL that leaves this module is shown without its query (origin + path), and
 * any text from a response is stripped of the token before it reaches a message.
 *
 * Failures, by what they are:
 * - transient (network, timeouts, 408, 429, 5xx): retried by `fetchWithRetry` with backoff and
 *   Retry-After; still failing afterwards → `TalkwalkerError` with `transient: true`;
 * - Talkwalker's call limit (HTTP 401 with status_code "8" — Talkwalker's rate limit is a 401, not
 *   a 429): wait out the minute (or Retry-After) and ask again;
 * - a 200 whose body is not the JSON envelope (a cut response): asked again with backoff;
 * - permanent (401 token, 401 no credits, 403 project, 404, 400 query): `TalkwalkerError` at once,
 *   with the HTTP status, Talkwalker's status_code and what to check.
 */
import { CadenceError, createRateLimiter, fetchWithRetry, redactSecrets, sleep as realSleep, type RateLimiter, type SourceContext } from 'cadence/plugin';
import type { TalkwalkerOptions } from '../options.ts';

/** Seams for tests: waits, randomness, timeouts. */
export interface ClientDeps {
  /** Waits (backoff, rate limits); must reject when the signal aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Per-attempt limit on the wait for response headers (default 30 s). */
  timeoutMs?: number;
  /** Attempts per request, the first included (default 5). */
  maxAttempts?: number;
}

/** Talkwalker's response envelope (every endpoint, success or not). */
export interface Envelope {
  status_code?: string;
  status_message?: string;
  [key: string]: unknown;
}

/** A request that failed; `transient` when retrying later may help. */
export class TalkwalkerError extends CadenceError {
  transient = false;
}


/** Talkwalker's per-endpoint window is a minute; when it answers "call limit" without Retry-After, wait that. */
const callLimitWaitMs = 60_000;

export interface TalkwalkerClient {
  /** GET `path` with these query parameters (the token is added here) → the envelope. */
  get(path: string, params: Record<string, string | string[] | undefined>): Promise<Envelope>;
  /** Removes the token from a text. */
  redact(text: string): string;
}

export function createClient(ctx: SourceContext<TalkwalkerOptions>, deps: ClientDeps = {}): TalkwalkerClient {
  const api = ctx.options.api!;
  const sleep = deps.sleep ?? realSleep;
  const maxAttempts = deps.maxAttempts ?? 5;
  const limiter: RateLimiter = createRateLimiter({
    max: api.requestsPerMinute,
    windowMs: 60_000,
    clock: ctx.clock,
    sleep,
    onWait: (ms) => ctx.log.info(`waiting ${seconds(ms)} to stay within ${api.requestsPerMinute} Talkwalker requests per minute`),
  });
  const redact = (text: string) => redactSecrets(text, [api.token]);

  async function get(path: string, params: Record<string, string | string[] | undefined>): Promise<Envelope> {
    const url = new URL(path, api.baseUrl.endsWith('/') ? api.baseUrl : `${api.baseUrl}/`);
    for (const [k, v] of Object.entries(params)) for (const item of v === undefined ? [] : Array.isArray(v) ? v : [v]) url.searchParams.append(k, item);
    url.searchParams.set('access_token', api.token);
    const shown = `GET ${url.origin}${url.pathname}`;
    let lastProblem = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      await limiter.acquire(ctx.signal);
      let res: Response;
      try {
        res = await fetchWithRetry(ctx.fetch, url, { headers: { accept: 'application/json' }, signal: ctx.signal }, {
          maxAttempts,
          ...(deps.timeoutMs !== undefined ? { timeoutMs: deps.timeoutMs } : {}),
          sleep,
          ...(deps.random ? { random: deps.random } : {}),
          now: () => ctx.clock.now().getTime(),
          onRetry: (r) => ctx.log.warn(`${shown}: ${r.reason}; retrying in ${seconds(r.delayMs)} (attempt ${r.attempt + 1} of ${maxAttempts})`),
        });
      } catch (e) {
        if (ctx.signal.aborted) throw e;
        // fetchWithRetry names the URL without its query; still, nothing from here keeps the cause.
        const detail = e instanceof CadenceError ? e.detail : e instanceof Error ? e.message : String(e);
        throw transient(redact(detail), { url: `${url.origin}${url.pathname}` });
      }
      const text = await res.text();
      const envelope = parseEnvelope(text);
      const code = envelope?.status_code;
      if (res.ok && envelope && (code === undefined || code === '0')) return envelope;

      const status = res.status;
      const details = { status, ...(code !== undefined ? { talkwalkerStatus: code } : {}), url: `${url.origin}${url.pathname}` };
      const said = envelope ? talkwalkerSays(envelope, redact) : '';
      if (code === '8') {
        // Talkwalker's call limit: a 401 that means "slow down", not "wrong token".
        const wait = retryAfterMs(res.headers.get('retry-after')) ?? callLimitWaitMs;
        lastProblem = `HTTP ${status}${said}`;
        if (attempt === maxAttempts) break;
        ctx.log.warn(`${shown}: Talkwalker's call limit is reached${said}; waiting ${seconds(wait)}`);
        await sleep(wait, ctx.signal);
        continue;
      }
      if (res.ok && !envelope) {
        lastProblem = `a body that is not JSON (${JSON.stringify(redact(text.slice(0, 60)))}${text.length > 60 ? '…' : ''})`;
      } else if (status >= 500 || status === 429 || status === 408 || code === '1' || code === '2') {
        // fetchWithRetry already retried a 429/5xx; a 200 carrying an internal error is retried here.
        if (status !== 200) throw transient(`${shown} still answered HTTP ${status}${said} after ${maxAttempts} attempts.`, details);
        lastProblem = `HTTP ${status}${said}`;
      } else {
        throw permanent(shown, status, code, said, envelope, details, ctx, redact);
      }
      if (attempt === maxAttempts) break;
      const wait = Math.round((deps.random ?? Math.random)() * Math.min(30_000, 500 * 2 ** (attempt - 1)));
      ctx.log.warn(`${shown}: answered ${lastProblem}; retrying in ${seconds(wait)} (attempt ${attempt + 1} of ${maxAttempts})`);
      await sleep(wait, ctx.signal);
    }
    throw transient(`${shown} answered ${lastProblem} ${maxAttempts} times in a row.`, { url: `${url.origin}${url.pathname}` });
  }

  return { get, redact };
}

function parseEnvelope(text: string): Envelope | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Envelope) : undefined;
  } catch {
    return undefined;
  }
}

/** " (Talkwalker status 7: Invalid access token)", without the token. Never the envelope's `request`, which echoes it. */
function talkwalkerSays(e: Envelope, redact: (t: string) => string): string {
  if (e.status_code === undefined && e.status_message === undefined) return '';
  const message = typeof e.status_message === 'string' ? `: ${redact(e.status_message).slice(0, 200)}` : '';
  return ` (Talkwalker status ${String(e.status_code ?? '?')}${message})`;
}

function transient(detail: string, details: Record<string, unknown>): TalkwalkerError {
  const err = new TalkwalkerError('CADENCE_FETCH_FAILED', detail, {
    hint: 'Talkwalker is unreachable or overloaded. What was pulled so far is kept; pull again later to resume from there.',
    details: { ...details, transient: true },
  });
  err.transient = true;
  return err;
}

function permanent(
  shown: string,
  status: number,
  code: string | undefined,
  said: string,
  envelope: Envelope | undefined,
  details: Record<string, unknown>,
  ctx: SourceContext<TalkwalkerOptions>,
  redact: (t: string) => string,
): TalkwalkerError {
  const api = ctx.options.api!;
  const option = (name: string) => `sources.${ctx.source}.options.api.${name}`;
  // Talkwalker's own code says more than the HTTP status (and comes with a 200 at times).
  const known = ['3', '4', '5', '7', '9', '10', '11', '12', '13', '26', '28', '29'];
  const is = (codes: string[], statuses: number[]) => (code !== undefined && codes.includes(code)) || (!known.includes(code ?? '') && statuses.includes(status));
  let hint: string;
  if (is(['9'], [])) {
    hint = 'The Talkwalker account has no credits left; they are renewed monthly (GET /api/v1/status/credits shows the balance). Pull again after the renewal, or ask Talkwalker for more.';
  } else if (is(['7'], [401])) {
    hint = `The access token is missing, wrong, expired or inactive. Check that the variable ${option('token')} names (e.g. TALKWALKER_TOKEN) holds a current Talkwalker token.`;
  } else if (is(['13'], [])) {
    hint = 'The token lacks the access rights for project searches. Ask Talkwalker for a token with read rights on the project.';
  } else if (is(['10', '11', '12', '29'], [403])) {
    hint = `The token may not read project "${api.projectId}". Check ${option('projectId')} and that the token's API application is linked to that project (GET /api/v1/search/info lists the projects of a token).`;
  } else if (is(['26', '28'], [404])) {
    hint = `No such project or endpoint. Check ${option('projectId')} ("${api.projectId}") and ${option('baseUrl')} ("${api.baseUrl}").`;
  } else if (is(['4'], [])) {
    const d = typeof envelope?.details === 'string' ? ` Talkwalker says: ${redact(envelope.details).slice(0, 200)}` : '';
    hint = `Talkwalker could not parse the query. Check ${option('query')} against Talkwalker's query syntax.${d}`;
  } else if (is(['3', '5'], [400])) {
    const p = typeof envelope?.param === 'string' ? ` (${redact(envelope.param)})` : '';
    hint = `Talkwalker refused a parameter${p}. Check ${option('query')}, ${option('topic')} and ${option('pageSize')}.`;
  } else {
    hint = `Check ${option('baseUrl')}, ${option('projectId')} and the token; rerun with --verbose for the full log.`;
  }
  return new TalkwalkerError('CADENCE_FETCH_FAILED', `${shown} answered HTTP ${status}${said}.`, { hint, details });
}

function retryAfterMs(value: string | null): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  return undefined;
}

function seconds(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${Number((ms / 1000).toFixed(ms < 10_000 ? 1 : 0))} s`;
}
