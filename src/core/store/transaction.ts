/**
 * A write transaction on the data folder. Rows are staged in a DuckDB file under data/.tmp/;
 * nothing outside .tmp changes until commit. Commit merges the staged rows into the month files
 * they touch (de-duplicated by id: a re-pulled row that did not change is kept as it was), writes
 * new content-addressed Parquet files, builds the next version folder from them and the unchanged
 * files, and switches `data/current` to it by one rename: that rename is the single commit point
 * (publish.ts). A crash before it leaves the folder as before (what the dead writer built is
 * removed by the next one); a crash after it leaves the folder as after. A stop (Ctrl-C) is
 * honoured up to the commit point and ignored after it, so a commit either happened or not.
 * A folder of the legacy layout is converted first (convert.ts).
 *
 * Staged rows are kept per stream, so one stream's rows can be dropped before a commit (a stream
 * that failed) while its rejects are still written. A commit may replace a snapshot stream's
 * earlier rows, or remove a source altogether (`cadence forget`); every commit keeps the
 * manifest's field coverage in step with the files.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, rmdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { once } from 'node:events';
import type { BulkLoad } from './bulk-load.ts';
import { CadenceError, type Place } from '../errors.ts';
import { getEntity } from '../schema/entities.ts';
import { entityFields, storedColumns, type ColumnInfo, type EntityDefinition } from '../schema/entity.ts';
import { castMacros } from './cast-sql.ts';
import { openDuck, ident, literal, type Duck } from './duckdb.ts';
import { ensureVersioned } from './convert.ts';
import { recordRowKey } from './identity.ts';
import { entityEntry, readManifest, type FileEntry, type Manifest } from './manifest.ts';
import { removeDeadPins } from './pin.ts';
import { publishVersion, removeSuperseded, type CommitPhase } from './publish.ts';
import { hiveLayout, topNames } from './layout.ts';
import { mergeEntity, monthSql } from './merge.ts';
import { entityCoverage } from './month-coverage.ts';
import { commitRejects, type RejectRow } from './rejects.ts';
import { ITEM_SHIFT, itemCollapse, itemOutOfOrder, itemTable, stageBulkLoad } from './stage-bulk.ts';
import { countCollapse, countOutOfOrder, countReject, newTally, type StreamTally } from './stream-tally.ts';
import { validateRecord } from './validate-record.ts';
import { assertSound, fileKey } from './verify.ts';
import { dropFiles, type DropFiles } from './drop-files.ts';
import { asDiskFull } from './disk-full.ts';
import { storeIoError } from './store-io.ts';

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
  /** A stop (Ctrl-C): honoured until the commit point, so a stopped commit leaves the folder as it was. */
  signal?: AbortSignal;
  /** The writer's lock: checked right before the commit point (a lock lost is never committed over). */
  lock?: { held(): Promise<boolean> };
}

export type { CommitPhase } from './publish.ts';

export interface StageResult {
  rows: number;
  rejected: number;
  /** What reading a bulk file found and did about its structure (mixed line endings, broken rows), for the log. */
  notes?: string[];
}

export interface CommitSummary {
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Stored rows removed: a snapshot stream's earlier rows its new pull no longer has, or a forgotten source's. */
  removed: number;
  /** Staged rows dropped because a later staged row had the same id. */
  duplicates: number;
  /** Entities whose files changed. */
  entities: string[];
  generation: number;
  /** The source's rejects file after the commit (relative to the data folder), if it has one. */
  rejectsFile?: string;
}

export interface CommitUpdate {
  cursors: Record<string, unknown>;
  status: 'ok' | 'partial' | 'failed';
  error?: string;
  final: boolean;
  /** Streams whose rows were not imported (recorded in the manifest). */
  failedStreams?: readonly string[];
  /** Snapshot streams: the source's stored rows of these streams that this pull did not stage again are removed. */
  replaceStreams?: readonly string[];
  /** Remove every stored row, the rejects and the manifest entry of the source (`cadence forget`). */
  forget?: boolean;
  /** Take these (damaged) files and their rows out, reset those sources' cursors (`cadence forget --damaged`); the transaction's own source entry is left alone. */
  drop?: DropFiles;
}

