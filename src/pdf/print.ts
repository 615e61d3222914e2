/**
 * `printPages`: prints report pages and roadshow decks of a built site to PDF with headless
 * Chromium.
 *
 * 1. serve the site folder under its base path on a loopback address, on a port the OS picks
 *    (the `cadence dev` server, src/site/static-server.ts: nothing outside the folder is served);
 * 2. launch one Chromium for all pages (playwright-core; executable from the option, else
 *    $CADENCE_CHROMIUM, else /usr/bin/chromium) in a context that aborts every request to
 *    another origin (the pages' CSP forbids them already; this makes sure);
 * 3. per page: load it at the printable width with print media, check that nothing is wider
 *    than the printable width, print it with a header (report · period) and footer (page X of Y),
 *    and write `<outDir>/<cadence>-<period>-<audience>.pdf` atomically (temp file, then rename);
 * 4. per deck: load it with JavaScript off (the slides' own no-script layout: a vertical sequence
 *    of 16:9 boxes, which the deck stylesheet prints one per 13.333 × 7.5 in page), check that no
 *    slide's content overflows its slide, print it with the page size of its CSS and no header
 *    or footer (the slide carries its number), check that the PDF has one page per slide, and
 *    write `<outDir>/roadshow-<quarter>-<dept>.pdf`.
 *
 * Every PDF is tagged (its structure — headings, lists, tables, figures — is in the file, for
 * screen readers and reflow) and has an outline (bookmarks) made from the page's headings: a
 * report's h1 with its h2 sections under it, a deck's title (the cover's h1) with one entry per
 * slide. What only makes sense on an interactive page ("What this measures" links, "show the
 * data as a table") is not printed: the pages' print styles leave it out.
 *
 * Decision: content wider than the printable width fails the page with CADENCE_PDF_TOO_WIDE
 * naming the page and the element, instead of shrinking the page to fit. Shrinking (page.pdf's
 * `scale`) would make every page's text smaller to hide one layout bug, and Chromium would
 * otherwise clip the element silently: a chart cut off on paper is a wrong report. Nothing is
 * written for a page that fails; PDFs of pages printed before stay. The same holds for a slide
 * whose content is taller or wider than the slide (CADENCE_PDF_SLIDE_OVERFLOW): the slide box
 * would hide it.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { CadenceError } from '../core/errors.ts';
import { writeFileAtomic } from '../core/write-file.ts';
import { startStaticServer } from '../site/static-server.ts';
import { mendOutline } from './outline.ts';
import { footerTemplate, headerTemplate, pdfMargin, printableWidthPx, type Paper } from './paper.ts';
import { deckPdfName, pdfName, type DeckPrintPage, type ReportPage } from './pages.ts';

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
  /** The report pages to print (see selectPages). */
  pages: ReportPage[];
  /** The decks to print (see selectPages). */
  decks?: DeckPrintPage[];
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

/** What the slide check found on a deck. */
export interface SlideCheck {
  slides: number;
  /** Slides whose content does not fit, e.g. `slide 4 "Share of voice" (content 812 px high in 560 px)`. */
  overflowing: string[];
}

export interface PrintedDeck {
  deck: DeckPrintPage;
  file: string;
  /** Pages in the PDF: one per slide. */
  pdfPages: number;
  bytes: number;
  slides: SlideCheck;
}

export interface PrintReportsResult {
  ok: true;
  reports: PrintedReport[];
  decks: PrintedDeck[];
}

/** The Chromium executable to use (the option, $CADENCE_CHROMIUM, /usr/bin/chromium). */
export function chromiumPathOf(option: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.CADENCE_CHROMIUM || defaultChromiumPath;
}

export async function printPages(options: PrintReportsOptions): Promise<PrintReportsResult> {
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
    const at: PrintTarget = { origin, base, siteDir, outDir, log };
    await mkdir(outDir, { recursive: true });
    const reports: PrintedReport[] = [];
    if (pages.length) {
      const width = printableWidthPx(paper);
      const context = await sameOriginContext(browser, at, { viewport: { width, height: 1123 } });
      for (const page of pages) {
        signal?.throwIfAborted();
        reports.push(await printReport(context, page, paper, at));
      }
      await context.close();
    }
    const decks: PrintedDeck[] = [];
    if (options.decks?.length) {
      // The slides' own layout without the deck script: one 16:9 box after another.
      const context = await sameOriginContext(browser, at, { viewport: { width: SLIDE_WIDTH_PX, height: SLIDE_HEIGHT_PX }, javaScriptEnabled: false });
      for (const deck of options.decks) {
        signal?.throwIfAborted();
        decks.push(await printDeck(context, deck, at));
      }
      await context.close();
    }
    return { ok: true, reports, decks };
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
}

/** A slide printed at 13.333 × 7.5 in (deck.css `@page`): 1280 × 720 CSS px, 960 × 540 pt. */
export const SLIDE_WIDTH_PX = 1280;
export const SLIDE_HEIGHT_PX = 720;

/** Where pages are printed from and to. */
interface PrintTarget {
  /** The loopback server's origin. */
  origin: string;
  base: string;
  siteDir: string;
  outDir: string;
  log: PdfLogger;
}

/** A browser context that aborts (and logs) every request to another origin than the site's. */
async function sameOriginContext(browser: Browser, at: PrintTarget, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route((url) => url.origin !== at.origin, (route) => {
    at.log.warn(`blocked a request to ${route.request().url()}`);
    return route.abort('blockedbyclient');
  });
  return context;
}

