import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchWithRetry, isRetryableStatus, parseRetryAfter, type RetryInfo, type RetryOptions } from '../../src/plugins/retry.ts';

const unexpected = (): never => {
  throw new Error('expected a rejection');
};

type Step = 'reset' | 'slow' | { status: number; body?: string; headers?: Record<string, string> };

/** A real HTTP server on 127.0.0.1 that answers request n with steps[n] (the last step repeats). */
async function serve(steps: Step[]) {
  const seen: { method?: string; url?: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({ method: req.method, url: req.url, body: Buffer.concat(chunks).toString() });
      const step = steps[Math.min(seen.length - 1, steps.length - 1)]!;
      if (step === 'reset') {
        req.socket.destroy();
        return;
      }
      if (step === 'slow') {
        const timer = setTimeout(() => res.end('late'), 2000);
        res.on('close', () => clearTimeout(timer));
        return;
      }
      res.writeHead(step.status, { 'Content-Type': 'text/plain', Connection: 'close', ...step.headers });
      res.end(step.body ?? `status ${step.status}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return { url: `http://127.0.0.1:${port}/v1/items?api_key=SECRET123`, seen };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise<void>((resolve) => {
          s.closeAllConnections();
          s.close(() => resolve());
        }),
    ),
  );
});

/** Options with a recording fake sleep and a fixed random, so nothing waits for real. */
function fake(extra: RetryOptions = {}) {
  const sleeps: number[] = [];
  const retries: RetryInfo[] = [];
  let now = Date.UTC(2026, 8, 14, 8, 0, 0);
  const opts: RetryOptions = {
    random: () => 0.5,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    onRetry: (info) => retries.push(info),
    ...extra,
  };
  return { opts, sleeps, retries };
}

