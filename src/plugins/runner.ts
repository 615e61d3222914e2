/**
 * The pull runner: runs each configured source's plugin and commits what it yields into the
 * data folder. One writer at a time (lock); each source commits atomically; a checkpoint's cursor
 * is saved only together with the rows before it; Ctrl-C or a kill leaves the folder as it was
 * before the pull (or at its last committed checkpoint). The host, not the plugin, adds who and
 * where to every error.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CadenceError, toCadenceError, type Place } from '../core/errors.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import { acquireLock } from '../core/store/lock.ts';
import { readManifest } from '../core/store/manifest.ts';
import { recoverDataFolder } from '../core/store/recover.ts';
import { openTransaction, type CommitPhase, type CommitSummary } from '../core/store/transaction.ts';
import { streamsOf, type Clock, type Logger, type PullItem, type SourcePlugin } from './api.ts';
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
  /** Commit at a checkpoint once this many rows are staged (default 50,000). */
  commitEvery?: number;
  /** Plugins by name, bypassing lookup (tests, embedding). */
  plugins?: Record<string, SourcePlugin>;
  /** DuckDB memory limit for staging (default 384MB; it spills to disk beyond). */
  memoryLimit?: string;
  /** Commit step hook (tests crash the process at a precise point with it). */
  onCommitPhase?: (phase: CommitPhase) => void | Promise<void>;
}

export interface SourceOutcome {
  source: string;
  plugin: string;
  /** partial: some streams failed (see streamErrors), the others were committed. */
  status: 'ok' | 'partial' | 'failed' | 'aborted';
  added: number;
  updated: number;
  unchanged: number;
  rejected: number;
  error?: CadenceError;
  /** Streams that failed while the others went on. */
  streamErrors?: CadenceError[];
}

export interface PullResult {
  dataDir: string;
  sources: SourceOutcome[];
  /** True when no source added or changed a row. */
  noNewData: boolean;
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
    await recoverDataFolder(dataDir, log);
    for (const source of names) {
      if (signal.aborted) break;
      outcomes.push(await pullSource(source, { ...opts, dataDir, clock, signal, env }));
    }
  } finally {
    await lock.release();
  }
  if (signal.aborted && !outcomes.some((o) => o.status === 'aborted')) {
    throw new CadenceError('CADENCE_PULL_ABORTED', 'stopped before the next source started');
  }
  return { dataDir, sources: outcomes, noNewData: outcomes.every((o) => o.added + o.updated === 0) };
}

type SourceRun = RunPullOptions & { dataDir: string; clock: Clock; signal: AbortSignal; env: NodeJS.ProcessEnv };

