/**
 * Pull and check of a Brandwatch export. CSV files go straight to the host's delimited-file
 * engine; an XLSX workbook is first converted to a CSV copy in a temporary folder (deleted when
 * the pull ends, however it ends), and everything said about the copy names the workbook.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CadenceError,
  checkDelimitedFiles,
  readDelimitedFiles,
  xlsxToCsv,
  type CheckResult,
  type DelimitedFileSpec,
  type PullItem,
  type SourceContext,
} from 'cadence/plugin';
import type { BrandwatchOptions } from '../options.ts';
import { exportColumns, headerHint } from './columns.ts';
import { resolveExportFiles, type ExportFile } from './files.ts';

type Ctx = SourceContext<BrandwatchOptions>;

export const stream = 'mentions';

function specOf(ctx: Ctx, file: string): DelimitedFileSpec {
  return {
    file,
    entity: 'mentions',
    stream,
    columns: (header) => ({ ...exportColumns(header, ctx.tracked), ...(ctx.options.columns ?? {}) }),
    headerHint,
    // Brandwatch writes dates as wall time in the zone picked for the export (UTC unless changed).
    timezone: ctx.options.timezone ?? 'UTC',
  };
}

const isXlsx = (file: string) => /\.xlsx$/i.test(file);

/** A header without Date and Url is not a Brandwatch export: say so, instead of the csv source's hint. */
function aboutExport(e: unknown): unknown {
  if (!(e instanceof CadenceError) || e.code !== 'CADENCE_CSV_HEADER_NOT_FOUND' || e.details.notBrandwatch) return e;
  return new CadenceError(e.code, e.detail, {
    place: e.place,
    details: e.details,
    cause: e.cause,
    hint: `A Brandwatch mentions export has a header row holding ${headerHint.join(' and ')} (and Query Id or Full Text) below its report summary. Export the mentions again from Brandwatch (CSV or XLSX) with those columns.`,
  });
}

/** The items of a read, with a header problem told in Brandwatch's terms. */
async function* explained(items: AsyncIterable<PullItem>): AsyncGenerator<PullItem> {
  try {
    yield* items;
  } catch (e) {
    throw aboutExport(e);
  }
}

/** The same error, told about the workbook instead of its temporary CSV copy. */
function aboutWorkbook(e: unknown, copyName: string, workbook: string): unknown {
  if (!(e instanceof CadenceError)) return e;
  const detail = e.detail.split(copyName).join(workbook);
  const place = { ...e.place, ...(e.place.file !== undefined ? { file: workbook } : {}) };
  return new CadenceError(e.code, detail, { place, hint: e.hint, details: e.details, cause: e.cause });
}

/** Converts a workbook to a CSV file in `dir`; returns a context and spec reading that copy. */
async function csvCopy(ctx: Ctx, file: ExportFile, dir: string, n: number): Promise<{ ctx: Ctx; spec: DelimitedFileSpec; copyName: string }> {
  const copyName = `brandwatch-workbook-${n}.csv`;
  try {
    await xlsxToCsv(file.path, join(dir, copyName), { signal: ctx.signal });
  } catch (e) {
    if (e instanceof CadenceError) throw new CadenceError(e.code, e.detail.split(file.path).join(file.displayPath), { place: { file: file.displayPath }, hint: e.hint, cause: e.cause });
    throw e;
  }
  const named = (m: string) => m.split(copyName).join(`${file.displayPath} (as CSV)`);
  const log = { debug: (m: string) => ctx.log.debug(named(m)), info: (m: string) => ctx.log.info(named(m)), warn: (m: string) => ctx.log.warn(named(m)), error: (m: string) => ctx.log.error(named(m)) };
  return { ctx: { ...ctx, projectDir: dir, log }, spec: specOf(ctx, copyName), copyName };
}

export async function* pullExport(ctx: Ctx): AsyncGenerator<PullItem> {
  const pattern = ctx.options.file!;
  if (!isXlsx(pattern)) {
    yield* explained(readDelimitedFiles(ctx, specOf(ctx, pattern)));
    return;
  }
  const files = await resolveExportFiles(ctx.projectDir, pattern);
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  const dir = await mkdtemp(join(tmpdir(), 'cadence-brandwatch-'));
  try {
    for (const [i, file] of files.entries()) {
      ctx.signal.throwIfAborted();
      ctx.log.info(`${file.displayPath}: converting the workbook to CSV`);
      const copy = await csvCopy(ctx, file, dir, i + 1);
      try {
        for await (const item of explained(readDelimitedFiles(copy.ctx, copy.spec))) {
          if (item.type === 'bulk') yield { ...item, load: { ...item.load, displayPath: file.displayPath } };
          else if (item.type !== 'progress') yield item;
        }
      } catch (e) {
        throw aboutWorkbook(e, copy.copyName, file.displayPath);
      }
      await rm(join(dir, copy.copyName), { force: true });
      done += file.size;
      yield { type: 'progress', stream, done, total, unit: 'bytes' };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function checkExport(ctx: Ctx): Promise<CheckResult> {
  const pattern = ctx.options.file!;
  const zone = `dates read as ${ctx.options.timezone ?? 'UTC'} wall time`;
  if (!isXlsx(pattern)) {
    const result = await checkDelimitedFiles(ctx, specOf(ctx, pattern)).catch((e: unknown) => {
      throw aboutExport(e);
    });
    return { ...result, message: `${result.message}; ${zone}` };
  }
  const files = await resolveExportFiles(ctx.projectDir, pattern);
  const dir = await mkdtemp(join(tmpdir(), 'cadence-brandwatch-'));
  const found: string[] = [];
  try {
    for (const [i, file] of files.entries()) {
      const copy = await csvCopy(ctx, file, dir, i + 1);
      try {
        const result = await checkDelimitedFiles(copy.ctx, copy.spec);
        found.push(result.message.split(copy.copyName).join(`${file.displayPath} (as CSV)`));
      } catch (e) {
        throw aboutExport(aboutWorkbook(e, copy.copyName, file.displayPath));
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return {
    ok: true,
    message: `${files.length === 1 ? found[0] : `${files.length} files match ${pattern} — ${found.join('; ')}`}; ${zone}`,
    streams: { [stream]: `whole workbook${files.length === 1 ? '' : 's'} (each pull replaces this source's earlier rows)` },
  };
}
