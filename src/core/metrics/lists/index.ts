/**
 * The lists of a report (advocates, detractors, top content, top mentions, product and content
 * gaps, prospect topics, offer interest) for many periods at once. Like the KPI engine, each
 * list is one SQL query over every period asked for: the periods become temporary tables
 * (`createPeriodTables`), rows meet them by local day, and a per-period `row_number()` keeps the
 * top rows. The three lists read from mentions (advocates, detractors, top mentions) share one
 * query (mention-lists.ts), run once per call on first use: it reads the mentions' narrow columns
 * once and their text only for the rows shown. A list whose entity holds no rows, or no rows
 * reaching into a period, is unavailable there with the reason (`coverageGap`); inside the
 * covered range an empty list is a real "nothing this period". A list may say its own coverage
 * (`gap`: offer interest needs offers or leads), read the previous periods too
 * (`shared.periods`: prospect topics), or be unavailable in every period (nothing names an offer).
 */
import { carried, type Reason } from '../../i18n/reason.ts';
import type { Period } from '../../periods/period.ts';
import type { EntityName } from '../../schema/entities.ts';
import { createPeriodTables, sqlContext } from '../compute.ts';
import { coverageGap, fieldGap } from '../coverage.ts';
import type { KpiDefinition, KpiValue, MetricsConfig, MetricsReader, UnavailableCode } from '../kpi.ts';
import { gapLists } from './gaps.ts';
import { mentionLists, type MentionLists } from './mention-lists.ts';
import { offerInterest, offerInterestGap } from './offers.ts';
import { prospectTopics } from './prospects.ts';
import { topContent } from './top-content.ts';
import { trafficChannels } from './traffic-channels.ts';
import { listContext, type ListSqlContext } from './rows.ts';
import { DEFAULT_LIST_LIMIT, type ListResult, type ReportLists } from './types.ts';

export * from './types.ts';
export { MIN_AUTHOR_MENTIONS } from './authors.ts';

export interface ComputeListsOptions {
  /** Rows kept per list and period (default 10). */
  limit?: number;
}

type ListName = keyof ReportLists;

/** What the lists of one `computeLists` call share: the periods, and the mention-lists query, run on first use. */
interface Shared {
  periods: readonly Period[];
  mentions(): Promise<MentionLists>;
}

/** Why a list is unavailable in every period. */
type Unavailable = { available: false; code: UnavailableCode; reason: string; why?: Reason };

type Run = (reader: MetricsReader, ctx: ListSqlContext, limit: number, shared: Shared) => Promise<Map<string, unknown[]> | Unavailable>;

/** Each list: the entity it reads (or its own coverage test) and its query over every period of `ctx`. */
const lists: { [K in ListName]: { entity: EntityName; gap?: (manifest: MetricsReader['manifest'], period: Period) => KpiValue | null; fields?: KpiDefinition['fields']; run: Run } } = {
  // Without authors or sentiments nobody can be an advocate: unavailable, not "nobody".
  advocates: { entity: 'mentions', fields: { mentions: ['sentiment', 'author_handle|author_name'] }, run: async (_r, _c, _n, shared) => (await shared.mentions()).positive },
  detractors: { entity: 'mentions', fields: { mentions: ['sentiment', 'author_handle|author_name'] }, run: async (_r, _c, _n, shared) => (await shared.mentions()).negative },
  topContent: { entity: 'posts', run: topContent },
  topMentions: { entity: 'mentions', run: async (_r, _c, _n, shared) => (await shared.mentions()).top },
  productGaps: { entity: 'care_cases', run: (r, c, n) => gapLists(r, c, 'product', n) },
  contentGaps: { entity: 'care_cases', run: (r, c, n) => gapLists(r, c, 'content', n) },
  prospectTopics: { entity: 'care_cases', run: (r, c, n, shared) => prospectTopics(r, c, shared.periods, n) },
  offerInterest: { entity: 'offers', gap: offerInterestGap, run: (r, c, n) => offerInterest(r, c, n) },
  trafficChannels: { entity: 'web_sessions', run: (r, c, _n, shared) => trafficChannels(r, c, shared.periods) },
};

const listNames = Object.keys(lists) as ListName[];

/** The lists of every period (by period id). One query per list, whatever the number of periods. */
export async function computeLists(
  reader: MetricsReader,
  config: MetricsConfig,
  periods: readonly Period[],
  options: ComputeListsOptions = {},
): Promise<Map<string, ReportLists>> {
  const limit = options.limit ?? DEFAULT_LIST_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`computeLists: limit must be a whole number of at least 1, found ${limit}`);
  const unique = [...new Map(periods.map((p) => [p.id, p])).values()];
  const out = new Map<string, ReportLists>();
  if (unique.length === 0) return out;

  const results = new Map<ListName, Map<string, ListResult<unknown>>>();
  const tables = await createPeriodTables(reader, unique);
  try {
    const ctx = listContext(sqlContext(reader.dialect, config, tables), tables);
    let mentions: Promise<MentionLists> | undefined;
    const shared: Shared = { periods: unique, mentions: () => (mentions ??= mentionLists(reader, ctx, limit)) };
    for (const name of listNames) {
      const { entity, gap: gapOf, fields, run } = lists[name];
      const byPeriod = new Map<string, ListResult<unknown>>();
      results.set(name, byPeriod);
      const pending: string[] = [];
      for (const p of unique) {
        const gap = gapOf ? gapOf(reader.manifest, p) : (coverageGap(reader.manifest, [entity], p) ?? fieldGap(reader.manifest, { fields }, p));
        if (gap && !gap.available) byPeriod.set(p.id, { available: false, code: gap.code, ...carried(gap) });
        else pending.push(p.id);
      }
      if (pending.length === 0) continue;
      const rows = await run(reader, ctx, limit, shared);
      for (const id of pending) byPeriod.set(id, rows instanceof Map ? { available: true, rows: rows.get(id) ?? [] } : rows);
    }
  } finally {
    await tables.drop();
  }
  for (const p of unique) {
    out.set(p.id, Object.fromEntries(listNames.map((name) => [name, results.get(name)!.get(p.id)!])) as unknown as ReportLists);
  }
  return out;
}