export interface Transaction {
  readonly id: string;
  /** Validates and stages one record; a failing record becomes a reject. */
  stageRecord(stream: string, entity: string, data: Record<string, unknown>, place?: Place): Promise<boolean>;
  /** Loads a delimited file with DuckDB, casting and checking by the entity schema. */
  stageBulk(stream: string, entity: string, load: BulkLoad): Promise<StageResult>;
  reject(row: Omit<RejectRow, 'source'>): void;
  /** Number of rows staged since the last commit (of one stream, when named). */
  pending(stream?: string): number;
  /** What this transaction did with each stream so far (across commits). */
  tallies(): Promise<ReadonlyMap<string, StreamTally>>;
  /** Drops a stream's rows staged since the last commit (its rejects stay). */
  dropStream(stream: string): Promise<void>;
  /** Makes everything staged so far durable together with the cursors. Can be called repeatedly. */
  commit(update: CommitUpdate): Promise<CommitSummary>;
  /** Drops everything staged since the last commit. */
  rollback(): Promise<void>;
}

interface RecordFile {
  path: string;
  stream: string;
  entity: string;
  out: WriteStream;
  count: number;
  /** The stream's write error (a full disk), kept so it is thrown where the pull can classify it. */
  error?: unknown;
}

/** A staged-rows file that could not be written: CADENCE_DISK_FULL (with the room left) or CADENCE_STORE_IO. */
function stagingError(file: RecordFile): CadenceError {
  return asDiskFull(file.error, { path: file.path, doing: 'staging rows' }) ?? storeIoError(file.error, 'staging rows', file.path);
}

