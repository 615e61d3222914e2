/**
 * Sending a digest: one JSON POST to a webhook, at most once per digest, with retries.
 *
 * Idempotence: a ledger (`.cadence/digests/sent.json`) records what was sent, keyed by kind,
 * period and audience ("chat:2026-W38:team"), with the time and the sha256 of the payload. A key
 * already in the ledger sends nothing and returns `already_sent` with the time it was sent —
 * also when the payload differs (the data changed, or the wording): a scheduler that reruns a job
 * must not post the same week twice, and a corrected digest is a decision for a person
 * (`force`, the CLI's --resend), not for a cron retry. `changed` says whether it differs.
 * The ledger is written only after a 2xx, atomically (a temp file renamed over it), and re-read
 * just before, so entries another run wrote meanwhile are kept.
 *
 * Retries (fetchWithRetry of src/plugins/retry.ts, the one retry policy of Cadence): network
 * errors, timeouts, 408, 429 and 5xx (except 501, 505) are retried with exponential backoff, or
 * after the server's Retry-After; other 4xx are not. After the last attempt: a CadenceError
 * CADENCE_DIGEST_SEND_FAILED naming the status (or network error) and the attempts.
 * `fetch`, `sleep` and `now` are injected; nothing is kept between calls.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { CadenceError, isCadenceError } from '../core/errors.ts';
import { writeFileAtomic } from '../core/write-file.ts';
import { fetchWithRetry } from '../plugins/retry.ts';

export interface DigestKey {
  kind: string;
  period: string;
  audience: string;
}

export interface SendDigestOptions {
  url: string;
  payload: unknown;
  key: DigestKey;
  ledgerFile: string;
  fetch: typeof fetch;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  now: () => Date;
  /** Retries after the first attempt (default 4: five attempts in all). */
  retries?: number;
  /** Send even when the ledger says it was sent (the entry is replaced). */
  force?: boolean;
  /** Per-attempt limit on the wait for the response, ms (default 30 000). */
  timeoutMs?: number;
  /** First backoff ceiling, ms (default 1000; doubled each retry). */
  baseDelayMs?: number;
  random?: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; reason: string }) => void;
}

export type SendResult =
  | { status: 'sent'; sentAt: string; attempts: number; sha256: string }
  | { status: 'already_sent'; sentAt: string; sha256: string; changed: boolean };

export interface LedgerEntry {
  sentAt: string;
  sha256: string;
  attempts: number;
}

interface Ledger {
  version: 1;
  sent: Record<string, LedgerEntry>;
}

/** "chat:2026-W38:team". */
export const ledgerKey = (k: DigestKey): string => `${k.kind}:${k.period}:${k.audience}`;

export const payloadHash = (body: string): string => createHash('sha256').update(body).digest('hex');

/** The ledger (empty when the file does not exist; an unreadable one is an error, never ignored). */
export async function readLedger(file: string): Promise<Ledger> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { version: 1, sent: {} };
    throw error;
  }
  try {
    const parsed = JSON.parse(text) as Ledger;
    if (!parsed || typeof parsed !== 'object' || typeof parsed.sent !== 'object' || parsed.sent === null) throw new Error('no "sent" object');
    return { version: 1, sent: parsed.sent };
  } catch (error) {
    throw new CadenceError('CADENCE_DIGEST_SEND_FAILED', `The digest ledger ${file} is not readable (${(error as Error).message}); nothing was sent.`, {
      cause: error,
      hint: 'Fix or delete the ledger file; deleting it means every digest counts as not sent yet.',
    });
  }
}

async function writeLedger(file: string, ledger: Ledger): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(ledger, null, 2)}\n`);
}

/** Where the URL points, without path or query (webhook URLs carry their secret in the path). */
const origin = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return 'the webhook';
  }
};

export async function sendDigest(o: SendDigestOptions): Promise<SendResult> {
  const key = ledgerKey(o.key);
  const body = JSON.stringify(o.payload);
  const sha256 = payloadHash(body);
  const before = await readLedger(o.ledgerFile);
  const previous = before.sent[key];
  if (previous && !o.force) return { status: 'already_sent', sentAt: previous.sentAt, sha256: previous.sha256, changed: previous.sha256 !== sha256 };

  let attempts = 1;
  const what = `${o.key.kind} digest for ${o.key.period} (${o.key.audience}) to ${origin(o.url)}`;
  let response: Response;
  try {
    response = await fetchWithRetry(
      o.fetch,
      o.url,
      { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body },
      {
        maxAttempts: (o.retries ?? 4) + 1,
        maxElapsedMs: Number.POSITIVE_INFINITY,
        timeoutMs: o.timeoutMs ?? 30_000,
        baseDelayMs: o.baseDelayMs ?? 1000,
        sleep: o.sleep,
        now: () => o.now().getTime(),
        random: o.random ?? (() => 1),
        onRetry: (info) => {
          attempts = info.attempt + 1;
          o.onRetry?.(info);
        },
      },
    );
  } catch (error) {
    const n = isCadenceError(error) && typeof error.details.attempts === 'number' ? error.details.attempts : attempts;
    const reason = isCadenceError(error) ? String(error.details.reason ?? error.detail) : error instanceof Error ? error.message : String(error);
    throw new CadenceError('CADENCE_DIGEST_SEND_FAILED', `Sending the ${what} failed after ${n} attempt${n === 1 ? '' : 's'}: ${reason}.`, { cause: error, details: { attempts: n, reason } });
  }
  if (response.status < 200 || response.status > 299) {
    const detail = (await response.text().catch(() => '')).slice(0, 200).trim();
    throw new CadenceError('CADENCE_DIGEST_SEND_FAILED', `Sending the ${what} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: HTTP ${response.status}${detail ? ` (${detail})` : ''}.`, {
      details: { status: response.status, attempts },
    });
  }
  await response.body?.cancel().catch(() => {});
  const sentAt = o.now().toISOString();
  const ledger = await readLedger(o.ledgerFile);
  ledger.sent[key] = { sentAt, sha256, attempts };
  await writeLedger(o.ledgerFile, ledger);
  return { status: 'sent', sentAt, attempts, sha256 };
}
