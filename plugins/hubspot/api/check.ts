/**
 * `cadence check` for the API: the token works (GET /crm/v3/objects/contacts?limit=1, one request
 * with few retries), and what the next pull of each stream fetches.
 */
import type { CheckResult, SourceContext } from 'cadence/plugin';
import type { HubspotOptions } from '../options.ts';
import { createClient, type ClientDeps } from './client.ts';
import { nextPullOf, streamNames } from './pull.ts';

export async function checkApi(ctx: SourceContext<HubspotOptions>, deps: ClientDeps = {}): Promise<CheckResult> {
  const client = createClient(ctx, { maxAttempts: 2, ...deps });
  try {
    await client.request('GET', '/crm/v3/objects/contacts', { limit: '1' });
  } catch (e) {
    return { ok: false, message: `${(e as Error).message}${(e as { hint?: string }).hint ? ` ${(e as { hint?: string }).hint}` : ''}` };
  }
  return {
    ok: true,
    message: `connected to ${ctx.options.api!.baseUrl} (the token reads contacts)`,
    streams: Object.fromEntries(streamNames.map((s) => [s, nextPullOf(ctx, s)])),
  };
}
