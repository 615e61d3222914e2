/**
 * Pulls each query's mentions, oldest first, from where the last pull stopped to now.
 *
 * Paging: the first page is asked by `page`; whenever an answer carries `nextCursor`, the next
 * page is asked with it (page/pageSize stops at 10,000 results). Should the API give no cursor,
 * pages go on by number while they stay within the 10,000, and then a new date window starts at
 * the newest mention seen. After every page the cursor (newest mention date per query) is
 * checkpointed, so an interrupted pull resumes at the last committed page.
 */
import { CadenceError, trackedPatterns, type PullItem, type SourceContext } from 'cadence/plugin';
import type { BrandwatchOptions } from '../options.ts';
import { createClient, type ClientDeps } from './client.ts';
import { apiDate, readCursor, startOf, type MentionsCursor } from './cursor.ts';
import { failsEveryQuery, unexpectedShape } from './errors.ts';
import { mentionId, mentionRecord, type ApiMention } from './mention.ts';

export const stream = 'mentions';

/** page × pageSize may not pass this; the cursor goes further. */
export const pageLimit = 10_000;

interface MentionsPage {
  results: ApiMention[];
  resultsTotal?: number;
  nextCursor?: string;
}

function readPage(body: unknown, request: string, projectId: string, queryId: number): MentionsPage {
  const page = body as Partial<MentionsPage> | null;
  if (!page || typeof page !== 'object' || !Array.isArray(page.results)) {
    throw unexpectedShape('it has no `results` list', { request, projectId, queryId });
  }
  return {
    results: page.results,
    ...(typeof page.resultsTotal === 'number' ? { resultsTotal: page.resultsTotal } : {}),
    ...(typeof page.nextCursor === 'string' && page.nextCursor !== '' ? { nextCursor: page.nextCursor } : {}),
  };
}

export async function* pullApi(ctx: SourceContext<BrandwatchOptions>, deps: ClientDeps = {}): AsyncGenerator<PullItem> {
  const api = ctx.options.api!;
  const client = createClient(ctx, deps);
  const patterns = trackedPatterns(ctx.tracked);
  const cursor: MentionsCursor = readCursor(ctx.cursor(stream));
  const end = ctx.clock.now();
  const path = `/projects/${api.projectId}/data/mentions`;
  let pulled = 0;

  for (const queryId of api.queryIds) {
    let windowStart = startOf(cursor, queryId, api.startDate);
    ctx.log.info(`query ${queryId}: mentions from ${apiDate(windowStart)} to ${apiDate(end)}`);
    let page = 0;
    let next: string | undefined;
    let inWindow = 0;
    let newest: Date | undefined;
    try {
      for (;;) {
        ctx.signal.throwIfAborted();
        const params: Record<string, string> = {
          queryId: String(queryId),
          startDate: apiDate(windowStart),
          endDate: apiDate(end),
          pageSize: String(api.pageSize),
          orderBy: 'date',
          orderDirection: 'asc',
          ...(next ? { cursor: next } : { page: String(page) }),
        };
        const body = readPage(await client.get(path, params, { queryId }), `GET ${path}`, String(api.projectId), queryId);
        for (const m of body.results) {
          const data = mentionRecord(m, patterns);
          const at = data.published_at as Date | null;
          if (at && (!newest || at > newest)) newest = at;
          yield { type: 'record', stream, data, place: { key: mentionId(m) ?? `query ${queryId} page ${page}` } };
        }
        pulled += body.results.length;
        inWindow += body.results.length;
        if (newest) {
          cursor.queries[String(queryId)] = newest.toISOString();
          yield { type: 'checkpoint', stream, cursor: { queries: { ...cursor.queries } } };
        }
        yield { type: 'progress', stream, done: pulled, unit: 'rows', ...(body.resultsTotal !== undefined && api.queryIds.length === 1 ? { total: body.resultsTotal } : {}) };
        if (body.results.length === 0) break;
        if (body.resultsTotal !== undefined && inWindow >= body.resultsTotal) break;
        if (body.nextCursor) {
          next = body.nextCursor;
          continue;
        }
        if (body.results.length < api.pageSize) break;
        if ((page + 2) * api.pageSize <= pageLimit) {
          page++;
          continue;
        }
        // No cursor and the page limit is reached: start a new window at the newest mention seen.
        const from = newest ?? windowStart;
        if (from.getTime() <= windowStart.getTime()) {
          throw new CadenceError('CADENCE_FETCH_FAILED', `query ${queryId} has more than ${pageLimit.toLocaleString('en')} mentions at ${apiDate(from)} and Brandwatch gave no cursor to page past them.`, {
            hint: 'Use a smaller api.pageSize, or split the query in Brandwatch.',
          });
        }
        ctx.log.info(`query ${queryId}: ${pageLimit.toLocaleString('en')} results paged without a cursor; continuing from ${apiDate(from)}`);
        windowStart = from;
        page = 0;
        inWindow = 0;
      }
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      const status = (e as CadenceError).details?.status as number | undefined;
      const error = e instanceof Error ? e : new Error(String(e));
      yield { type: 'error', stream, error };
      if (status !== undefined && failsEveryQuery(status)) return;
      continue;
    }
    ctx.log.info(`query ${queryId}: done`);
  }
}

/** For `cadence check`: where each query's next pull starts. */
export function nextPullOf(ctx: SourceContext<BrandwatchOptions>): string {
  const api = ctx.options.api!;
  const cursor = readCursor(ctx.cursor(stream));
  return api.queryIds
    .map((q) => {
      const saved = cursor.queries[String(q)];
      return `query ${q}: ${saved ? `mentions since ${apiDate(startOf(cursor, q, api.startDate))} (cursor ${saved})` : `every mention since ${api.startDate} (first pull)`}`;
    })
    .join('; ');
}
