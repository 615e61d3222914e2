/**
 * `cadence check`: for each configured source, whether it can connect (file found, credentials
 * work) and what the next pull will fetch, without writing anything.
 */
import { resolve } from 'node:path';
import { toCadenceError, type CadenceError } from '../core/errors.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import { readManifest } from '../core/store/manifest.ts';
import { streamsOf, type Clock, type Logger, type SourcePlugin } from './api.ts';
import { makeContext, resolveOptions } from './context.ts';
import { loadPlugin } from './load.ts';

export interface SourceCheck {
  source: string;
  plugin: string;
  ok: boolean;
  message: string;
  streams: Record<string, { entity: string; next: string; cursor?: unknown }>;
  lastPull: string | null;
  error?: CadenceError;
}

export interface RunCheckOptions {
  projectDir: string;
  config: CadenceConfig;
  log: Logger & { addSecrets?(values: string[]): void };
  env?: NodeJS.ProcessEnv;
  fetch?: typeof fetch;
  clock?: Clock;
  signal?: AbortSignal;
  plugins?: Record<string, SourcePlugin>;
  /** Milliseconds a plugin's check may take (default 30 s). */
  timeoutMs?: number;
}

export async function runCheck(opts: RunCheckOptions): Promise<SourceCheck[]> {
  const dataDir = resolve(opts.projectDir, opts.config.dataDir);
  const manifest = await readManifest(dataDir);
  const results: SourceCheck[] = [];
  for (const [source, cfg] of Object.entries(opts.config.sources)) {
    const saved = manifest.sources[source];
    const base: SourceCheck = { source, plugin: cfg.plugin, ok: false, message: '', streams: {}, lastPull: saved?.lastPull ?? null };
    if (!cfg.enabled) {
      results.push({ ...base, ok: true, message: 'disabled (enabled: false)' });
      continue;
    }
    try {
      const plugin = opts.plugins?.[cfg.plugin] ?? (await loadPlugin(cfg.plugin, opts.projectDir));
      const resolved = resolveOptions(plugin, source, cfg.options, opts.env ?? process.env);
      opts.log.addSecrets?.(resolved.secrets);
      const cursors = saved?.cursors ?? {};
      const timeout = AbortSignal.timeout(opts.timeoutMs ?? 30_000);
      const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
      const ctx = makeContext({ source, options: resolved.options, config: opts.config, projectDir: opts.projectDir, signal, log: opts.log, fetch: opts.fetch ?? globalThis.fetch, clock: opts.clock ?? { now: () => new Date() }, cursors });
      const result = await plugin.check(ctx as never);
      const streams = streamsOf(plugin, resolved.options);
      for (const [name, def] of Object.entries(streams)) {
        base.streams[name] = {
          entity: def.entity,
          next: result.streams?.[name] ?? (cursors[name] !== undefined ? `from cursor ${JSON.stringify(cursors[name])}` : 'everything (first pull)'),
          ...(cursors[name] !== undefined ? { cursor: cursors[name] } : {}),
        };
      }
      results.push({ ...base, ok: result.ok, message: result.message });
    } catch (e) {
      const err = toCadenceError(e).withPlace({ source, plugin: cfg.plugin });
      results.push({ ...base, ok: false, message: err.detail, error: err });
    }
  }
  return results;
}
