/**
 * The pull runner: runs each configured source's plugin and commits what it yields into the
 * data folder. One writer at a time (lock); each source commits atomically; a checkpoint's cursor
 * is saved only together with the rows before it; Ctrl-C or a kill leaves the folder as it was
 * before the pull (or at its last committed checkpoint). A Ctrl-C is honoured up to a commit
 * point and not after it: a source whose commit happened is reported with what it committed
 * (`PullResult.interrupted` lists the sources not started), never as "nothing was written". The
 * host, not the plugin, adds who and where to every error.
 *
 * A stream that rejects more than its allowed share of rows, or whose derived ids collapse
 * different rows into one, fails (stream-verdict.ts): its rows are not committed while its
 * rejects are, the other streams of the source commit, and the source's outcome is `failed`.
 * A snapshot stream (bulk loads, or `snapshot: true`) that completes replaces the source's
 * earlier rows of that stream.
 */
import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { CadenceError, toCadenceError, type Place } from '../core/errors.ts';
import { redactError } from '../core/log/redact-error.ts';
import { redact } from '../core/log/redact.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import { asDiskFull, folderBytes, isDiskFull } from '../core/store/disk-full.ts';
import { acquireLock, type Lock } from '../core/store/lock.ts';
import { readManifest } from '../core/store/manifest.ts';
import { recoverDataFolder } from '../core/store/recover.ts';
import { openTransaction, type CommitSummary, type Transaction } from '../core/store/transaction.ts';
import type { StorePhase } from '../core/store/convert.ts';
import { judgeStream, maxRejectShare, streamFailure, type StreamVerdict } from '../core/store/stream-verdict.ts';
import { outOfOrderWarning } from '../core/store/stream-tally.ts';
import { streamsOf, type Clock, type Logger, type PullItem, type SourcePlugin } from './api.ts';
import { withConfigKey } from './config-key.ts';
import { makeContext, resolveOptions } from './context.ts';
import { loadPlugin } from './load.ts';

/** What the runner needs of a progress reporter (see src/core/log/progress.ts). */
export interface ProgressLike {
  start(label: string, total?: number, unit?: 'rows' | 'bytes' | 'pages'): { update(done: number, total?: number): void; stop(summary?: string): void };
}

export interface RunPullOptions {
  projectDir: string;
  config: CadenceConfig;
  configPath?: string;
  log: Logger & { addSecrets?(values: string[]): void };
  progress?: ProgressLike;
  /** Source names to pull (default: every enabled source, in config order). */
  sources?: string[];
  /** Seconds to wait for another writer of the data folder. */
  wait?: number;
  signal?: AbortSignal;
  clock?: Clock;
  fetch?: typeof fetch;
  env?: NodeJS.ProcessEnv;
  /** Ignore saved cursors and pull everything again (de-duplication keeps the folder exact). */
  full?: boolean;
  /**
   * Share of a stream's rows that may be rejected (`true`: any), for every source pulled;
   * overrides `sources.<name>.allowRejects`. Default: the config's, else 0.5.
   */
  allowRejects?: boolean | number;
  /** Commit at a checkpoint once this many rows are staged (default 50,000). */
  commitEvery?: number;
  /** Plugins by name, bypassing lookup (tests, embedding). */
  plugins?: Record<string, SourcePlugin>;
  /** DuckDB memory limit for staging (default 384MB; it spills to disk beyond). */
  memoryLimit?: string;
  /** Step hook of the recovery's conversion and of each commit (tests crash the process at a precise point with it). */
  onCommitPhase?: (phase: StorePhase) => void | Promise<void>;
}

export interface SourceOutcome {
  source: string;
  plugin: string;
  /**
   * partial: some streams failed for good (see streamErrors), the others were committed.
   * failed: the source stopped, or a stream's rows were not imported (see failedStreams).
   */
  status: 'ok' | 'partial' | 'failed' | 'aborted';
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  /** Stored rows removed: a snapshot stream's earlier rows that its new pull no longer has. */
  removed: number;
  error?: CadenceError;
  /** Streams that failed while the others went on (printed as they happened). */
  streamErrors?: CadenceError[];
  /** Streams whose rows were not imported: too many rejects, or ids that collapse (not printed yet). */
  failedStreams?: CadenceError[];
}

export interface PullResult {
  dataDir: string;
  sources: SourceOutcome[];
  /** True when no source added, changed or removed a row. */
  noNewData: boolean;
  /**
   * Set when the pull was stopped (Ctrl-C): the sources it did not start. What each source in
   * `sources` committed stays committed; a stop that lands after a source's commit point does not
   * undo it (its outcome is what was committed).
   */
  interrupted?: { notPulled: string[] };
}

