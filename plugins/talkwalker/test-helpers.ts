/**
 * Shared by the talkwalker tests: a context for calling `check` directly, a clock that fake
 * waits move forward, and a logger that keeps every line (to look for leaked secrets).
 */
import { fileURLToPath } from 'node:url';
import type { Clock, Logger, SourceContext, TrackedNames } from 'cadence/plugin';
import { talkwalkerOptions, type TalkwalkerOptions } from './options.ts';
import { trackedConfig } from './fixtures/documents.ts';

export const fixturesDir = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The tracked names of `trackedConfig`, as the host hands them to plugins. */
export const tracked: TrackedNames = {
  brand: { name: trackedConfig.brand.name, aliases: trackedConfig.brand.aliases, keywords: [], handles: trackedConfig.brand.handles, hashtags: trackedConfig.brand.hashtags },
  competitors: trackedConfig.competitors.map((c) => ({ name: c.name, aliases: [], keywords: [], handles: [], hashtags: [] })),
  topics: trackedConfig.topics,
  influencers: [],
  publicFaces: [],
};

/** A clock standing at `start` that only `sleep` moves. */
export function fakeTime(start = '2026-04-01T00:00:00Z') {
  let now = Date.parse(start);
  const sleeps: number[] = [];
  const clock: Clock = { now: () => new Date(now) };
  const sleep = async (ms: number, signal?: AbortSignal) => {
    signal?.throwIfAborted();
    sleeps.push(ms);
    now += ms;
  };
  return { clock, sleep, sleeps, random: () => 0.5 };
}

/** A logger that records every line, level first. */
export function captureLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug ${m}`),
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

export function context(options: Record<string, unknown>, o: { projectDir?: string; fetch?: typeof fetch; clock?: Clock; log?: Logger; cursor?: unknown; signal?: AbortSignal } = {}): SourceContext<TalkwalkerOptions> {
  return {
    source: 'talkwalker',
    options: talkwalkerOptions.parse(options),
    signal: o.signal ?? new AbortController().signal,
    log: o.log ?? captureLog(),
    fetch: o.fetch ?? globalThis.fetch,
    clock: o.clock ?? fakeTime().clock,
    projectDir: o.projectDir ?? process.cwd(),
    timezone: 'UTC',
    tracked,
    cursor: () => o.cursor,
  };
}

/** The code of the error a promise rejects with (or 'resolved'). */
export async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'resolved';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}