/** Opens a page of the site (under the base) in print media, runs `use` on it, and closes it. */
async function withPrintPage<T>(context: BrowserContext, path: string, at: PrintTarget, use: (tab: Page) => Promise<T>): Promise<T> {
  const tab = await context.newPage();
  try {
    const response = await tab.goto(`${at.origin}${at.base}${path}`, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new CadenceError('CADENCE_PDF_NO_REPORT', `${at.base}${path} answered ${response?.status() ?? 'nothing'} from the site folder ${at.siteDir}.`);
    await tab.emulateMedia({ media: 'print' });
    return await use(tab);
  } finally {
    await tab.close();
  }
}

async function printReport(context: BrowserContext, page: ReportPage, paper: Paper, at: PrintTarget): Promise<PrintedReport> {
  const started = performance.now();
  const width = printableWidthPx(paper);
  return withPrintPage(context, page.path, at, async (tab) => {
    const check = await checkWidths(tab, width);
    if (check.tooWide.length > 0) {
      throw new CadenceError('CADENCE_PDF_TOO_WIDE', `${at.base}${page.path}: ${check.tooWide.join('; ')} — wider than the ${width} px printable width of ${paper} paper.`, { details: { ...check } });
    }
    const { title, lang } = await tab.evaluate(() => ({ title: document.title, lang: document.documentElement.lang }));
    const headings = await headingsOf(tab);
    const printed = await tab.pdf({
      format: paper,
      printBackground: true,
      tagged: true,
      outline: true,
      displayHeaderFooter: true,
      headerTemplate: headerTemplate(title, lang || 'en'),
      footerTemplate: footerTemplate(lang || 'en'),
      margin: pdfMargin(),
    });
    const { pdf } = await mendOutline(printed, headings);
    const file = join(at.outDir, pdfName(page));
    await writeFileAtomic(file, pdf);
    const pdfPages = pdfPageCount(pdf);
    at.log.info(`printed ${page.path} → ${pdfName(page)} (${pdfPages} page${pdfPages === 1 ? '' : 's'}, ${paper}) in ${Math.round(performance.now() - started)} ms`);
    return { page, file, pdfPages, bytes: pdf.length, width: check };
  });
}

async function printDeck(context: BrowserContext, deck: DeckPrintPage, at: PrintTarget): Promise<PrintedDeck> {
  const started = performance.now();
  return withPrintPage(context, deck.path, at, async (tab) => {
    const slides = (await tab.evaluate(`(${slideCheckScript})()`)) as SlideCheck;
    if (slides.slides === 0) throw new CadenceError('CADENCE_PDF_NO_REPORT', `${at.base}${deck.path} has no slide to print.`);
    if (slides.overflowing.length > 0) {
      throw new CadenceError('CADENCE_PDF_SLIDE_OVERFLOW', `${at.base}${deck.path}: ${slides.overflowing.join('; ')} — the slide would hide it on its 16:9 page.`, { details: { ...slides } });
    }
    const headings = await headingsOf(tab);
    const { pdf } = await mendOutline(await tab.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true, displayHeaderFooter: false }), headings);
    const pdfPages = pdfPageCount(pdf);
    if (pdfPages !== slides.slides) {
      throw new CadenceError('CADENCE_PDF_SLIDE_OVERFLOW', `${at.base}${deck.path}: Chromium printed ${pdfPages} pages for ${slides.slides} slides, so a slide ran over its page.`, { details: { ...slides, pdfPages } });
    }
    const file = join(at.outDir, deckPdfName(deck));
    await writeFileAtomic(file, pdf);
    at.log.info(`printed ${deck.path} → ${deckPdfName(deck)} (${pdfPages} slide${pdfPages === 1 ? '' : 's'}, 16:9) in ${Math.round(performance.now() - started)} ms`);
    return { deck, file, pdfPages, bytes: pdf.length, slides };
  });
}

/**
 * Runs in the page (print media): every slide against its own box. A slide overflows when its
 * body scrolls (content taller or wider than the space under the title) or when a chart, table or
 * image sticks out of the slide. Source text, for the reason given at widthCheckScript.
 */
const slideCheckScript = `() => {
  const slides = Array.from(document.querySelectorAll('section.slide'));
  const overflowing = [];
  slides.forEach((slide, i) => {
    const title = (slide.getAttribute('data-slide-title') || '').slice(0, 80);
    const name = 'slide ' + (i + 1) + ' "' + title + '"';
    const box = slide.getBoundingClientRect();
    const body = slide.querySelector('.slide-body');
    if (body && body.scrollHeight > body.clientHeight + 1) overflowing.push(name + ' (content ' + body.scrollHeight + ' px high in ' + body.clientHeight + ' px)');
    else if (body && body.scrollWidth > body.clientWidth + 1) overflowing.push(name + ' (content ' + body.scrollWidth + ' px wide in ' + body.clientWidth + ' px)');
    for (const el of Array.from(slide.querySelectorAll('svg, table, img, figure'))) {
      if (el.parentElement && el.parentElement.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5) { overflowing.push(name + ' (' + el.tagName.toLowerCase() + ' outside the slide)'); break; }
    }
  });
  return { slides: slides.length, overflowing };
}`;

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

/** The page's headings, whose texts mendOutline restores in the PDF's outline. */
function headingsOf(tab: Page): Promise<string[]> {
  return tab.evaluate(() => Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => h.textContent ?? ''));
}

async function checkWidths(tab: Page, width: number): Promise<WidthCheck> {
  return (await tab.evaluate(`(${widthCheckScript})(${JSON.stringify(width)})`)) as WidthCheck;
}

/** The page count of a PDF Chromium wrote: the largest /Count of its page tree nodes. */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let count = 0;
  for (const m of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) count = Math.max(count, Number(m[1] ?? m[2]));
  return count;
}
