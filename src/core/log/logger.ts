/**
 * The host's loggers. Every message passes through secret redaction before it is written.
 *
 * Text lines on a terminal get colour (only when the stream is a TTY and NO_COLOR is unset);
 * `json: true` writes one JSON object per line for machines. A child logger adds a prefix
 * (`[posts] …`) and shares its parent's level, stream and secrets.
 */
import type { Logger } from './types.ts';
import { createSecretSet, type SecretSet } from './redact.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
type MessageLevel = Exclude<LogLevel, 'silent'>;

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Anything lines can be written to: process.stderr, a test buffer, a progress display. */
export interface LogStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** The plugin-facing Logger, plus what the host needs. */
export interface HostLogger extends Logger {
  /** A logger whose lines start with `[prefix]` (nested prefixes are joined with `:`). */
  child(prefix: string): HostLogger;
  /** More values to redact from now on (in this logger, its parent and its children). */
  addSecrets(values: readonly string[]): void;
  /** Whether messages of this level are written (skip building expensive debug text). */
  enabled(level: MessageLevel): boolean;
}

export interface LoggerOptions {
  /** Lowest level written (default info). */
  level?: LogLevel;
  /** Where lines go (default process.stderr). */
  stream?: LogStream;
  /** Values redacted as `***` (values shorter than 4 characters are ignored). */
  secrets?: readonly string[];
  /** One JSON object per line instead of text. */
  json?: boolean;
  /** Force colour on or off; by default on when the stream is a TTY and NO_COLOR is unset. */
  color?: boolean;
  /** The environment read for NO_COLOR (default process.env). */
  env?: NodeJS.ProcessEnv;
}

/** One written message, as memoryLogger keeps it. */
export interface LogEntry {
  level: MessageLevel;
  prefix?: string;
  message: string;
}

const ansi = { dim: '\x1b[2m', yellow: '\x1b[33m', red: '\x1b[31m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** Should lines to this stream be coloured? */
export function useColor(stream: LogStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

/** Formats one entry as a text line (without newline). */
export function formatLine(entry: LogEntry, color: boolean): string {
  const paint = (code: string, text: string) => (color ? `${code}${text}${ansi.reset}` : text);
  const prefix = entry.prefix ? `${paint(ansi.dim, `[${entry.prefix}]`)} ` : '';
  switch (entry.level) {
    case 'debug':
      return `${paint(ansi.dim, 'debug')} ${prefix}${paint(ansi.dim, entry.message)}`;
    case 'info':
      return `${prefix}${entry.message}`;
    case 'warn':
      return `${paint(ansi.yellow + ansi.bold, 'warn')} ${prefix}${entry.message}`;
    case 'error':
      return `${paint(ansi.red + ansi.bold, 'error')} ${prefix}${entry.message}`;
  }
}

interface Shared {
  level: LogLevel;
  secrets: SecretSet;
  emit(entry: LogEntry): void;
}

function makeLogger(shared: Shared, prefix: string | undefined): HostLogger {
  const log = (level: MessageLevel) => (message: string) => {
    if (rank[level] < rank[shared.level]) return;
    shared.emit({ level, prefix, message: shared.secrets.redact(String(message)) });
  };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (name) => makeLogger(shared, prefix ? `${prefix}:${name}` : name),
    addSecrets: (values) => shared.secrets.add(values),
    enabled: (level) => rank[level] >= rank[shared.level],
  };
}

export function createLogger(options: LoggerOptions = {}): HostLogger {
  const stream = options.stream ?? process.stderr;
  const color = options.color ?? useColor(stream, options.env);
  const json = options.json === true;
  return makeLogger(
    {
      level: options.level ?? 'info',
      secrets: createSecretSet(options.secrets),
      emit: (entry) => stream.write(`${json ? JSON.stringify(stripEmpty(entry)) : formatLine(entry, color)}\n`),
    },
    undefined,
  );
}

function stripEmpty(entry: LogEntry): LogEntry {
  return entry.prefix === undefined ? { level: entry.level, message: entry.message } : entry;
}

/** A logger that writes nothing (a frozen object: no state to share). */
export const silentLogger: HostLogger = Object.freeze({
  debug() {},
  info() {},
  warn() {},
  error() {},
  child: () => silentLogger,
  addSecrets() {},
  enabled: () => false,
});

/** A logger for tests: keeps every (redacted) message in `entries` and as text in `lines`. */
export function memoryLogger(options: { level?: LogLevel; secrets?: readonly string[] } = {}): HostLogger & { entries: LogEntry[]; lines: string[]; text(): string } {
  const entries: LogEntry[] = [];
  const lines: string[] = [];
  const logger = makeLogger(
    {
      level: options.level ?? 'debug',
      secrets: createSecretSet(options.secrets),
      emit: (entry) => {
        entries.push(entry);
        lines.push(formatLine(entry, false));
      },
    },
    undefined,
  );
  return Object.assign(logger, { entries, lines, text: () => lines.join('\n') });
}
