/**
 * `buildSite`: the one entry point the CLI calls to render the report site.
 *
 * 1. open the data folder and prepare the site model (report models, charts as SVG, coverage);
 * 2. run Astro's build with an inline config into a staging folder next to the output;
 * 3. swap the staging folder in, so a failed build leaves the previous site untouched.
 *
 * The output depends only on the data folder and the config: no build timestamps, sorted data.
 */
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { build as astroBuild, type AstroInlineConfig } from 'astro';
import { CadenceError, isCadenceError } from '../core/errors.ts';
import { audienceNames, type AudienceName, type CadenceConfig } from '../core/schema/config.ts';
import { cadenceAstroConfig } from './astro-config.ts';
import { modelCacheDir } from '../core/report/project-model.ts';
import { reportDefinitions } from './reports/definitions.ts';
import { deckDefinitions } from './decks/definitions.ts';
import { prepareSiteModel, withDataReader, type SiteLogger } from './prepare.ts';
import { writePublicDir } from './public-files.ts';
import type { SiteModel } from './site-model.ts';
import { asDiskFull } from '../core/store/disk-full.ts';

export interface BuildSiteOptions {
  /** The user's project folder (where cadence.config.ts lives). */
  projectDir: string;
  /** The validated configuration (defaults applied). */
  config: CadenceConfig;
  /** The data folder, absolute or relative to projectDir; default config.dataDir. */
  dataDir?: string;
  /** The output folder, absolute or relative to projectDir; default config.site.outDir. */
  outDir?: string;
  /** Where progress and warnings go. With `enabled('debug')` true, Astro's own log is shown too. */
  log: SiteLogger & { enabled?(level: 'debug'): boolean };
  /** One period to build, as typed on the command line (2026-09, 2026-W38, 2026-Q3, 2025, …); default: every period the data covers. */
  period?: string;
  /** Only this audience's pages (team, sales or leadership); default: every audience. */
  audience?: string;
  /** Checked between steps: a stopped build leaves the previous site untouched. */
  signal?: AbortSignal;
  /** How much Astro itself prints (to the console); default "warn" ("info" when log.enabled('debug')). */
  astroLogLevel?: AstroInlineConfig['logLevel'];
}

export interface BuildSiteResult {
  ok: true;
  /** Absolute output folder. */
  outDir: string;
  /** URL path of every page, base included, sorted: "/reports/", "/reports/monthly/2026-09/team/", … */
  pages: string[];
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const { config, log, signal } = options;
  const projectDir = resolve(options.projectDir);
  const dataDir = resolve(projectDir, options.dataDir ?? config.dataDir);
  const outDir = resolve(projectDir, options.outDir ?? config.site.outDir);
  const scratch = join(projectDir, '.cadence');
  const publicDir = join(scratch, 'public');
  const staging = join(dirname(outDir), `.${basename(outDir)}.cadence-staging`);
  const previous = join(dirname(outDir), `.${basename(outDir)}.cadence-previous`);
  const astroLogLevel = options.astroLogLevel ?? (log.enabled?.('debug') ? 'info' : 'warn');
  // Cadence sends nothing anywhere; neither should Astro.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

  // The reports' MDX files are checked first: a typo fails in a second, not after the metrics.
  const audience = audienceOf(options.audience);
  const reports = await reportDefinitions({
    reportsDir: resolve(projectDir, config.reportsDir),
    audiences: audienceNames.filter((a) => audience === undefined || a === audience).map((name) => ({ name, cadences: config.audiences[name].cadences })),
  });
  const decks = await deckDefinitions({ reportsDir: resolve(projectDir, config.reportsDir) });
  const logo = await writePublicDir(publicDir, config, projectDir);
  const model = await withDataReader(dataDir, (reader) => prepareSiteModel({ config, reader, period: options.period, audience, logo, log, cacheDir: modelCacheDir(projectDir) }), { engine: config.engine, env: process.env });
  signal?.throwIfAborted();

  const started = performance.now();
  log.info(`rendering ${model.reports.length + 1} page(s) with Astro…`);
  const slow = setTimeout(() => log.info('still rendering (Astro is bundling the pages)…'), 5000);
  await rm(staging, { recursive: true, force: true });
  try {
    await astroBuild(cadenceAstroConfig({ projectDir, outDir: staging, publicDir, base: config.site.base, model, reports, decks, logLevel: astroLogLevel }));
    signal?.throwIfAborted();
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    // A report component's CadenceError comes from Astro's bundled copy of this package: made
    // again here, so callers can rely on `instanceof` and the code.
    if (isCadenceError(e) && !(e instanceof CadenceError)) {
      const foreign = e as CadenceError;
      throw new CadenceError(foreign.code, foreign.detail, { hint: foreign.hint, place: foreign.place, details: foreign.details });
    }
    if (isCadenceError(e) || signal?.aborted) throw e;
    // A full disk is no Astro failure: say where the site was being written and how much room is left.
    const full = asDiskFull(e, { path: staging, doing: 'building the site', relativeTo: projectDir });
    if (full) throw full;
    throw new CadenceError('CADENCE_BUILD_FAILED', `Astro failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  } finally {
    clearTimeout(slow);
  }
  await swapIn(staging, outDir, previous);
  const pages = await listPages(outDir, config.site.base);
  log.info(`built ${pages.length} page(s) into ${relative(projectDir, outDir) || '.'} in ${Math.round(performance.now() - started)} ms`);
  checkPages(pages, model, config.site.base);
  return { ok: true, outDir, pages };
}

/** The audience of a --audience value. */
function audienceOf(audience: string | undefined): AudienceName | undefined {
  if (audience === undefined) return undefined;
  if ((audienceNames as readonly string[]).includes(audience)) return audience as AudienceName;
  throw new CadenceError('CADENCE_CONFIG_INVALID', `"${audience}" is not an audience`, { hint: `Use one of ${audienceNames.join(', ')}.` });
}

/** Replaces outDir by staging: the old site stays whole until the new one is complete. */
async function swapIn(staging: string, outDir: string, previous: string): Promise<void> {
  await rm(previous, { recursive: true, force: true });
  let hadPrevious = true;
  try {
    await rename(outDir, previous);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    hadPrevious = false;
  }
  await rename(staging, outDir);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/** The URL paths of the HTML files under outDir, sorted. */
async function listPages(outDir: string, base: string): Promise<string[]> {
  const files = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  return files
    .map((f) => base + f.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}

/** Every report of the model must have become a page. */
function checkPages(pages: string[], model: SiteModel, base: string): void {
  const missing = model.reports.map((r) => base + r.path).filter((p) => !pages.includes(p));
  if (missing.length) throw new CadenceError('CADENCE_BUILD_FAILED', `Astro did not write ${missing.join(', ')}`);
}
