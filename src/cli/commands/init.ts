/**
 * `cadence init [dir] [--force]`: scaffolds a project from templates/init/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { out, placeOf, type CliContext } from '../context.ts';
import { cadenceRoot } from '../lazy-import.ts';
import { scaffoldProject, type FileOutcome } from '../scaffold.ts';

const templateDir = path.join(cadenceRoot, 'templates', 'init');

/** What each scaffold file is for, shown after init. */
const purposes: Record<string, string> = {
  'cadence.config.ts': 'the configuration: brand, competitors, sources, site',
  'exports/posts.csv': 'a sample export of owned posts, read by the `posts` source',
  'reports/README.md': 'where your report definitions go',
  '.gitignore': 'keeps node_modules, data/ and the built site out of git',
  'package.json': 'lists cadence and the npm scripts',
};

export function registerInit(program: Command, ctx: CliContext): void {
  program
    .command('init')
    .summary('scaffold a new project')
    .description(
      'Scaffold a Cadence project: cadence.config.ts with a CSV source, a sample export under exports/, reports/, .gitignore and package.json. ' +
        'Refuses a folder that already has a cadence.config.ts unless --force; even then your data (exports/, data/) and package.json are never overwritten.',
    )
    .argument('[dir]', 'folder to create the project in (made if missing)', '.')
    .option('--force', 'overwrite the scaffold files of an existing project')
    .addHelpText(
      'after',
      `
Examples:
  $ npx cadence init my-reports     new project in ./my-reports
  $ npx cadence init                new project in the current folder
  $ npx cadence init . --force      restore the scaffold files (keeps exports/ and data/)`,
    )
    .action(async (dir: string, opts: { force?: boolean }, command: Command) => {
      const { projectDir } = placeOf(command, ctx.io);
      const targetDir = path.resolve(projectDir, dir);
      const result = await scaffoldProject({
        targetDir,
        templateDir,
        force: opts.force === true,
        values: { name: packageName(targetDir), cadenceSpec: cadenceSpec(targetDir), nodeSpec: nodeSpec() },
      });
      const shown = shownPath(ctx.io.cwd, targetDir);
      out(ctx, `Cadence project in ${shown}${shown.endsWith('/') ? '' : '/'}:`);
      const width = Math.max(...result.files.map((f) => f.path.length));
      for (const f of result.files) out(ctx, `  ${label(f.outcome)} ${f.path.padEnd(width)}  ${purposes[f.path] ?? ''}`.trimEnd());
      const kept = result.files.filter((f) => f.outcome === 'kept');
      if (kept.some((f) => f.path === 'package.json') && !dependsOnCadence(targetDir)) {
        out(ctx);
        out(ctx, `package.json was there already: add Cadence to it with  npm install --save-dev ${cadenceSpec(targetDir)}`);
      }
      out(ctx);
      out(ctx, 'Next:');
      if (shown !== '.') out(ctx, `  cd ${shown}`);
      out(ctx, '  npm install              install cadence, and the Node it runs on, into the project');
      out(ctx, '  npx cadence check        test the config and the sample source');
      out(ctx, '  npx cadence pull         import exports/posts.csv into data/');
      out(ctx, '  npx cadence build        build the report site');
      out(ctx, '  npx cadence dev          preview it in a browser');
    });
}

/** Relative to the working folder when inside it, else absolute. */
function shownPath(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  if (!relative) return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? target : relative;
}

function dependsOnCadence(dir: string): boolean {
  try {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    return Boolean(pkg.dependencies?.cadence ?? pkg.devDependencies?.cadence);
  } catch {
    return false;
  }
}

function label(outcome: FileOutcome): string {
  return { created: 'created    ', overwritten: 'overwritten', kept: 'kept       ' }[outcome];
}

/** A valid npm package name from the folder name. */
function packageName(dir: string): string {
  const slug = path
    .basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[._-]+|[-]+$/g, '');
  return slug || 'cadence-reports';
}

/**
 * The Node version the project runs on: the registry's `node` package, pinned as Cadence pins it
 * (npm puts node_modules/.bin/node first on PATH for `npm run` and `npx`, so a machine with an
 * older Node runs Cadence on this one, without EBADENGINE warnings).
 */
function nodeSpec(): string {
  const pkg = JSON.parse(readFileSync(path.join(cadenceRoot, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string>; engines?: Record<string, string> };
  return pkg.devDependencies?.node ?? '^24.9.0';
}

/**
 * How the new project depends on Cadence: the version when Cadence runs from node_modules, else a
 * `file:` path to this checkout (so `npm install` links it).
 */
function cadenceSpec(targetDir: string): string {
  if (cadenceRoot.split(path.sep).includes('node_modules')) {
    const pkg = JSON.parse(readFileSync(path.join(cadenceRoot, 'package.json'), 'utf8')) as { version: string };
    return `^${pkg.version}`;
  }
  const relative = path.relative(targetDir, cadenceRoot).split(path.sep);
  // A nearby checkout as a relative path (the pair can move together), a far one as absolute.
  const spec = relative.filter((part) => part === '..').length <= 2 ? relative.join('/') : cadenceRoot.replace(/[\\/]$/, '').split(path.sep).join('/');
  return `file:${spec || '.'}`;
}
