/**
 * Secret redaction: every log line and printed error passes through here.
 */

/** Secrets shorter than this are not redacted (they would blank out ordinary words). */
export const minSecretLength = 4;

/** Replaces every occurrence of each secret (and its URL-encoded form) with `***`. */
export function redact(message: string, secrets: Iterable<string>): string {
  let out = message;
  for (const secret of variants(secrets)) {
    if (out.includes(secret)) out = out.split(secret).join('***');
  }
  return out;
}

/** The forms a secret may appear in, longest first so a longer secret wins over its substring. */
function variants(secrets: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const secret of secrets) {
    if (typeof secret !== 'string' || secret.length < minSecretLength) continue;
    all.add(secret);
    const encoded = encodeURIComponent(secret);
    if (encoded !== secret) all.add(encoded);
    const json = JSON.stringify(secret).slice(1, -1);
    if (json !== secret) all.add(json);
  }
  return [...all].sort((a, b) => b.length - a.length);
}

/** A growing set of secrets shared by a logger and its children. */
export interface SecretSet {
  add(values: Iterable<string>): void;
  redact(message: string): string;
  values(): string[];
}

export function createSecretSet(initial: Iterable<string> = []): SecretSet {
  const secrets = new Set<string>();
  const set: SecretSet = {
    add(values) {
      for (const v of values) if (typeof v === 'string' && v.length >= minSecretLength) secrets.add(v);
    },
    redact: (message) => (secrets.size === 0 ? message : redact(message, secrets)),
    values: () => [...secrets],
  };
  set.add(initial);
  return set;
}
