/**
 * `cadence pull [sources...] [--wait [seconds]] [--full] [--allow-rejects [share]]` → runPull() of
 * src/plugins/runner.ts.
 *
 * Test hook: with `CADENCE_TEST_SIGINT_AT=<commit step>` in the environment (merged, moving, moved,
 * committed, cleaning, cleaned), the process sends itself a real SIGINT when a commit reaches that
 * step and goes on once the Ctrl-C handler has seen it — so tests put a Ctrl-C exactly before or
 * after the commit point. Nothing else reads it.
 */
import { once } from 'node:events';
import { InvalidArgumentError, type Command } from 'commander';
import { configOf, logOf, progressOf, type CliContext } from '../context.ts';
import type { RunPullOptions } from '../contracts.ts';
import { importFunction } from '../lazy-import.ts';
import { reportPull } from '../results.ts';

/** Seconds a bare `--wait` waits for another pull's lock. */
export const defaultWaitSeconds = 600;

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n)) throw new InvalidArgumentError('expected a number of seconds, e.g. 120');
  return n;
}

/** `--allow-rejects [share]`: a share of rows between 0 and 1. */
export function parseShare(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(n >= 0 && n <= 1)) throw new InvalidArgumentError('expected a share of rows between 0 and 1, e.g. 0.9');
  return n;
}

export function registerPull(program: Command, ctx: CliContext): void {
  program
    .command('pull')
    .summary('import new data from the sources')
    .description(
      'Pull every enabled source (or only those named) into the data folder. Each source continues from its saved cursor; ' +
        'the data folder is committed atomically, so a failed or stopped pull leaves the previous data intact.',
    )
    .argument('[sources...]', 'names of sources to pull (keys under `sources` in the config); default: every enabled source')
    .option('--wait [seconds]', `if another pull holds the data folder, wait for it (default ${defaultWaitSeconds} s) instead of failing`, parseSeconds)
    .option('--full', 'ignore saved cursors and pull everything again')
    .option('--require-new-data', 'exit 3 ("no new data") when no source added, changed or removed a row, so a scheduled job can stop there')
    .option(
      '--allow-rejects [share]',
      'import a stream even when more than half of its rows are rejected (default: any share; or up to the share given, e.g. 0.9); overrides sources.<name>.allowRejects',
      parseShare,
    )
    .option('--memory <size>', 'memory for staging the rows (e.g. 256MB; default 384MB): lower it to bound the peak on very large files, at some speed', parseMemory)
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence pull                     every enabled source, from where each left off
  $ npx cadence pull posts mentions      only these two sources
  $ npx cadence pull --full posts        re-import the whole posts source
  $ npx cadence pull --wait 300          in CI: wait up to 5 minutes for a running pull
  $ npx cadence pull --require-new-data  in CI: exit 3 when nothing new came in
  $ npx cadence pull --allow-rejects     import what reads even if most rows are rejected
  $ npx cadence pull --memory 256MB      a 10-million-row file with a peak under 1 GB

A stream that rejects more than half of its rows (or imports none), or whose rows would share
ids, fails: exit 1, none of its rows are imported, and the rejects are summarised with the
path of the rejects file.

Secrets are read from the environment ({ env: "NAME" } in the config) and never printed.`,
    )
    .action(async (sources: string[], opts: { wait?: number | true; full?: boolean; requireNewData?: boolean; allowRejects?: number | true; memory?: string }, command: Command) => {
      const { config, path: configPath, projectDir } = await configOf(command, ctx);
      const runPull = await importFunction<(o: RunPullOptions) => Promise<unknown>>(new URL('../../plugins/runner.ts', import.meta.url), 'runPull', 'pull');
      const options: RunPullOptions = {
        projectDir,
        config,
        configPath,
        log: logOf(ctx),
        progress: progressOf(ctx),
        sources: sources.length > 0 ? sources : undefined,
        wait: opts.wait === true ? defaultWaitSeconds : opts.wait,
        full: opts.full === true,
        ...(opts.allowRejects !== undefined ? { allowRejects: opts.allowRejects } : {}),
        ...(opts.memory !== undefined ? { memoryLimit: opts.memory } : {}),
        signal: ctx.signal,
        clock: ctx.io.clock,
        ...sigintHook(ctx),
      };
      reportPull(ctx, await runPull(options), { requireNewData: opts.requireNewData === true });
    });
}

/** The `CADENCE_TEST_SIGINT_AT` hook (see the module comment). */
function sigintHook(ctx: CliContext): Pick<RunPullOptions, 'onCommitPhase'> {
  const at = ctx.io.env.CADENCE_TEST_SIGINT_AT;
  if (!at) return {};
  return {
    async onCommitPhase(phase) {
      if (phase !== at || ctx.signal.aborted) return;
      // The timer keeps the process alive until the signal arrives (a signal handler alone does not).
      const timer = setTimeout(() => undefined, 10_000);
      process.kill(process.pid, 'SIGINT');
      await once(ctx.signal, 'abort');
      clearTimeout(timer);
    },
  };
}

/** `--memory`: a size DuckDB reads, 64MB or more (e.g. 256MB, 1GB). */
function parseMemory(value: string): string {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(MB|MiB|GB|GiB)\s*$/i.exec(value);
  const mb = m ? Number(m[1]) * (/^g/i.test(m[2]!) ? 1024 : 1) : NaN;
  if (!m || !(mb >= 64)) throw new InvalidArgumentError('expected a size of 64MB or more, e.g. 256MB or 1GB');
  return `${m[1]}${m[2]!.toUpperCase().replace('IB', 'iB')}`;
}
