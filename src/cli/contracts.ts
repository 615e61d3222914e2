/**
 * What the CLI passes to the functions behind `pull`, `check`, `build` and `demo`.
 *
 * Those functions live in their own modules (src/plugins/runner.ts, src/plugins/check.ts,
 * src/site/build.ts, src/demo/generate.ts) and are imported lazily, so `cadence --help` and
 * `cadence init` stay fast and work even while a module is missing. These types are the contract.
 */
import type { Clock } from '../plugins/api.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import type { HostLogger } from '../core/log/logger.ts';
import type { Progress } from '../core/log/progress.ts';

interface Common {
  /** Absolute project folder. */
  projectDir: string;
  /** The validated config (defaults applied). */
  config: CadenceConfig;
  /** Absolute path of the config file it came from. */
  configPath: string;
  /** Root logger (redacts secrets; add plugin secrets with log.addSecrets). */
  log: HostLogger;
  /** Aborted on Ctrl-C: stop promptly, leave no half-written output. */
  signal: AbortSignal;
  /** The wall clock (tests inject a fixed one). */
  clock: Clock;
}

/** `cadence pull [sources...] [--wait [seconds]] [--full]` → runPull(options). */
export interface RunPullOptions extends Common {
  progress: Progress;
  /** Source names given on the command line; undefined = every enabled source. */
  sources?: string[];
  /** Seconds to wait for another pull's lock on the data folder; undefined = fail at once. */
  wait?: number;
  /** Ignore saved cursors and pull everything again. */
  full?: boolean;
  /**
   * `--allow-rejects [share]`: import a stream even when more than its allowed share of rows is
   * rejected (true: any share); overrides `sources.<name>.allowRejects`.
   */
  allowRejects?: boolean | number;
  /** `--memory <size>`: DuckDB's memory for staging (default 384MB); beyond it, staging spills to disk. */
  memoryLimit?: string;
  /** Called at each step of a commit (the `CADENCE_TEST_SIGINT_AT` test hook of `cadence pull`). */
  onCommitPhase?: (phase: string) => void | Promise<void>;
}

/** `cadence check` → runCheck(options). Resolve to `{ ok: false }` to make the command exit 1. */
export interface RunCheckOptions extends Common {}

/** `cadence build [--period <p>] [--out <dir>]` → buildSite(options). */
export interface BuildSiteOptions extends Common {
  progress: Progress;
  /** The period as typed (2026-09, 2026-W38, 2026-Q3, …); undefined = every period with data. */
  period?: string;
  /** Only this audience's pages; undefined = every audience. */
  audience?: string;
  /** Absolute output folder; undefined = config.site.outDir. */
  outDir?: string;
}

/** `cadence demo [--no-open]` → generateDemo(options). Config fields are absent when the folder has no config. */
export interface GenerateDemoOptions extends Omit<Common, 'config' | 'configPath'> {
  config?: CadenceConfig;
  configPath?: string;
  progress: Progress;
  /** Open the built site in a browser when done. */
  open: boolean;
}

/** Anything of this shape is read as a result: `ok: false` → exit 1. */
export interface CommandResult {
  ok?: boolean;
}
