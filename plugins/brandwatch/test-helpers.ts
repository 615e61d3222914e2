/**
 * Shared by the brandwatch tests: the tracked names of the fixtures, a fake clock whose sleep
 * advances it, a logger that keeps every line, and a context for calling `check` directly.
 */
import type { Logger, SourceContext, TrackedNames } from 'cadence/plugin';
import { brandwatchOptions, type BrandwatchOptions } from './options.ts';

/** The config part naming what the fixtures talk about. */
export const trackedConfig = {
  brand: { name: 'Acme', handles: ['acme'], hashtags: ['acmeboots'] },
  competitors: [{ name: 'Globex' }],
  topics: [{ name: 'Trail running', keywords: ['trail runners', 'trail shoes'] }],
};

export const tracked: TrackedNames = {
  brand: { name: 'Acme', aliases: [], keywords: [], handles: ['acme'], hashtags: ['acmeboots'] },
  competitors: [{ name: 'Globex', aliases: [], keywords: [], handles: [], hashtags: [] }],
  topics: [{ name: 'Trail running', keywords: ['trail runners', 'trail shoes'] }],
  influencers: [],
  publicFaces: [],
};

/** A clock that only moves when something sleeps on it. */
export function fakeTime(start: string) {
  let now = Date.parse(start);
  return {
    clock: { now: () => new Date(now) },
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      now += Math.max(0, ms);
    },
    advance: (ms: number) => void (now += ms),
    ms: () => now,
  };
}

/** Keeps every line, unredacted: what the plugin itself wrote. */
export function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (m: string) => void lines.push(`${level}: ${m}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A context for calling check (or pull) directly, with the options as the host passes them. */
export function contextOf(
  options: Record<string, unknown>,
  more: Partial<Pick<SourceContext<BrandwatchOptions>, 'projectDir' | 'fetch' | 'clock' | 'log'>> & { cursors?: Record<string, unknown> } = {},
): SourceContext<BrandwatchOptions> {
  return {
    source: 'brandwatch',
    options: brandwatchOptions.parse(options),
    signal: new AbortController().signal,
    log: more.log ?? recordingLog(),
    fetch: more.fetch ?? globalThis.fetch,
    clock: more.clock ?? { now: () => new Date('2024-03-04T00:00:00Z') },
    projectDir: more.projectDir ?? import.meta.dirname,
    timezone: 'UTC',
    tracked,
    cursor: (stream) => more.cursors?.[stream],
  };
}
