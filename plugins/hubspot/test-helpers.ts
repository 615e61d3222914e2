/** Shared by the hubspot tests: a fake clock whose sleep advances it, a logger that keeps every line. */
import type { Logger } from 'cadence/plugin';

export function fakeTime(start: string) {
  let now = Date.parse(start);
  return {
    clock: { now: () => new Date(now) },
    sleeps: [] as number[],
    sleep: async function (this: void, ms: number, signal?: AbortSignal) {
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
