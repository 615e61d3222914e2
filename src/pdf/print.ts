/**
 * `printReports`: prints report pages of a built site to PDF with headless Chromium.
 *
 * 1. serve the site folder under its base path on a loopback address, on a port the OS picks
 *    (the `cadence dev` server, src/site/static-server.ts: nothing outside the folder is served);
 * 2. launch one Chromium for all pages (playwright-core; executable from the option, else
 *    $CADENCE_CHROMIUM, else /usr/bin/chromium) in a context that aborts every request to
 *    another origin (the pages' CSP forbids them already; this makes sure);
 * 3. per page: load it at the printable width with print media, check that nothing is wider
 *    than the printable width, print it with a header (report · period) and footer (page X of Y),
 *    and write `<outDir>/<cadence>-<period>-<audience>.pdf` atomically (temp file, then rename).
 *
 * Decision: content wider than the printable width fails the page with CADENCE_PDF_TOO_WIDE
 * naming the page and the element, instead of shrinking the page to fit. Shrinking (page.pdf's
 * `scale`) would make every page's text smaller to hide one layout bug, and Chromium would
 * otherwise clip the element silently: a chart cut off on paper is a wrong report. Nothing is
 * written for a page that fails; PDFs of pages printed before stay.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CadenceError } from '../core/errors.ts';
import { startStaticServer } from '../site/static-server.ts';
import { footerTemplate, headerTemplate, pdfMargin, printableWidthPx, type Paper } from './paper.ts';
import { pdfName, type ReportPage } from './pages.ts';

export const defaultChromiumPath = '/usr/bin/chromium';

export const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface PdfLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface PrintReportsOptions {
  /** Absolute folder of the built site (config.site.outDir). */
  siteDir: string;
  /** The site's base path (config.site.base), starting and ending with /. */
  base: string;
  /** The pages to print (see selectReportPages). */
  pages: ReportPage[];
  /** Absolute folder for the PDFs (made when missing). */
  outDir: string;
  paper: Paper;
  /** Chromium executable; default $CADENCE_CHROMIUM (from `env`), else /usr/bin/chromium. */
  chromiumPath?: string;
  /** Where CADENCE_CHROMIUM is read (default process.env). */
  env?: NodeJS.ProcessEnv;
  log: PdfLogger;
  /** Checked between pages; the browser and server are closed either way. */
  signal?: AbortSignal;
}

/** What the width check found on a page (CSS pixels). */
export interface WidthCheck {
  /** The printable width the page was checked against. */
  printableWidth: number;
  /** Right edge of the widest svg/figure/table/img/pre. */
  widest: number;
  /** document.documentElement.scrollWidth. */
  scrollWidth: number;
  /** Elements sticking out, e.g. `table in section "KPIs" (right edge 812 px)`. */
  tooWide: string[];
}

export interface PrintedReport {
  page: ReportPage;
  /** Absolute path of the PDF. */
  file: string;
  /** Pages in the PDF, as Chromium wrote them (its page tree's /Count). */
  pdfPages: number;
  bytes: number;
  width: WidthCheck;
}

export interface PrintReportsResult {
  ok: true;
  reports: PrintedReport[];
}

/** The Chromium executable to use (the option, $CADENCE_CHROMIUM, /usr/bin/chromium). */
export function chromiumPathOf(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.CADENCE_CHROMIUM || defaultChromiumPath;
}

