/**
 * The sprout-social source: reads Sprout Social's Post Performance export into posts and its
 * Profile Performance export into account snapshots (either or both). Numbers with thousands
 * separators, dates in the Sprout time zone and everything else about the files are the host's
 * delimited-file engine's; the mappings are in mapping.ts.
 */
import { checkDelimitedFiles, defineSource, readDelimitedFiles, type CheckResult, type DelimitedFileSpec, type PullItem, type SourceContext, type StreamDefinition } from 'cadence/plugin';
import { headerHint, postsMapping, profilesMapping } from './mapping.ts';
import { sproutOptions, type SproutOptions, type SproutReportOptions } from './options.ts';

/** The reports, each with its stream and entity, in pull order. */
const reports = [
  { key: 'posts', stream: 'posts', entity: 'posts', mapping: postsMapping, description: 'Post Performance' },
  { key: 'profiles', stream: 'account_snapshots', entity: 'account_snapshots', mapping: profilesMapping, description: 'Profile Performance' },
] as const;

function configured(o: SproutOptions) {
  return reports.flatMap((r) => (o[r.key] ? [{ ...r, options: o[r.key] as SproutReportOptions }] : []));
}

function specOf(o: SproutOptions, r: ReturnType<typeof configured>[number]): DelimitedFileSpec {
  const f = r.options;
  const timezone = f.timezone ?? o.timezone;
  return {
    file: f.file,
    entity: r.entity,
    stream: r.stream,
    headerHint,
    columns: (header) => r.mapping(header, f.columns),
    encoding: f.encoding,
    decimal: f.decimal,
    ...(f.delimiter !== undefined ? { delimiter: f.delimiter } : {}),
    ...(f.headerRow !== undefined ? { headerRow: f.headerRow } : {}),
    ...(timezone !== undefined ? { timezone } : {}),
  };
}

async function check(ctx: SourceContext<SproutOptions>): Promise<CheckResult> {
  const messages: string[] = [];
  const streams: Record<string, string> = {};
  for (const r of configured(ctx.options)) {
    const result = await checkDelimitedFiles(ctx, specOf(ctx.options, r));
    messages.push(`${r.key}: ${result.message}`);
    Object.assign(streams, result.streams);
  }
  return { ok: true, message: messages.join('; '), streams };
}

async function* pull(ctx: SourceContext<SproutOptions>): AsyncGenerator<PullItem> {
  for (const r of configured(ctx.options)) yield* readDelimitedFiles(ctx, specOf(ctx.options, r));
}

export default defineSource({
  name: 'sprout-social',
  description: 'Reads Sprout Social Post Performance (→ posts) and Profile Performance (→ account_snapshots) exports.',
  options: sproutOptions,
  streams: (o) =>
    Object.fromEntries(
      configured(o).map((r): [string, StreamDefinition] => [r.stream, { entity: r.entity, description: `${r.description} export ${r.options.file}` }]),
    ),
  check,
  pull,
});
