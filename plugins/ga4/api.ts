/**
 * The GA4 Data API: `POST {baseUrl}/v1beta/properties/{propertyId}:runReport`, one report of
 * sessions per day × channel group × source × medium × campaign × landing page × country × device,
 * paged with offset + limit until `rowCount` rows are read.
 *
 * Incremental by date: the cursor is the last complete day pulled (yesterday in the property's time
 * zone). A pull asks from the day before the cursor (the last two days again: GA keeps processing
 * data for a while) through yesterday; rows of the same day and dimensions get the same id, so the
 * re-pulled rows replace the earlier ones. Rows come ordered by date, so after each page every day
 * before the last row's day is complete and is checkpointed: an interrupted pull resumes there.
 *
 * Errors: 429 and 5xx are retried with backoff (fetchWithRetry); 400, 401, 403, 404 (and a 429 or
 * 5xx that outlasts the retries) end the stream with an error naming the property, Google's status
 * and what to check. The token is only ever sent in the Authorization header.
 */
import { createHash } from 'node:crypto';
import { CadenceError, fetchWithRetry, redactSecrets, type CheckResult, type PullItem, type SourceContext } from 'cadence/plugin';
import { channelMap, socialMap } from './channels.ts';
import type { Ga4ApiOptions, Ga4Options } from './options.ts';

export const STREAM = 'web_sessions';

/** Things tests replace: waiting, jitter and the per-request timeout. */
export interface ApiDeps {
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** Per-attempt wait for response headers, ms (default 60 000). */
  timeoutMs?: number;
  maxAttempts?: number;
}

export const dimensions = ['date', 'sessionDefaultChannelGroup', 'sessionSource', 'sessionMedium', 'sessionCampaignName', 'landingPage', 'country', 'deviceCategory'] as const;
export const metrics = ['sessions', 'engagedSessions', 'totalUsers', 'screenPageViews', 'keyEvents', 'bounceRate', 'averageSessionDuration'] as const;

interface ReportResponse {
  dimensionHeaders?: { name: string }[];
  metricHeaders?: { name: string; type?: string }[];
  rows?: { dimensionValues?: { value?: string }[]; metricValues?: { value?: string }[] }[];
  rowCount?: number;
}

const day = 86_400_000;
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * day).toISOString().slice(0, 10);

/** Today's date in `timeZone`, YYYY-MM-DD. */
function today(now: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The days the next pull asks for, or undefined when there is nothing complete to fetch. */
export function window(ctx: SourceContext<Ga4Options>): { startDate: string; endDate: string } | undefined {
  const api = ctx.options.api!;
  const endDate = addDays(today(ctx.clock.now(), ctx.options.timezone ?? ctx.timezone), -1);
  const cursor = ctx.cursor(STREAM) as { through?: string } | undefined;
  let startDate = api.startDate;
  if (typeof cursor?.through === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cursor.through)) {
    const again = addDays(cursor.through, -1);
    if (again > startDate) startDate = again;
  }
  return startDate <= endDate ? { startDate, endDate } : undefined;
}

const path = (api: Ga4ApiOptions) => `/v1beta/properties/${api.propertyId}:runReport`;

function hintFor(status: number, api: Ga4ApiOptions): string {
  if (status === 401) return 'The access token is missing, wrong or expired (they last an hour): check the environment variable api.token names (GA4_TOKEN by convention) and set it to a fresh OAuth token with the analytics.readonly scope.';
  if (status === 403) return `The token works but may not read property ${api.propertyId}: check that its Google account has at least Viewer access to the property, that api.propertyId is the numeric property id, and that the Google Analytics Data API is enabled in the token's Cloud project.`;
  if (status === 404) return `Check api.propertyId (${api.propertyId}): it must be the numeric GA4 property id (Admin → Property details), not a G-… measurement id.`;
  if (status === 400) return 'Google refused the report request: check api.startDate (YYYY-MM-DD, not before 2015-08-14) and that the property is a GA4 property.';
  if (status === 429) return 'The property’s API quota is used up for now: wait (hourly quotas refill within the hour) and pull again — the next pull resumes from the last complete day.';
  if (status >= 500) return 'Google had trouble answering (retried with backoff); try again later — the next pull resumes from the last complete day.';
  return 'Read Google’s message above.';
}

