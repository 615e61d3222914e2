/**
 * What one run of `cadence` works with: its streams, environment, clock and stop signal (all
 * injected, so tests run commands in-process), plus the logger and progress made from the global
 * options once they are parsed.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { Clock } from '../plugins/api.ts';
import { loadConfig, type LoadedConfig } from '../core/config/load.ts';
import { createLogger, type HostLogger, type LogLevel, type LogStream } from '../core/log/logger.ts';
import { createProgress, silentProgress, type Progress } from '../core/log/progress.ts';

/** The outside world of one run. */
export interface CliIO {
  /** Results (created files, the dev URL). */
  stdout: LogStream;
  /** Logs, progress and errors. */
  stderr: LogStream;
  env: NodeJS.ProcessEnv;
  /** Working folder the command was started in. */
  cwd: string;
  clock: Clock;
}

/** Options every command accepts. */
export interface GlobalOptions {
  cwd?: string;
  config?: string;
  verbose?: boolean;
  quiet?: boolean;
}

/** Per-run state, made in main() (never module-level). */
export interface CliContext {
  io: CliIO;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Set by a command that ends without an error but must not exit 0. */
  exitCode: number;
  /** Set by a command that dealt with a Ctrl-C itself (said what it completed): `exitCode` stands. */
  stopHandled?: boolean;
  /** Made before the command's action runs (see `prepare`). */
  log?: HostLogger;
  progress?: Progress;
}

/** Where the command works, from the global options. */
export interface Place {
  /** `--cwd` resolved (default: the working folder). Paths on the command line are relative to it. */
  projectDir: string;
  /** `--config` resolved, when given. */
  configPath?: string;
}

export function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>();
}

export function placeOf(command: Command, io: CliIO): Place {
  const opts = globals(command);
  const projectDir = path.resolve(io.cwd, opts.cwd ?? '.');
  return { projectDir, configPath: opts.config ? path.resolve(projectDir, opts.config) : undefined };
}

export function levelOf(opts: GlobalOptions): LogLevel {
  if (opts.verbose) return 'debug';
  if (opts.quiet) return 'warn';
  return 'info';
}

/** Makes the run's logger and progress from the parsed global options (commander preAction hook). */
export function prepare(ctx: CliContext, command: Command): void {
  const opts = globals(command);
  const progress = opts.quiet ? silentProgress(ctx.io.stderr) : createProgress({ stream: ctx.io.stderr, clock: ctx.io.clock });
  ctx.progress = progress;
  ctx.log = createLogger({ level: levelOf(opts), stream: progress.stream, env: ctx.io.env });
}

/** The logger of the run (a default one if a command runs before `prepare`). */
export function logOf(ctx: CliContext): HostLogger {
  ctx.log ??= createLogger({ stream: ctx.io.stderr, env: ctx.io.env });
  return ctx.log;
}

export function progressOf(ctx: CliContext): Progress {
  ctx.progress ??= createProgress({ stream: ctx.io.stderr, clock: ctx.io.clock });
  return ctx.progress;
}

/** Loads the project's config (CADENCE_CONFIG_* errors propagate to main). */
export async function configOf(command: Command, ctx: CliContext): Promise<LoadedConfig> {
  const place = placeOf(command, ctx.io);
  const loaded = await loadConfig({ projectDir: place.projectDir, configPath: place.configPath });
  logOf(ctx).debug(`config: ${loaded.path}`);
  return loaded;
}

/** Writes a result line to stdout. */
export function out(ctx: CliContext, line = ''): void {
  ctx.io.stdout.write(`${line}\n`);
}
