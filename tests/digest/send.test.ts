/**
 * sendDigest against a local node:http server that counts requests and answers from a script:
 * once per key (the ledger), retries with backoff on 503 / 429 / network errors (injected sleep,
 * so nothing waits), no retry on 400, the ledger written only after a 2xx.
 *
 * Decision tested here: the ledger key is kind + period + audience only. A different payload for
 * a period already sent (the data changed) is NOT sent again: `already_sent` with `changed: true`;
 * only `force` (the CLI's --resend) sends it.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isCadenceError } from '../../src/core/errors.ts';
import { ledgerKey, payloadHash, sendDigest, type SendDigestOptions } from '../../src/digest/send.ts';

interface Reply {
  status: number;
  headers?: Record<string, string>;
}

let server: Server;
let url: string;
let script: Reply[] = [];
const received: { method: string; contentType: string; body: string }[] = [];
let dir: string;

const body = (req: IncomingMessage) => new Promise<string>((resolve) => {
  let s = '';
  req.on('data', (c) => (s += c));
  req.on('end', () => resolve(s));
});

beforeAll(async () => {
  server = createServer(async (req, res) => {
    received.push({ method: req.method ?? '', contentType: req.headers['content-type'] ?? '', body: await body(req) });
    const reply = script.shift() ?? { status: 200 };
    res.writeHead(reply.status, reply.headers ?? {});
    res.end(reply.status >= 400 ? 'no' : 'ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/secret-token`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

let sleeps: number[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-digest-send-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  received.length = 0;
  script = [];
  sleeps = [];
});

const NOW = new Date('2026-10-01T06:00:00Z');
let n = 0;
const options = (over: Partial<SendDigestOptions> = {}): SendDigestOptions => ({
  url,
  payload: { text: 'Week 38', blocks: [] },
  key: { kind: 'chat', period: '2026-W38', audience: 'team' },
  ledgerFile: join(dir, `ledger-${n}`, 'sent.json'),
  fetch: globalThis.fetch,
  sleep: async (ms) => void sleeps.push(ms),
  now: () => NOW,
  ...over,
});

describe('sendDigest', () => {
  it('sends once: the first run posts the JSON and writes the ledger, the second sends nothing', async () => {
    n++;
    const first = await sendDigest(options());
    expect(first).toMatchObject({ status: 'sent', sentAt: '2026-10-01T06:00:00.000Z', attempts: 1 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ method: 'POST', contentType: 'application/json; charset=utf-8' });
    expect(JSON.parse(received[0]!.body)).toEqual({ text: 'Week 38', blocks: [] });
    const ledger = JSON.parse(await readFile(options().ledgerFile, 'utf8'));
    expect(ledger.sent['chat:2026-W38:team']).toEqual({ sentAt: '2026-10-01T06:00:00.000Z', sha256: payloadHash(received[0]!.body), attempts: 1 });

    const second = await sendDigest(options({ now: () => new Date('2026-10-08T06:00:00Z') }));
    expect(second).toEqual({ status: 'already_sent', sentAt: '2026-10-01T06:00:00.000Z', sha256: payloadHash(received[0]!.body), changed: false });
    expect(received).toHaveLength(1);
    // Another period is another key.
    await sendDigest(options({ key: { kind: 'chat', period: '2026-W39', audience: 'team' } }));
    expect(received).toHaveLength(2);
  });

  it('does not re-send a changed payload for a period already sent, unless forced', async () => {
    n++;
    await sendDigest(options());
    const changed = await sendDigest(options({ payload: { text: 'Week 38, corrected', blocks: [] } }));
    expect(changed).toMatchObject({ status: 'already_sent', changed: true });
    expect(received).toHaveLength(1);
    const forced = await sendDigest(options({ payload: { text: 'Week 38, corrected', blocks: [] }, force: true }));
    expect(forced.status).toBe('sent');
    expect(received).toHaveLength(2);
    const ledger = JSON.parse(await readFile(options().ledgerFile, 'utf8'));
    expect(ledger.sent[ledgerKey({ kind: 'chat', period: '2026-W38', audience: 'team' })].sha256).toBe(payloadHash(JSON.stringify({ text: 'Week 38, corrected', blocks: [] })));
  });

  it('retries 503 twice with exponential backoff, then sends (3 requests)', async () => {
    n++;
    script = [{ status: 503 }, { status: 503 }, { status: 200 }];
    const r = await sendDigest(options());
    expect(r).toMatchObject({ status: 'sent', attempts: 3 });
    expect(received).toHaveLength(3);
    // base 1000 ms, doubled: 1000 × 2⁰, 1000 × 2¹ (jitter fixed at its ceiling).
    expect(sleeps).toEqual([1000, 2000]);
  });

  it('waits as Retry-After asks on 429', async () => {
    n++;
    script = [{ status: 429, headers: { 'retry-after': '7' } }, { status: 204 }];
    const r = await sendDigest(options());
    expect(r).toMatchObject({ status: 'sent', attempts: 2 });
    expect(sleeps).toEqual([7000]);
  });

  it('does not retry a 400: one request, CADENCE_DIGEST_SEND_FAILED, no ledger', async () => {
    n++;
    script = [{ status: 400 }];
    const error = await sendDigest(options()).catch((e: unknown) => e);
    expect(isCadenceError(error) && error.code).toBe('CADENCE_DIGEST_SEND_FAILED');
    expect(isCadenceError(error) && error.details).toEqual({ status: 400, attempts: 1 });
    expect(String((error as Error).message)).toContain('HTTP 400');
    expect(String((error as Error).message)).not.toContain('secret-token');
    expect(received).toHaveLength(1);
    expect(existsSync(options().ledgerFile)).toBe(false);
    // Nothing recorded: the next run tries again.
    expect((await sendDigest(options())).status).toBe('sent');
  });

  it('gives up after the last attempt, naming the status and the attempts', async () => {
    n++;
    script = [{ status: 503 }, { status: 503 }, { status: 503 }];
    const error = await sendDigest(options({ retries: 2 })).catch((e: unknown) => e);
    expect(isCadenceError(error) && error.code).toBe('CADENCE_DIGEST_SEND_FAILED');
    expect((error as Error).message).toContain('after 3 attempts: HTTP 503');
    expect(received).toHaveLength(3);
    expect(sleeps).toEqual([1000, 2000]);
    expect(existsSync(options().ledgerFile)).toBe(false);
  });

  it('retries network errors', async () => {
    n++;
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const error = await sendDigest(options({ url: `http://127.0.0.1:${port}/`, retries: 1 })).catch((e: unknown) => e);
    expect(isCadenceError(error) && error.code).toBe('CADENCE_DIGEST_SEND_FAILED');
    expect(isCadenceError(error) && error.details.attempts).toBe(2);
    expect(sleeps).toEqual([1000]);
  });

  it('refuses to guess with an unreadable ledger', async () => {
    n++;
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir(join(dir, `ledger-${n}`), { recursive: true });
    await writeFile(options().ledgerFile, '{ not json');
    const error = await sendDigest(options()).catch((e: unknown) => e);
    expect(isCadenceError(error) && error.code).toBe('CADENCE_DIGEST_SEND_FAILED');
    expect(received).toHaveLength(0);
  });
});
