/**
 * Building a plugin's context from the config: options validated by the plugin's schema with
 * secrets resolved from the environment, and the narrow set of capabilities a plugin gets.
 */
import type { z } from 'zod';
import { CadenceError } from '../core/errors.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import { formatProblems, validate } from '../core/config/issues.ts';
import { resolveSecrets } from '../core/config/secrets.ts';
import { redact } from '../core/log/redact.ts';
import type { Clock, Logger, SourceContext, SourcePlugin, TrackedNames } from './api.ts';

export interface ResolvedOptions {
  options: unknown;
  secrets: string[];
  /** Variables whose value had whitespace around it (trimmed before use): the caller warns. */
  warnings: string[];
}

/**
 * Validates a source's options against its plugin's schema; secrets come from `env`. Every
 * problem is listed with its key path, what was expected and what was found (a secret's value
 * is masked even there).
 */
export function resolveOptions(plugin: SourcePlugin, source: string, raw: Record<string, unknown>, env: NodeJS.ProcessEnv): ResolvedOptions {
  const { options, secrets, warnings } = resolveSecrets(plugin.options as z.ZodType, raw, env, `sources.${source}.options`);
  const parsed = validate(plugin.options as z.ZodType, options, ['sources', source, 'options']);
  if (!parsed.success) {
    const problems = parsed.problems.map((p) => ({ path: p.path, message: redact(p.message, secrets) }));
    throw new CadenceError('CADENCE_PLUGIN_OPTIONS_INVALID', formatProblems(problems, '  ').trimStart(), {
      place: { source, plugin: plugin.name },
      details: { problems },
    });
  }
  return { options: parsed.data, secrets, warnings };
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