async function pullSource(source: string, run: SourceRun): Promise<SourceOutcome> {
  const cfg = run.config.sources[source]!;
  const outcome: SourceOutcome = { source, plugin: cfg.plugin, status: 'ok', added: 0, updated: 0, unchanged: 0, rejected: 0 };
  const where: Place = { source, plugin: cfg.plugin };
  const log = prefixed(run.log, `${source}`);
  let plugin: SourcePlugin;
  let options: unknown;
  try {
    plugin = run.plugins?.[cfg.plugin] ?? (await loadPlugin(cfg.plugin, run.projectDir));
    const resolved = resolveOptions(plugin, source, cfg.options, run.env);
    run.log.addSecrets?.(resolved.secrets);
    options = resolved.options;
  } catch (e) {
    const err = toCadenceError(e).withPlace(where);
    if (['CADENCE_PLUGIN_OPTIONS_INVALID', 'CADENCE_CONFIG_SECRET_LITERAL', 'CADENCE_ENV_MISSING'].includes(err.code)) throw err;
    return { ...outcome, status: 'failed', error: err };
  }
  const streams = streamsOf(plugin, options);
  const manifest = await readManifest(run.dataDir);
  const saved = run.full ? {} : (manifest.sources[source]?.cursors ?? {});
  const started = run.clock.now();
  const tx = await openTransaction({ dataDir: run.dataDir, source, plugin: plugin.name, now: started, memoryLimit: run.memoryLimit, onPhase: run.onCommitPhase });
  const cursors: Record<string, unknown> = {};
  const failedStreams = new Set<string>();
  let uncommittedCursors: Record<string, unknown> = {};
  const task = run.progress?.start(`pull ${source}`, undefined, 'rows');
  let rows = 0;
  let stream: string | undefined;
  let place: Place | undefined;
  const add = (s: CommitSummary) => {
    outcome.added += s.added;
    outcome.updated += s.updated;
    outcome.unchanged += s.unchanged;
    outcome.rejected += s.rejected;
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
      switch (item.type) {
        case 'record':
          place = item.place;
          if (await tx.stageRecord(item.stream, streams[item.stream]!.entity, item.data, item.place)) rows++;
          if (rows % 5000 === 0) task?.update(rows);
          break;
        case 'bulk': {
          place = { file: item.load.displayPath };
          // DuckDB loads the file in one statement: say so, so a large file is never a silent wait.
          const size = await stat(item.load.path).then((st) => st.size, () => 0);
          log.info(`loading ${item.load.displayPath} (${(size / 2 ** 20).toFixed(size < 2 ** 20 ? 2 : 0)} MiB) with DuckDB…`);
          const r = await tx.stageBulk(item.stream, streams[item.stream]!.entity, item.load);
          rows += r.rows;
          task?.update(rows);
          if (r.rejected) log.warn(`${item.load.displayPath}: ${r.rejected.toLocaleString('en')} row(s) rejected (see data/rejects/)`);
          break;
        }
        case 'reject':
          tx.reject({ stream: item.stream, file: item.place.file ?? '', line: item.place.line ?? null, column: String(item.place.column ?? ''), code: item.code, reason: item.reason, value: '', raw: item.raw ?? '' });
          break;
        case 'checkpoint':
          uncommittedCursors[item.stream] = item.cursor;
          if (tx.pending() >= (run.commitEvery ?? 50_000)) {
            add(await tx.commit({ cursors: uncommittedCursors, status: 'partial', final: false }));
            Object.assign(cursors, uncommittedCursors);
            uncommittedCursors = {};
          }
          break;
        case 'progress':
          task?.update(item.unit === 'rows' ? Math.max(rows, item.done) : rows, item.total);
          break;
        case 'error': {
          const err = toCadenceError(item.error, 'CADENCE_STREAM_FAILED').withPlace({ ...where, stream: item.stream });
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
    const status = failedStreams.size ? 'partial' : 'ok';
    add(await tx.commit({ cursors: uncommittedCursors, status, final: true, ...(failedStreams.size ? { error: outcome.streamErrors![0]!.code } : {}) }));
    if (failedStreams.size) {
      outcome.status = 'partial';
      outcome.error = outcome.streamErrors![0];
    }
    task?.stop(`pull ${source}: ${outcome.added.toLocaleString('en')} added, ${outcome.updated.toLocaleString('en')} updated, ${outcome.unchanged.toLocaleString('en')} unchanged, ${outcome.rejected.toLocaleString('en')} rejected`);
    return outcome;
  } catch (e) {
    await tx.rollback();
    const err = toCadenceError(run.signal.aborted ? new CadenceError('CADENCE_PULL_ABORTED', 'interrupted', { cause: e }) : e).withPlace({ ...where, stream, ...(place ?? {}) });
    task?.stop(`pull ${source}: ${err.code}`);
    return { ...outcome, status: err.code === 'CADENCE_PULL_ABORTED' ? 'aborted' : 'failed', error: err };
  }
}

function prefixed(log: Logger, prefix: string): Logger {
  return {
    debug: (m) => log.debug(`${prefix}: ${m}`),
    info: (m) => log.info(`${prefix}: ${m}`),
    warn: (m) => log.warn(`${prefix}: ${m}`),
    error: (m) => log.error(`${prefix}: ${m}`),
  };
}
