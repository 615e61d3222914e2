/**
 * Finding a source plugin by name: the project's plugins/<name>, then Cadence's first-party
 * plugins/<name>, then an npm package of that name installed in the project.
 */
import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CadenceError } from '../core/errors.ts';
import type { SourcePlugin } from './api.ts';

/** Root of the Cadence package (where its first-party plugins live). */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

const exists = (p: string) => access(p).then(() => true, () => false);

async function locate(name: string, projectDir: string): Promise<string | undefined> {
  if (/^[a-z0-9][a-z0-9_-]*$/.test(name)) {
    for (const root of [projectDir, packageRoot]) {
      for (const file of ['index.ts', 'index.js', 'index.mjs']) {
        const p = join(root, 'plugins', name, file);
        if (await exists(p)) return pathToFileURL(p).href;
      }
    }
  }
  try {
    return pathToFileURL(createRequire(join(projectDir, 'package.json')).resolve(name)).href;
  } catch {
    return undefined;
  }
}

export async function loadPlugin(name: string, projectDir: string): Promise<SourcePlugin> {
  const url = await locate(name, projectDir);
  if (!url) {
    throw new CadenceError('CADENCE_PLUGIN_NOT_FOUND', `no plugin "${name}" in ${join(projectDir, 'plugins')}, in Cadence's plugins, or as an installed npm package`);
  }
  let mod: { default?: unknown };
  try {
    mod = (await import(url)) as { default?: unknown };
  } catch (e) {
    throw new CadenceError('CADENCE_PLUGIN_INVALID', `plugin "${name}" (${fileURLToPath(url)}) failed to load: ${(e as Error).message}`, { cause: e });
  }
  const plugin = mod.default as Partial<SourcePlugin> | undefined;
  const problems: string[] = [];
  if (!plugin || typeof plugin !== 'object') problems.push('no default export');
  else {
    if (typeof plugin.name !== 'string') problems.push('`name` is not a string');
    if (!plugin.options || typeof (plugin.options as { safeParse?: unknown }).safeParse !== 'function') problems.push('`options` is not a zod schema');
    if (!plugin.streams || (typeof plugin.streams !== 'object' && typeof plugin.streams !== 'function')) problems.push('`streams` is missing');
    if (typeof plugin.check !== 'function') problems.push('`check` is not a function');
    if (typeof plugin.pull !== 'function') problems.push('`pull` is not a function');
  }
  if (problems.length) throw new CadenceError('CADENCE_PLUGIN_INVALID', `plugin "${name}" (${fileURLToPath(url)}): ${problems.join('; ')}`);
  return plugin as SourcePlugin;
}