/** Google's `{ error: { code, message, status } }` as a CadenceError (never with the token). */
export function httpError(status: number, body: string, api: Ga4ApiOptions): CadenceError {
  let googleStatus = '';
  let message = '';
  try {
    const e = (JSON.parse(body) as { error?: { status?: unknown; message?: unknown } }).error;
    if (typeof e?.status === 'string') googleStatus = e.status;
    if (typeof e?.message === 'string') message = e.message;
  } catch {
    message = body.replace(/\s+/g, ' ').trim().slice(0, 200);
  }
  message = redactSecrets(message, [api.token]);
  return new CadenceError(
    'CADENCE_FETCH_FAILED',
    `GA4 Data API answered HTTP ${status}${googleStatus ? ` ${googleStatus}` : ''} to runReport for property ${api.propertyId}${message ? `: ${message}` : ''}.`,
    { hint: hintFor(status, api), details: { status, googleStatus, propertyId: String(api.propertyId) } },
  );
}

/** One runReport request; throws CadenceErrors (HTTP errors, bodies that are not a report). */
export async function runReport(ctx: SourceContext<Ga4Options>, deps: ApiDeps, body: Record<string, unknown>): Promise<ReportResponse> {
  const api = ctx.options.api!;
  const response = await fetchWithRetry(
    ctx.fetch,
    `${api.baseUrl.replace(/\/+$/, '')}${path(api)}`,
    { method: 'POST', headers: { authorization: `Bearer ${api.token}`, 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify(body), signal: ctx.signal },
    {
      maxAttempts: deps.maxAttempts ?? 6,
      timeoutMs: deps.timeoutMs ?? 60_000,
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      sleep: deps.sleep,
      random: deps.random,
      onRetry: (i) => ctx.log.warn(`GA4 property ${api.propertyId}: ${i.reason}; retrying in ${Math.round(i.delayMs / 100) / 10} s (attempt ${i.attempt + 1}).`),
    },
  );
  const text = await response.text();
  if (!response.ok) throw httpError(response.status, text, api);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CadenceError('CADENCE_FETCH_FAILED', `GA4 Data API answered HTTP ${response.status} to runReport for property ${api.propertyId} with a body that is not valid JSON (${text.length} bytes).`, {
      hint: 'The answer was cut off or came from something other than the API (a proxy, a maintenance page): check api.baseUrl and pull again later.',
      details: { status: response.status, propertyId: String(api.propertyId) },
    });
  }
  if (!parsed || typeof parsed !== 'object' || ('rows' in parsed && !Array.isArray((parsed as ReportResponse).rows))) {
    throw new CadenceError('CADENCE_FETCH_FAILED', `GA4 Data API's answer for property ${api.propertyId} is JSON but not a runReport response.`, {
      hint: 'Check api.baseUrl (it must be the Data API root, https://analyticsdata.googleapis.com).',
      details: { propertyId: String(api.propertyId) },
    });
  }
  return parsed as ReportResponse;
}

const isoDate = (yyyymmdd: string) => (/^\d{8}$/.test(yyyymmdd) ? `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}` : yyyymmdd);
const blankToUndefined = (v: string | undefined) => (v === undefined || v === '' || v === '(not set)' ? undefined : v);
const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

