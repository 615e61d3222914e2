/**
 * Reads what runPull/runCheck return and turns it into output and an exit code. Duck-typed on
 * purpose: the CLI depends on the shape, not on the modules (which load lazily).
 */
import { isCadenceError } from '../core/errors.ts';
import { out, logOf, type CliContext } from './context.ts';
import { exitCodeFor, exitCodes } from './exit-codes.ts';

interface OutcomeLike {
  source?: string;
  status?: string;
  ok?: boolean;
  error?: unknown;
  added?: number;
  updated?: number;
  unchanged?: number;
  rejected?: number;
  removed?: number;
  /** Streams whose rows were not imported (too many rejects, collapsed ids): each is printed. */
  failedStreams?: unknown[];
}

/** The worse of two exit codes (interrupted > invalid input > failure > ok). */
function worse(a: number, b: number): number {
  const order = [exitCodes.ok, exitCodes.noNewData, exitCodes.failure, exitCodes.invalidInput, exitCodes.interrupted] as number[];
  return order.indexOf(b) > order.indexOf(a) ? b : a;
}

/** Prints the error of each failed source and sets the exit code (1, or 2 for input errors). */
function failures(ctx: CliContext, outcomes: OutcomeLike[]): void {
  for (const o of outcomes) {
    const failed = o.status === 'failed' || o.status === 'partial' || o.ok === false;
    if (!failed) continue;
    if (o.status === 'partial') {
      // Stream errors were printed as they happened; say what it means for the exit code.
      logOf(ctx).error(`${o.source ?? 'a source'}: some streams failed; the others were imported`);
    } else if (o.failedStreams?.length) {
      // Each failed stream with its summary (counts, rejects by code and column, the rejects file).
      for (const f of o.failedStreams) {
        if (isCadenceError(f)) logOf(ctx).error(f.message);
        ctx.exitCode = worse(ctx.exitCode, exitCodeFor(f));
      }
    } else if (isCadenceError(o.error)) logOf(ctx).error(o.error.message);
    else if (o.error instanceof Error) logOf(ctx).error(`${o.source ?? 'a source'}: ${o.error.message}`);
    ctx.exitCode = worse(ctx.exitCode, o.error ? exitCodeFor(o.error) : exitCodes.failure);
  }
}

/**
 * `runPull` result: `{ sources: [{ source, status: 'ok' | 'partial' | 'failed' | 'aborted', error?,
 * failedStreams?, added?, … }], interrupted?: { notPulled } }` or `{ ok }`.
 */
export function reportPull(ctx: CliContext, result: unknown, options: { requireNewData?: boolean } = {}): void {
  if (!result || typeof result !== 'object') return;
  const r = result as { ok?: boolean; sources?: OutcomeLike[]; noNewData?: boolean; interrupted?: { notPulled?: string[] } };
  if (Array.isArray(r.sources)) failures(ctx, r.sources);
  if (r.interrupted || r.sources?.some((o) => o.status === 'aborted')) reportStop(ctx, r.sources ?? [], r.interrupted?.notPulled ?? []);
  if (r.ok === false) ctx.exitCode = worse(ctx.exitCode, exitCodes.failure);
  // Asked for: a pull that brought nothing new says so with its own exit code (3), unless it failed.
  if (options.requireNewData && r.noNewData === true) {
    ctx.io.stderr.write('no new data: no source added, changed or removed a row (exit 3)\n');
    ctx.exitCode = worse(ctx.exitCode, exitCodes.noNewData);
  }
}

/**
 * A pull stopped with Ctrl-C says what it committed: each source committed before the stop (or
 * whose commit point the stop came after) with its counts, each source stopped before its commit
 * (its error says whether checkpoints of it were committed), and the sources not started. Exit
 * 130 when something was left undone; when the stop came after every commit, the pull's own code.
 */
function reportStop(ctx: CliContext, sources: OutcomeLike[], notPulled: string[]): void {
  const log = logOf(ctx);
  const n = (x: number | undefined) => (x ?? 0).toLocaleString('en');
  const stopped = sources.filter((o) => o.status === 'aborted');
  const committed = sources.filter((o) => o.status !== 'aborted');
  for (const o of stopped) if (isCadenceError(o.error)) log.error(o.error.message);
  if (committed.length) {
    const what = committed.map((o) => `${o.source} (${n(o.added)} added, ${n(o.updated)} updated, ${n(o.unchanged)} unchanged, ${n(o.rejected)} rejected${o.removed ? `, ${n(o.removed)} removed` : ''}${o.status !== 'ok' ? `, ${o.status}` : ''})`);
    log.warn(`Stopped (Ctrl-C) after committing ${what.join('; ')}: ${committed.length === 1 ? 'that is' : 'those are'} in the data folder.`);
  }
  if (notPulled.length) log.warn(`Not pulled: ${notPulled.join(', ')} (stopped before ${notPulled.length === 1 ? 'it' : 'they'} started); run the pull again for ${notPulled.length === 1 ? 'it' : 'them'}.`);
  if (stopped.length || notPulled.length) ctx.exitCode = exitCodes.interrupted;
  else log.warn('The Ctrl-C came after the pull had committed everything: the result above stands.');
  ctx.stopHandled = true;
}

interface CheckLike extends OutcomeLike {
  plugin?: string;
  message?: string;
  streams?: Record<string, { entity?: string; next?: string }>;
}

/** `runCheck` result: one entry per source `{ source, plugin, ok, message, streams }` (or `{ ok }`). */
export function reportCheck(ctx: CliContext, result: unknown): void {
  if (Array.isArray(result)) {
    const checks = result as CheckLike[];
    if (checks.length === 0) out(ctx, 'No sources are configured (add one under `sources` in the config).');
    for (const c of checks) {
      out(ctx, `${c.ok ? '✓' : '✗'} ${c.source ?? '?'}${c.plugin ? ` (${c.plugin})` : ''}: ${c.message ?? ''}`.trimEnd());
      for (const [stream, s] of Object.entries(c.streams ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
        out(ctx, `    ${stream}${s.entity && s.entity !== stream ? ` → ${s.entity}` : ''}: next pull fetches ${s.next ?? '?'}`);
      }
    }
    failures(ctx, checks);
    return;
  }
  if (result && typeof result === 'object' && (result as { ok?: boolean }).ok === false) ctx.exitCode = worse(ctx.exitCode, exitCodes.failure);
}

/** Any other command's result: `{ ok: false }` → exit 1. */
export function reportResult(ctx: CliContext, result: unknown): void {
  if (result && typeof result === 'object' && (result as { ok?: boolean }).ok === false) ctx.exitCode = worse(ctx.exitCode, exitCodes.failure);
}
