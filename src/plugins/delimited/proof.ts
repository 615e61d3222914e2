/**
 * Proving a mapping on real rows, for `cadence check`: the first rows of an inspected export go
 * through the SQL the bulk load runs (the store's date detection, casts and checks) in a
 * throw-away in-memory DuckDB, and come back as counts: rows that would import, and rejects
 * grouped by code and column with one example each. Nothing is written to the data folder; a file
 * DuckDB cannot read as it is gets a UTF-8 copy of its first lines in a temporary folder, removed
 * at once. Broken rows are found as a pull finds them (csv-structure.ts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { getEntity } from '../../core/schema/entities.ts';
import { buildBulkSelect, REJECT_SEP } from '../../core/store/bulk-sql.ts';
import { castMacros } from '../../core/store/cast-sql.ts';
import { detectionSample } from '../../core/store/date-detect.ts';
import { scanStructure } from '../../core/store/csv-structure.ts';
import { literal, openDuck } from '../../core/store/duckdb.ts';
import { writeUtf8Head } from './copy.ts';
import { bulkLoad, needsCopy, tableEnd, type Inspection } from './inspect.ts';
import type { DelimitedFileSpec } from './spec.ts';

/** Rows proven per file when nothing else is asked. */
export const DEFAULT_PROOF_ROWS = 1000;

/** Rejects of one code in one column. */
export interface ProofRejects {
  code: string;
  /** Entity field ('' for a row that is not valid CSV). */
  field: string;
  column: string;
  count: number;
  /** The value of the first such row, and its reason as the rejects file words it. */
  example: string;
  reason: string;
}

/** What the first rows of one file would do in a pull. */
export interface FileProof {
  file: string;
  stream: string;
  entity: string;
  /** Rows read: the rows asked for (or every row of a shorter file), and rows that are not valid CSV among them. */
  sampled: number;
  /** Rows that pass every cast and check. */
  imported: number;
  /** Rejects grouped by code and column, most first. */
  rejects: ProofRejects[];
}

type ProofSpec = Pick<DelimitedFileSpec, 'entity' | 'timezone' | 'decimal'> & { stream: string };

/**
 * Runs the first `rows` rows of an inspected file through the bulk load's SQL. Errors of the
 * mapping itself (a date column that reads two ways, …) are thrown as the pull would throw them.
 */
export async function proveFile(inspection: Inspection, spec: ProofSpec, projectTimezone: string, rows: number, signal?: AbortSignal): Promise<FileProof> {
  const entity = getEntity(spec.entity)!;
  const dir = await mkdtemp(join(tmpdir(), 'cadence-check-'));
  try {
    let path = inspection.file.path;
    if (needsCopy(inspection)) {
      path = join(dir, basename(inspection.file.path));
      // Enough lines for the rows asked for and for the date detection's sample, cells with line breaks aside.
      // A stacked file's table may end sooner.
      const maxLines = Math.min(inspection.sniff.headerLine + 2 * Math.max(rows, detectionSample.rows), tableEnd(inspection) ?? Infinity);
      await writeUtf8Head(inspection.file.path, path, { encoding: inspection.encoding.encoding, blankLines: inspection.sniff.preambleIsRows ? 0 : inspection.sniff.headerLine - 1, maxLines, ...(signal ? { signal } : {}) });
    }
    const load = bulkLoad(inspection, path, spec, projectTimezone);
    // The file's structure first, as a pull reads it: broken rows among the first are rejects, and
    // DuckDB reads a clean copy when the file needs one (enough rows for the date detection too).
    const structure = await scanStructure({
      path,
      delimiter: load.delimiter,
      quote: load.quote,
      escape: load.escape,
      encoding: 'utf-8',
      headerLine: load.headerLine,
      header: load.header,
      copyPath: join(dir, 'rows.csv'),
      maxRecords: Math.max(rows, detectionSample.rows),
      ...(signal ? { signal } : {}),
    });
    const broken = structure.rejects.filter((r) => r.record <= rows);
    const duck = await openDuck({ tempDir: join(dir, 'spill'), memoryLimit: '256MB' });
    try {
      for (const sql of castMacros()) await duck.run(sql);
      const provenance = { source: 'check', plugin: 'check', stream: spec.stream, importedAt: new Date(0) };
      const file = { path: structure.path, headerLine: structure.copied ? 0 : load.headerLine, ...(structure.newLine ? { newLine: structure.newLine } : {}) };
      const { select } = await buildBulkSelect(duck, entity, load, provenance, { rejectsTable: 'proof_rejects', withOrdinal: true, sampleRows: Math.max(0, rows - broken.length), file });
      await duck.run(`CREATE TEMP TABLE proof AS SELECT __rid, __reject FROM (${select})`);
      const part = (i: number) => `split_part(__reject, ${literal(REJECT_SEP)}, ${i})`;
      const [counts] = await duck.all<{ good: number; bad: number }>(`SELECT count(*) FILTER (WHERE __reject IS NULL) AS good, count(*) FILTER (WHERE __reject IS NOT NULL) AS bad FROM proof`);
      const groups = await duck.all<{ code: string; field: string; col: string; n: number; example: string; reason: string }>(
        `SELECT ${part(1)} AS code, ${part(2)} AS field, ${part(3)} AS col, count(*) AS n, arg_min(${part(4)}, __rid) AS example, arg_min(${part(5)}, __rid) AS reason
         FROM proof WHERE __reject IS NOT NULL GROUP BY ALL ORDER BY n DESC, code, col`,
      );
      const rejects: ProofRejects[] = groups.map((g) => ({ code: g.code, field: g.field, column: g.col, count: Number(g.n), example: g.example, reason: g.reason }));
      // Rows that are not well-formed CSV among those read.
      if (broken.length) {
        const first = broken[0]!;
        rejects.push({ code: 'CADENCE_CSV_MALFORMED_ROW', field: '', column: first.column, count: broken.length, example: first.raw, reason: first.reason });
        rejects.sort((a, b) => b.count - a.count);
      }
      const good = Number(counts?.good ?? 0);
      const sampled = good + Number(counts?.bad ?? 0) + broken.length;
      return { file: inspection.file.displayPath, stream: spec.stream, entity: entity.name, sampled, imported: good, rejects };
    } finally {
      duck.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