/** A report row → a web_sessions record. */
export function toRecord(dims: Record<string, string | undefined>, mets: Record<string, string | undefined>): Record<string, unknown> {
  const group = dims.sessionDefaultChannelGroup ?? dims.sessionPrimaryChannelGroup ?? '';
  const key = group.toLowerCase();
  const date = isoDate(dims.date ?? '');
  const id = createHash('sha256')
    .update(dimensions.map((d) => (d === 'sessionDefaultChannelGroup' ? group : (dims[d] ?? ''))).join('\u001f'))
    .digest('hex')
    .slice(0, 32);
  const data: Record<string, unknown> = {
    id,
    date,
    channel: channelMap[key] ?? 'other',
    channel_original: blankToUndefined(group),
    source: blankToUndefined(dims.sessionSource),
    medium: blankToUndefined(dims.sessionMedium),
    campaign: blankToUndefined(dims.sessionCampaignName),
    landing_page: blankToUndefined(dims.landingPage),
    country: blankToUndefined(dims.country),
    device: blankToUndefined(dims.deviceCategory),
    sessions: num(mets.sessions),
    engaged_sessions: num(mets.engagedSessions),
    users: num(mets.totalUsers),
    pageviews: num(mets.screenPageViews),
    conversions: num(mets.keyEvents ?? mets.conversions),
    bounce_rate: num(mets.bounceRate),
    // The Data API has no time on page for sessions: averageSessionDuration is the nearest metric.
    avg_time_on_page: num(mets.averageSessionDuration),
    is_social: socialMap[key] ?? false,
  };
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

function requestBody(w: { startDate: string; endDate: string }, offset: number, limit: number) {
  return {
    dateRanges: [{ startDate: w.startDate, endDate: w.endDate }],
    dimensions: dimensions.map((name) => ({ name })),
    metrics: metrics.map((name) => ({ name })),
    orderBys: [{ dimension: { dimensionName: 'date' } }],
    offset,
    limit,
    keepEmptyRows: false,
  };
}

export async function* pullApi(ctx: SourceContext<Ga4Options>, deps: ApiDeps = {}): AsyncGenerator<PullItem> {
  const api = ctx.options.api!;
  const w = window(ctx);
  if (!w) {
    ctx.log.info(`GA4 property ${api.propertyId}: no complete day to pull yet.`);
    return;
  }
  ctx.log.info(`GA4 property ${api.propertyId}: pulling ${w.startDate} to ${w.endDate}.`);
  let offset = 0;
  let page = 0;
  let lastDay: string | undefined;
  try {
    for (;;) {
      ctx.signal.throwIfAborted();
      page++;
      const report = await runReport(ctx, deps, requestBody(w, offset, api.pageSize));
      const dimNames = (report.dimensionHeaders ?? dimensions.map((name) => ({ name }))).map((h) => h.name);
      const metNames = (report.metricHeaders ?? metrics.map((name) => ({ name }))).map((h) => h.name);
      const rows = report.rows ?? [];
      for (const [i, row] of rows.entries()) {
        const dims = Object.fromEntries(dimNames.map((n, j) => [n, row.dimensionValues?.[j]?.value]));
        const mets = Object.fromEntries(metNames.map((n, j) => [n, row.metricValues?.[j]?.value]));
        const data = toRecord(dims, mets);
        lastDay = data.date as string;
        yield { type: 'record', stream: STREAM, data, place: { key: `page ${page}, row ${offset + i + 1}` } };
      }
      offset += rows.length;
      const total = report.rowCount ?? 0;
      yield { type: 'progress', stream: STREAM, done: offset, total, unit: 'rows' };
      if (rows.length === 0 || offset >= total) break;
      // Rows are ordered by date: every day before the last row's day is complete.
      if (lastDay && /^\d{4}-\d{2}-\d{2}$/.test(lastDay) && lastDay > w.startDate) yield { type: 'checkpoint', stream: STREAM, cursor: { through: addDays(lastDay, -1) } };
    }
    yield { type: 'checkpoint', stream: STREAM, cursor: { through: w.endDate } };
  } catch (e) {
    if (e instanceof CadenceError) {
      yield { type: 'error', stream: STREAM, error: e };
      return;
    }
    throw e;
  }
}

export async function checkApi(ctx: SourceContext<Ga4Options>, deps: ApiDeps = {}): Promise<CheckResult> {
  const api = ctx.options.api!;
  const w = window(ctx);
  const probe = w ?? { startDate: api.startDate, endDate: api.startDate };
  try {
    const report = await runReport(ctx, { ...deps, maxAttempts: deps.maxAttempts ?? 2 }, { ...requestBody(probe, 0, 1), metrics: [{ name: 'sessions' }], dimensions: [{ name: 'date' }] });
    return {
      ok: true,
      message: `connected to GA4 property ${api.propertyId}: ${report.rowCount ?? 0} day${report.rowCount === 1 ? '' : 's'} with sessions from ${probe.startDate} to ${probe.endDate}`,
      streams: { [STREAM]: w ? `from ${w.startDate} to ${w.endDate}` : 'nothing yet (no complete day since the last pull)' },
    };
  } catch (e) {
    if (e instanceof CadenceError) return { ok: false, message: e.message };
    throw e;
  }
}