export async function runPull(opts: RunPullOptions): Promise<PullResult> {
  const { config, projectDir, log } = opts;
  const dataDir = resolve(projectDir, config.dataDir);
  const clock = opts.clock ?? { now: () => new Date() };
  const signal = opts.signal ?? new AbortController().signal;
  const env = opts.env ?? process.env;
  const names = opts.sources?.length ? opts.sources : Object.keys(config.sources).filter((n) => config.sources[n]!.enabled);
  for (const n of names) {
    if (!config.sources[n]) {
      throw new CadenceError('CADENCE_SOURCE_UNKNOWN', `"${n}" is not configured; configured sources: ${Object.keys(config.sources).join(', ') || '(none)'}`);
    }
  }
  const lock = await acquireLock(dataDir, { waitSeconds: opts.wait ?? 0, log, signal });
  const outcomes: SourceOutcome[] = [];
  try {
    await recoverDataFolder(dataDir, log, opts.onCommitPhase);
    for (const source of names) {
      if (signal.aborted) break;
      outcomes.push(await pullSource(source, { ...opts, dataDir, clock, signal, env, lock }));
    }
  } finally {
    await lock.release();
  }
  const noNewData = outcomes.every((o) => o.added + o.updated + o.removed === 0);
  // A stop is reported with what was committed before it, never as "nothing happened".
  if (signal.aborted) return { dataDir, sources: outcomes, noNewData, interrupted: { notPulled: names.filter((n) => !outcomes.some((o) => o.source === n)) } };
  return { dataDir, sources: outcomes, noNewData };
}

type SourceRun = RunPullOptions & { dataDir: string; clock: Clock; signal: AbortSignal; env: NodeJS.ProcessEnv; lock: Lock };

