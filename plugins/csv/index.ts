/**
 * The csv source: reads an export file (or every file a `*` pattern matches) and hands each to the
 * store as a bulk load, with its encoding, delimiter, header row and column mapping resolved.
 *
 * Files DuckDB cannot read as they are (not UTF-8, or with metadata lines that would upset its
 * `skip`) are first copied to UTF-8 in a temporary folder, deleted when the pull ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { defineSource, type EntityName, type PullItem, type SourceContext } from 'cadence/plugin';
import { writeUtf8Copy } from './copy.ts';
import { describeEncoding } from './encoding.ts';
import { resolveInputFiles } from './files.ts';
import { bulkLoad, describeInspection, inspectFile, needsCopy } from './inspect.ts';
import { checkMappingFields } from './mapping.ts';
import { csvOptions, type CsvOptions } from './options.ts';

type Context = SourceContext<CsvOptions>;

const streamName = (o: CsvOptions) => o.stream ?? o.entity;

export default defineSource({
  name: 'csv',
  description: 'Reads CSV exports (any tool) into one entity, through a column mapping.',
  options: csvOptions,
  streams: (o) => ({
    [streamName(o)]: { entity: o.entity as EntityName, description: `Rows of ${o.file}` },
  }),
  check,
  pull,
});

/** Files exist, their header is found and every mapped column is in it. Throws what is wrong. */
async function check(ctx: Context) {
  checkMappingFields(ctx.options.entity, ctx.options.columns);
  const files = await resolveInputFiles(ctx.projectDir, ctx.options.file);
  const found: string[] = [];
  for (const file of files) {
    ctx.signal.throwIfAborted();
    const inspection = await inspectFile(file, ctx.options, { signal: ctx.signal, thorough: false });
    inspection.warnings.forEach((w) => ctx.log.warn(`${file.displayPath}: ${w}`));
    found.push(describeInspection(inspection));
  }
  const message = files.length === 1 ? found[0]! : `${files.length} files match ${ctx.options.file} — ${found.join('; ')}`;
  return {
    ok: true,
    message,
    streams: { [streamName(ctx.options)]: `whole file${files.length === 1 ? '' : 's'} (re-pulling adds only new rows)` },
  };
}

/** One bulk item per file, in name order, with byte progress after each. */
async function* pull(ctx: Context): AsyncGenerator<PullItem> {
  const stream = streamName(ctx.options);
  checkMappingFields(ctx.options.entity, ctx.options.columns);
  const files = await resolveInputFiles(ctx.projectDir, ctx.options.file);
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  let tempDir: string | undefined;
  try {
    for (const [index, file] of files.entries()) {
      ctx.signal.throwIfAborted();
      const inspection = await inspectFile(file, ctx.options, { signal: ctx.signal, thorough: true });
      inspection.warnings.forEach((w) => ctx.log.warn(`${file.displayPath}: ${w}`));
      ctx.log.debug(describeInspection(inspection));
      let path = file.path;
      if (needsCopy(inspection)) {
        tempDir ??= await mkdtemp(join(tmpdir(), 'cadence-csv-'));
        path = join(tempDir, `${index + 1}-${basename(file.path)}`);
        const { encoding } = inspection.encoding;
        ctx.log.info(`${file.displayPath}: copying to UTF-8 for loading (${describeEncoding(inspection.encoding)}${inspection.sniff.preambleIsRows ? '' : ', lines before the header blanked'})`);
        await writeUtf8Copy(file.path, path, {
          encoding,
          blankLines: inspection.sniff.preambleIsRows ? 0 : inspection.sniff.headerLine - 1,
          signal: ctx.signal,
        });
      }
      yield { type: 'bulk', stream, load: bulkLoad(inspection, path, ctx.options, ctx.timezone) };
      if (path !== file.path) await rm(path, { force: true });
      done += file.size;
      yield { type: 'progress', stream, done, total, unit: 'bytes' };
    }
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}
