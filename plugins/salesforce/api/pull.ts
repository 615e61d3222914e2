/**
 * Pulls leads and opportunities with SOQL through `queryAll` (deleted records too, kept as
 * archived), ordered by SystemModstamp, from where the last pull stopped. After every batch the
 * stream's cursor (newest SystemModstamp seen) is checkpointed. The next pull asks for
 * `SystemModstamp >= cursor`: records sharing the cursor's instant are read again (and stored
 * once, by id), so a batch boundary falling between two records of the same instant loses none.
 */
import type { CheckResult, PullItem, SourceContext } from 'cadence/plugin';
import type { SalesforceOptions } from '../options.ts';
import { createClient, describeUsage, type Client, type ClientDeps } from './client.ts';
import { leadFields, leadRecord, opportunityFields, opportunityRecord, parseSfDate, type SfRecord } from './records.ts';

type Ctx = SourceContext<SalesforceOptions>;

export interface StreamSpec {
  stream: 'leads' | 'opportunities';
  object: 'Lead' | 'Opportunity';
  fields: string[];
  record: (r: SfRecord, social: string[]) => Record<string, unknown>;
}

export const apiStreams: StreamSpec[] = [
  { stream: 'leads', object: 'Lead', fields: leadFields, record: leadRecord },
  { stream: 'opportunities', object: 'Opportunity', fields: opportunityFields, record: opportunityRecord },
];

export interface ModstampCursor {
  systemModstamp: string;
}

export function readCursor(saved: unknown): ModstampCursor | undefined {
  const at = (saved as { systemModstamp?: unknown } | undefined)?.systemModstamp;
  return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? { systemModstamp: at } : undefined;
}

/** SOQL datetime literal (unquoted, UTC). */
const soqlDate = (iso: string) => new Date(iso).toISOString();

/** Where a stream's next pull starts, or undefined for everything. */
function sinceOf(ctx: Ctx, stream: string): string | undefined {
  const cursor = readCursor(ctx.cursor(stream));
  if (cursor) return cursor.systemModstamp;
  const start = ctx.options.api!.startDate;
  return start ? `${start}T00:00:00.000Z` : undefined;
}

export function soqlOf(spec: StreamSpec, since: string | undefined): string {
  return `SELECT ${spec.fields.join(', ')} FROM ${spec.object}${since ? ` WHERE SystemModstamp >= ${soqlDate(since)}` : ''} ORDER BY SystemModstamp ASC, Id ASC`;
}

async function* pullStream(ctx: Ctx, client: Client, spec: StreamSpec): AsyncGenerator<PullItem> {
  const api = ctx.options.api!;
  const since = sinceOf(ctx, spec.stream);
  const about = `querying ${spec.object} records`;
  ctx.log.info(`${spec.stream}: ${spec.object} records modified ${since ? `since ${since}` : 'at any time (first pull)'}`);
  let page = await client.query(soqlOf(spec, since), { all: true, about });
  let done = 0;
  let batch = 1;
  let newest = since ? Date.parse(since) : undefined;
  for (;;) {
    for (const r of page.records) {
      const data = spec.record(r, api.socialLeadSources);
      const stamp = parseSfDate(r.SystemModstamp);
      if (stamp && (newest === undefined || stamp.getTime() > newest)) newest = stamp.getTime();
      yield { type: 'record', stream: spec.stream, data, place: { key: typeof r.Id === 'string' ? r.Id : `${spec.object} batch ${batch}` } };
    }
    done += page.records.length;
    if (newest !== undefined) yield { type: 'checkpoint', stream: spec.stream, cursor: { systemModstamp: new Date(newest).toISOString() } };
    yield { type: 'progress', stream: spec.stream, done, unit: 'rows', ...(page.totalSize !== undefined ? { total: page.totalSize } : {}) };
    if (page.done || !page.nextRecordsUrl) break;
    ctx.signal.throwIfAborted();
    batch++;
    page = await client.next(page.nextRecordsUrl, `${about} (batch ${batch})`);
  }
  ctx.log.info(`${spec.stream}: ${done.toLocaleString('en')} ${spec.object} record${done === 1 ? '' : 's'} read`);
}

export async function* pullApi(ctx: Ctx, deps: ClientDeps = {}): AsyncGenerator<PullItem> {
  const client = createClient(ctx, deps);
  for (const spec of apiStreams) {
    try {
      yield* pullStream(ctx, client, spec);
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      yield { type: 'error', stream: spec.stream, error: e instanceof Error ? e : new Error(String(e)) };
    }
  }
  const usage = client.usage();
  if (usage) ctx.log.info(`Salesforce API usage: ${describeUsage(usage)}`);
}

export function nextPullOf(ctx: Ctx, stream: string): string {
  const cursor = readCursor(ctx.cursor(stream));
  if (cursor) return `records modified since ${cursor.systemModstamp}`;
  const start = ctx.options.api!.startDate;
  return start ? `records modified since ${start} (first pull)` : 'every record (first pull)';
}

/** `cadence check`: one cheap query proves the token (refreshing it if needed) and shows API usage. */
export async function checkApi(ctx: Ctx, deps: ClientDeps = {}): Promise<CheckResult> {
  const client = createClient(ctx, { maxAttempts: 2, ...deps });
  const page = await client.query('SELECT Id FROM Lead LIMIT 1', { about: 'checking the connection' });
  const usage = client.usage();
  const api = ctx.options.api!;
  return {
    ok: true,
    message: `connected to ${new URL(api.instanceUrl).host} (API ${api.apiVersion})${client.refreshes() ? ', access token refreshed' : ''}; ${page.totalSize !== undefined ? 'leads readable' : 'query works'}${usage ? `; ${describeUsage(usage)}` : ''}`,
    streams: Object.fromEntries(apiStreams.map((s) => [s.stream, nextPullOf(ctx, s.stream)])),
  };
}
