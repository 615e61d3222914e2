/**
 * `cadence check` for the API: the token works (GET /me), the project is readable and holds every
 * configured query (GET /projects/{id}, /projects/{id}/queries). Three requests, paced like a pull.
 */
import type { CheckResult, SourceContext } from 'cadence/plugin';
import type { BrandwatchOptions } from '../options.ts';
import { createClient, type ClientDeps } from './client.ts';
import { nextPullOf, stream } from './pull.ts';

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined);

export async function checkApi(ctx: SourceContext<BrandwatchOptions>, deps: ClientDeps = {}): Promise<CheckResult> {
  const api = ctx.options.api!;
  // A check must answer quickly: fewer retries than a pull.
  const client = createClient(ctx, { maxAttempts: 2, ...deps });
  const me = (await client.get('/me', {})) as Record<string, unknown>;
  const who = text(me.username) ?? text(me.email) ?? ([text(me.firstName), text(me.lastName)].filter(Boolean).join(' ') || `user ${text(me.id) ?? '?'}`);
  const project = (await client.get(`/projects/${api.projectId}`, {})) as Record<string, unknown>;
  const listed = (await client.get(`/projects/${api.projectId}/queries`, {})) as { results?: { id?: unknown; name?: unknown }[] };
  const queries = new Map((Array.isArray(listed?.results) ? listed.results : []).map((q) => [Number(q.id), text(q.name) ?? `query ${String(q.id)}`]));
  const projectName = `project ${text(project.name) ? `"${text(project.name)}" ` : ''}(${api.projectId})`;
  const missing = api.queryIds.filter((q) => !queries.has(q));
  if (missing.length) {
    const known = [...queries].map(([id, name]) => `${name} (${id})`).join(', ') || 'none';
    return {
      ok: false,
      message: `connected as ${who}, ${projectName}, but ${missing.length === 1 ? 'query' : 'queries'} ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in it; its queries: ${known}`,
    };
  }
  const pulled = api.queryIds.map((q) => `${queries.get(q)} (${q})`).join(', ');
  return {
    ok: true,
    message: `connected as ${who}, ${projectName}, ${queries.size} ${queries.size === 1 ? 'query' : 'queries'}; pulling ${api.queryIds.length}: ${pulled}`,
    streams: { [stream]: nextPullOf(ctx) },
  };
}
