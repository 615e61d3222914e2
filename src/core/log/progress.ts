/**
 * Progress for long work (pulls, builds): never a silent hang.
 *
 * On a terminal: live bars (cli-progress) with the count, the rate and, when the total is known,
 * the bar and an ETA. Elsewhere (CI logs): a plain line every `intervalMs`, e.g.
 * `pull posts: 120,000 rows (45,210 rows/s)`, and a summary line when the task stops.
 * Rates come from the injected clock, so tests drive time by hand.
 */
import cliProgress from 'cli-progress';
import type { Clock } from './types.ts';
import type { LogStream } from './logger.ts';

export type ProgressUnit = 'rows' | 'bytes' | 'pages';

export interface ProgressTask {
  /** Units done so far (absolute, not an increment); a total learned late may be given here. */
  update(done: number, total?: number): void;
  /**
   * Ends the task; prints `summary` as the whole line (e.g. "pull posts: 14 added, …"), or by
   * default `<label>: <count> in <time> (<rate>)`, in place of the bar.
   */
  stop(summary?: string): void;
}

export interface Progress {
  start(label: string, total?: number, unit?: ProgressUnit): ProgressTask;
  /** Writes a line without tearing live bars (log lines go through here while bars run). */
  log(line: string): void;
  /** Stops every live bar (on Ctrl-C or when the command ends). */
  close(): void;
  /** A LogStream that writes through `log`, for createLogger. */
  readonly stream: LogStream;
}

