/**
 * The twitter-analytics source: reads the exports of analytics.twitter.com — "Tweets" (one row per
 * tweet: impressions, engagements, retweets, replies, likes, url clicks, …) into posts, and "By
 * day" (one row per day) into account snapshots. The layout is X's, known column by column
 * (mapping.ts); the files themselves are the host's delimited-file engine's.
 */
import { checkDelimitedFiles, describeMapping, defineSource, readDelimitedFiles, type CheckResult, type DelimitedFileSpec, type FieldMapping, type PullItem, type SourceContext, type StreamDefinition } from 'cadence/plugin';
import { mappingFor, type Report } from './mapping.ts';
import { twitterAnalyticsOptions, type TwitterAnalyticsOptions, type TwitterReportOptions } from './options.ts';

const reports = [
  { key: 'tweets', stream: 'posts', entity: 'posts', description: 'X/Twitter analytics Tweets export' },
  { key: 'daily', stream: 'account_snapshots', entity: 'account_snapshots', description: 'X/Twitter analytics By day export' },
] as const;

function configured(o: TwitterAnalyticsOptions) {
  return reports.flatMap((r) => (o[r.key] ? [{ ...r, options: o[r.key] as TwitterReportOptions }] : []));
}

/** The engine's spec; `seen` receives the mapping made for each file. */
function specOf(o: TwitterAnalyticsOptions, r: ReturnType<typeof configured>[number], seen?: (m: Record<string, FieldMapping>) => void): DelimitedFileSpec {
  const f = r.options;
  return {
    file: f.file,
    entity: r.entity,
    stream: r.stream,
    columns: (header, file) => {
      const m = mappingFor(r.key as Report, header, file, { account: o.account, columns: f.columns });
      seen?.(m);
      return m;
    },
    encoding: f.encoding,
    decimal: f.decimal,
    ...(f.delimiter !== undefined ? { delimiter: f.delimiter } : {}),
    ...(f.headerRow !== undefined ? { headerRow: f.headerRow } : {}),
    ...(f.timezone !== undefined ? { timezone: f.timezone } : {}),
  };
}

async function check(ctx: SourceContext<TwitterAnalyticsOptions>): Promise<CheckResult> {
  const messages: string[] = [];
  const streams: Record<string, string> = {};
  for (const r of configured(ctx.options)) {
    const found: string[] = [];
    const result = await checkDelimitedFiles(ctx, specOf(ctx.options, r, (m) => found.push(describeMapping(m))));
    messages.push(`${r.key}: ${result.message} — ${[...new Set(found)].join(' | ')}`);
    Object.assign(streams, result.streams);
  }
  return { ok: true, message: messages.join('\n'), streams };
}

async function* pull(ctx: SourceContext<TwitterAnalyticsOptions>): AsyncGenerator<PullItem> {
  for (const r of configured(ctx.options)) yield* readDelimitedFiles(ctx, specOf(ctx.options, r));
}

export default defineSource({
  name: 'twitter-analytics',
  description: 'Reads the analytics.twitter.com Tweets export into posts and its By day export into account_snapshots.',
  options: twitterAnalyticsOptions,
  streams: (o) =>
    Object.fromEntries(configured(o).map((r): [string, StreamDefinition] => [r.stream, { entity: r.entity, description: `${r.description} ${r.options.file}` }])),
  check,
  pull,
});
