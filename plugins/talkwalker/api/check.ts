/**
 * `check` in API mode: `GET /api/v1/search/info` lists the projects a token may read — it proves
 * the token and the project without spending search credits.
 */
import type { CheckResult, SourceContext } from 'cadence/plugin';
import type { TalkwalkerOptions } from '../options.ts';
import { createClient, TalkwalkerError, type ClientDeps } from './client.ts';
import { startOf, stream } from './pull.ts';

export async function checkApi(ctx: SourceContext<TalkwalkerOptions>, deps: ClientDeps): Promise<CheckResult> {
  const api = ctx.options.api!;
  let projects: { id?: unknown; name?: unknown }[];
  try {
    const envelope = await createClient(ctx, deps).get('api/v1/search/info', {});
    const list = (envelope.result_accinfo as { projects?: unknown } | undefined)?.projects;
    projects = Array.isArray(list) ? list : [];
  } catch (e) {
    if (ctx.signal.aborted || !(e instanceof TalkwalkerError)) throw e;
    return { ok: false, message: `${e.detail} ${e.hint}` };
  }
  const project = projects.find((p) => p.id === api.projectId);
  if (!project) {
    const names = projects.map((p) => `${String(p.name ?? '?')} (${String(p.id ?? '?')})`);
    return {
      ok: false,
      message: `the token works, but project "${api.projectId}" is not among its projects${names.length ? `: ${names.join(', ')}` : ' (it has none)'}; check api.projectId.`,
    };
  }
  const since = new Date(startOf(ctx).published).toISOString();
  return {
    ok: true,
    message: `connected to ${new URL(api.baseUrl).host}, project ${String(project.name ?? api.projectId)}`,
    streams: { [stream]: `mentions published since ${since}${api.query ? ` matching ${api.query}` : ''}${api.topic ? ` in topic ${[api.topic].flat().join(', ')}` : ''}` },
  };
}
