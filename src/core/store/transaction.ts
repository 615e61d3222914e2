/**
 * A write transaction on the data folder. Rows are staged in a DuckDB file under data/.tmp/;
 * nothing outside .tmp changes until commit. Commit merges the staged rows into the month files
 * they touch (de-duplicated by id: a re-pulled row that did not change is kept as it was), writes
 * new content-addressed Parquet files, and then replaces data/manifest.json by rename: that rename
 * is the single commit point. A crash before it leaves the folder as before (stray files are
 * removed by the next writer); a crash after it leaves the folder as after.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import type { BulkLoad } from './bulk-load.ts';
import { CadenceError, type ErrorCode, type Place } from '../errors.ts';
import { getEntity } from '../schema/entities.ts';
import { entityFields, storedColumns, type ColumnInfo, type EntityDefinition } from '../schema/entity.ts';
import { buildBulkSelect, newlineCountSql, REJECT_SEP } from './bulk-sql.ts';
import { castMacros } from './cast-sql.ts';
import { openDuck, ident, literal, type Duck } from './duckdb.ts';
import { sha256Text, writeFileAtomic } from './files.ts';
import { MANIFEST, readManifest, stableJson, type FileEntry, type Manifest } from './manifest.ts';
import { mergeEntity, monthSql } from './merge.ts';
import { commitRejects, type RejectRow } from './rejects.ts';
import { validateRecord } from './validate-record.ts';

export interface TransactionOptions {
  dataDir: string;
  /** Configured source name, plugin and the instant stamped as imported_at. */
  source: string;
  plugin: string;
  now: Date;
  /** DuckDB memory limit for staging and merging (spills to disk beyond it). */
  memoryLimit?: string;
  /** Called at each step of a commit (tests use it to crash at a precise point). */
  onPhase?: (phase: CommitPhase) => void | Promise<void>;
}

export type CommitPhase = 'merged' | 'moved' | 'committed' | 'cleaned';

export interface StageResult {
  rows: number;
  rejected: number;
}

export interface CommitSummary {
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Staged rows dropped because a later staged row had the same id. */
  duplicates: number;
  /** Entities whose files changed. */
  entities: string[];
  generation: number;
}

const ITEM_SHIFT = 2 ** 32;

export interface Transaction {
  readonly id: string;
  /** Validates and stages one record; a failing record becomes a reject. */
  stageRecord(stream: string, entity: string, data: Record<string, unknown>, place?: Place): Promise<boolean>;
  /** Loads a delimited file with DuckDB, casting and checking by the entity schema. */
  stageBulk(stream: string, entity: string, load: BulkLoad): Promise<StageResult>;
  reject(row: Omit<RejectRow, 'source'>): void;
  /** Number of rows staged since the last commit. */
  pending(): number;
  /** Makes everything staged so far durable together with the cursors. Can be called repeatedly. */
  commit(update: { cursors: Record<string, unknown>; status: 'ok' | 'partial' | 'failed'; error?: string; final: boolean }): Promise<CommitSummary>;
  /** Drops everything staged since the last commit. */
  rollback(): Promise<void>;
}

