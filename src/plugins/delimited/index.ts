/**
 * The delimited-file engine, public to plugins (through `cadence/plugin`): reads an export (or
 * every file a `*` pattern matches) and hands each to the store as a bulk load, with its encoding,
 * delimiter, header row and column mapping resolved. The csv source is a thin layer over it, and
 * vendor plugins (Brandwatch, Talkwalker, Meltwater, …) reuse it with their own mappings.
 *
 * Files DuckDB cannot read as they are (not UTF-8, or with metadata lines that would upset its
 * `skip`) are first copied to UTF-8 in a temporary folder, deleted when the pull ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { CadenceError } from '../../core/errors.ts';
import type { CheckResult, PullItem, SourceContext } from '../api.ts';
import { writeUtf8Copy, writeUtf8Head } from './copy.ts';
import { describeEncoding } from './encoding.ts';
import { resolveInputFiles } from './files.ts';
import { bulkLoad, describeInspection, inspectFile, needsCopy, tableEnd } from './inspect.ts';
import { checkMappingFields } from './mapping.ts';
import { proveFile } from './proof.ts';
import { mappingProofRequest } from './proof-scope.ts';
import type { DelimitedFileSpec } from './spec.ts';

export { fieldMapping, delimitedFileOptions, type FieldMapping } from './options.ts';
export { describeMapping } from './mapping.ts';
export type { DelimitedFileSpec, MappedFile } from './spec.ts';
export { withMappingProof, type ProofRequest } from './proof-scope.ts';
export { DEFAULT_PROOF_ROWS, type FileProof, type ProofRejects } from './proof.ts';

const streamOf = (spec: DelimitedFileSpec) => spec.stream ?? spec.entity;

/** A fixed mapping is checked against the entity before any file is read. */
function checkFixedMapping(spec: DelimitedFileSpec): void {
  if (typeof spec.columns !== 'function') checkMappingFields(spec.entity, spec.columns);
}

/**
 * For `check`: the files exist, their header is found and every mapped column is in it. Throws
 * the CadenceError of what is wrong; when it returns, `ok` is true. Under `cadence check`
 * (proof-scope.ts) it also runs the first rows of each file through the bulk load's casts and
 * checks, and hands what would import to the host.
 */
export async function checkDelimitedFiles(ctx: SourceContext<unknown>, spec: DelimitedFileSpec): Promise<CheckResult> {
  checkFixedMapping(spec);
  const files = await resolveInputFiles(ctx.projectDir, spec.file);
  const proof = mappingProofRequest();
  const found: string[] = [];
  for (const file of files) {
    ctx.signal.throwIfAborted();
    // A proof reads rows, so it needs the encoding the pull would use (read past the sample).
    const inspection = await inspectFile(file, spec, { signal: ctx.signal, thorough: proof !== undefined });
    inspection.warnings.forEach((w) => ctx.log.warn(`${file.displayPath}: ${w}`));
    found.push(describeInspection(inspection));
    if (proof) {
      try {
        proof.proofs.push(await proveFile(inspection, { ...spec, stream: streamOf(spec) }, ctx.timezone, proof.rows, ctx.signal));
      } catch (e) {
        throw e instanceof CadenceError ? e.withPlace({ file: file.displayPath }) : e;
      }
    }
  }
  const message = files.length === 1 ? found[0]! : `${files.length} files match ${spec.file} — ${found.join('; ')}`;
  return {
    ok: true,
    message,
    streams: { [streamOf(spec)]: `whole file${files.length === 1 ? '' : 's'} (each pull replaces this source's earlier rows)` },
  };
}

/**
 * For `pull`: one bulk item per file, in name order, each followed by byte progress. A file DuckDB
 * cannot read as is gets a UTF-8 copy, deleted once the store has loaded it (and in any case when
 * the generator ends).
 */
export async function* readDelimitedFiles(ctx: SourceContext<unknown>, spec: DelimitedFileSpec): AsyncGenerator<PullItem> {
  const stream = streamOf(spec);
  checkFixedMapping(spec);
  const files = await resolveInputFiles(ctx.projectDir, spec.file);
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  let tempDir: string | undefined;
  try {
    for (const [index, file] of files.entries()) {
      ctx.signal.throwIfAborted();
      const inspection = await inspectFile(file, spec, { signal: ctx.signal, thorough: true });
      inspection.warnings.forEach((w) => ctx.log.warn(`${file.displayPath}: ${w}`));
      if (inspection.tables?.skipped.length) ctx.log.info(describeInspection(inspection));
      else ctx.log.debug(describeInspection(inspection));
      let path = file.path;
      if (needsCopy(inspection)) {
        tempDir ??= await mkdtemp(join(tmpdir(), 'cadence-delimited-'));
        path = join(tempDir, `${index + 1}-${basename(file.path)}`);
        const { encoding } = inspection.encoding;
        ctx.log.info(`${file.displayPath}: copying to UTF-8 for loading (${describeEncoding(inspection.encoding)}${inspection.sniff.preambleIsRows ? '' : ', lines before the header blanked'})`);
        const copy = { encoding, blankLines: inspection.sniff.preambleIsRows ? 0 : inspection.sniff.headerLine - 1, signal: ctx.signal };
        // A stacked file's table ends before the file does: the copy stops there.
        const end = tableEnd(inspection);
        if (end === undefined) await writeUtf8Copy(file.path, path, copy);
        else await writeUtf8Head(file.path, path, { ...copy, maxLines: end });
      }
      yield { type: 'bulk', stream, load: bulkLoad(inspection, path, spec, ctx.timezone) };
      if (path !== file.path) await rm(path, { force: true });
      done += file.size;
      yield { type: 'progress', stream, done, total, unit: 'bytes' };
    }
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}
