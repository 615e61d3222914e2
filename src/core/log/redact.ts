/**
 * Secret redaction: every log line and printed error passes through here, and plugins scrub what
 * a server says back with the same function (`redactSecrets` in `cadence/plugin`).
 *
 * A secret is masked in every form it can take on its way out (`secretForms`): as given and
 * trimmed (fetch strips the whitespace around a header value, so a server echoes the trimmed
 * token); URL-encoded (encodeURIComponent, upper- and lower-case escapes) and form-encoded (a
 * query string or an OAuth form body: space as +); JSON-escaped (once, and twice for JSON quoted
 * inside JSON); and in base64 and base64url — as the secret alone, and inside a longer encoded
 * text such as HTTP Basic `user:secret`, where the secret's bytes fall at any offset: for each of
 * the three offsets the part of the encoding that depends on the secret's bytes alone is masked.
 */

/** Secrets shorter than this are not redacted (they would blank out ordinary words). */
export const minSecretLength = 4;

/** Every form the secret may appear in, longest first (a longer form wins over its substrings). */
export function secretForms(secret: string): string[] {
  const all = new Set<string>();
  if (typeof secret !== 'string') return [];
  for (const s of new Set([secret, secret.trim()])) {
    if (s.length < minSecretLength) continue;
    all.add(s);
    const url = encodeURIComponent(s);
    all.add(url);
    all.add(url.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()));
    all.add(new URLSearchParams({ s }).toString().slice(2));
    const json = JSON.stringify(s).slice(1, -1);
    all.add(json);
    all.add(JSON.stringify(json).slice(1, -1));
    for (const b64 of base64Cores(s)) {
      all.add(b64);
      all.add(b64.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...all].filter((f) => f.length >= minSecretLength).sort((a, b) => b.length - a.length);
}

/**
 * The base64 text that the secret's bytes alone decide, at each of the three byte offsets it may
 * start at inside a longer encoded text: characters that mix in bytes before or after the secret
 * are left out, so the part is found whatever surrounds the secret.
 */
function base64Cores(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  const out: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const padded = Buffer.concat([Buffer.alloc(offset), bytes]);
    const encoded = padded.toString('base64');
    const from = Math.ceil((offset * 8) / 6);
    const to = Math.floor(padded.length / 3) * 4;
    if (to - from >= minSecretLength) out.push(encoded.slice(from, to));
    // At offset 0, the secret encoded alone (its last, partial group included; no padding).
    if (offset === 0) out.push(encoded.replace(/=+$/, ''));
  }
  return out;
}

/** Replaces every form of each secret (see `secretForms`) with `***`. */
export function redact(message: string, secrets: Iterable<string>): string {
  return replaceForms(message, formsOf(secrets));
}

/** The same as `redact`, under the name plugins import it by from `cadence/plugin`. */
export const redactSecrets = redact;

function formsOf(secrets: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const secret of secrets) for (const form of secretForms(secret)) all.add(form);
  return [...all].sort((a, b) => b.length - a.length);
}

function replaceForms(message: string, forms: readonly string[]): string {
  let out = message;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join('***');
  return out;
}

/** A growing set of secrets shared by a logger and its children. */
export interface SecretSet {
  add(values: Iterable<string>): void;
  redact(message: string): string;
  values(): string[];
}

export function createSecretSet(initial: Iterable<string> = []): SecretSet {
  const secrets = new Set<string>();
  let forms: string[] = [];
  const set: SecretSet = {
    add(values) {
      const before = secrets.size;
      for (const v of values) if (typeof v === 'string' && v.trim().length >= minSecretLength) secrets.add(v);
      if (secrets.size !== before) forms = formsOf(secrets);
    },
    redact: (message) => (forms.length === 0 ? message : replaceForms(message, forms)),
    values: () => [...secrets],
  };
  set.add(initial);
  return set;
}
