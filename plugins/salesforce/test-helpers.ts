/** Shared by the salesforce tests: a fake clock whose sleep advances it, a logger that keeps every line, a context for check. */
import type { Logger, SourceContext } from 'cadence/plugin';
import { salesforceOptions, type SalesforceOptions } from './options.ts';

export function fakeTime(start: string) {
  let now = Date.parse(start);
  return {
    clock: { now: () => new Date(now) },
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      now += Math.max(0, ms);
    },
    ms: () => now,
  };
}

export function recordingLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (m: string) => void lines.push(`${level}: ${m}`);
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function contextOf(
  options: Record<string, unknown>,
  more: Partial<Pick<SourceContext<SalesforceOptions>, 'projectDir' | 'fetch' | 'clock' | 'log'>> & { cursors?: Record<string, unknown> } = {},
): SourceContext<SalesforceOptions> {
  return {
    source: 'salesforce',
    options: salesforceOptions.parse(options),
    signal: new AbortController().signal,
    log: more.log ?? recordingLog(),
    fetch: more.fetch ?? globalThis.fetch,
    clock: more.clock ?? { now: () => new Date('2026-10-01T00:00:00Z') },
    projectDir: more.projectDir ?? import.meta.dirname,
    timezone: 'UTC',
    tracked: { brand: { name: 'Acme', aliases: [], keywords: [], handles: [], hashtags: [] }, competitors: [], topics: [], influencers: [], publicFaces: [] },
    cursor: (stream) => more.cursors?.[stream],
  };
}
