/**
 * An error with every form of the given secrets masked: what a pull or a check returns to its
 * caller must be as clean as what it prints, because callers (tests, CI wrappers, embedders)
 * print, log or serialise it themselves.
 */
import { CadenceError, toCadenceError } from '../errors.ts';
import { redact } from './redact.ts';

/** The error (made a CadenceError) with its detail, hint, details and cause scrubbed of `secrets`. */
export function redactError(error: unknown, secrets: readonly string[], fallback?: Parameters<typeof toCadenceError>[1]): CadenceError {
  const e = toCadenceError(error, fallback);
  if (secrets.length === 0) return e;
  const scrub = (text: string) => redact(text, secrets);
  const clean = new CadenceError(e.code, scrub(e.detail), {
    place: e.place,
    hint: scrub(e.hint),
    details: scrubValue(e.details, scrub) as Record<string, unknown>,
    ...(e.cause !== undefined ? { cause: scrubCause(e.cause, scrub) } : {}),
  });
  return clean;
}

function scrubCause(cause: unknown, scrub: (t: string) => string): Error {
  const c = cause instanceof Error ? cause : new Error(String(cause));
  const copy = new Error(scrub(c.message));
  copy.name = c.name;
  copy.stack = c.stack === undefined ? undefined : scrub(c.stack);
  return copy;
}

function scrubValue(value: unknown, scrub: (t: string) => string, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, scrub, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, scrub, depth + 1)]));
}
