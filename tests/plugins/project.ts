/** A throw-away user project outside the repo, with Cadence "installed" (node_modules/cadence → this checkout). */
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');

export async function makeProject(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cadence-project-'));
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  await symlink(repoRoot, join(dir, 'node_modules', 'cadence'), 'dir');
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'my-reports', private: true, type: 'module' }));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

/** A plugin that yields `count` mentions, one page of 10 at a time, with `delayMs` between pages. */
export const slowPluginSource = `
import { defineSource, z } from 'cadence/plugin';
export default defineSource({
  name: 'slow',
  options: z.object({ count: z.number().default(100), delayMs: z.number().default(0), token: z.string().meta({ secret: true }).optional() }),
  streams: { mentions: { entity: 'mentions', cursorField: 'published_at' } },
  async check(ctx) { return { ok: true, message: 'slow source ready' + (ctx.options.token ? ' (token set)' : '') }; },
  async *pull(ctx) {
    const start = Number(ctx.cursor('mentions') ?? 0);
    for (let i = start; i < ctx.options.count; i++) {
      yield { type: 'record', stream: 'mentions', data: { id: 'm' + i, published_at: new Date(Date.UTC(2026, 8, 1, 0, i)), platform: 'news', text: 'mention ' + i } };
      if ((i + 1) % 10 === 0) {
        yield { type: 'checkpoint', stream: 'mentions', cursor: i + 1 };
        if (ctx.options.delayMs) await new Promise((r) => setTimeout(r, ctx.options.delayMs));
        if (ctx.options.token) ctx.log.info('page done with token ' + ctx.options.token);
      }
    }
  },
});
`;
