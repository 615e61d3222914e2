/**
 * The talkwalker source: Talkwalker mentions, from a CSV export (read by the host's delimited-file
 * engine as a bulk load) or from the project Search API (records, incremental by publication
 * time). Both give the same `mentions` rows; see README.md.
 */
import { checkDelimitedFiles, defineSource, readDelimitedFiles } from 'cadence/plugin';
import { checkApi } from './api/check.ts';
import type { ClientDeps } from './api/client.ts';
import { pullApi, stream } from './api/pull.ts';
import { exportSpec } from './export.ts';
import { talkwalkerOptions } from './options.ts';

/** The plugin, with its waits and timeouts injectable (tests); the default export uses the real ones. */
export function createTalkwalker(deps: ClientDeps = {}) {
  return defineSource({
    name: 'talkwalker',
    description: 'Talkwalker mentions, from an export (CSV) or the project Search API.',
    options: talkwalkerOptions,
    streams: (o) => ({
      [stream]: {
        entity: 'mentions',
        ...(o.api ? { cursorField: 'published' } : {}),
        description: o.api ? `Mentions of Talkwalker project ${o.api.projectId}` : 'Mentions in the Talkwalker export',
      },
    }),
    check: (ctx) => (ctx.options.api ? checkApi(ctx, deps) : checkDelimitedFiles(ctx, exportSpec(ctx))),
    pull: (ctx) => (ctx.options.api ? pullApi(ctx, deps) : readDelimitedFiles(ctx, exportSpec(ctx))),
  });
}

export default createTalkwalker();
