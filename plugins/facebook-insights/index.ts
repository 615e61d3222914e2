/**
 * The facebook-insights source: reads Facebook's legacy Page Insights "Post data" CSV export (one
 * row per post, lifetime metrics) into posts. The row of metric descriptions under the header is
 * skipped, the metrics Facebook writes twice under one name are told apart by it, and `Posted`
 * is read in Pacific time (mapping.ts). The file itself is the host's delimited-file engine's.
 */
import { checkDelimitedFiles, defineSource, readDelimitedFiles, type CheckResult, type DelimitedFileSpec, type FieldMapping, type PullItem, type SourceContext } from 'cadence/plugin';
import { isDescriptionRow, mappingFor } from './mapping.ts';
import { facebookInsightsOptions, type FacebookInsightsOptions } from './options.ts';

/** "id ← "Post ID", platform ← facebook, …": where each field comes from, for `check`. */
function describeMapping(m: Record<string, FieldMapping>): string {
  const from = (f: FieldMapping): string => {
    if (typeof f === 'string') return `"${f}"`;
    if ('column' in f) return `"${f.column}"${f.pattern ? ' (pattern)' : ''}`;
    if ('value' in f) return String(f.value);
    if ('template' in f) return `"${f.template}"`;
    if ('sum' in f) return f.sum.map((c) => `"${c}"`).join(' + ');
    if ('hash' in f) return `hash of ${f.hash.join(', ')}`;
    return `match of ${f.match.join(', ')}`;
  };
  return Object.entries(m)
    .map(([field, f]) => `${field} ← ${from(f)}`)
    .join(', ');
}

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
