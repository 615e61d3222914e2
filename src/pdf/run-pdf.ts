/**
 * `runPdf`: what `cadence pdf` does — optionally build the site first, pick the report pages and
 * roadshow decks of the built site (src/pdf/pages.ts) and print them (src/pdf/print.ts).
 *
 * The site folder is config.site.outDir. When it is missing the command fails with
 * CADENCE_SITE_NOT_BUILT telling to run `cadence build` (or to pass --build). `--build` runs
 * buildSite for the same --period and --audience first (it replaces the site folder, as
 * `cadence build` does).
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { CadenceError } from '../core/errors.ts';
import type { CadenceConfig } from '../core/schema/config.ts';
import { selectPages } from './pages.ts';
import type { Paper } from './paper.ts';
import { printPages, type PdfLogger, type PrintReportsResult } from './print.ts';

export interface RunPdfOptions {
  projectDir: string;
  config: CadenceConfig;
  log: PdfLogger;
  signal?: AbortSignal;
  /** Period id as in the page address; undefined = the latest complete monthly reports. */
  period?: string;
  audience?: string;
  /** A department or "all": print roadshow decks only. */
  deck?: string;
  paper: Paper;
  /** Absolute folder for the PDFs. */
  outDir: string;
  /** Build the site (for this period and audience) first. */
  build?: boolean;
  chromiumPath?: string;
  env?: NodeJS.ProcessEnv;
  /** Gets each written file (absolute path), for the command's stdout. */
  written?: (file: string) => void;
}

export async function runPdf(options: RunPdfOptions): Promise<PrintReportsResult> {
  const { projectDir, config, log } = options;
  const siteDir = resolve(projectDir, config.site.outDir);
  if (options.build) {
    const { buildSite } = await import('../site/build.ts');
    await buildSite({ projectDir, config, log, period: options.period, audience: options.audience, signal: options.signal });
  }
  const shown = relative(projectDir, siteDir) || siteDir;
  if (!existsSync(siteDir)) {
    throw new CadenceError('CADENCE_SITE_NOT_BUILT', `${shown}/ does not exist, so there is no report page to print.`, {
      place: { file: siteDir },
      hint: 'Run `npx cadence build` first, or pass --build to build the period before printing it.',
    });
  }
  const { reports, decks } = await selectPages(siteDir, config.site.base, { period: options.period, audience: options.audience, deck: options.deck });
  const what = [reports.length ? `${reports.length} report page(s) on ${options.paper} paper` : '', decks.length ? `${decks.length} roadshow deck(s) at 16:9` : ''].filter(Boolean).join(' and ');
  log.info(`printing ${what} from ${shown}/ to ${relative(projectDir, options.outDir) || '.'}/…`);
  const result = await printPages({ siteDir, base: config.site.base, pages: reports, decks, outDir: options.outDir, paper: options.paper, chromiumPath: options.chromiumPath, env: options.env, log, signal: options.signal });
  for (const r of [...result.reports, ...result.decks]) options.written?.(r.file);
  return result;
}