export async function openTransaction(opts: TransactionOptions): Promise<Transaction> {
  const id = `${opts.now.toISOString().replace(/[-:.TZ]/g, '')}-${process.pid}`;
  const tmpDir = join(opts.dataDir, '.tmp', id);
  await mkdir(tmpDir, { recursive: true });
  let duck: Duck = await openStageDb(tmpDir, opts.memoryLimit);
  let round = 0;
  let items = 0;
  let rejects: Omit<RejectRow, 'source'>[] = [];
  const filesRead = new Set<string>();
  /** Entity → staged item numbers; item → its stream; stream → rows staged since the last commit. */
  const stagedItems = new Map<string, number[]>();
  const itemStream = new Map<number, string>();
  const pendingOf = new Map<string, number>();
  const recordFiles = new Map<string, RecordFile>();
  const tallyOf = new Map<string, StreamTally>();
  const totals = { added: 0, updated: 0, unchanged: 0, rejected: 0, removed: 0 };
  // A pull never merges onto a damaged file: an entity's files are verified before its first staged
  // row (to fail before fetching much) and again by each commit that reads them; only the files this
  // transaction wrote itself (hashed as they were written) are not hashed again.
  const ownFiles = new Set<string>();
  const checkedEntities = new Set<string>();
  const checkEntity = async (name: string) => {
    if (checkedEntities.has(name)) return;
    await assertSound(opts.dataDir, await readManifest(opts.dataDir), { entities: [name], rejects: [] });
    checkedEntities.add(name);
  };

  const tally = (stream: string, entity: string) => {
    let t = tallyOf.get(stream);
    if (!t) tallyOf.set(stream, (t = newTally(stream, entity)));
    else if (!t.entity) t.entity = entity;
    return t;
  };
  const addPending = (stream: string, n: number) => pendingOf.set(stream, (pendingOf.get(stream) ?? 0) + n);
  const pushReject = (row: Omit<RejectRow, 'source'>, entity = '') => {
    rejects.push(row);
    countReject(tally(row.stream, tallyOf.get(row.stream)?.entity ?? entity), { code: String(row.code), column: row.column, value: row.value, reason: row.reason, file: row.file, line: row.line });
  };

  // Staged rows go to a disk-backed DuckDB file under .tmp (one table per item, with its UTC
  // month), so memory stays bounded whatever the size of the pull.
  const writeStaged = async (entity: EntityDefinition, item: number, select: string) => {
    const cols = storedColumns(entity).map((c) => ident(c.name)).join(', ');
    await duck.run(`DROP TABLE IF EXISTS ${itemTable(item)}`);
    await duck.run(`CREATE TABLE ${itemTable(item)} AS SELECT ${cols}, __ord, __reject, __raw, __rowkey, coalesce(${monthSql(entity)}, 'none') AS __month FROM (${select})`);
    const list = stagedItems.get(entity.name) ?? [];
    if (!list.includes(item)) list.push(item);
    stagedItems.set(entity.name, list);
  };
  const stagedOf = (entity: string) => {
    const list = stagedItems.get(entity) ?? [];
    return list.length ? `(${list.map((i) => `SELECT * FROM ${itemTable(i)}`).join(' UNION ALL ')})` : null;
  };
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

  /** Record files become items: one per entity and stream, so a stream can be dropped alone. */
  const flushRecords = async () => {
    for (const file of recordFiles.values()) {
      file.out.end();
      if (!file.out.closed) await once(file.out, 'close').catch(() => undefined);
      if (file.error) throw stagingError(file);
      const entity = entityOf(file.entity);
      const cols = storedColumns(entity);
      const columns = `{${cols.map((c) => `${literal(c.name)}: ${literal(c.type)}`).join(', ')}, '__ord': 'BIGINT', '__rowkey': 'VARCHAR'}`;
      const item = ++items;
      itemStream.set(item, file.stream);
      await writeStaged(
        entity,
        item,
        `SELECT ${cols.map((c) => ident(c.name)).join(', ')}, __ord, CAST(NULL AS VARCHAR) AS __reject, CAST(NULL AS VARCHAR) AS __raw, __rowkey FROM read_json(${literal(file.path)}, format = 'newline_delimited', columns = ${columns})`,
      );
      await rm(file.path, { force: true });
      countCollapse(tally(file.stream, file.entity), await itemCollapse(duck, item));
      countOutOfOrder(tally(file.stream, file.entity), await itemOutOfOrder(duck, item, entity));
    }
    recordFiles.clear();
  };

  const tx: Transaction = {
    id,
    async stageRecord(stream, entityName, data, place) {
      const entity = entityOf(entityName);
      await checkEntity(entity.name);
      if (place?.file) filesRead.add(place.file);
      const result = validateRecord(entity, data, fieldsOf(entity));
      if (!result.ok) {
        pushReject({ stream, file: place?.file ?? '', line: place?.line ?? null, column: result.field, code: result.code, reason: result.reason, value: result.value, raw: JSON.stringify(data) }, entity.name);
        return false;
      }
      const key = `${entity.name}\u001f${stream}`;
      let file = recordFiles.get(key);
      if (!file) {
        const path = join(tmpDir, `records-${round}-${recordFiles.size}.ndjson`);
        const made: RecordFile = { path, stream, entity: entity.name, out: createWriteStream(path), count: 0 };
        made.out.on('error', (e) => void (made.error ??= e));
        recordFiles.set(key, (file = made));
      }
      if (file.error) throw stagingError(file);
      const row = {
        ...result.row,
        source_name: opts.source,
        source_plugin: opts.plugin,
        source_stream: stream,
        source_file: place?.file ?? null,
        source_line: place?.line ?? null,
        imported_at: opts.now.toISOString(),
        __ord: items * ITEM_SHIFT + file.count++,
        // Only a derived id needs telling apart the source rows that got it.
        __rowkey: result.derived ? recordRowKey(data) : null,
      };
      if (!file.out.write(JSON.stringify(row) + '\n')) await once(file.out, 'drain').catch(() => undefined);
      if (file.error) throw stagingError(file);
      addPending(stream, 1);
      tally(stream, entity.name).imported++;
      return true;
    },

    async stageBulk(stream, entityName, load) {
      const entity = entityOf(entityName);
      await checkEntity(entity.name);
      filesRead.add(load.displayPath);
      const item = ++items;
      itemStream.set(item, stream);
      const t = tally(stream, entity.name);
      const provenance = { source: opts.source, plugin: opts.plugin, stream, importedAt: opts.now };
      const r = await stageBulkLoad({ duck, writeStaged }, { entity, item, stream, load, provenance });
      for (const row of r.rejects) pushReject(row, entity.name);
      countCollapse(t, r.collapse);
      countOutOfOrder(t, await itemOutOfOrder(duck, item, entity));
      t.imported += r.good;
      addPending(stream, r.good);
      return { rows: r.good, rejected: r.rejects.length, notes: r.notes };
    },

    reject(row) {
      if (row.file) filesRead.add(row.file);
      pushReject(row);
    },

    pending: (stream) => (stream === undefined ? [...pendingOf.values()].reduce((a, b) => a + b, 0) : (pendingOf.get(stream) ?? 0)),

    async tallies() {
      await flushRecords();
      return tallyOf;
    },

    async dropStream(stream) {
      for (const [key, file] of recordFiles) {
        if (file.stream !== stream) continue;
        file.out.destroy();
        await rm(file.path, { force: true });
        recordFiles.delete(key);
      }
      for (const [entity, list] of stagedItems) {
        const keep: number[] = [];
        for (const item of list) {
          if (itemStream.get(item) === stream) await duck.run(`DROP TABLE IF EXISTS ${itemTable(item)}`);
          else keep.push(item);
        }
        if (keep.length) stagedItems.set(entity, keep);
        else stagedItems.delete(entity);
      }
      pendingOf.delete(stream);
    },

    async commit(update) {
      await flushRecords();
      // The version this commit follows (a legacy folder is converted first); under the lock, the
      // data folder's names lead into it, so files are read through them.
      const from = await ensureVersioned(opts.dataDir, join(tmpDir, 'convert'));
      const manifest = await readManifest(opts.dataDir);
      const next: Manifest = structuredClone(manifest);
      const outDir = join(tmpDir, `out-${round}`);
      await mkdir(outDir, { recursive: true });
      const moves: { from: string; to: string }[] = [];
      /** Files the new version no longer lists (they go with the superseded version folder). */
      const superseded: string[] = [];
      const changedEntities: string[] = [];
      const rewritten = new Map<string, Map<string, string>>();
      const summary = { added: 0, updated: 0, unchanged: 0, duplicates: 0, removed: 0 };
      // Entities to merge: those with staged rows, those of replaced snapshot streams, and every one when forgetting.
      const replaceBy = new Map<string, string[]>();
      for (const s of update.replaceStreams ?? []) {
        const entity = tallyOf.get(s)?.entity;
        if (entity) replaceBy.set(entity, [...(replaceBy.get(entity) ?? []), s]);
      }
      const names = new Set([...stagedItems.keys(), ...replaceBy.keys(), ...(update.forget ? Object.keys(manifest.entities) : [])]);
      // Every file this commit reads is checked first: the entities it merges, those whose coverage it recounts, the source's rejects.
      const recount = Object.keys(manifest.entities).filter((e) => !manifest.entities[e]!.coverage);
      await assertSound(opts.dataDir, manifest, { entities: [...new Set([...names, ...recount])], rejects: update.forget || update.drop ? [] : [opts.source], trusted: ownFiles, skip: update.drop?.files });
      for (const name of [...names].sort()) {
        const entity = entityOf(name);
        const entry = manifest.entities[name];
        const streams = update.forget ? undefined : replaceBy.get(name);
        // Where the source has rows, by the coverage (all files when the manifest has none).
        const months = entry?.coverage ? Object.keys(entry.coverage[opts.source] ?? {}) : undefined;
        const replace = update.forget || streams ? { source: opts.source, ...(streams ? { streams } : {}), ...(months ? { months } : {}) } : undefined;
        const result = await mergeEntity({ duck, entity, staged: stagedOf(name), dataDir: opts.dataDir, outDir, existing: entry?.files ?? [], ...(replace ? { replace } : {}) });
        summary.added += result.added;
        summary.updated += result.updated;
        summary.unchanged += result.unchanged;
        summary.duplicates += result.duplicates;
        summary.removed += result.removedRows;
        if (result.files.length === 0 && result.removed.length === 0) continue;
        changedEntities.push(name);
        const keep = (entry?.files ?? []).filter((f) => !result.removed.includes(f.path));
        const files: FileEntry[] = [...keep];
        for (const f of result.files) {
          moves.push({ from: f.tmpPath, to: join(opts.dataDir, f.entry.path) });
          files.push(f.entry);
          ownFiles.add(fileKey(f.entry));
        }
        rewritten.set(name, new Map(result.files.map((f) => [f.entry.month, f.tmpPath])));
        superseded.push(...result.removed);
        files.sort((a, b) => a.month.localeCompare(b.month));
        if (files.length) next.entities[name] = entityEntry(files);
        else delete next.entities[name];
      }
      if (update.drop) {
        const dropped = dropFiles(next, update.drop);
        superseded.push(...dropped.removed);
        changedEntities.push(...dropped.entities.filter((e) => !changedEntities.includes(e)));
      }
      // Field coverage, for every entity (counted from the files where it is new or missing).
      for (const [name, entry] of Object.entries(next.entities)) {
        entry.coverage = await entityCoverage(duck, entityOf(name), entry.files, manifest.entities[name]?.coverage, rewritten.get(name) ?? new Map(), opts.dataDir);
      }
      const rejected = rejects.length;
      const previousRejects = manifest.rejects[opts.source];
      if (update.forget) {
        delete next.rejects[opts.source];
        if (previousRejects) superseded.push(previousRejects.path);
      } else {
        const rejectResult = await commitRejects({ duck, dataDir: opts.dataDir, outDir, source: opts.source, existing: previousRejects, rows: rejects.map((r) => ({ ...r, source: opts.source })), filesRead: [...filesRead] });
        if (rejectResult.changed) {
          if (rejectResult.entry) {
            next.rejects[opts.source] = rejectResult.entry;
            ownFiles.add(fileKey(rejectResult.entry));
            moves.push({ from: rejectResult.tmpPath!, to: join(opts.dataDir, rejectResult.entry.path) });
          } else delete next.rejects[opts.source];
          if (previousRejects) superseded.push(previousRejects.path);
        }
      }
      totals.added += summary.added;
      totals.updated += summary.updated;
      totals.unchanged += summary.unchanged;
      totals.rejected += rejected;
      totals.removed += summary.removed;
      const prev = manifest.sources[opts.source];
      if (update.forget) delete next.sources[opts.source];
      else if (!update.drop) {
        next.sources[opts.source] = {
          plugin: opts.plugin,
          lastPull: update.final ? opts.now.toISOString() : (prev?.lastPull ?? null),
          status: update.status,
          cursors: { ...(prev?.cursors ?? {}), ...update.cursors },
          last: { ...totals },
          ...(update.error ? { error: update.error } : {}),
          ...(update.failedStreams?.length ? { failedStreams: [...update.failedStreams].sort() } : {}),
        };
      }
      next.generation = manifest.generation + 1;
      next.updatedAt = opts.now.toISOString();
      await opts.onPhase?.('merged');
      // The new version: written files moved in, the others linked, then `current` switched (the commit point).
      const newFiles = new Map(moves.map((m) => [relative(opts.dataDir, m.to).split(sep).join('/'), m.from]));
      const beforeCommit = async () => {
        if (opts.signal?.aborted) throw new CadenceError('CADENCE_PULL_ABORTED', 'stopped before the commit point: nothing of this commit was written');
        if (opts.lock && !(await opts.lock.held())) throw new CadenceError('CADENCE_STORE_LOCKED', `the lock of ${opts.dataDir} is no longer this process's: nothing was committed`);
      };
      // Every data file in its month folder: files a version before wrote flat move there in this commit.
      const hive = hiveLayout(next);
      await publishVersion({ dataDir: opts.dataDir, scratch: tmpDir, from, next: hive.manifest, written: newFiles, movedFrom: hive.movedFrom, beforeCommit, ...(opts.onPhase ? { onPhase: opts.onPhase } : {}) });
      // Committed. The superseded version goes at once (readers hold their own links to what they
      // read), and with it the files only it listed. A failure here is the next writer's to finish.
      await removeSuperseded(opts.dataDir, next.generation, topNames(next), opts.onPhase).catch(() => undefined);
      await removeDeadPins(opts.dataDir).catch(() => undefined);
      // Start a fresh staging round.
      duck.close();
      await rm(join(tmpDir, `stage-${round}.duckdb`), { force: true });
      await rm(join(tmpDir, `stage-${round}.duckdb.wal`), { force: true });
      await rm(outDir, { recursive: true, force: true });
      round++;
      stagedItems.clear();
      itemStream.clear();
      pendingOf.clear();
      rejects = [];
      filesRead.clear();
      if (update.final) {
        await rm(tmpDir, { recursive: true, force: true });
        await removeEmptyStaging(opts.dataDir);
      } else {
        duck = await openStageDb(tmpDir, opts.memoryLimit, round);
      }
      await opts.onPhase?.('cleaned');
      const rejectsFile = next.rejects[opts.source]?.path;
      return { ...summary, rejected, entities: changedEntities, generation: next.generation, ...(rejectsFile ? { rejectsFile } : {}) };
    },

    async rollback() {
      for (const file of recordFiles.values()) file.out.destroy();
      recordFiles.clear();
      try {
        duck.close();
      } catch {
        /* already closed */
      }
      await rm(tmpDir, { recursive: true, force: true });
      await removeEmptyStaging(opts.dataDir);
    },
  };
  return tx;
}

/** Removes data/.tmp once the writer's own folder in it is gone and nothing else is there (the lock is still held). */
async function removeEmptyStaging(dataDir: string): Promise<void> {
  await rmdir(join(dataDir, '.tmp')).catch(() => undefined);
}

async function openStageDb(tmpDir: string, memoryLimit = '384MB', round = 0): Promise<Duck> {
  const duck = await openDuck({ path: join(tmpDir, `stage-${round}.duckdb`), tempDir: join(tmpDir, 'spill'), memoryLimit });
  for (const sql of castMacros()) await duck.run(sql);
  return duck;
}

/** A transaction that stages nothing and commits once (forgetting rows, dropping files): rolled back if the commit fails. */
export async function commitOnce(opts: TransactionOptions, update: CommitUpdate): Promise<CommitSummary> {
  const tx = await openTransaction(opts);
  try {
    return await tx.commit(update);
  } catch (e) {
    await tx.rollback();
    throw e;
  }
}
