/**
 * The youtube-studio source: YouTube Studio's Advanced-mode exports. The Content table (one row
 * per video) becomes posts; its `Total` row, right under the header, is a summary and is skipped
 * (not stored, not counted, said by `check`). Every other table — Geography, Traffic source,
 * Totals.csv, … — holds something Cadence has no entity for, and is refused with a
 * CADENCE_EXPORT_NOT_SUPPORTED error that names the table and the export to take instead, so a
 * pull or check of it fails rather than import nothing quietly. Reading, encodings and casting
 * are the host's delimited-file engine's.
 */
import { checkDelimitedFiles, defineSource, readDelimitedFiles, type CheckResult, type DelimitedFileSpec, type MappedFile, type PullItem, type SourceContext } from 'cadence/plugin';
import { youtubeStudioOptions, type YoutubeStudioOptions } from './options.ts';
import { contentMapping, isContentTable, isTotalRow, unsupportedTable } from './tables.ts';

export const STREAM = 'posts';

/** What the mapping saw of one file, for `check`. */
interface Seen {
  path: string;
  headerLine: number;
  totalRows: number;
  notStored: string[];
}

function specOf(o: YoutubeStudioOptions, seen?: (s: Seen) => void): DelimitedFileSpec {
  return {
    file: o.file,
    entity: 'posts',
    stream: STREAM,
    skipAfterHeader: isTotalRow,
    columns: (header: string[], file: MappedFile) => {
      if (!isContentTable(header)) throw unsupportedTable(header);
      const { columns, notStored } = contentMapping(header, o.channel);
      seen?.({ path: file.path, headerLine: file.headerLine, totalRows: file.skipped.length, notStored });
      return columns;
    },
    ...(o.timezone !== undefined ? { timezone: o.timezone } : {}),
  };
}

async function check(ctx: SourceContext<YoutubeStudioOptions>): Promise<CheckResult> {
  const seen: Seen[] = [];
  const result = await checkDelimitedFiles(ctx, specOf(ctx.options, (s) => seen.push(s)));
  const notes = seen.map(
    (s) =>
      `${s.path}: Content table (one row per video) → posts; ` +
      (s.totalRows ? `the Total row (line ${s.headerLine + 1}) is a summary: skipped, not stored or counted` : 'no Total row') +
      (s.notStored.length ? `; not stored: ${s.notStored.join(', ')}` : ''),
  );
  return {
    ...result,
    message: `${result.message} — ${notes.join(' | ')}. Each video's metrics are stored as its lifetime figures: export with the Lifetime date range.`,
  };
}

function pull(ctx: SourceContext<YoutubeStudioOptions>): AsyncGenerator<PullItem> {
  return readDelimitedFiles(ctx, specOf(ctx.options));
}

export default defineSource({
  name: 'youtube-studio',
  description: 'YouTube Studio Advanced-mode exports: the Content table (one row per video) → posts; tables Cadence has no place for (Geography, Traffic source, Totals, …) are refused, saying what to export instead.',
  options: youtubeStudioOptions,
  streams: (o) => ({ [STREAM]: { entity: 'posts', description: `YouTube Studio Content table ${o.file}` } }),
  check,
  pull,
});
