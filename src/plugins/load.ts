/**
 * Finding a source plugin by name: the project's plugins/<name>, then Cadence's first-party
 * plugins/<name>, then an npm package of that name installed in the project.
 */
import { access, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { closest } from '../core/config/did-you-mean.ts';
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

/** The plugin folders of the project and of Cadence (names a config may give without installing anything). */
async function pluginNames(projectDir: string): Promise<string[]> {
  const names = new Set<string>();
  for (const root of [projectDir, packageRoot]) {
    const entries = await readdir(join(root, 'plugins'), { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      if (!e.isDirectory() || !/^[a-z0-9][a-z0-9_-]*$/.test(e.name)) continue;
      for (const file of ['index.ts', 'index.js', 'index.mjs']) if (await exists(join(root, 'plugins', e.name, file))) names.add(e.name);
    }
  }
  return [...names].sort();
}

export async function loadPlugin(name: string, projectDir: string): Promise<SourcePlugin> {
  const url = await locate(name, projectDir);
  if (!url) {
    const known = await pluginNames(projectDir);
    const guess = closest(name, known);
    throw new CadenceError(
      'CADENCE_PLUGIN_NOT_FOUND',
      `no plugin "${name}" in ${join(projectDir, 'plugins')}, in Cadence's plugins, or as an installed npm package${guess ? ` — did you mean ${guess}?` : ''} (plugins found: ${known.join(', ') || 'none'})`,
      { details: { plugin: name, known } },
    );
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
