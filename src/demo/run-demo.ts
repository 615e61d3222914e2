/**
 * `cadence demo`: the demo takes the same path as a real user. It writes the demo company's
 * vendor-style exports, pulls them through the real source plugins into the data folder, builds
 * the report site, and says where it is and how to open it.
 */
import { spawn } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { CadenceError } from '../core/errors.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import type { Clock, Logger } from '../plugins/api.ts';
import { runPull, type ProgressLike } from '../plugins/runner.ts';
import { buildSite } from '../site/build.ts';
import { DEFAULT_SEED, generateDemo } from './generate.ts';

export interface RunDemoOptions {
  projectDir: string;
  config?: CadenceConfig;
  configPath?: string;
  log: Logger & { addSecrets?(values: string[]): void; enabled?(level: string): boolean };
  progress: ProgressLike;
  signal: AbortSignal;
  clock: Clock;
  /** Open the built site in a browser (only on a desktop session). */
  open: boolean;
  /** Prints a line for the user (stdout). */
  say?: (line: string) => void;
}

export interface DemoResult {
  ok: boolean;
  outDir: string;
  pages: string[];
  exports: string[];
}

export async function runDemo(o: RunDemoOptions): Promise<DemoResult> {
  if (!o.config) {
    throw new CadenceError('CADENCE_CONFIG_NOT_FOUND', `no cadence.config.ts in ${o.projectDir}; the demo runs in the Cadence repository (which holds the demo project's config)`, {
      hint: 'Run `npm run demo` from the Cadence repository, or `npx cadence init my-reports` to start a project of your own.',
    });
  }
  const say = o.say ?? ((line: string) => process.stdout.write(line + '\n'));
  const exportsDir = resolve(o.projectDir, o.config.dataDir, 'exports');
  const gen = o.progress.start('demo: writing the demo company’s exports', undefined, 'rows');
  const generated = await generateDemo({ outDir: exportsDir, seed: DEFAULT_SEED });
  const rows = Object.values(generated.rows).reduce((a, b) => a + b, 0);
  gen.update(rows);
  gen.stop(`demo: ${generated.files.length} export files, ${rows.toLocaleString('en')} rows in ${relative(o.projectDir, exportsDir)}/`);
  const pulled = await runPull({ projectDir: o.projectDir, config: o.config, configPath: o.configPath, log: o.log, progress: o.progress, signal: o.signal, clock: o.clock, wait: 60 });
  const failed = pulled.sources.filter((s) => s.status !== 'ok');
  if (failed.length) {
    for (const f of failed) o.log.error(f.error?.message ?? `${f.source}: ${f.status}`);
    return { ok: false, outDir: '', pages: [], exports: generated.files };
  }
  const built = await buildSite({ projectDir: o.projectDir, config: o.config, log: o.log as never, signal: o.signal });
  const outDir = built.outDir;
  const base = o.config.site.base;
  say('');
  say(`The demo report site is built: ${relative(process.cwd(), outDir) || outDir}/ (${built.pages.length} pages)`);
  say(`Open it:  npx cadence dev   → http://localhost:4321${base}`);
  say(`Or open ${join(outDir, 'index.html')} in a browser.`);
  if (o.open && process.stdout.isTTY && !process.env.CI && (process.env.DISPLAY || process.platform === 'darwin')) {
    const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
    spawn(opener, [join(outDir, 'index.html')], { stdio: 'ignore', detached: true }).on('error', () => undefined).unref();
  }
  return { ok: true, outDir, pages: built.pages, exports: generated.files };
}