async function pullSource(source: string, run: SourceRun): Promise<SourceOutcome> {
  const cfg = run.config.sources[source]!;
  const outcome: SourceOutcome = { source, plugin: cfg.plugin, status: 'ok', added: 0, updated: 0, unchanged: 0, rejected: 0, removed: 0 };
  const where: Place = { source, plugin: cfg.plugin };
  const log = prefixed(run.log, `${source}`);
  let plugin: SourcePlugin;
  let options: unknown;
  /** The source's secrets: masked in every error this source returns, not only in what is printed. */
  let secrets: string[] = [];
  try {
    plugin = run.plugins?.[cfg.plugin] ?? (await loadPlugin(cfg.plugin, run.projectDir));
    const resolved = resolveOptions(plugin, source, cfg.options, run.env);
    run.log.addSecrets?.(resolved.secrets);
    for (const w of resolved.warnings) log.warn(w);
    secrets = resolved.secrets;
    options = resolved.options;
  } catch (e) {
    const err = withConfigKey(toCadenceError(e), source, cfg.options).withPlace(where);
    if (['CADENCE_PLUGIN_OPTIONS_INVALID', 'CADENCE_CONFIG_SECRET_LITERAL', 'CADENCE_ENV_MISSING'].includes(err.code)) throw err;
    return { ...outcome, status: 'failed', error: err };
  }
  const streams = streamsOf(plugin, options);
  const manifest = await readManifest(run.dataDir);
  const saved = run.full ? {} : (manifest.sources[source]?.cursors ?? {});
  const started = run.clock.now();
  const tx = await openTransaction({ dataDir: run.dataDir, source, plugin: plugin.name, now: started, memoryLimit: run.memoryLimit, onPhase: run.onCommitPhase, signal: run.signal, lock: run.lock });
  /** Commits of this pull so far (checkpoints, then the final one). */
  let commits = 0;
  const cursors: Record<string, unknown> = {};
  const failedStreams = new Set<string>();
  const maxShare = maxRejectShare(run.allowRejects ?? cfg.allowRejects);
  /** Streams judged failed (their rows are not imported), and streams that yielded bulk loads. */
  const verdicts = new Map<string, StreamVerdict>();
  const bulkStreams = new Set<string>();
  const isSnapshot = (s: string) => streams[s]?.snapshot ?? bulkStreams.has(s);
  let uncommittedCursors: Record<string, unknown> = {};
  const task = run.progress?.start(`pull ${source}`, undefined, 'rows');
  const rowTotals = new Map<string, number>();
  let rows = 0;
  let stream: string | undefined;
  let place: Place | undefined;
  const add = (s: CommitSummary) => {
    commits++;
    outcome.added += s.added;
    outcome.updated += s.updated;
    outcome.unchanged += s.unchanged;
    outcome.rejected += s.rejected;
    outcome.removed += s.removed;
    if (s.duplicates) log.warn(`${s.duplicates.toLocaleString('en')} row(s) repeated the id of another row in this pull; the last one was kept`);
  };
  const ctx = makeContext({ source, options, config: run.config, projectDir: run.projectDir, signal: run.signal, log, fetch: run.fetch ?? globalThis.fetch, clock: run.clock, cursors: saved });
  try {
    for await (const item of plugin.pull(ctx) as AsyncIterable<PullItem>) {
      if (run.signal.aborted) throw new CadenceError('CADENCE_PULL_ABORTED', 'interrupted');
      stream = 'stream' in item ? item.stream : stream;
      place = undefined;
      if ((item.type === 'record' || item.type === 'bulk' || item.type === 'checkpoint' || item.type === 'reject' || item.type === 'error') && !streams[item.stream]) {
        throw new CadenceError('CADENCE_STREAM_UNKNOWN', `stream "${item.stream}" is not declared (declared: ${Object.keys(streams).join(', ')})`);
      }
      // A stream that failed at a checkpoint imports nothing more.
      if ('stream' in item && item.stream && verdicts.has(item.stream) && item.type !== 'progress') continue;
      switch (item.type) {
        case 'record':
          place = item.place;
          if (await tx.stageRecord(item.stream, streams[item.stream]!.entity, item.data, item.place)) rows++;
          if (rows % 5000 === 0) task?.update(rows);
          break;
        case 'bulk': {
          place = { file: item.load.displayPath };
          bulkStreams.add(item.stream);
          // DuckDB loads the file in one statement: say so, so a large file is never a silent wait.
          const size = await stat(item.load.path).then((st) => st.size, () => 0);
          log.info(`loading ${item.load.displayPath} (${(size / 2 ** 20).toFixed(size < 2 ** 20 ? 2 : 0)} MiB) with DuckDB…`);
          const r = await tx.stageBulk(item.stream, streams[item.stream]!.entity, item.load);
          for (const note of r.notes ?? []) log.info(`${item.load.displayPath}: ${note}`);
          rows += r.rows;
          task?.update(rows);
          if (r.rejected) log.warn(`${item.load.displayPath}: ${r.rejected.toLocaleString('en')} row(s) rejected (see data/rejects/)`);
          break;
        }
        case 'reject':
          tx.reject({ stream: item.stream, file: item.place.file ?? '', line: item.place.line ?? null, column: String(item.place.column ?? ''), code: item.code, reason: redact(item.reason, secrets), value: '', raw: item.raw ?? '' });
          break;
        case 'checkpoint':
          uncommittedCursors[item.stream] = item.cursor;
          // A snapshot replaces its stream's earlier rows once, when the whole of it is staged.
          if (tx.pending() >= (run.commitEvery ?? 50_000) && !Object.keys(streams).some((s) => isSnapshot(s) && tx.pending(s) > 0)) {
            await judge(tx, maxShare, verdicts, uncommittedCursors);
            add(await tx.commit({ cursors: uncommittedCursors, status: 'partial', final: false }));
            Object.assign(cursors, uncommittedCursors);
            uncommittedCursors = {};
          }
          break;
        case 'progress':
          // The task counts rows over every stream: a stream's total counts only when it is in rows
          // too (a file's byte size is no total of rows), summed over the streams that gave one.
          if (item.unit === 'rows' && item.total !== undefined) rowTotals.set(item.stream ?? '', item.total);
          task?.update(item.unit === 'rows' ? Math.max(rows, item.done) : rows, rowTotals.size ? [...rowTotals.values()].reduce((x, y) => x + y, 0) : undefined);
          break;
        case 'error': {
          const err = withConfigKey(redactError(asDiskFull(item.error, { relativeTo: run.projectDir }) ?? item.error, secrets, 'CADENCE_STREAM_FAILED'), source, cfg.options).withPlace({ ...where, stream: item.stream });
          log.error(err.message);
          (outcome.streamErrors ??= []).push(err);
          failedStreams.add(item.stream);
          break;
        }
        default:
          throw new CadenceError('CADENCE_PLUGIN_PROTOCOL', `unknown item ${JSON.stringify(item).slice(0, 120)}`);
      }
    }
    if (run.signal.aborted) throw new CadenceError('CADENCE_PULL_ABORTED', 'interrupted');
    const tallies = await judge(tx, maxShare, verdicts, uncommittedCursors);
    // Snapshot streams that completed with rows replace their earlier rows; one that brought no row keeps them.
    const replaceStreams = [...tallies.values()].filter((t) => isSnapshot(t.stream) && !verdicts.has(t.stream) && !failedStreams.has(t.stream) && t.imported > 0).map((t) => t.stream);
    for (const t of tallies.values()) {
      if (isSnapshot(t.stream) && t.imported + t.rejected === 0) log.warn(`stream ${t.stream} brought no row, so the rows of its earlier pull are kept`);
      if (!verdicts.has(t.stream)) for (const o of t.outOfOrder.values()) log.warn(outOfOrderWarning(t, o));
    }
    const status = verdicts.size ? 'failed' : failedStreams.size ? 'partial' : 'ok';
    const errorCode = verdicts.size ? [...verdicts.values()][0] : failedStreams.size ? outcome.streamErrors![0]!.code : undefined;
    const failed = [...new Set([...verdicts.keys(), ...failedStreams])];
    const summary = await tx.commit({ cursors: uncommittedCursors, status, final: true, replaceStreams, ...(errorCode ? { error: errorCode } : {}), ...(failed.length ? { failedStreams: failed } : {}) });
    add(summary);
    if (verdicts.size) {
      const rejectsFile = summary.rejectsFile ? relative(run.projectDir, join(run.dataDir, summary.rejectsFile)) : undefined;
      outcome.failedStreams = [...verdicts].map(([s, v]) => streamFailure(tallies.get(s)!, v, { maxShare, ...(rejectsFile ? { rejectsFile } : {}) }).withPlace({ ...where, stream: s }));
      outcome.status = 'failed';
      outcome.error = outcome.failedStreams[0];
    } else if (failedStreams.size) {
      outcome.status = 'partial';
      outcome.error = outcome.streamErrors![0];
    }
    const removed = outcome.removed ? `, ${outcome.removed.toLocaleString('en')} removed` : '';
    const failedNote = verdicts.size ? ` (failed: ${[...verdicts.keys()].join(', ')})` : '';
    task?.stop(`pull ${source}: ${outcome.added.toLocaleString('en')} added, ${outcome.updated.toLocaleString('en')} updated, ${outcome.unchanged.toLocaleString('en')} unchanged, ${outcome.rejected.toLocaleString('en')} rejected${removed}${failedNote}`);
    return outcome;
  } catch (e) {
    // A full disk is said as such (where, how much is free, roughly how much the pull needed), measured before the rollback frees the staging.
    const full = isDiskFull(e) ? asDiskFull(e, { neededBytes: await folderBytes(join(run.dataDir, '.tmp')), neededWhat: 'The pull had staged', relativeTo: run.projectDir, doing: `pulling source ${source}` }) : undefined;
    await tx.rollback();
    const err = withConfigKey(redactError(run.signal.aborted ? new CadenceError('CADENCE_PULL_ABORTED', abortedDetail(outcome, commits), { cause: e }) : (full ?? e), secrets), source, cfg.options).withPlace({ ...where, stream, ...(place ?? {}) });
    task?.stop(`pull ${source}: ${err.code}`);
    return { ...outcome, status: err.code === 'CADENCE_PULL_ABORTED' ? 'aborted' : 'failed', error: err };
  }
}