export interface ProgressOptions {
  stream?: LogStream;
  /** Live bars or plain lines (default: the stream's isTTY). */
  isTTY?: boolean;
  clock: Clock;
  /** Plain-line mode: least time between two lines of one task (default 5000 ms). */
  intervalMs?: number;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `120,000 rows`, `12.3 MB`, `3 pages`. */
export function formatAmount(n: number, unit: ProgressUnit): string {
  if (unit === 'bytes') return formatBytes(n);
  return `${integer.format(n)} ${unit === 'pages' && n === 1 ? 'page' : unit === 'rows' && n === 1 ? 'row' : unit}`;
}

export function formatBytes(n: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = n;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return i === 0 ? `${integer.format(value)} B` : `${oneDecimal.format(value)} ${units[i]}`;
}

/** `45,210 rows/s`, `4.1 MB/s`. */
export function formatRate(perSecond: number, unit: ProgressUnit): string {
  return unit === 'bytes' ? `${formatBytes(perSecond)}/s` : `${integer.format(perSecond)} ${unit}/s`;
}

/** `8s`, `2m 05s`, `1h 02m`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** What a task knows at one instant. */
interface Snapshot {
  label: string;
  unit: ProgressUnit;
  done: number;
  total?: number;
  elapsedMs: number;
}

function rateOf(s: Snapshot): number | undefined {
  return s.elapsedMs >= 1 ? (s.done * 1000) / s.elapsedMs : undefined;
}

function etaOf(s: Snapshot): number | undefined {
  const rate = rateOf(s);
  if (s.total === undefined || !rate) return undefined;
  return Math.max(0, s.total - s.done) / rate;
}

/** The plain progress line (also the text of a live bar without the bar). */
export function describeProgress(s: Snapshot): string {
  const rate = rateOf(s);
  const eta = etaOf(s);
  const amount =
    s.total === undefined
      ? formatAmount(s.done, s.unit)
      : `${s.unit === 'bytes' ? formatBytes(s.done) : integer.format(s.done)} / ${formatAmount(s.total, s.unit)}, ${percent(s)}`;
  const extras = [rate !== undefined ? formatRate(rate, s.unit) : undefined, eta !== undefined ? `ETA ${formatDuration(eta)}` : undefined].filter(Boolean);
  return `${s.label}: ${amount}${extras.length ? ` (${extras.join(', ')})` : ''}`;
}

/** The default summary line when a task stops. */
export function describeDone(s: Snapshot): string {
  const rate = rateOf(s);
  return `${s.label}: ${formatAmount(s.done, s.unit)} in ${formatSeconds(s.elapsedMs)}${rate !== undefined ? ` (${formatRate(rate, s.unit)})` : ''}`;
}

function percent(s: Snapshot): string {
  return s.total ? `${Math.min(100, Math.floor((s.done / s.total) * 100))}%` : '0%';
}

function formatSeconds(ms: number): string {
  return ms < 60_000 ? `${oneDecimal.format(ms / 1000)} s` : formatDuration(ms / 1000);
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const isTTY = options.isTTY ?? stream.isTTY === true;
  return isTTY ? liveProgress(stream, options.clock) : lineProgress(stream, options.clock, options.intervalMs ?? 5000);
}

/** CI mode: a line per task every intervalMs, driven by update() and the injected clock. */
function lineProgress(stream: LogStream, clock: Clock, intervalMs: number): Progress {
  const write = (line: string) => stream.write(`${line}\n`);
  return {
    start(label, total, unit = 'rows') {
      const started = clock.now().getTime();
      let lastLine = started;
      let done = 0;
      let stopped = false;
      const snapshot = (): Snapshot => ({ label, unit, done, total, elapsedMs: clock.now().getTime() - started });
      return {
        update(value, newTotal) {
          if (stopped) return;
          done = value;
          if (newTotal !== undefined) total = newTotal;
          const now = clock.now().getTime();
          if (now - lastLine >= intervalMs) {
            lastLine = now;
            write(describeProgress(snapshot()));
          }
        },
        stop(summary) {
          if (stopped) return;
          stopped = true;
          write(summary ?? describeDone(snapshot()));
        },
      };
    },
    log: write,
    close() {},
    stream: { write: (chunk: string) => stream.write(chunk), isTTY: stream.isTTY === true },
  };
}

/** Terminal mode: one cli-progress MultiBar for all running tasks; log lines print above it. */
function liveProgress(stream: LogStream, clock: Clock): Progress {
  let multibar: cliProgress.MultiBar | undefined;
  let running = 0;

  const bars = (): cliProgress.MultiBar => {
    multibar ??= new cliProgress.MultiBar({
      stream: stream as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
      gracefulExit: false,
      noTTYOutput: true,
      barsize: 24,
      format: (opts, params, payload: { text?: string; hasTotal?: boolean }) => {
        if (!payload.hasTotal) return payload.text ?? '';
        const size = opts.barsize ?? 24;
        const filled = Math.round(Math.min(1, params.progress) * size);
        return `${'█'.repeat(filled)}${'░'.repeat(size - filled)} ${payload.text ?? ''}`;
      },
    });
    return multibar;
  };
  const write = (line: string) => {
    if (multibar && running > 0) multibar.log(`${line}\n`);
    else stream.write(`${line}\n`);
  };
  const close = () => {
    multibar?.update(); // flush log lines still buffered above the bars
    multibar?.stop();
    multibar = undefined;
    running = 0;
  };

  return {
    start(label, total, unit = 'rows') {
      const started = clock.now().getTime();
      let done = 0;
      let stopped = false;
      const snapshot = (): Snapshot => ({ label, unit, done, total, elapsedMs: clock.now().getTime() - started });
      const payload = () => ({ text: describeProgress(snapshot()), hasTotal: total !== undefined && total > 0 });
      const bar = bars().create(total ?? 0, 0, payload());
      running++;
      return {
        update(value, newTotal) {
          if (stopped) return;
          done = value;
          if (newTotal !== undefined && newTotal !== total) {
            total = newTotal;
            bar.setTotal(newTotal);
          }
          bar.update(Math.min(value, total ?? value), payload());
        },
        stop(summary) {
          if (stopped) return;
          stopped = true;
          const line = summary ?? describeDone(snapshot());
          running--;
          bar.stop();
          multibar?.remove(bar);
          if (running === 0) close();
          write(line);
        },
      };
    },
    log: write,
    close,
    stream: { write: (chunk: string) => write(chunk.replace(/\n$/, '')), isTTY: stream.isTTY === true },
  };
}

/** Progress that shows no bars or lines (for --quiet and tests); `log` still writes to `stream` if given. */
export function silentProgress(stream?: LogStream): Progress {
  const write = (chunk: string) => void stream?.write(chunk);
  return {
    start: () => ({ update() {}, stop() {} }),
    log: (line) => write(`${line}\n`),
    close() {},
    stream: { write, isTTY: stream?.isTTY === true },
  };
}
