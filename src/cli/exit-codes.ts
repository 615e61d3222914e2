/**
 * Exit codes of the `cadence` command. Scripts and CI branch on these, so they are permanent.
 */
import { isCadenceError, type ErrorCode } from '../core/errors.ts';

export const exitCodes = {
  /** Everything worked. */
  ok: 0,
  /** Something failed that is not the input's fault (a plugin, the network, the store, a bug). */
  failure: 1,
  /** The input is wrong: config, environment, source names, mapping, period, command-line usage. */
  invalidInput: 2,
  /** `cadence pull --require-new-data`: the pull worked but brought no new data. */
  noNewData: 3,
  /** Stopped with Ctrl-C (128 + SIGINT). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/**
 * Error codes that mean "fix your input" (exit 2) besides every CADENCE_CONFIG_* code: the
 * config (an unknown plugin, a goal's KPI, a project metric), the environment, source names, a
 * mapping that does not fit its file (a missing column, no header with the mapped columns, a
 * table to pick), a period, a report file, a scaffold target. The README's error reference lists
 * each code with its exit code (written from this set by `npm run docs`).
 */
export const invalidInputCodes: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'CADENCE_ENV_MISSING',
  'CADENCE_SOURCE_UNKNOWN',
  'CADENCE_PLUGIN_NOT_FOUND',
  'CADENCE_PLUGIN_OPTIONS_INVALID',
  'CADENCE_CSV_MAPPING_INVALID',
  'CADENCE_CSV_MISSING_COLUMN',
  'CADENCE_CSV_HEADER_NOT_FOUND',
  'CADENCE_CSV_TABLE_AMBIGUOUS',
  'CADENCE_GOAL_UNKNOWN_KPI',
  'CADENCE_METRIC_INVALID',
  'CADENCE_PERIOD_INVALID',
  'CADENCE_CATALOG_UNKNOWN',
  'CADENCE_INIT_NOT_EMPTY',
  'CADENCE_REPORT_INVALID',
  'CADENCE_PDF_NO_REPORT',
]);

/** The exit code for an error that ended a command. */
export function exitCodeFor(error: unknown): ExitCode {
  if (isCadenceError(error)) {
    if (error.code === 'CADENCE_PULL_ABORTED') return exitCodes.interrupted;
    if (error.code.startsWith('CADENCE_CONFIG_') || invalidInputCodes.has(error.code)) return exitCodes.invalidInput;
    return exitCodes.failure;
  }
  if (isAbortError(error)) return exitCodes.interrupted;
  return exitCodes.failure;
}

/** An abort (Ctrl-C) surfacing as an error. */
export function isAbortError(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name;
  return name === 'AbortError';
}
