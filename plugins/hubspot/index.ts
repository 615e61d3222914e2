/**
 * The hubspot source: HubSpot CRM contacts (→ leads) and deals (→ deals), from the CRM v3 API or
 * from UI exports (CSV as downloaded). See README.md.
 *
 * `hubspotSource(deps)` makes the plugin with injected waiting and randomness (tests run pacing and
 * backoff on a fake clock); the default export uses real timers.
 */
import { defineSource } from 'cadence/plugin';
import { checkApi } from './api/check.ts';
import type { ClientDeps } from './api/client.ts';
import { pullApi } from './api/pull.ts';
import { checkExport, pullExport } from './export/read.ts';
import { hubspotOptions } from './options.ts';

export type { ClientDeps } from './api/client.ts';

export function hubspotSource(deps: ClientDeps = {}) {
  return defineSource({
    name: 'hubspot',
    description: 'HubSpot CRM contacts (leads) and deals, from the CRM v3 API or UI exports.',
    options: hubspotOptions,
    streams: (o) => {
      const all = {
        contacts: { entity: 'leads' as const, cursorField: 'lastmodifieddate', description: 'Contacts, with lifecycle stage dates and original source.' },
        deals: { entity: 'deals' as const, cursorField: 'hs_lastmodifieddate', description: 'Deals, with status, amount and the first associated contact.' },
      };
      if (o.api) return all;
      return Object.fromEntries(Object.entries(all).filter(([k]) => o.exports?.[k as 'deals' | 'contacts']));
    },
    check: (ctx) => (ctx.options.api ? checkApi(ctx, deps) : checkExport(ctx)),
    pull: (ctx) => (ctx.options.api ? pullApi(ctx, deps) : pullExport(ctx)),
  });
}

export default hubspotSource();
