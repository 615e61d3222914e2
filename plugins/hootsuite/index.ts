/**
 * The hootsuite source: reads Hootsuite exports — posts (one row per post) and profile metrics
 * (one row per profile and day) — into posts and account snapshots. Hootsuite publishes no column
 * layout, so columns are matched by header name against a built-in dictionary (dictionary.ts),
 * with overrides in the options for what it does not know; `check` tells which column each field
 * comes from. The files themselves are the host's delimited-file engine's.
 */
import { checkDelimitedFiles, defineSource, readDelimitedFiles, type CheckResult, type DelimitedFileSpec, type PullItem, type SourceContext, type StreamDefinition } from 'cadence/plugin';
import { describe, resolveHeader, type Report, type Resolution } from './mapping.ts';
import { hootsuiteOptions, type HootsuiteOptions, type HootsuiteReportOptions } from './options.ts';

const reports = [
  { key: 'posts', stream: 'posts', entity: 'posts', description: 'Hootsuite posts export' },
  { key: 'profiles', stream: 'account_snapshots', entity: 'account_snapshots', description: 'Hootsuite profile metrics export' },
] as const;

function configured(o: HootsuiteOptions) {
  return reports.flatMap((r) => (o[r.key] ? [{ ...r, options: o[r.key] as HootsuiteReportOptions }] : []));
}

/** The engine's spec; `seen` receives the resolution made for each file's header. */
function specOf(o: HootsuiteOptions, r: ReturnType<typeof configured>[number], seen?: (res: Resolution) => void): DelimitedFileSpec {
  const f = r.options;
  const timezone = f.timezone ?? o.timezone;
  return {
    file: f.file,
    entity: r.entity,
    stream: r.stream,
    columns: (header) => {
      const resolution = resolveHeader(r.key as Report, header, f.columns);
      seen?.(resolution);
      return resolution.columns;
    },
    encoding: f.encoding,
    decimal: f.decimal,
    ...(f.delimiter !== undefined ? { delimiter: f.delimiter } : {}),
    ...(f.headerRow !== undefined ? { headerRow: f.headerRow } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
  };
}

async function check(ctx: SourceContext<HootsuiteOptions>): Promise<CheckResult> {
  const messages: string[] = [];
  const streams: Record<string, string> = {};
  for (const r of configured(ctx.options)) {
    const found: string[] = [];
    const result = await checkDelimitedFiles(
      ctx,
      specOf(ctx.options, r, (res) => found.push(`${describe(res.from)}${res.unused.length ? `; not read: ${res.unused.join(', ')}` : ''}`)),
    );
    messages.push(`${r.key}: ${result.message} — ${[...new Set(found)].join(' | ')}`);
    Object.assign(streams, result.streams);
  }
  return { ok: true, message: messages.join('\n'), streams };
}

async function* pull(ctx: SourceContext<HootsuiteOptions>): AsyncGenerator<PullItem> {
  for (const r of configured(ctx.options)) yield* readDelimitedFiles(ctx, specOf(ctx.options, r));
}

export default defineSource({
  name: 'hootsuite',
  description: 'Reads Hootsuite post and profile metric exports into posts and account_snapshots, mapping columns by header name.',
  options: hootsuiteOptions,
  streams: (o) =>
    Object.fromEntries(configured(o).map((r): [string, StreamDefinition] => [r.stream, { entity: r.entity, description: `${r.description} ${r.options.file}` }])),
  check,
  pull,
});
