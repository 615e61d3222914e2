/**
 * The demo company's report site in a real browser (Chromium through playwright-core):
 *
 * 1. every generated page (about 700) loads with status 200, with no console error or warning,
 *    no script error, no failed request and no request to any origin but the local server;
 * 2. axe-core finds no moderate, serious or critical accessibility violation on one page of every
 *    kind (decks included), at 390 and at 1280 px;
 * 3. on a phone every report table reflows within the window, scroll regions are focusable and
 *    named, and chart text is never below 10 px (360, 390 and 1280 px); tiles fill their row;
 * 4. the monthly team report prints to an A4 PDF with every chart inside the printable width.
 *
 * Decisions: the site is built once, from the shared demo data folder (`inject('demoProjectDir')`,
 * read only), by a scratch project folder of this file's own, so the build's `.cadence/` scratch
 * files never land in the shared folder. One browser serves the whole file. Requests to any
 * other origin are recorded and aborted, so nothing leaves the machine even if a page asks.
 * axe-core is injected as a test-only script; the pages forbid every script by their CSP, so the
 * axe context bypasses CSP (the page-load test does not, so a CSP violation would show there).
 * Printing uses 10 mm margins (Chromium's print dialog default is about 0.4 in): A4 is
 * 210 mm = 793.7 px at 96 dpi, minus 2 × 37.8 px, so charts must fit in 718 px.
 * Skipped, with the reason in the test name, when /usr/bin/chromium is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load.ts';
import { buildSite, type BuildSiteResult } from '../../src/site/build.ts';
import { servePages } from './fixtures/serve.ts';
import { haveChromium, launchChromium } from './fixtures/chromium.ts';

const pdftotext = '/usr/bin/pdftotext';
const axePath = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
const cwd = process.cwd();
const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/** A4 width at 96 dpi (210 mm / 25.4 × 96 = 793.7 px) minus two 10 mm margins (2 × 37.8 px). */
const MARGIN_MM = 10;
const PRINTABLE_WIDTH = Math.floor(((210 - 2 * MARGIN_MM) / 25.4) * 96); // 718