export async function openTransaction(opts: TransactionOptions): Promise<Transaction> {
  const id = `${opts.now.toISOString().replace(/[-:.TZ]/g, '')}-${process.pid}`;
  const tmpDir = join(opts.dataDir, '.tmp', id);
  await mkdir(tmpDir, { recursive: true });
  let duck: Duck = await openStageDb(tmpDir, opts.memoryLimit);
  let round = 0;
  let items = 0;
  let pendingRows = 0;
  let rejects: Omit<RejectRow, 'source'>[] = [];
  const filesRead = new Set<string>();
  const staged = new Set<string>();
  const stagedItems = new Map<string, number[]>();
  const recordFiles = new Map<string, { path: string; stream: WriteStream; count: number }>();
  const totals = { added: 0, updated: 0, unchanged: 0, rejected: 0 };

  // Staged rows go to a disk-backed DuckDB file under .tmp (one table per item, with its UTC
  // month), so memory stays bounded whatever the size of the pull.
  const writeStaged = async (entity: EntityDefinition, item: number, select: string) => {
    const cols = storedColumns(entity).map((c) => ident(c.name)).join(', ');
    await duck.run(`DROP TABLE IF EXISTS ${ident(`item_${item}`)}`);
    await duck.run(`CREATE TABLE ${ident(`item_${item}`)} AS SELECT ${cols}, __ord, __reject, __raw, coalesce(${monthSql(entity)}, 'none') AS __month FROM (${select})`);
    const list = stagedItems.get(entity.name) ?? [];
    if (!list.includes(item)) list.push(item);
    stagedItems.set(entity.name, list);
    staged.add(entity.name);
  };
  const itemSql = (item: number) => ident(`item_${item}`);
  /** Good rows, rejected rows, and good rows whose id repeats, of one staged item. */
  const countItem = async (item: number) =>
    (
      (await duck.all<{ good: number; bad: number; dups: number }>(
        `SELECT count(*) FILTER (WHERE __reject IS NULL) AS good, count(*) FILTER (WHERE __reject IS NOT NULL) AS bad, count(id) FILTER (WHERE __reject IS NULL) - count(DISTINCT id) FILTER (WHERE __reject IS NULL) AS dups FROM ${itemSql(item)}`,
      )) as [{ good: number; bad: number; dups: number }]
    )[0];
  const stagedOf = (entity: string) => `(${(stagedItems.get(entity) ?? []).map((i) => `SELECT * FROM ${ident(`item_${i}`)}`).join(' UNION ALL ')})`;
  const fieldLists = new Map<string, ColumnInfo[]>();
  const fieldsOf = (entity: EntityDefinition) => {
    let fields = fieldLists.get(entity.name);
    if (!fields) fieldLists.set(entity.name, (fields = entityFields(entity)));
    return fields;
  };
  const entityOf = (name: string): EntityDefinition => {
    const e = getEntity(name);
    if (!e) throw new CadenceError('CADENCE_STREAM_UNKNOWN', `unknown entity "${name}"`);
    return e;
  };

  const flushRecords = async () => {
    for (const [entityName, file] of recordFiles) {
      file.stream.end();
      await once(file.stream, 'close');
      const entity = entityOf(entityName);
      const cols = storedColumns(entity);
      const columns = `{${cols.map((c) => `${literal(c.name)}: ${literal(c.type)}`).join(', ')}, '__ord': 'BIGINT'}`;
      await writeStaged(
        entity,
        ++items,
        `SELECT ${cols.map((c) => ident(c.name)).join(', ')}, __ord, CAST(NULL AS VARCHAR) AS __reject, CAST(NULL AS VARCHAR) AS __raw FROM read_json(${literal(file.path)}, format = 'newline_delimited', columns = ${columns})`,
      );
      await rm(file.path, { force: true });
    }
    recordFiles.clear();
  };

  const tx: Transaction = {
    id,
    async stageRecord(stream, entityName, data, place) {
      const entity = entityOf(entityName);
      if (place?.file) filesRead.add(place.file);
      const result = validateRecord(entity, data, fieldsOf(entity));
      if (!result.ok) {
        rejects.push({ stream, file: place?.file ?? '', line: place?.line ?? null, column: result.field, code: result.code, reason: result.reason, value: result.value, raw: JSON.stringify(data) });
        return false;
      }
      let file = recordFiles.get(entity.name);
      if (!file) {
        const path = join(tmpDir, `records-${round}-${entity.name}.ndjson`);
        file = { path, stream: createWriteStream(path), count: 0 };
        recordFiles.set(entity.name, file);
      }
      const row = {
        ...result.row,
        source_name: opts.source,
        source_plugin: opts.plugin,
        source_stream: stream,
        source_file: place?.file ?? null,
        source_line: place?.line ?? null,
        imported_at: opts.now.toISOString(),
        __ord: items * ITEM_SHIFT + file.count++,
      };
      if (!file.stream.write(JSON.stringify(row) + '\n')) await once(file.stream, 'drain');
      pendingRows++;
      return true;
    },

    async stageBulk(stream, entityName, load) {
      const entity = entityOf(entityName);
      filesRead.add(load.displayPath);
      const item = ++items;
      const rejTable = `csv_rejects_${item}`;
      const cols = storedColumns(entity).map((c) => ident(c.name)).join(', ');
      const base = item * ITEM_SHIFT;
      const prov = { source: opts.source, plugin: opts.plugin, stream, importedAt: opts.now };
      // Fast path: a parallel pass without row numbers. Row numbers are needed only for reject
      // lines and for "last one wins" among repeated ids; an item with either is staged again
      // with them (a sequential pass).
      let { select } = await buildBulkSelect(duck, entity, load, prov, rejTable, false);
      let good = 0;
      let bad = 0;
      let dups = 0;
      let sequential = false;
      try {
        await writeStaged(entity, item, `SELECT ${cols}, ${base} + __rid AS __ord, __reject, __raw FROM (${select})`);
        ({ good, bad, dups } = await countItem(item));
      } catch (e) {
        // The parallel pass needs more memory than the sequential one; if DuckDB runs short, go
        // sequential rather than fail.
        if (!/out of memory/i.test((e as Error).message)) throw e;
        sequential = true;
      }
      if (sequential || bad > 0 || dups > 0) {
        await duck.run(`DROP TABLE IF EXISTS ${ident(rejTable)}`);
        await duck.run(`DROP TABLE IF EXISTS ${ident(rejTable + '_scan')}`);
        ({ select } = await buildBulkSelect(duck, entity, load, prov, rejTable, true));
        await writeStaged(entity, item, `SELECT ${cols}, ${base} + __rid AS __ord, __reject, __raw FROM (${select})`);
        ({ good, bad, dups } = await countItem(item));
      }
      const structural = await duck.all<{ line: number; column_name: string | null; error_type: string; error_message: string; csv_line: string }>(
        `SELECT line, column_name, error_type, error_message, csv_line FROM ${ident(rejTable)} ORDER BY line`,
      ).catch(() => []);
      // DuckDB numbers malformed rows by record (header line + record index), one entry per bad
      // cell; good rows have their index among good rows. Both become physical lines with the
      // count of line breaks inside the cells of the rows before them.
      const malformed = [...new Map(structural.map((s) => [Number(s.line), s])).values()];
      const malformedK = malformed.map((s) => Number(s.line) - load.headerLine);
      const castRejects = bad > 0
        ? await duck.all<{ rid: number; rej: string; raw: string }>(
            `SELECT __ord - ${base} AS rid, __reject AS rej, __raw AS raw FROM ${itemSql(item)} WHERE __reject IS NOT NULL ORDER BY rid`,
          )
        : [];
      const recordOf = (rid: number) => {
        let k = rid;
        for (const mk of malformedK) if (mk <= k) k++;
        return k;
      };
      const goodBefore = malformedK.map((k, i) => k - 1 - i);
      const wanted = [...new Set([...castRejects.map((r) => r.rid), ...goodBefore.map((g) => g + 1)])];
      const prior = new Map<number, number>();
      if (wanted.length) {
        const rows = await duck.all<{ rid: number; prior: number }>(
          `WITH n AS (${newlineCountSql(load)}), c AS (SELECT rid, coalesce(sum(nl) OVER (ORDER BY rid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS prior FROM n)
           SELECT rid, prior FROM c WHERE rid IN (${wanted.join(', ')}) UNION ALL SELECT max(rid) + 1, coalesce(sum(nl), 0) FROM n`,
        );
        for (const r of rows) prior.set(Number(r.rid), Number(r.prior));
      }
      const priorOf = (rid: number) => prior.get(rid) ?? Math.max(0, ...[...prior.entries()].filter(([k]) => k <= rid).map(([, v]) => v));
      malformed.forEach((s, i) => {
        const line = load.headerLine + malformedK[i]! + priorOf(goodBefore[i]! + 1);
        const cellIndex = /^__c(\d+)$/.exec(s.column_name ?? '')?.[1];
        const column = cellIndex !== undefined ? (load.header[Number(cellIndex)] ?? '') : (s.column_name ?? '');
        const message = s.error_message.split('\n')[0]!.replace(/__c(\d+)/g, (_, i: string) => `"${load.header[Number(i)] ?? i}"`);
        rejects.push({ stream, file: load.displayPath, line, column, code: 'CADENCE_CSV_MALFORMED_ROW', reason: `${s.error_type.toLowerCase().replaceAll('_', ' ')}: ${message}`, value: '', raw: s.csv_line.replace(/^\r?\n/, '') });
      });
      for (const r of castRejects) {
        const line = load.headerLine + recordOf(r.rid) + priorOf(r.rid);
        const [code, field, column, value, reason] = r.rej.split(REJECT_SEP) as [ErrorCode, string, string, string, string];
        rejects.push({ stream, file: load.displayPath, line, column, code, reason: `${field}: ${value ? `"${value}" ` : ''}${reason}`, value, raw: r.raw });
      }
      pendingRows += good;
      return { rows: good, rejected: bad + malformed.length };
    },

    reject(row) {
      if (row.file) filesRead.add(row.file);
      rejects.push(row);
    },

    pending: () => pendingRows,

    async commit(update) {
      await flushRecords();
      const manifest = await readManifest(opts.dataDir);
      const next: Manifest = structuredClone(manifest);
      const outDir = join(tmpDir, `out-${round}`);
      await mkdir(outDir, { recursive: true });
      const moves: { from: string; to: string }[] = [];
      const superseded: string[] = [];
      const changedEntities: string[] = [];
      const summary = { added: 0, updated: 0, unchanged: 0, duplicates: 0 };
      for (const name of [...staged].sort()) {
        const entity = entityOf(name);
        const result = await mergeEntity({ duck, entity, staged: stagedOf(name), dataDir: opts.dataDir, outDir, existing: manifest.entities[name]?.files ?? [] });
        summary.added += result.added;
        summary.updated += result.updated;
        summary.unchanged += result.unchanged;
        summary.duplicates += result.duplicates;
        if (result.files.length === 0 && result.removed.length === 0) continue;
        changedEntities.push(name);
        const keep = (manifest.entities[name]?.files ?? []).filter((f) => !result.removed.includes(f.path));
        const files: FileEntry[] = [...keep];
        for (const f of result.files) {
          moves.push({ from: f.tmpPath, to: join(opts.dataDir, f.entry.path) });
          files.push(f.entry);
        }
        superseded.push(...result.removed);
        files.sort((a, b) => a.month.localeCompare(b.month));
        next.entities[name] = summarizeEntity(files);
      }
      const rejected = rejects.length;
      const rejectResult = await commitRejects({ duck, dataDir: opts.dataDir, outDir, source: opts.source, existing: manifest.rejects[opts.source], rows: rejects.map((r) => ({ ...r, source: opts.source })), filesRead: [...filesRead] });
      if (rejectResult.changed) {
        if (rejectResult.entry) {
          next.rejects[opts.source] = rejectResult.entry;
          moves.push({ from: rejectResult.tmpPath!, to: join(opts.dataDir, rejectResult.entry.path) });
        } else delete next.rejects[opts.source];
        if (manifest.rejects[opts.source]) superseded.push(manifest.rejects[opts.source]!.path);
      }
      totals.added += summary.added;
      totals.updated += summary.updated;
      totals.unchanged += summary.unchanged;
      totals.rejected += rejected;
      const prev = manifest.sources[opts.source];
      next.sources[opts.source] = {
        plugin: opts.plugin,
        lastPull: update.final ? opts.now.toISOString() : (prev?.lastPull ?? null),
        status: update.status,
        cursors: { ...(prev?.cursors ?? {}), ...update.cursors },
        last: { ...totals },
        ...(update.error ? { error: update.error } : {}),
      };
      next.generation = manifest.generation + 1;
      next.updatedAt = opts.now.toISOString();
      await opts.onPhase?.('merged');
      for (const m of moves) {
        await mkdir(join(m.to, '..'), { recursive: true });
        await rename(m.from, m.to);
      }
      await opts.onPhase?.('moved');
      // The commit point.
      await writeFileAtomic(join(opts.dataDir, MANIFEST), stableJson(next), join(tmpDir, `manifest-${round}.json`));
      await opts.onPhase?.('committed');
      const live = new Set([...Object.values(next.entities).flatMap((e) => e.files.map((f) => f.path)), ...Object.values(next.rejects).map((r) => r.path)]);
      for (const path of superseded) if (!live.has(path)) await rm(join(opts.dataDir, path), { force: true });
      // Start a fresh staging round.
      duck.close();
      await rm(join(tmpDir, `stage-${round}.duckdb`), { force: true });
      await rm(join(tmpDir, `stage-${round}.duckdb.wal`), { force: true });
      await rm(outDir, { recursive: true, force: true });
      round++;
      staged.clear();
      stagedItems.clear();
      rejects = [];
      filesRead.clear();
      pendingRows = 0;
      if (update.final) {
        await rm(tmpDir, { recursive: true, force: true });
      } else {
        duck = await openStageDb(tmpDir, opts.memoryLimit, round);
      }
      await opts.onPhase?.('cleaned');
      return { ...summary, rejected, entities: changedEntities, generation: next.generation };
    },

    async rollback() {
      for (const file of recordFiles.values()) file.stream.destroy();
      recordFiles.clear();
      try {
        duck.close();
      } catch {
        /* already closed */
      }
      await rm(tmpDir, { recursive: true, force: true });
    },
  };
  return tx;
}

async function openStageDb(tmpDir: string, memoryLimit = '384MB', round = 0): Promise<Duck> {
  const duck = await openDuck({ path: join(tmpDir, `stage-${round}.duckdb`), tempDir: join(tmpDir, 'spill'), memoryLimit });
  for (const sql of castMacros()) await duck.run(sql);
  return duck;
}

function summarizeEntity(files: FileEntry[]) {
  const rows = files.reduce((n, f) => n + f.rows, 0);
  const firsts = files.map((f) => f.first).filter((x): x is string => !!x).sort();
  const lasts = files.map((f) => f.last).filter((x): x is string => !!x).sort();
  return {
    rows,
    firstDate: firsts[0] ?? null,
    lastDate: lasts[lasts.length - 1] ?? null,
    checksum: sha256Text(files.map((f) => `${f.path}:${f.sha256}`).join('\n')),
    files,
  };
}

