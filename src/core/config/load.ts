/**
 * Finds, imports and validates `cadence.config.ts`.
 *
 * The file is imported with tsx's ESM API, so a TypeScript config loads under plain node too. A
 * fresh import each call (no cache across calls): a config edited between two loads is read anew.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { CadenceError } from '../errors.ts';
import { configSchema, type CadenceConfig } from '../schema/config.ts';
import { goalKpiProblems } from './goal-kpis.ts';
import { formatProblems, validate } from './issues.ts';

/** File names looked for in the project folder, in this order. */
export const configFileNames = ['cadence.config.ts', 'cadence.config.mts', 'cadence.config.mjs', 'cadence.config.js'] as const;

export interface LoadConfigOptions {
  /** Project folder (absolute, or relative to the process's working folder). */
  projectDir: string;
  /** A config file to use instead of looking for one; relative paths are resolved from `projectDir`. */
  configPath?: string;
}

export interface LoadedConfig {
  /** The validated config, defaults applied. */
  config: CadenceConfig;
  /** Absolute path of the config file. */
  path: string;
  /** Absolute project folder. */
  projectDir: string;
}

/** The config file of a project folder, or undefined when it has none. */
export function findConfigFile(projectDir: string): string | undefined {
  for (const name of configFileNames) {
    const candidate = path.join(projectDir, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const projectDir = path.resolve(options.projectDir);
  const file = options.configPath ? path.resolve(projectDir, options.configPath) : findConfigFile(projectDir);
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    throw new CadenceError(
      'CADENCE_CONFIG_NOT_FOUND',
      file ? `${file} does not exist.` : `None of ${configFileNames.join(', ')} is in ${projectDir}.`,
      { place: { file: file ? shown(file, projectDir) : undefined } },
    );
  }
  const raw = await importConfig(file, projectDir);
  const result = validate(configSchema, raw);
  // Beyond the schema: every goal names a KPI that exists (listed together with the schema's problems).
  const problems = [...(result.success ? [] : result.problems), ...goalKpiProblems(raw)];
  if (!result.success || problems.length) {
    const n = problems.length;
    throw new CadenceError('CADENCE_CONFIG_INVALID', `${n} problem${n === 1 ? '' : 's'} in ${shown(file, projectDir)}:\n${formatProblems(problems)}`, {
      place: { file: shown(file, projectDir) },
      details: { problems },
    });
  }
  return { config: result.data, path: file, projectDir };
}

/** The file's default export (awaited; a function is called), or CADENCE_CONFIG_LOAD_FAILED. */
async function importConfig(file: string, projectDir: string): Promise<unknown> {
  const place = { file: shown(file, projectDir) };
  let module: Record<string, unknown>;
  try {
    module = (await tsImport(pathToFileURL(file).href, { parentURL: import.meta.url })) as Record<string, unknown>;
  } catch (error) {
    throw new CadenceError('CADENCE_CONFIG_LOAD_FAILED', describeLoadError(error), { place, cause: error, hint: loadHint(error) });
  }
  // A config outside an ESM package is compiled as CommonJS: its default export sits one level down.
  const inner = module.default as { __esModule?: boolean; default?: unknown } | undefined;
  if (inner && typeof inner === 'object' && inner.__esModule === true) module = { default: inner.default };
  if (!('default' in module) || module.default === undefined) {
    throw new CadenceError('CADENCE_CONFIG_LOAD_FAILED', 'The file has no default export.', {
      place,
      hint: 'End the file with `export default defineConfig({ ... })`.',
    });
  }
  let value: unknown = module.default;
  try {
    if (typeof value === 'function') value = await (value as () => unknown)();
    return await value;
  } catch (error) {
    throw new CadenceError('CADENCE_CONFIG_LOAD_FAILED', describeLoadError(error), { place, cause: error });
  }
}

function describeLoadError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message
    .replace(/^Transform failed with \d+ errors?:\n/, '')
    .replace(/\nRequire stack:[\s\S]*$/, '')
    .replace(/\?namespace=[\w-]+/g, '')
    .trim();
}

/** A specific hint when the config imports `cadence/…` and Cadence is not installed in the project. */
function loadHint(error: unknown): string | undefined {
  const code = (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : '';
  if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /['"]cadence['"/]/.test(message)) {
    return 'The config imports from cadence, which is not installed in this project: run `npm install` in the project folder (the scaffold lists cadence in package.json).';
  }
  return undefined;
}

/** The path as shown in messages: relative to the project when inside it. */
function shown(file: string, projectDir: string): string {
  const relative = path.relative(projectDir, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