interface AxeNode {
  target: string[];
  html: string;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

let projectDir: string;
let site: BuildSiteResult;
let base: string;
let server: Awaited<ReturnType<typeof servePages>>;
let browser: Browser;

beforeAll(async () => {
  if (!haveChromium) return;
  const demoDir = inject('demoProjectDir');
  const { config } = await loadConfig({ projectDir: demoDir });
  base = config.site.base;
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-demo-browser-'));
  // The demo's own reports (reports/one-page.mdx) come along, so its pages are checked too.
  await cp(join(demoDir, 'reports'), join(projectDir, 'reports'), { recursive: true });
  // As `cadence build` runs: from the project folder.
  process.chdir(projectDir);
  const started = performance.now();
  try {
    site = await buildSite({ projectDir, config, log: quiet, dataDir: resolve(demoDir, config.dataDir), outDir: join(projectDir, 'dist') });
  } finally {
    process.chdir(cwd);
  }
  console.log(`demo site: built ${site.pages.length} pages in ${Math.round(performance.now() - started)} ms`);
  server = await servePages(site.outDir, base);
  browser = await launchChromium();
}, 900_000);

afterAll(async () => {
  process.chdir(cwd);
  await browser?.close();
  await server?.close();
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

/** A context that aborts (and records) every request to another origin than the local server. */
async function localOnlyContext(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; foreign: string[] }> {
  const context = await browser.newContext(options);
  const foreign: string[] = [];
  const local = (url: URL) => url.origin === server.url;
  await context.route((url) => !local(url), (route) => {
    foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  return { context, foreign };
}

/** One report of every cadence and audience, the index, a KPI page, an MDX report and decks. */
const reportSample = ['monthly/2026-09/team/', 'monthly/2026-09/sales/', 'monthly/2026-09/leadership/', 'weekly/2026-W38/sales/', 'quarterly/2026-Q3/leadership/', 'annual/2025/team/'];
const axePages = ['', 'about/', 'daily/2026-09-14/team/', 'weekly/2026-W38/team/', ...reportSample, 'kpi/listening-mentions/', 'monthly/2026-09/leadership/one-page/', 'roadshow/2026-Q3/all-hands/', 'roadshow/2026-Q3/sales.html'];

describe.skipIf(!haveChromium)(`the demo report site in Chromium${haveChromium ? '' : ' (skipped: /usr/bin/chromium is missing)'}`, () => {
  it('resolves every internal link and asset of every page', async () => {
    const pages = new Set(site.pages);
    const broken: string[] = [];
    let links = 0;
    // Self-contained deck files (roadshow/<quarter>/<dept>.html) link nowhere by design; pages end in /.
    for (const path of site.pages.filter((p) => p.endsWith('/'))) {
      const html = await readFile(join(site.outDir, path.slice(base.length), 'index.html'), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="([^"#?]*)/g)) {
        const url = m[1]!.replaceAll('&amp;', '&');
        if (url === '') continue; // a link within the page (#…)
        if (!url.startsWith('/')) {
          // Only links out of the site (mention and post URLs from data) are absolute; nothing is relative.
          if (!/^https?:\/\//.test(url)) broken.push(`${path}: relative or odd link ${url}`);
          continue;
        }
        links++;
        if (!url.startsWith(base)) broken.push(`${path}: ${url} is outside the base ${base}`);
        else if (url.endsWith('/') ? !pages.has(url) : !existsSync(join(site.outDir, url.slice(base.length)))) broken.push(`${path}: ${url} does not exist`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(site.pages.length * 5);
  });

  it('loads every page with status 200, no console error or warning, no failed or foreign request', async () => {
    // The demo covers 2025-07-01..2026-09-30: about 450 daily pages alone.
    expect(site.pages.length).toBeGreaterThan(600);
    for (const kind of ['daily', 'weekly', 'monthly', 'quarterly', 'annual', 'kpi']) expect(site.pages.some((p) => p.startsWith(`${base}${kind}/`)), kind).toBe(true);
    const { context, foreign } = await localOnlyContext();
    const page = await context.newPage();
    const problems: string[] = [];
    let current = '';
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${current}: console ${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`${current}: page error: ${e.message}`));
    page.on('request', (r) => !r.url().startsWith(`${server.url}/`) && problems.push(`${current}: request to another origin: ${r.url()}`));
    page.on('response', (r) => r.status() !== 200 && problems.push(`${current}: ${r.status()} ${r.url()}`));
    // A favicon fetch cut short by the next navigation is not a failure; anything else is.
    page.on('requestfailed', (r) => !(r.failure()?.errorText === 'net::ERR_ABORTED' && r.url().endsWith('/favicon.svg')) && problems.push(`${current}: failed ${r.url()}: ${r.failure()?.errorText}`));
    const started = performance.now();
    try {
      for (const path of site.pages) {
        current = path;
        const response = await page.goto(server.url + path, { waitUntil: 'load' });
        if (response?.status() !== 200) problems.push(`${path}: status ${response?.status()}`);
      }
    } finally {
      await context.close();
    }
    const ms = performance.now() - started;
    console.log(`demo site: loaded ${site.pages.length} pages in ${Math.round(ms)} ms (${(ms / site.pages.length).toFixed(1)} ms a page)`);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  }, 600_000);

  describe.each([390, 1280])('axe-core at %i px: no moderate, serious or critical violation on one page of every kind', (width) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context } = await localOnlyContext({ bypassCSP: true, viewport: { width, height: 900 } }));
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    async function axe(path: string): Promise<AxeViolation[]> {
      const response = await page.goto(server.url + base + path, { waitUntil: 'load' });
      expect(response?.status(), path).toBe(200);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const run = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe.run;
        const result = await run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
      });
      for (const v of violations) console.log(`axe ${base}${path}: ${v.impact} ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      return violations;
    }
    const serious = (violations: AxeViolation[]) => violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

    it.each(axePages)('/%s: no moderate, serious or critical violation', async (path) => {
      if (path.endsWith('/')) expect(site.pages, path).toContain(base + path);
      expect(serious(await axe(path))).toEqual([]);
    });
  });

  /**
   * A phone (390 px): every report table reflows (src/site/components/TableFrame.astro), so no
   * cell of the goals, KPI or share-of-voice tables — nor of any other report table — lies outside
   * the window; the page is no wider than the window; every scroll region is a keyboard stop with
   * a name. Chart text is never shown below 10 px on a screen 360 px wide or wider (the narrow
   * drawing, src/site/charts/view.ts), nor cut off at its drawing's edge.
   */
  describe('on a phone', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context } = await localOnlyContext({ viewport: { width: 390, height: 844 } }));
      page = await context.newPage();
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(reportSample)('/%s: every table cell within 390 px, every scroll region focusable and named', async (path) => {
      expect((await page.goto(server.url + base + path, { waitUntil: 'load' }))?.status()).toBe(200);
      const found = await page.evaluate(() => {
        const width = window.innerWidth;
        const out: string[] = [];
        const tables: Record<string, number> = {};
        // Every table of the report, those in a <details> opened; a chart's own numbers (in its
        // figure) stay a grid that scrolls in its frame.
        document.querySelectorAll('details').forEach((d) => (d.open = true));
        for (const table of Array.from(document.querySelectorAll('main table'))) {
          if (table.closest('figure')) continue;
          const section = table.closest('section')?.querySelector('h2')?.textContent?.trim() ?? '?';
          tables[section] = (tables[section] ?? 0) + 1;
          for (const cell of Array.from(table.querySelectorAll('tbody th, tbody td, tfoot th, tfoot td'))) {
            const r = cell.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.left < -0.5 || r.right > width + 0.5) out.push(`${section}: "${cell.textContent?.trim().slice(0, 30)}" at ${Math.round(r.left)}–${Math.round(r.right)} px`);
          }
        }
        const scrollers = Array.from(document.querySelectorAll('main *')).filter((el) => {
          const style = getComputedStyle(el);
          return /(auto|scroll)/.test(style.overflowX + style.overflowY) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
        });
        const unnamed = scrollers.filter((el) => el.getAttribute('tabindex') !== '0' || !el.getAttribute('aria-label')).map((el) => el.outerHTML.slice(0, 80));
        return { out, tables, unnamed, scrollWidth: document.documentElement.scrollWidth };
      });
      expect(found.out).toEqual([]);
      expect(found.unnamed).toEqual([]);
      expect(found.scrollWidth).toBeLessThanOrEqual(390);
      if (path.includes('leadership')) {
        // The three tables the issue found cut off on the leadership report (the test can fail: they are there).
        expect(found.tables).toMatchObject({ Goals: 1, 'Share of voice': 1 });
        expect(Object.keys(found.tables).some((k) => k.startsWith('Key figures'))).toBe(true);
      }
    });

    it.each([360, 390, 1280])('shows no chart text below 10 px and cuts none off at %i px', async (width) => {
      await page.setViewportSize({ width, height: 844 });
      const problems: string[] = [];
      let texts = 0;
      for (const path of [...reportSample, 'daily/2026-09-14/team/', 'kpi/selling-revenue/', 'monthly/2026-09/leadership/one-page/', 'roadshow/2026-Q3/all-hands/']) {
        expect((await page.goto(server.url + base + path, { waitUntil: 'load' }))?.status()).toBe(200);
        const r = await page.evaluate(() => {
          const bad: string[] = [];
          let n = 0;
          for (const svg of Array.from(document.querySelectorAll('main svg[role="img"], .deck svg[role="img"]'))) {
            const box = svg.getBoundingClientRect();
            const viewBox = (svg as SVGSVGElement).viewBox.baseVal;
            if (box.width === 0 || !viewBox?.width) continue;
            const scale = box.width / viewBox.width;
            for (const t of Array.from(svg.querySelectorAll('text'))) {
              const tb = t.getBoundingClientRect();
              // Labels Vega hides to avoid overlaps are drawn with opacity 0.
              if (tb.width === 0 || getComputedStyle(t).opacity === '0') continue;
              n++;
              const size = parseFloat(getComputedStyle(t).fontSize) * scale;
              const name = `${svg.getAttribute('aria-labelledby')?.split(' ')[0]} "${t.textContent?.slice(0, 24)}"`;
              if (size < 10 - 1e-6) bad.push(`${name}: ${size.toFixed(1)} px`);
              if (tb.left < box.left - 0.5 || tb.right > box.right + 0.5) bad.push(`${name}: cut off`);
            }
          }
          return { bad, n };
        });
        texts += r.n;
        problems.push(...r.bad.map((b) => `${path}: ${b}`));
      }
      expect(texts).toBeGreaterThan(100);
      expect(problems).toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
    });
  });

  it('fills the row with the key-figure tiles on a wide screen (no empty columns)', async () => {
    const { context } = await localOnlyContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    try {
      for (const path of ['monthly/2026-09/leadership/', 'monthly/2026-09/sales/', 'monthly/2026-09/team/']) {
        expect((await page.goto(server.url + base + path, { waitUntil: 'load' }))?.status()).toBe(200);
        const rows = await page.evaluate(() =>
          Array.from(document.querySelectorAll('main .tiles')).map((list) => {
            const box = list.getBoundingClientRect();
            const tiles = Array.from(list.children).map((t) => t.getBoundingClientRect());
            return { gap: box.right - Math.max(...tiles.map((t) => t.right)), tiles: tiles.length };
          }),
        );
        expect(rows.length, path).toBeGreaterThan(0);
        for (const row of rows) expect(row.gap, `${path}: ${row.tiles} tiles leave ${Math.round(row.gap)} px empty`).toBeLessThan(2);
      }
    } finally {
      await context.close();
    }
  });

  it(`prints the monthly team report 2026-09 to an A4 PDF with every chart within ${PRINTABLE_WIDTH} px`, async () => {
    const { context } = await localOnlyContext({ viewport: { width: PRINTABLE_WIDTH, height: 1123 } });
    const page = await context.newPage();
    try {
      const path = `${base}monthly/2026-09/team/`;
      expect((await page.goto(server.url + path, { waitUntil: 'load' }))?.status()).toBe(200);
      await page.emulateMedia({ media: 'print' });
      const h1 = (await page.locator('h1').innerText()).trim();
      expect(h1).toBe('Social team: September 2026');
      // The page's drawing of each chart (the phone's narrow one is not shown in print).
      const charts = await page.locator('figure svg[role="img"]').evaluateAll((svgs) =>
        svgs.filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => {
          const box = svg.getBoundingClientRect();
          return { id: svg.getAttribute('aria-labelledby') ?? '', left: box.left, right: box.right, width: box.width };
        }),
      );
      expect(charts.length).toBeGreaterThan(0);
      for (const chart of charts) {
        expect(chart.width, chart.id).toBeGreaterThan(100);
        expect(chart.left, chart.id).toBeGreaterThanOrEqual(0);
        expect(chart.right, chart.id).toBeLessThanOrEqual(PRINTABLE_WIDTH);
      }
      const margin = `${MARGIN_MM}mm`;
      const started = performance.now();
      const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: margin, right: margin, bottom: margin, left: margin } });
      console.log(`demo site: printed ${path} to a ${pdf.length}-byte PDF in ${Math.round(performance.now() - started)} ms`);
      expect(pdf.length).toBeGreaterThan(1000);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (existsSync(pdftotext)) {
        const file = join(projectDir, 'monthly-team.pdf');
        await writeFile(file, pdf);
        const text = execFileSync(pdftotext, ['-layout', file, '-'], { encoding: 'utf8' });
        expect(text.replace(/\s+/g, ' ')).toContain(h1);
        // The quotes are printed, without their " · Open" links (the page has them).
        expect(await page.locator('.quote .screen-only a').count()).toBeGreaterThan(0);
        expect(text).toContain('2,400,000 reach');
        expect(text).not.toMatch(/·\s*Open\b/);
      }
    } finally {
      await context.close();
    }
  });

  /**
   * Every table fits the printed page too (header cells wrap in print; tables do not scroll on
   * paper), on every page `cadence pdf` prints by default (each audience's month) and with
   * `--period 2026-Q3`: the sales month's offers table (nine columns) once stuck out by 31 px.
   */
  it.each(['monthly/2026-09/team/', 'monthly/2026-09/sales/', 'monthly/2026-09/leadership/', 'quarterly/2026-Q3/team/', 'quarterly/2026-Q3/sales/', 'quarterly/2026-Q3/leadership/'])(
    `prints %s with nothing wider than ${PRINTABLE_WIDTH} px`,
    async (path) => {
      const { context } = await localOnlyContext({ viewport: { width: PRINTABLE_WIDTH, height: 1123 } });
      const page = await context.newPage();
      try {
        expect((await page.goto(`${server.url}${base}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
        await page.emulateMedia({ media: 'print' });
        const wide = await page.locator('main table').evaluateAll((tables, width) => tables.filter((t) => t.getBoundingClientRect().right > width).map((t) => t.closest('section')?.querySelector('h2')?.textContent ?? '?'), PRINTABLE_WIDTH);
        expect(wide).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PRINTABLE_WIDTH);
      } finally {
        await context.close();
      }
    },
  );
});
