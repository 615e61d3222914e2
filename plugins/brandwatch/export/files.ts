/**
 * The export files a `file` option names: one path, or every file whose name matches a `*` / `?`
 * pattern (sorted by name). The delimited-file engine does this itself for CSV; XLSX workbooks are
 * resolved here because each is first converted to a CSV copy.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { CadenceError } from 'cadence/plugin';

export interface ExportFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the project with forward slashes, for messages and rejects. */
  displayPath: string;
  size: number;
}

const wildcard = /[*?]/;

export function displayPath(projectDir: string, path: string): string {
  const rel = relative(projectDir, path);
  return (rel === '' || isAbsolute(rel) ? path : rel).split(sep).join('/');
}

function notFound(detail: string, file: string): CadenceError {
  return new CadenceError('CADENCE_FILE_NOT_FOUND', detail, { place: { file } });
}

export async function resolveExportFiles(projectDir: string, pattern: string): Promise<ExportFile[]> {
  const path = resolve(projectDir, pattern);
  const show = (p: string) => displayPath(projectDir, p);
  if (wildcard.test(dirname(pattern))) {
    throw new CadenceError('CADENCE_PLUGIN_OPTIONS_INVALID', `\`file\` "${pattern}" has a wildcard in a folder name; only the file name may hold * or ?.`);
  }
  if (!wildcard.test(basename(path))) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw notFound(`${show(path)} ${info ? 'is a folder, not a file' : 'does not exist'}.`, show(path));
    return [{ path, displayPath: show(path), size: info.size }];
  }
  const body = basename(path).replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  const name = new RegExp(`^(?!\\.)${body}$`, 'i');
  const entries = await readdir(dirname(path), { withFileTypes: true }).catch(() => undefined);
  if (!entries) throw notFound(`The folder ${show(dirname(path))} of "${pattern}" does not exist.`, show(dirname(path)));
  const files: ExportFile[] = [];
  for (const entry of entries.filter((e) => e.isFile() && name.test(e.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = resolve(dirname(path), entry.name);
    files.push({ path: full, displayPath: show(full), size: (await stat(full)).size });
  }
  if (!files.length) throw notFound(`No file matches ${show(path)}.`, show(path));
  return files;
}
