/**
 * The csv source: reads an export file (or every file a `*` pattern matches) into one entity
 * through a column mapping. All the work (encoding, delimiter, header row, mapping, UTF-8 copies)
 * is the host's delimited-file engine's: `readDelimitedFiles` and `checkDelimitedFiles`.
 */
import { checkDelimitedFiles, defineSource, readDelimitedFiles, trackedPatterns, type DelimitedFileSpec, type EntityName, type FieldMapping, type TrackedNames } from 'cadence/plugin';
import { csvOptions, type CsvOptions } from './options.ts';

const streamName = (o: CsvOptions) => o.stream ?? o.entity;

/** The fields whose text says which tracked name a mention is about, in this order. */
const matchFields = ['title', 'text', 'author_handle'] as const;

/**
 * The mapping, with `matched_kind` and `matched_name` found in the text when a mentions mapping
 * leaves both out: the first tracked name (brand, competitors, public faces, influencers, topics)
 * whose name, alias, keyword, @handle or #hashtag the title, text or author handle holds — as the
 * listening plugins do. A mention that names none stays not matched (counted for nobody).
 */
export function withTrackedMatch(o: Pick<CsvOptions, 'entity' | 'columns'>, tracked: TrackedNames): Record<string, FieldMapping> {
  const columns = o.columns;
  if (o.entity !== 'mentions' || 'matched_kind' in columns || 'matched_name' in columns) return columns;
  const sourceColumns = matchFields.flatMap((f) => {
    const m = columns[f];
    return typeof m === 'string' ? [m] : m && typeof m === 'object' && 'column' in m ? [m.column] : [];
  });
  const patterns = trackedPatterns(tracked);
  if (!sourceColumns.length || !patterns.length) return columns;
  const match = [...new Set(sourceColumns)];
  return {
    ...columns,
    matched_kind: { match, patterns: patterns.map((p) => ({ value: p.kind, regex: p.regex })) },
    matched_name: { match, patterns: patterns.map((p) => ({ value: p.name, regex: p.regex })) },
  };
}

/** The options as the engine takes them. */
function specOf(o: CsvOptions, tracked: TrackedNames): DelimitedFileSpec {
  return {
    file: o.file,
    entity: o.entity as EntityName,
    stream: streamName(o),
    columns: withTrackedMatch(o, tracked),
    encoding: o.encoding,
    decimal: o.decimal,
    ...(o.delimiter !== undefined ? { delimiter: o.delimiter } : {}),
    ...(o.headerRow !== undefined ? { headerRow: o.headerRow } : {}),
    ...(o.columnNames !== undefined ? { columnNames: o.columnNames } : {}),
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
  check: (ctx) => checkDelimitedFiles(ctx, specOf(ctx.options, ctx.tracked)),
  pull: (ctx) => readDelimitedFiles(ctx, specOf(ctx.options, ctx.tracked)),
});
