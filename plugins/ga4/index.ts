/**
 * The ga4 source: Google Analytics web sessions into web_sessions, from a GA4 (or Universal
 * Analytics) CSV export (`file`) or the GA4 Data API (`api`).
 *
 * `ga4Source(deps)` makes the plugin with injected waiting and randomness (tests run the API's
 * backoff without real waits); the default export uses real timers.
 */
import { defineSource } from 'cadence/plugin';
import { checkApi, pullApi, STREAM, type ApiDeps } from './api.ts';
import { checkExport, pullExport } from './export.ts';
import { ga4Options } from './options.ts';

export type { ApiDeps } from './api.ts';

export function ga4Source(deps: ApiDeps = {}) {
  return defineSource({
    name: 'ga4',
    description: 'Google Analytics 4 sessions by day, channel, source/medium, campaign, landing page, country and device (export CSV or Data API) → web_sessions.',
    options: ga4Options,
    streams: (o) => ({
      [STREAM]: o.api
        ? { entity: 'web_sessions', cursorField: 'date', description: `GA4 Data API, property ${o.api.propertyId}` }
        : { entity: 'web_sessions', description: `GA export ${o.file}` },
    }),
    check: (ctx) => (ctx.options.api ? checkApi(ctx, deps) : checkExport(ctx)),
    pull: (ctx) => (ctx.options.api ? pullApi(ctx, deps) : pullExport(ctx)),
  });
}

export default ga4Source();
