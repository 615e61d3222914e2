/**
 * data/rejects/<source>.<hash>.csv: every row a source could not import, with file, line,
 * column, code and reason, as a CSV a person opens in a spreadsheet. A pull replaces the rejects
 * of the files it read (so fixing an export and pulling again clears them); rejects without a
 * file (API rows) accumulate, de-duplicated.
 */
import { join } from 'node:path';
import { mkdir, stat } from 'node:fs/promises';
import type { ErrorCode } from '../errors.ts';
import { literal, type Duck } from './duckdb.ts';
import { sha256File } from './files.ts';
import type { RejectFileEntry } from './manifest.ts';
import { SqlValues } from './sql-values.ts';

export interface RejectRow {
  source: string;
  stream: string;
  file: string;
  line: number | null;
  column: string;
  code: ErrorCode | string;
  reason: string;
  value: string;
  raw: string;
}

const COLUMNS = ['file', 'line', 'column', 'code', 'reason', 'value', 'stream', 'source', 'raw'] as const;
const TYPES: Record<(typeof COLUMNS)[number], string> = { file: 'VARCHAR', line: 'BIGINT', column: 'VARCHAR', code: 'VARCHAR', reason: 'VARCHAR', value: 'VARCHAR', stream: 'VARCHAR', source: 'VARCHAR', raw: 'VARCHAR' };

export interface CommitRejectsInput {
  duck: Duck;
  dataDir: string;
  outDir: string;
  source: string;
  existing: RejectFileEntry | undefined;
  rows: RejectRow[];
  filesRead: string[];
}

export async function commitRejects(input: CommitRejectsInput): Promise<{ changed: boolean; entry?: RejectFileEntry; tmpPath?: string }> {
  const { duck, dataDir, outDir, source, existing, rows, filesRead } = input;
  if (!existing && rows.length === 0) return { changed: false };
  const cols = COLUMNS.map((c) => `"${c}" ${TYPES[c]}`).join(', ');
  await duck.run(`CREATE OR REPLACE TABLE rej (${cols})`);
  if (existing) {
    // File names are text from plugins (a reject's place): variables, never SQL text.
    const v = new SqlValues('cad_rejects');
    const read = `read_csv(${v.text(join(dataDir, existing.path))}, header = true, columns = {${COLUMNS.map((c) => `'${c}': '${TYPES[c]}'`).join(', ')}}, auto_detect = false, quote = '"', escape = '"', delim = ',')`;
    const keep = filesRead.length ? `WHERE coalesce(file, '') NOT IN (${filesRead.map((f) => v.text(f)).join(', ')})` : '';
    await v.bind(duck);
    await duck.run(`INSERT INTO rej SELECT * FROM ${read} ${keep}`);
  }
  if (rows.length) {
    const appender = await duck.connection.createAppender('rej');
    for (const r of rows) {
      appender.appendVarchar(r.file ?? '');
      if (r.line === null || r.line === undefined) appender.appendNull();
      else appender.appendBigInt(BigInt(r.line));
      appender.appendVarchar(r.column ?? '');
      appender.appendVarchar(String(r.code));
      appender.appendVarchar(r.reason ?? '');
      appender.appendVarchar(r.value ?? '');
      appender.appendVarchar(r.stream ?? '');
      appender.appendVarchar(source);
      appender.appendVarchar(r.raw ?? '');
      appender.endRow();
    }
    appender.closeSync();
  }
  const [{ n }] = (await duck.all<{ n: number }>(`SELECT count(*) AS n FROM (SELECT DISTINCT * FROM rej)`)) as [{ n: number }];
  if (n === 0) return { changed: !!existing };
  await mkdir(join(outDir, 'rejects'), { recursive: true });
  const tmpPath = join(outDir, 'rejects', `${source}.csv`);
  await duck.run(`COPY (SELECT DISTINCT * FROM rej ORDER BY file, line NULLS LAST, "column", code, reason, raw) TO ${literal(tmpPath)} (FORMAT csv, HEADER true, QUOTE '"', ESCAPE '"')`);
  const sha256 = await sha256File(tmpPath);
  const path = `rejects/${source}.${sha256.slice(0, 8)}.csv`;
  if (existing?.path === path) return { changed: false };
  void (await stat(tmpPath));
  return { changed: true, entry: { path, rows: n, sha256 }, tmpPath };
}
