/**
 * The salesforce source: Leads and Opportunities from the REST API (SOQL through queryAll,
 * incremental on SystemModstamp, OAuth refresh) and/or from report exports (CSV), into the leads
 * and deals entities. See README.md.
 *
 * `salesforceSource(deps)` makes the plugin with injected waiting and randomness (tests run the
 * retries on a fake clock); the default export uses real timers.
 */
import { defineSource, type CheckResult } from 'cadence/plugin';
import type { ClientDeps } from './api/client.ts';
import { checkApi, pullApi } from './api/pull.ts';
import { checkExports, exportStreams, pullExports } from './export.ts';
import { salesforceOptions } from './options.ts';

export type { ClientDeps } from './api/client.ts';

export function salesforceSource(deps: ClientDeps = {}) {
  return defineSource({
    name: 'salesforce',
    description: 'Salesforce leads and opportunities, from the REST API or report exports (CSV).',
    options: salesforceOptions,
    streams: {
      leads: { entity: 'leads', cursorField: 'SystemModstamp', description: 'Leads (deleted ones kept as archived).' },
      opportunities: { entity: 'deals', cursorField: 'SystemModstamp', description: 'Opportunities with their account name (deleted ones kept as archived).' },
    },
    async check(ctx) {
      const parts: CheckResult[] = [];
      if (ctx.options.api) parts.push(await checkApi(ctx, deps));
      if (exportStreams(ctx.options).length) parts.push(await checkExports(ctx));
      return {
        ok: parts.every((p) => p.ok),
        message: parts.map((p) => p.message).join('; '),
        streams: Object.assign({}, ...parts.map((p) => p.streams ?? {})) as Record<string, string>,
      };
    },
    async *pull(ctx) {
      if (ctx.options.api) yield* pullApi(ctx, deps);
      if (exportStreams(ctx.options).length) yield* pullExports(ctx);
    },
  });
}

export default salesforceSource();
