/**
 * API mode: the project Search API, `GET /api/v1/search/p/{projectId}/results`, read oldest first
 * (`sort_by=published&sort_order=asc`) in windows that start at the last publication time seen:
 * `q = (query) AND published:>{from − 1} AND published:<{pull start}`. Moving the window instead
 * of the offset keeps every request under Talkwalker's 10,000-result offset cap, and results
 * indexed while we page cannot shift later pages.
 *
 * The cursor is `{ published, seen }`: the newest publication time (epoch ms) pulled, and the URLs
 * already pulled at exactly that millisecond (the next window starts there, so they come back and
 * are skipped). A checkpoint follows every page.
 */
import { trackedPatterns, type PullItem, type SourceContext } from 'cadence/plugin';
import { mentionOf, publishedOf } from '../mention-fields.ts';
import type { TalkwalkerOptions } from '../options.ts';
import { createClient, TalkwalkerError, type ClientDeps, type TalkwalkerClient } from './client.ts';
import { documentsOf, flatten, totalOf } from './document.ts';
import { startInstant } from './start-date.ts';

export const stream = 'mentions';
/** Talkwalker refuses offset + hpp beyond this. */
const offsetCap = 10_000;

export interface ApiCursor {
  /** Publication time (epoch ms) of the newest mention pulled. */
  published: number;
  /** URLs of the mentions pulled that were published at exactly `published`. */
  seen: string[];
}

export function readCursor(value: unknown): ApiCursor | undefined {
  const c = value as Partial<ApiCursor> | undefined;
  if (!c || typeof c !== 'object' || typeof c.published !== 'number') return undefined;
  return { published: c.published, seen: Array.isArray(c.seen) ? c.seen.filter((s): s is string => typeof s === 'string') : [] };
}

/** Where the next pull starts: the cursor, else `startDate`. */
export function startOf(ctx: SourceContext<TalkwalkerOptions>): ApiCursor {
  const saved = readCursor(ctx.cursor(stream));
  if (saved) return saved;
  return { published: startInstant(ctx.options.api!.startDate, ctx.options.timezone ?? ctx.timezone), seen: [] };
}

export function resultsPath(projectId: string): string {
  return `api/v1/search/p/${encodeURIComponent(projectId)}/results`;
}

export async function* pullApi(ctx: SourceContext<TalkwalkerOptions>, deps: ClientDeps): AsyncGenerator<PullItem> {
  const api = ctx.options.api!;
  const client = createClient(ctx, deps);
  const tracked = trackedPatterns(ctx.tracked);
  const until = ctx.clock.now().getTime();
  const start = startOf(ctx);
  let from = start.published;
  let seen = new Set(start.seen);
  let offset = 0;
  let pages = 0;
  let rows = 0;
  const queryName = api.topic ? [api.topic].flat().join(',') : (api.query ?? null);
  ctx.log.info(`Talkwalker project ${api.projectId}: mentions published from ${new Date(from).toISOString()} to ${new Date(until).toISOString()}`);

  for (;;) {
    let docs: Record<string, unknown>[];
    let total: number | undefined;
    try {
      const envelope = await search(client, ctx, from, until, offset);
      const found = documentsOf(envelope);
      if (!found) {
        throw new TalkwalkerError('CADENCE_FETCH_FAILED', `GET ${resultsPath(api.projectId)} answered JSON without result_content.data.`, {
          hint: 'The response is not the documented search result; check api.baseUrl points at the Talkwalker API.',
        });
      }
      docs = found;
      total = totalOf(envelope);
    } catch (e) {
      if (ctx.signal.aborted || !(e instanceof TalkwalkerError)) throw e;
      // What was pulled up to the last checkpoint is kept; the next pull resumes there.
      yield { type: 'error', stream, error: e };
      return;
    }
    pages++;
    let fresh = 0;
    for (const doc of docs) {
      const row = flatten(doc);
      const url = row.url === undefined || row.url === null ? '' : String(row.url);
      const published = publishedOf(row.published)?.getTime();
      if (published !== undefined && published === from && seen.has(url)) continue;
      const data = mentionOf(row, tracked);
      if (data.query === null) data.query = queryName;
      yield { type: 'record', stream, data, place: { key: url || `page ${pages}` } };
      fresh++;
      rows++;
      if (published === undefined) continue;
      if (published > from) {
        from = published;
        seen = new Set();
      }
      if (published === from) seen.add(url);
    }
    yield { type: 'progress', stream, done: pages, unit: 'pages' };
    yield { type: 'checkpoint', stream, cursor: { published: from, seen: [...seen].sort() } satisfies ApiCursor };

    const more = docs.length >= api.pageSize || (total !== undefined && docs.length > 0 && total > offset + docs.length);
    if (!more) break;
    // A page published within one millisecond: the next window starts at that millisecond, past the ones seen.
    const previous = offset;
    offset = docs.every((d) => publishedOf(flatten(d).published)?.getTime() === from) ? seen.size : 0;
    if (fresh === 0 && offset <= previous) {
      yield { type: 'error', stream, error: new TalkwalkerError('CADENCE_FETCH_FAILED', `GET ${resultsPath(api.projectId)} returned page ${pages} again: no new mentions after ${new Date(from).toISOString()}.`, { hint: 'Talkwalker did not move past this point; pull again later.' }) };
      return;
    }
    if (offset + api.pageSize > offsetCap) {
      yield { type: 'error', stream, error: new TalkwalkerError('CADENCE_FETCH_FAILED', `More than ${offsetCap.toLocaleString('en')} mentions were published at ${new Date(from).toISOString()} (the same millisecond); Talkwalker cannot page past that many.`, { hint: 'Narrow api.query or api.topic.' }) };
      return;
    }
  }
  ctx.log.info(`Talkwalker project ${api.projectId}: ${rows.toLocaleString('en')} mention(s) in ${pages} page(s)`);
}

function search(client: TalkwalkerClient, ctx: SourceContext<TalkwalkerOptions>, from: number, until: number, offset: number) {
  const api = ctx.options.api!;
  const window = `published:>${from - 1} AND published:<${until}`;
  return client.get(resultsPath(api.projectId), {
    q: api.query ? `(${api.query}) AND ${window}` : window,
    topic: api.topic,
    sort_by: 'published',
    sort_order: 'asc',
    offset: String(offset),
    hpp: String(api.pageSize),
    hl: 'false',
  });
}
