/**
 * Copies the `cadence init` scaffold (templates/init/) into a project folder.
 *
 * Template names starting with `_` become dot-less files npm would otherwise drop or misread:
 * `_gitignore` → `.gitignore`, `_package.json` → `package.json`. `{{name}}`-style placeholders are
 * filled from `values`. Existing files are kept unless `force`; even then package.json and
 * everything under exports/ and data/ (the user's data) are never overwritten.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CadenceError } from '../core/errors.ts';
import { findConfigFile } from '../core/config/load.ts';
import { writeFileAtomic } from '../core/write-file.ts';

export interface ScaffoldOptions {
  /** Absolute folder to create the project in (made if missing). */
  targetDir: string;
  /** Absolute folder of the scaffold templates. */
  templateDir: string;
  /** Overwrite scaffold files of an existing project. */
  force: boolean;
  /** Placeholder values: `{{key}}` in a template becomes `values[key]`. */
  values: Record<string, string>;
}

export type FileOutcome = 'created' | 'overwritten' | 'kept';

export interface ScaffoldResult {
  /** Project-relative paths (with /) and what happened to each, in path order. */
  files: { path: string; outcome: FileOutcome }[];
}

const renames: Record<string, string> = { _gitignore: '.gitignore', '_package.json': 'package.json' };

/** Files a re-run never overwrites, even with --force. */
function isProtected(relative: string): boolean {
  return relative === 'package.json' || relative.startsWith('exports/') || relative.startsWith('data/');
}

export async function scaffoldProject(options: ScaffoldOptions): Promise<ScaffoldResult> {
  const existing = findConfigFile(options.targetDir);
  if (existing && !options.force) {
    throw new CadenceError('CADENCE_INIT_NOT_EMPTY', `${options.targetDir} already has ${path.basename(existing)}.`, {
      place: { file: existing },
    });
  }
  const files: ScaffoldResult['files'] = [];
  for (const source of await listFiles(options.templateDir)) {
    const relative = path
      .relative(options.templateDir, source)
      .split(path.sep)
      .map((part) => renames[part] ?? part)
      .join('/');
    const target = path.join(options.targetDir, ...relative.split('/'));
    const exists = existsSync(target);
    if (exists && (!options.force || isProtected(relative))) {
      files.push({ path: relative, outcome: 'kept' });
      continue;
    }
    const text = fill(await readFile(source, 'utf8'), options.values);
    await writeFileAtomic(target, text);
    files.push({ path: relative, outcome: exists ? 'overwritten' : 'created' });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files };
}

/** `{{name}}` → values.name; unknown placeholders stay as they are. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}