describe('fetchWithRetry against a local server', () => {
  it('retries 429 and 503, honouring Retry-After, then returns the 200', async () => {
    const server = await serve([{ status: 429, headers: { 'Retry-After': '2' } }, { status: 503 }, { status: 200, body: 'ok' }]);
    const { opts, sleeps, retries } = fake({ baseDelayMs: 100 });
    const res = await fetchWithRetry(fetch, server.url, {}, opts);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('ok');
    expect(server.seen).toHaveLength(3);
    // Retry-After: 2 → 2000 ms; then full jitter: 0.5 × 100 × 2^1 = 100 ms.
    expect(sleeps).toEqual([2000, 100]);
    expect(retries.map((r) => [r.attempt, r.reason, r.status])).toEqual([
      [1, 'HTTP 429', 429],
      [2, 'HTTP 503', 503],
    ]);
  });

  it('reads Retry-After as an HTTP date', async () => {
    const { opts, sleeps } = fake();
    const at = new Date(opts.now!() + 7000).toUTCString();
    const server = await serve([{ status: 503, headers: { 'Retry-After': at } }, { status: 204 }]);
    const res = await fetchWithRetry(fetch, server.url, {}, opts);
    expect(res.status).toBe(204);
    expect(sleeps).toEqual([7000]);
  });

  it('returns permanent statuses at once', async () => {
    for (const status of [400, 401, 403, 404, 422]) {
      const server = await serve([{ status }]);
      const { opts, sleeps } = fake();
      const res = await fetchWithRetry(fetch, server.url, {}, opts);
      expect(res.status).toBe(status);
      expect(server.seen).toHaveLength(1);
      expect(sleeps).toEqual([]);
    }
  });

  it('retries a connection reset', async () => {
    const server = await serve(['reset', 'reset', { status: 200, body: 'after resets' }]);
    const { opts, retries } = fake();
    const res = await fetchWithRetry(fetch, server.url, {}, opts);
    expect(await res.text()).toBe('after resets');
    expect(server.seen).toHaveLength(3);
    expect(retries).toHaveLength(2);
    expect(retries[0]!.status).toBeUndefined();
  });

  it('times out a slow attempt and retries it', async () => {
    const server = await serve(['slow', { status: 200, body: 'fast now' }]);
    const { opts, retries } = fake({ timeoutMs: 150 });
    const res = await fetchWithRetry(fetch, server.url, {}, opts);
    expect(await res.text()).toBe('fast now');
    expect(retries[0]!.reason).toBe('timed out after 150 ms');
  });

  it('replays the request body on every attempt', async () => {
    const server = await serve([{ status: 502 }, { status: 201 }]);
    const { opts } = fake();
    const res = await fetchWithRetry(fetch, server.url, { method: 'POST', body: JSON.stringify({ q: 'alpenglow' }) }, opts);
    expect(res.status).toBe(201);
    expect(server.seen.map((s) => [s.method, s.body])).toEqual([
      ['POST', '{"q":"alpenglow"}'],
      ['POST', '{"q":"alpenglow"}'],
    ]);
  });

  it('stops after maxAttempts and returns the last retryable response', async () => {
    const server = await serve([{ status: 503 }]);
    const { opts, sleeps } = fake({ maxAttempts: 3 });
    const res = await fetchWithRetry(fetch, server.url, {}, opts);
    expect(res.status).toBe(503);
    expect(server.seen).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it('throws CADENCE_FETCH_FAILED when the network keeps failing, without the query string', async () => {
    const server = await serve(['reset']);
    const { opts } = fake({ maxAttempts: 3 });
    const error = await fetchWithRetry(fetch, server.url, {}, opts).then(unexpected, (e: unknown) => e as Error & { code: string });
    expect(error.code).toBe('CADENCE_FETCH_FAILED');
    expect(error.message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/v1\/items failed after 3 attempts/);
    expect(error.message).not.toContain('SECRET123');
    expect(server.seen).toHaveLength(3);
  });

  it('gives up when the next wait would pass maxElapsedMs', async () => {
    const server = await serve([{ status: 429, headers: { 'Retry-After': '3600' } }, { status: 200 }]);
    const { opts, sleeps } = fake({ maxElapsedMs: 60_000 });
    const res = await fetchWithRetry(fetch, server.url, {}, opts);
    expect(res.status).toBe(429);
    expect(sleeps).toEqual([]);
    expect(server.seen).toHaveLength(1);
  });

  it('grows the backoff exponentially with full jitter, capped by maxDelayMs', async () => {
    const server = await serve([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }, { status: 200 }]);
    const { opts, sleeps } = fake({ baseDelayMs: 1000, maxDelayMs: 5000, random: () => 0.999 });
    await fetchWithRetry(fetch, server.url, {}, opts);
    expect(sleeps).toEqual([999, 1998, 3996, 4995]);
  });

  it('stops at once when the caller aborts during a wait', async () => {
    const server = await serve([{ status: 503 }, { status: 200 }]);
    const controller = new AbortController();
    const error = await fetchWithRetry(fetch, server.url, { signal: controller.signal }, {
      baseDelayMs: 60_000,
      random: () => 1,
      onRetry: () => setTimeout(() => controller.abort(new Error('user stopped')), 20),
    }).then(unexpected, (e: unknown) => e as Error);
    expect(error.message).toBe('user stopped');
    expect(server.seen).toHaveLength(1);
  });

  it('does not start when the signal is already aborted', async () => {
    const server = await serve([{ status: 200 }]);
    const error = await fetchWithRetry(fetch, server.url, { signal: AbortSignal.abort() }).then(unexpected, (e: unknown) => e as Error);
    expect(error.name).toBe('AbortError');
    expect(server.seen).toHaveLength(0);
  });

  it('does not time out the body of a response whose headers came in time', async () => {
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      res.write('part 1, ');
      setTimeout(() => res.end('part 2'), 300);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    const res = await fetchWithRetry(fetch, `http://127.0.0.1:${port}/`, {}, { timeoutMs: 100 });
    expect(await res.text()).toBe('part 1, part 2');
  });
});

describe('retry helpers', () => {
  it('classifies statuses and parses Retry-After', () => {
    expect([408, 429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 401, 403, 404, 422, 501, 505].some(isRetryableStatus)).toBe(false);
    expect(parseRetryAfter('120', 0)).toBe(120_000);
    expect(parseRetryAfter(null, 0)).toBeUndefined();
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4000)).toBe(6000);
  });
});
