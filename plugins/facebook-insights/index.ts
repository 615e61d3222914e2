/**
 * The facebook-insights source: reads Facebook's legacy Page Insights "Post data" CSV export (one
 * row per post, lifetime metrics) into posts. The row of metric descriptions under the header is
 * skipped, the metrics Facebook writes twice under one name are told apart by it, and `Posted`
 * is read in Pacific time (mapping.ts). The file itself is the host's delimited-file engine's.
 */
import { checkDelimitedFiles, describeMapping, defineSource, readDelimitedFiles, type CheckResult, type DelimitedFileSpec, type FieldMapping, type PullItem, type SourceContext } from 'cadence/plugin';
import { isDescriptionRow, mappingFor } from './mapping.ts';
import { facebookInsightsOptions, type FacebookInsightsOptions } from './options.ts';

/** The engine's spec; `seen` receives the mapping made for each file. */
function specOf(o: FacebookInsightsOptions, seen?: (m: Record<string, FieldMapping>) => void): DelimitedFileSpec {
  return {
    file: o.file,
    entity: 'posts',
    stream: 'posts',
    columns: (header, file) => {
      const m = mappingFor(header, file, { page: o.page, columns: o.columns });
      seen?.(m);
      return m;
    },
    skipAfterHeader: isDescriptionRow,
    encoding: o.encoding,
    decimal: o.decimal,
    timezone: o.timezone,
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
    ...(o.headerRow !== undefined ? { headerRow: o.headerRow } : {}),
  };
}

async function check(ctx: SourceContext<FacebookInsightsOptions>): Promise<CheckResult> {
  const found: string[] = [];
  const result = await checkDelimitedFiles(ctx, specOf(ctx.options, (m) => found.push(describeMapping(m))));
  return { ...result, message: `${result.message} — ${[...new Set(found)].join(' | ')}` };
}

async function* pull(ctx: SourceContext<FacebookInsightsOptions>): AsyncGenerator<PullItem> {
  yield* readDelimitedFiles(ctx, specOf(ctx.options));
}

export default defineSource({
  name: 'facebook-insights',
  description: 'Reads the legacy Facebook Page Insights "Post data" CSV export into posts (Pacific time, description row skipped).',
  options: facebookInsightsOptions,
  streams: (o) => ({ posts: { entity: 'posts', description: `Facebook Insights post export ${o.file}` } }),
  check,
  pull,
});
