/**
 * The csv source: reads an export file (or every file a `*` pattern matches) into one entity
 * through a column mapping. All the work (encoding, delimiter, header row, mapping, UTF-8 copies)
 * is the host's delimited-file engine's: `readDelimitedFiles` and `checkDelimitedFiles`.
 */
import { checkDelimitedFiles, defineSource, readDelimitedFiles, type DelimitedFileSpec, type EntityName } from 'cadence/plugin';
import { csvOptions, type CsvOptions } from './options.ts';

const streamName = (o: CsvOptions) => o.stream ?? o.entity;

/** The options as the engine takes them. */
function specOf(o: CsvOptions): DelimitedFileSpec {
  return {
    file: o.file,
    entity: o.entity as EntityName,
    stream: streamName(o),
    columns: o.columns,
    encoding: o.encoding,
    decimal: o.decimal,
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
    ...(o.headerRow !== undefined ? { headerRow: o.headerRow } : {}),
    ...(o.timezone !== undefined ? { timezone: o.timezone } : {}),
  };
}

export default defineSource({
  name: 'csv',
  description: 'Reads CSV exports (any tool) into one entity, through a column mapping.',
  options: csvOptions,
  streams: (o) => ({
    [streamName(o)]: { entity: o.entity as EntityName, description: `Rows of ${o.file}` },
  }),
  check: (ctx) => checkDelimitedFiles(ctx, specOf(ctx.options)),
  pull: (ctx) => readDelimitedFiles(ctx, specOf(ctx.options)),
});