/** What a source stopped by Ctrl-C had committed: nothing, or its checkpoints with their counts. */
function abortedDetail(o: SourceOutcome, commits: number): string {
  if (commits === 0) return 'stopped before its commit point: nothing of this pull was committed, the data folder is as it was before it';
  const n = (x: number) => x.toLocaleString('en');
  return (
    `stopped after ${commits} checkpoint commit(s) of this pull (${n(o.added)} added, ${n(o.updated)} updated, ${n(o.unchanged)} unchanged, ${n(o.rejected)} rejected${o.removed ? `, ${n(o.removed)} removed` : ''}), which stay committed with their cursors; ` +
    'what came after the last one was not imported, and the next pull resumes there'
  );
}

/**
 * Judges every stream staged so far; a stream that fails is dropped from the transaction (its
 * rejects stay) and its uncommitted cursor forgotten, so the next pull reads it again.
 */
async function judge(tx: Transaction, maxShare: number, verdicts: Map<string, StreamVerdict>, uncommittedCursors: Record<string, unknown>) {
  const tallies = await tx.tallies();
  for (const t of tallies.values()) {
    if (verdicts.has(t.stream)) continue;
    const verdict = judgeStream(t, maxShare);
    if (!verdict) continue;
    verdicts.set(t.stream, verdict);
    await tx.dropStream(t.stream);
    delete uncommittedCursors[t.stream];
  }
  return tallies;
}

function prefixed(log: Logger, prefix: string): Logger {
  return {
    debug: (m) => log.debug(`${prefix}: ${m}`),
    info: (m) => log.info(`${prefix}: ${m}`),
    warn: (m) => log.warn(`${prefix}: ${m}`),
    error: (m) => log.error(`${prefix}: ${m}`),
  };
}
