/**
 * The side effects Cadence injects everywhere: where log lines go and what time it is. Defined in
 * the core; plugins get them through `cadence/plugin`.
 */

/** Where log lines go. The host redacts secrets from every message. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Clock {
  /** The current instant. Tests inject a fixed clock. */
  now(): Date;
}
