/**
 * Building a plugin's context from the config: options validated by the plugin's schema with
 * secrets resolved from the environment, and the narrow set of capabilities a plugin gets.
 */
import type { z } from 'zod';
import { CadenceError } from '../core/errors.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import { resolveSecrets } from '../core/config/secrets.ts';
import type { Clock, Logger, SourceContext, SourcePlugin, TrackedNames } from './api.ts';

export interface ResolvedOptions {
  options: unknown;
  secrets: string[];
}

/** Validates a source's options against its plugin's schema; secrets come from `env`. */
export function resolveOptions(plugin: SourcePlugin, source: string, raw: Record<string, unknown>, env: NodeJS.ProcessEnv): ResolvedOptions {
  const { options, secrets } = resolveSecrets(plugin.options as z.ZodType, raw, env, `sources.${source}.options`);
  const parsed = (plugin.options as z.ZodType).safeParse(options);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const path = [`sources.${source}.options`, ...i.path.map(String)].join('.');
      return `${path}: ${i.message}`;
    });
    throw new CadenceError('CADENCE_PLUGIN_OPTIONS_INVALID', lines.join('\n  '), { place: { source, plugin: plugin.name } });
  }
  return { options: parsed.data, secrets };
}

export function trackedNames(config: CadenceConfig): TrackedNames {
  const named = (t: CadenceConfig['brand']) => ({ name: t.name, aliases: t.aliases, keywords: t.keywords, handles: t.handles, hashtags: t.hashtags });
  return {
    brand: named(config.brand),
    competitors: config.competitors.map(named),
    topics: config.topics.map((t) => ({ name: t.name, keywords: t.keywords })),
    influencers: config.influencers.map((p) => ({ name: p.name, handles: p.handles })),
    publicFaces: config.publicFaces.map((p) => ({ name: p.name, handles: p.handles })),
  };
}

export interface ContextInput {
  source: string;
  options: unknown;
  config: CadenceConfig;
  projectDir: string;
  signal: AbortSignal;
  log: Logger;
  fetch: typeof fetch;
  clock: Clock;
  cursors: Record<string, unknown>;
}

export function makeContext(input: ContextInput): SourceContext<unknown> {
  return {
    source: input.source,
    options: input.options,
    signal: input.signal,
    log: input.log,
    fetch: input.fetch,
    clock: input.clock,
    projectDir: input.projectDir,
    timezone: input.config.timezone,
    tracked: trackedNames(input.config),
    cursor: (stream) => input.cursors[stream],
  };
}
