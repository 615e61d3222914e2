/**
 * Pacing API requests: at most `max` requests in any rolling window of `windowMs` (e.g.
 * Brandwatch's 30 per 10 minutes). Clock and sleep are injected so tests run in no time.
 */
import type { Clock } from './api.ts';
import { sleep as defaultSleep } from './retry.ts';

export interface RateLimiterOptions {
  max: number;
  windowMs: number;
  clock: Clock;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Called when a request has to wait, with how long (for a log line). */
  onWait?: (ms: number) => void;
}

export interface RateLimiter {
  /** Resolves when one more request fits in the window, and counts it. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Requests counted in the current window. */
  inWindow(): number;
}

export function createRateLimiter(o: RateLimiterOptions): RateLimiter {
  const sent: number[] = [];
  const sleep = o.sleep ?? defaultSleep;
  const prune = (now: number) => {
    while (sent.length && sent[0]! <= now - o.windowMs) sent.shift();
  };
  return {
    async acquire(signal) {
      for (;;) {
        signal?.throwIfAborted();
        const now = o.clock.now().getTime();
        prune(now);
        if (sent.length < o.max) {
          sent.push(now);
          return;
        }
        const wait = sent[0]! + o.windowMs - now;
        o.onWait?.(wait);
        await sleep(wait, signal);
      }
    },
    inWindow() {
      prune(o.clock.now().getTime());
      return sent.length;
    },
  };
}
