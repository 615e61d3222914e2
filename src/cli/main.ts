/**
 * The `cadence` command: global options, one module per command, error printing and exit codes.
 *
 * `main(argv)` returns the exit code instead of exiting, and takes its streams, environment, clock
 * and stop signal from the caller (bin/cadence.mjs passes the real ones; tests pass their own).
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isCadenceError } from '../core/errors.ts';
import { asDiskFull } from '../core/store/disk-full.ts';
import { registerBuild } from './commands/build.ts';
import { registerCatalog } from './commands/catalog.ts';
import { registerCheck } from './commands/check.ts';
import { registerDemo } from './commands/demo.ts';
import { registerDev } from './commands/dev.ts';
import { registerForget } from './commands/forget.ts';
import { registerInit } from './commands/init.ts';
import { registerPull } from './commands/pull.ts';
import { registerMetrics } from './commands/metrics.ts';
import { registerDigest } from './commands/digest.ts';
import { registerPdf } from './commands/pdf.ts';
import { logOf, prepare, type CliContext, type CliIO } from './context.ts';
import { exitCodeFor, exitCodes, isAbortError } from './exit-codes.ts';

export interface MainOptions {
  /** Streams, environment, working folder and clock (default: the process's). */
  io?: Partial<CliIO>;
  /** Stops the command when aborted (default: a signal aborted by the first Ctrl-C). */
  signal?: AbortSignal;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** The program with every command; `ctx` is this run's state. */
export function createProgram(ctx: CliContext): Command {
  const program = new Command('cadence')
    .description('Cadence turns social, CRM and web analytics exports into storytelling report sites.')
    .version(version(), '-V, --version', 'print the Cadence version')
    .option('--cwd <dir>', 'run as if started in <dir> (the project folder); other paths are relative to it')
    .option('--config <file>', 'use this config file instead of cadence.config.ts in the project folder')
    .option('--verbose', 'also print debug messages (and stack traces of errors)')
    .option('--quiet', 'print only warnings and errors (no progress)')
    .helpOption('-h, --help', 'show help for cadence or a command')
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput({
      writeOut: (text) => void ctx.io.stdout.write(text),
      writeErr: (text) => void ctx.io.stderr.write(text),
    })
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .exitOverride()
    .showSuggestionAfterError(true)
    .showHelpAfterError('(run `cadence --help` or `cadence <command> --help` for usage)')
    .hook('preAction', (_program, action) => prepare(ctx, action));

  registerInit(program, ctx);
  registerPull(program, ctx);
  registerCheck(program, ctx);
  registerForget(program, ctx);
  registerMetrics(program, ctx);
  registerDigest(program, ctx);
  registerPdf(program, ctx);
  registerBuild(program, ctx);
  registerDev(program, ctx);
  registerDemo(program, ctx);
  registerCatalog(program, ctx);

  program.addHelpText(
    'after',
    `
Typical use:
  $ npx cadence init my-reports     scaffold a project with sample data
  $ npx cadence check               test the config and every source
  $ npx cadence pull                import new data from every source
  $ npx cadence build               build the report site (site.outDir, default dist/)
  $ npx cadence dev                 preview the built site

Exit codes: 0 ok, 1 failure (a plugin, the network, a full disk, …), 2 invalid input (config, environment, options,
  mapping, period), 3 no new data (pull --require-new-data), 130 stopped (Ctrl-C or SIGTERM).`,
  );
  return program;
}

/** Runs `cadence` with `argv` (node, script, ...args) and returns the exit code. */
export async function main(argv: readonly string[] = process.argv, options: MainOptions = {}): Promise<number> {
  const io: CliIO = {
    stdout: options.io?.stdout ?? process.stdout,
    stderr: options.io?.stderr ?? process.stderr,
    env: options.io?.env ?? process.env,
    cwd: options.io?.cwd ?? process.cwd(),
    clock: options.io?.clock ?? { now: () => new Date() },
  };
  const stop = options.signal ? undefined : interruptOnCtrlC(io);
  const ctx: CliContext = { io, signal: options.signal ?? stop!.signal, exitCode: exitCodes.ok };
  try {
    await createProgram(ctx).parseAsync([...argv]);
    return ctx.signal.aborted && !ctx.stopHandled ? exitCodes.interrupted : ctx.exitCode;
  } catch (error) {
    return report(ctx, error, argv.includes('--verbose'));
  } finally {
    ctx.progress?.close();
    stop?.dispose();
  }
}

/** Prints an error that ended the command and picks the exit code. */
function report(ctx: CliContext, given: unknown, verbose: boolean): number {
  // A full disk anywhere (the lock, the staging, a build's output) is CADENCE_DISK_FULL, with the room left.
  const error = asDiskFull(given, { relativeTo: ctx.io.cwd }) ?? given;
  if (error instanceof CommanderError) {
    // commander has printed help, the version or the usage error already.
    return error.exitCode === 0 ? exitCodes.ok : exitCodes.invalidInput;
  }
  const log = logOf(ctx);
  if (ctx.signal.aborted && (isAbortError(error) || error === ctx.signal.reason || given === ctx.signal.reason)) {
    log.warn('Stopped before the end (Ctrl-C).');
    return exitCodes.interrupted;
  }
  if (isCadenceError(error)) {
    log.error(error.message);
    if (verbose && error.cause instanceof Error && error.cause.stack) log.error(`cause: ${error.cause.stack}`);
  } else {
    const e = error instanceof Error ? error : new Error(String(error));
    log.error(verbose && e.stack ? e.stack : `${e.message}\n  (rerun with --verbose for the stack trace)`);
  }
  return exitCodeFor(error);
}

/**
 * First Ctrl-C (or SIGTERM, as a CI system sends when a job is cancelled) aborts the signal
 * (commands stop cleanly); a second one exits at once.
 */
function interruptOnCtrlC(io: CliIO): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = () => {
    if (controller.signal.aborted) {
      process.exit(exitCodes.interrupted);
    }
    io.stderr.write('\nStopping… (press Ctrl-C again to quit at once)\n');
    controller.abort(new DOMException('Stopped with Ctrl-C', 'AbortError'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}
