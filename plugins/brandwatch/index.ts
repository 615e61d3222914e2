/**
 * The brandwatch source: Brandwatch Consumer Research mentions, from an export (CSV or XLSX, as
 * downloaded) or from the API, into the mentions entity. See README.md for options and mapping.
 *
 * `brandwatchSource(deps)` makes the plugin with injected waiting and randomness (tests run the
 * API's pacing and backoff on a fake clock); the default export uses real timers.
 */
import { defineSource } from 'cadence/plugin';
import type { ClientDeps } from './api/client.ts';
import { checkApi } from './api/check.ts';
import { pullApi } from './api/pull.ts';
import { checkExport, pullExport } from './export/read.ts';
import { brandwatchOptions } from './options.ts';

export type { ClientDeps } from './api/client.ts';

export function brandwatchSource(deps: ClientDeps = {}) {
  return defineSource({
    name: 'brandwatch',
    description: 'Brandwatch Consumer Research mentions, from an export (CSV/XLSX) or the API.',
    options: brandwatchOptions,
    streams: {
      mentions: { entity: 'mentions', cursorField: 'date', description: 'Mentions found by the Brandwatch queries.' },
    },
    check: (ctx) => (ctx.options.api ? checkApi(ctx, deps) : checkExport(ctx)),
    pull: (ctx) => (ctx.options.api ? pullApi(ctx, deps) : pullExport(ctx)),
  });
}

export default brandwatchSource();