export async function printReports(options: PrintReportsOptions): Promise<PrintReportsResult> {
  const { siteDir, base, pages, outDir, paper, log, signal } = options;
  const executablePath = chromiumPathOf(options.chromiumPath, options.env);
  if (!existsSync(siteDir)) {
    throw new CadenceError('CADENCE_SITE_NOT_BUILT', `${siteDir} does not exist.`, { place: { file: siteDir }, hint: 'Run `npx cadence build` first (or `npx cadence pdf --build`).' });
  }
  if (!existsSync(executablePath)) throw chromiumNotFound(executablePath);
  signal?.throwIfAborted();
  const playwright = await importPlaywright();
  const server = await startStaticServer({ root: siteDir, base, host: '127.0.0.1', port: 0, log: { ...log, debug: () => {} } });
  const origin = new URL(server.url).origin;
  let browser: Browser | undefined;
  try {
    try {
      browser = await playwright.chromium.launch({ executablePath, args: chromiumArgs });
    } catch (error) {
      throw chromiumNotFound(executablePath, error);
    }
    const width = printableWidthPx(paper);
    const context = await browser.newContext({ viewport: { width, height: 1123 } });
    await context.route((url) => url.origin !== origin, (route) => {
      log.warn(`blocked a request to ${route.request().url()}`);
      return route.abort('blockedbyclient');
    });
    await mkdir(outDir, { recursive: true });
    const reports: PrintedReport[] = [];
    for (const page of pages) {
      signal?.throwIfAborted();
      const started = performance.now();
      const tab = await context.newPage();
      try {
        const url = `${origin}${base}${page.path}`;
        const response = await tab.goto(url, { waitUntil: 'load' });
        if (response?.status() !== 200) throw new CadenceError('CADENCE_PDF_NO_REPORT', `${base}${page.path} answered ${response?.status() ?? 'nothing'} from the site folder ${siteDir}.`);
        await tab.emulateMedia({ media: 'print' });
        const check = await checkWidths(tab, width);
        if (check.tooWide.length > 0) {
          throw new CadenceError('CADENCE_PDF_TOO_WIDE', `${base}${page.path}: ${check.tooWide.join('; ')} — wider than the ${width} px printable width of ${paper} paper.`, { details: { ...check } });
        }
        const { title, lang } = await tab.evaluate(() => ({ title: document.title, lang: document.documentElement.lang }));
        const pdf = await tab.pdf({
          format: paper,
          printBackground: true,
          displayHeaderFooter: true,
          headerTemplate: headerTemplate(title),
          footerTemplate: footerTemplate(lang || 'en'),
          margin: pdfMargin(),
        });
        const file = join(outDir, pdfName(page));
        await writeAtomically(file, pdf);
        const pdfPages = pdfPageCount(pdf);
        reports.push({ page, file, pdfPages, bytes: pdf.length, width: check });
        log.info(`printed ${page.path} → ${pdfName(page)} (${pdfPages} page${pdfPages === 1 ? '' : 's'}, ${paper}) in ${Math.round(performance.now() - started)} ms`);
      } finally {
        await tab.close();
      }
    }
    await context.close();
    return { ok: true, reports };
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
}

function chromiumNotFound(path: string, cause?: unknown): CadenceError {
  const why = cause instanceof Error ? `: ${cause.message.split('\n')[0]}` : ' (no such file)';
  return new CadenceError('CADENCE_CHROMIUM_NOT_FOUND', `Chromium could not be started from ${path}${why}.`, { cause, details: { path } });
}

async function importPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch (error) {
    throw new CadenceError('CADENCE_COMMAND_UNAVAILABLE', '`cadence pdf` needs the package playwright-core, which is not installed.', { cause: error, hint: 'Run `npm install playwright-core` in the project.' });
  }
}

/**
 * Runs in the page: the right edges of charts, figures, tables and images against a width.
 * Kept as source text, not a function: tsx/esbuild would wrap inner functions in a `__name`
 * helper that does not exist in the page.
 */
const widthCheckScript = `(limit) => {
  const tooWide = [];
  let widest = 0;
  const nameOf = (el) => {
    const tag = el.tagName.toLowerCase();
    const labelledBy = el.getAttribute('aria-labelledby');
    const label = el.getAttribute('aria-label') || (labelledBy ? document.getElementById(labelledBy.split(' ')[0])?.textContent : null) || el.getAttribute('alt') || el.id;
    const heading = el.closest('section')?.querySelector('h2, h3')?.textContent;
    const what = label ? tag + ' "' + label.trim().slice(0, 80) + '"' : tag;
    return heading ? what + ' in section "' + heading.trim().slice(0, 80) + '"' : what;
  };
  for (const el of Array.from(document.querySelectorAll('svg, figure, table, img, pre'))) {
    if (el.parentElement?.closest('svg')) continue; // nested svg elements belong to their chart
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue; // not printed (display: none)
    widest = Math.max(widest, box.right);
    // Half a pixel for sub-pixel layout.
    if (box.right > limit + 0.5 || box.left < -0.5) tooWide.push(nameOf(el) + ' (from ' + Math.round(box.left) + ' to ' + Math.round(box.right) + ' px)');
  }
  return { printableWidth: limit, widest: Math.round(widest * 10) / 10, scrollWidth: document.documentElement.scrollWidth, tooWide };
}`;

async function checkWidths(tab: import('playwright-core').Page, width: number): Promise<WidthCheck> {
  return (await tab.evaluate(`(${widthCheckScript})(${JSON.stringify(width)})`)) as WidthCheck;
}

/** Writes `file` through a temporary name in the same folder, so no half-written PDF ever exists. */
async function writeAtomically(file: string, data: Buffer): Promise<void> {
  const temp = `${file}.${process.pid}.partial`;
  try {
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** The page count of a PDF Chromium wrote: the largest /Count of its page tree nodes. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let count = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) count = Math.max(count, Number(m[1] ?? m[2]));
  return count;
}
