/**
 * Export mode: Talkwalker's CSV export (flattened dotted column names) read by the host's
 * delimited-file engine, one bulk load per file, with the mapping of `mention-fields.ts`.
 */
import { trackedPatterns, type DelimitedFileSpec, type SourceContext } from 'cadence/plugin';
import { exportMapping } from './mention-fields.ts';
import { defaultFile, type TalkwalkerOptions } from './options.ts';

export function exportSpec(ctx: SourceContext<TalkwalkerOptions>): DelimitedFileSpec {
  const o = ctx.options;
  const tracked = trackedPatterns(ctx.tracked);
  return {
    file: o.file ?? defaultFile,
    entity: 'mentions',
    stream: 'mentions',
    columns: (header) => exportMapping(header, tracked),
    encoding: o.encoding,
    decimal: o.decimal,
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
    ...(o.headerRow !== undefined ? { headerRow: o.headerRow } : {}),
    ...(o.timezone !== undefined ? { timezone: o.timezone } : {}),
  };
}
