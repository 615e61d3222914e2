/**
 * Roadshow decks: the four department decks of a quarter, built from the sample project with
 * quarterly reports only, their slides and content, their per-page CSP, the self-contained file
 * per deck, and (in Chromium, skipped when /usr/bin/chromium is missing) keyboard navigation,
 * deep links, the notes view, the no-JavaScript sequence and the offline file, axe-core at 390
 * and 1280 px, key-figure rows that fill the slide's width, slides that scale with the window and
 * reflow on a phone; and the decks printed by `cadence pdf`: one 960 × 540 pt page (13.333 ×
 * 7.5 in, 16:9) per slide, each with its slide's title as text, read back with pdfjs-dist, tagged
 * (pdfinfo) with an outline of the slides, and without the links that only work on a screen
 * (pdftotext; poppler parts skipped when /usr/bin/pdfinfo is missing).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildSiteResult } from '../../src/site/build.ts';
import { deckDefinitions, deckTemplatesDir } from '../../src/site/decks/definitions.ts';
import { isCadenceError } from '../../src/core/errors.ts';
import { writeDataFolder } from './fixtures/data-folder.ts';
import { sampleConfig, sampleConfigInput, sampleRows } from './fixtures/sample.ts';
import { servePages } from './fixtures/serve.ts';
import { chromium, haveChromium, launchChromium } from './fixtures/chromium.ts';
import { selectPages } from '../../src/pdf/pages.ts';
import { printPages, type PrintReportsResult } from '../../src/pdf/print.ts';
import { havePoppler, pdfinfo, pdftotext, readPdf } from '../pdf/read-pdf.ts';
import { runCli } from '../cli/run-cli.ts';

const BASE = '/reports/';
const depts = ['product', 'sales', 'marketing', 'all-hands'] as const;
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const cwd = process.cwd();

let projectDir: string;
let site: BuildSiteResult;
const html: Record<string, string> = {};
const file: Record<string, string> = {};

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-decks-'));
  await writeDataFolder(join(projectDir, 'data'), sampleRows());
  const config = sampleConfig({ base: BASE, cadences: ['quarterly'] });
  process.chdir(projectDir);
  try {
    site = await buildSite({ projectDir, config, log: quiet });
  } finally {
    process.chdir(cwd);
  }
  for (const d of depts) {
    html[d] = await readFile(join(site.outDir, 'roadshow', '2026-Q3', d, 'index.html'), 'utf8');
    file[d] = await readFile(join(site.outDir, 'roadshow', '2026-Q3', `${d}.html`), 'utf8');
  }
}, 300_000);

afterAll(async () => {
  process.chdir(cwd);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

const slidesOf = (page: string) => [...page.matchAll(/<section class="slide[^"]*" id="slide-(\d+)" aria-label="([^"]*)"/g)].map((m) => ({ n: Number(m[1]), label: m[2]! }));
/** The HTML of slide n (up to the next slide). */
const slideHtml = (page: string, n: number) => {
  const start = page.indexOf(`id="slide-${n}"`);
  const end = page.indexOf(`id="slide-${n + 1}"`);
  return page.slice(start, end === -1 ? undefined : end);
};
/** Text of every `<tag>` of a page, tags stripped, entities decoded, whitespace collapsed. */
const headings = (page: string, tag: 'h1' | 'h2') => [...page.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => decode(m[1]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim());
const axePath = join(cwd, 'node_modules', 'axe-core', 'axe.min.js');
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const cspOf = (page: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';

describe('roadshow decks of the sample project (quarterly reports only)', () => {
  it('builds the four department decks and their single files for Q3 2026 (Aug–Sep data) and Q4 2026 (1 Oct in Berlin)', () => {
    for (const q of ['2026-Q3', '2026-Q4']) {
      for (const d of depts) {
        expect(site.pages).toContain(`${BASE}roadshow/${q}/${d}/`);
        expect(site.pages).toContain(`${BASE}roadshow/${q}/${d}.html`);
      }
    }
    // No deck for a quarter without a team quarterly report.
    expect(site.pages.some((p) => p.includes('roadshow/2026-Q2'))).toBe(false);
  });

  it('numbers at least four titled slides per deck: id slide-N and "Slide N of M: title"', () => {
    for (const d of depts) {
      const slides = slidesOf(html[d]!);
      expect(slides.length, d).toBeGreaterThanOrEqual(4);
      expect(slides.map((s) => s.n)).toEqual(slides.map((_, i) => i + 1));
      for (const s of slides) expect(s.label).toMatch(new RegExp(`^Slide ${s.n} of ${slides.length}: \\S`));
      // Every slide has its notes in an <aside class="notes"> after it.
      expect([...html[d]!.matchAll(/<div class="notes" role="note">/g)].length).toBe(slides.length);
    }
    expect(slidesOf(html.product!)[0]!.label).toBe('Slide 1 of 5: Product roadshow: Q3 2026');
  });

  it('leads each deck with its department: product gaps and feedback themes, pipeline and prospects, share of voice and campaigns, the story', () => {
    const product = slideHtml(html.product!, 2);
    expect(product).toContain('Product gaps and feedback themes');
    expect(product).toContain('data-gaps="product"');
    expect(product).toContain('data-gaps="content"');
    // The sample has no care cases: the gaps say why they are missing, never an empty list.
    expect(product).toContain('Not available: no care cases imported');

    const sales = slideHtml(html.sales!, 2);
    expect(sales).toContain('Social-sourced pipeline');
    expect(sales).toContain('Leads from social');
    expect(sales).toContain('Pipeline value');
    expect(slideHtml(html.sales!, 3)).toContain('What prospects ask about');

    const marketing = slideHtml(html.marketing!, 2);
    expect(marketing).toContain('Share of voice and campaigns');
    expect(marketing).toContain('Share of voice by tracked name and measure');
    expect(marketing).toContain('No campaign ran in this period.');

    expect(slideHtml(html['all-hands']!, 2)).toContain('The story of the quarter');
  });

  it('is linked from the quarter’s reports and from the home page (latest complete quarter, then the one in progress)', async () => {
    const links = (page: string) => [...page.matchAll(/<nav class="more-reports deck-links"[^>]*>([\s\S]*?)<\/nav>/g)].map((m) => [...m[1]!.matchAll(/href="([^"]*)"/g)].map((h) => h[1]!));
    const expected = (q: string) => depts.flatMap((d) => [`${BASE}roadshow/${q}/${d}/`, `${BASE}roadshow/${q}/${d}.html`]);
    for (const audience of ['team', 'sales', 'leadership']) {
      const report = await readFile(join(site.outDir, 'quarterly', '2026-Q3', audience, 'index.html'), 'utf8');
      expect(links(report), audience).toEqual([expected('2026-Q3')]);
      expect(report).toContain('Roadshow decks for Q3 2026: ');
    }
    const home = await readFile(join(site.outDir, 'index.html'), 'utf8');
    expect(links(home)).toEqual([expected('2026-Q3'), expected('2026-Q4')]);
    // Every linked file exists.
    for (const href of expected('2026-Q3')) expect(site.pages).toContain(href);
  });

  it('allows exactly the deck script by hash; report pages keep script-src none', async () => {
    for (const d of depts) {
      const scripts = [...html[d]!.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
      expect(scripts).toHaveLength(1);
      expect(cspOf(html[d]!)).toContain(`script-src ${sha(scripts[0]!)};`);
      expect(html[d]!).not.toMatch(/<script[^>]+src=/);
    }
    const report = await readFile(join(site.outDir, 'quarterly', '2026-Q3', 'team', 'index.html'), 'utf8');
    expect(cspOf(report)).toContain("script-src 'none'");
    expect(report).not.toContain('<script');
  });

  it('writes a self-contained file: data: images, no link into the site, hashes recomputed, img-src data:', () => {
    for (const d of depts) {
      const f = file[d]!;
      expect(f).not.toMatch(/\b(?:src|href)="\/reports\//);
      expect(f).toMatch(/<img src="data:image\/svg\+xml;base64,/);
      const csp = cspOf(f);
      expect(csp).toContain('img-src data:');
      expect(csp).not.toContain("'self'");
      for (const m of f.matchAll(/<style>([\s\S]*?)<\/style>/g)) expect(csp).toContain(sha(m[1]!));
      const script = /<script>([\s\S]*?)<\/script>/.exec(f)![1]!;
      expect(csp).toContain(`script-src ${sha(script)};`);
    }
    // The chart is inline SVG (product slide 4; the wide drawing first, a phone's after it).
    expect(slideHtml(file.product!, 4)).toMatch(/<figure class="chart"[^>]*>\s*<figcaption class="chart-title">Mentions per day<\/figcaption>\s*(?:<div class="drawing drawing-wide">)?<svg role="img"/);
  });

  it('has one h1 per deck page and single file — the deck’s title, in its header — and an h2 per slide, the slide’s title', () => {
    for (const d of depts) {
      for (const page of [html[d]!, file[d]!]) {
        const titles = slideTitles(page);
        expect(headings(page, 'h1'), d).toEqual([titles[0]]);
        expect(page, d).toMatch(/<header class="deck-head">\s*<h1 class="deck-brand">/);
        expect(headings(page, 'h2'), d).toEqual(titles);
      }
    }
    expect(headings(html.product!, 'h1')).toEqual(['Product roadshow: Q3 2026']);
    expect(headings(html['all-hands']!, 'h1')).toEqual(['All hands: the story of Q3 2026']);
  });

  it('leaves off the slides what only works on a screen ("What this measures" links); no prohibited aria-label on the counter', async () => {
    // The same components on the quarter's report page do carry them.
    const report = await readFile(join(site.outDir, 'quarterly', '2026-Q3', 'team', 'index.html'), 'utf8');
    expect(report).toContain('<p class="tile-more"><a href="/reports/kpi/');
    for (const d of depts) {
      for (const page of [html[d]!, file[d]!]) {
        expect(page, d).not.toContain('What this measures');
        expect(page, d).not.toContain('class="tile-more"');
        expect(page, d).not.toMatch(/>Open<\/a>/);
        // The counter: a live region whose text says what it counts (a <p> may not carry aria-label).
        expect(page, d).toContain('<p class="deck-counter" aria-live="polite" aria-atomic="true" hidden><span class="sr-only">Current slide: </span><span id="deck-counter"></span></p>');
        expect(page, d).not.toMatch(/<(?:p|span|div)\b(?![^>]*\srole=)[^>]*\saria-label=/);
      }
    }
    // Key figures are on the slides, without the link.
    expect(html['all-hands']!).toMatch(/<li class="tile tone-/);
  });
});

describe('deck definitions', () => {
  it('are documented: the README names every deck and deck component, and each deck option of cadence pdf', async () => {
    const readme = await readFile(join(cwd, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Roadshow decks'), readme.indexOf('## Monthly reports in CI'));
    for (const d of depts) expect(section).toContain(`| \`${d}\` |`);
    for (const c of ['<Slide title=', '<Gaps kind="product" />', '<Gaps kind="content" />']) expect(section).toContain(c);
    for (const o of ['--deck all', 'CADENCE_PDF_SLIDE_OVERFLOW', 'roadshow-<quarter>-<dept>.pdf']) expect(readme).toContain(o);
  });

  it('takes reports/decks/<dept>.mdx over the template and checks frontmatter and components with their place', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-deckdefs-'));
    try {
      await mkdir(join(dir, 'decks'));
      await writeFile(join(dir, 'decks', 'sales.mdx'), '---\ndeck: sales\ntitle: "Pipeline {period}"\n---\n\n<Slide title="One">\n  <KpiGrid stage="selling" />\n</Slide>\n');
      const defs = await deckDefinitions({ reportsDir: dir });
      expect(defs.map((d) => [d.deck, d.origin])).toEqual([['product', 'template'], ['sales', 'project'], ['marketing', 'template'], ['all-hands', 'template']]);
      expect(defs[1]).toMatchObject({ file: join(dir, 'decks', 'sales.mdx'), title: 'Pipeline {period}' });
      expect(defs[0]!.file).toBe(join(deckTemplatesDir, 'product.mdx'));

      await writeFile(join(dir, 'decks', 'sales.mdx'), '---\ndeck: marketing\n---\n');
      await expect(deckDefinitions({ reportsDir: dir })).rejects.toThrow(/says deck: marketing/);

      await writeFile(join(dir, 'decks', 'sales.mdx'), '---\ndeck: sales\ncolour: red\n---\n');
      const unknownKey = await deckDefinitions({ reportsDir: dir }).catch((e: unknown) => e);
      // As for reports: an unknown key points at the frontmatter's map (line 2, the first key).
      expect(isCadenceError(unknownKey) && unknownKey.detail).toMatch(/unknown key colour/);
      expect(isCadenceError(unknownKey) && unknownKey.place).toMatchObject({ line: 2, column: 1 });

      // Line 6 of the file, column 3: the misspelt component inside the slide.
      await writeFile(join(dir, 'decks', 'sales.mdx'), '---\ndeck: sales\n---\n\n<Slide title="One">\n  <KpiGird />\n</Slide>\n');
      const badTag = await deckDefinitions({ reportsDir: dir }).catch((e: unknown) => e);
      expect(isCadenceError(badTag) && badTag.detail).toMatch(/<KpiGird> is not a report component/);
      expect(isCadenceError(badTag) && badTag.place).toMatchObject({ line: 6, column: 3 });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('text from data on the slides (the sample with care-case themes and quoted mentions, Q3 2026)', () => {
  let dir: string;
  let deck: Record<string, string>;
  let report: string;
  // A theme from data: a right-to-left override around a file name, a line break and 300 letters.
  const theme = '\u202Egnp.exe\u202C\nzipper ' + 'z'.repeat(300);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-decks-text-'));
    const rows = sampleRows();
    // The spike day's brand mentions say something, with a link: the findings quote them.
    for (const m of rows.mentions!) {
      if (String(m.published_at).startsWith('2026-09-17') && m.matched_kind === 'brand') Object.assign(m, { text: 'The zip broke on day one, see https://example.com/photo', likes: 40, engagement: 60, reach: 5000, author_name: 'Petra Albers' });
    }
    rows.care_cases = [1, 2, 3].map((i) => ({ id: `case-${i}`, opened_at: `2026-09-0${i}T10:00:00Z`, platform: 'twitter', customer_handle: `c${i}`, kind: 'product_gap', theme, sentiment: i === 1 ? 'negative' : 'neutral' }));
    await writeDataFolder(join(dir, 'data'), rows);
    process.chdir(dir);
    try {
      const built = await buildSite({ projectDir: dir, config: sampleConfig({ base: BASE, cadences: ['quarterly'] }), log: quiet, period: '2026-Q3' });
      deck = Object.fromEntries(await Promise.all(depts.map(async (d) => [d, await readFile(join(built.outDir, 'roadshow', '2026-Q3', d, 'index.html'), 'utf8')] as const)));
      report = await readFile(join(built.outDir, 'quarterly', '2026-Q3', 'team', 'index.html'), 'utf8');
    } finally {
      process.chdir(cwd);
    }
  }, 300_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows a care-case theme as display text: no direction or control characters, one line, at most 120 characters, isolated in <bdi>', () => {
    const shown = /<span class="theme"><bdi>([^<]*)<\/bdi><\/span><span class="meta">3 cases, 1 negative<\/span>/.exec(slideHtml(deck.product!, 2));
    expect(shown, 'the product gap with its three cases').not.toBeNull();
    const text = shown![1]!;
    expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\n]/);
    expect(text.startsWith('gnp.exe zipper zzz')).toBe(true);
    expect([...text]).toHaveLength(120);
    expect(text.endsWith('…')).toBe(true);
  });

  it('quotes mentions on the report page with a link to each ("Open"), and on the slides without it', () => {
    const quotes = (page: string) => [...page.matchAll(/<p class="quote-meta">([\s\S]*?)<\/p>/g)].map((m) => m[1]!);
    expect(quotes(report).length).toBeGreaterThan(0);
    for (const q of quotes(report)) expect(q).toMatch(/<span class="screen-only"> · <a href="https:\/\/example\.com\/[^"]*">Open<\/a><\/span>$/);
    const onSlides = depts.flatMap((d) => quotes(deck[d]!));
    expect(onSlides.length).toBeGreaterThan(0);
    for (const q of onSlides) {
      expect(q).not.toContain('<a ');
      expect(q).toMatch(/\d/); // where, when and reach stay
    }
    for (const d of depts) expect(deck[d]!).not.toMatch(/>Open<\/a>|What this measures/);
  });
});

describe.skipIf(!haveChromium)(`decks in Chromium${haveChromium ? '' : ' (skipped: /usr/bin/chromium is missing)'}`, () => {
  let browser: Browser;
  let server: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    server = await servePages(site.outDir, BASE);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const deckUrl = (d: string, hash = '') => `${server.url}${BASE}roadshow/2026-Q3/${d}/${hash}`;
  const state = (page: import('playwright-core').Page) =>
    page.evaluate(() => ({
      current: document.querySelector('.slide.current')?.id ?? null,
      counter: document.getElementById('deck-counter')?.textContent ?? null,
      visible: Array.from(document.querySelectorAll(".slide")).filter((s) => (s as HTMLElement).offsetParent !== null).map((s) => s.id),
      hash: location.hash,
    }));

  it('moves between slides with the keyboard and shows one slide at a time with a counter', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(deckUrl('product'));
    expect(await state(page)).toMatchObject({ current: 'slide-1', counter: '1 / 5', visible: ['slide-1'] });
    await page.keyboard.press('ArrowRight');
    expect(await state(page)).toMatchObject({ current: 'slide-2', counter: '2 / 5', visible: ['slide-2'], hash: '#slide-2' });
    await page.keyboard.press('Space');
    expect(await state(page)).toMatchObject({ current: 'slide-3', counter: '3 / 5' });
    await page.keyboard.press('End');
    expect(await state(page)).toMatchObject({ current: 'slide-5', counter: '5 / 5' });
    await page.keyboard.press('ArrowRight'); // stays on the last
    expect(await state(page)).toMatchObject({ current: 'slide-5', counter: '5 / 5' });
    await page.keyboard.press('Home');
    expect(await state(page)).toMatchObject({ current: 'slide-1', counter: '1 / 5' });
    await page.keyboard.press('ArrowLeft'); // stays on the first
    expect(await state(page)).toMatchObject({ current: 'slide-1', counter: '1 / 5' });
    await page.keyboard.press('PageDown');
    await page.keyboard.press('ArrowLeft');
    expect(await state(page)).toMatchObject({ current: 'slide-1', counter: '1 / 5' });
    // The slide fills the viewport's width at 16:9 (720 − 56 px head fits 1180 px wide).
    const box = (await page.locator('#slide-1').boundingBox())!;
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);
    expect(box.width).toBeGreaterThan(1000);
    await context.close();
  });

  it('opens #slide-3 at slide 3, follows hash changes, and shows notes with n', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(deckUrl('marketing', '#slide-3'));
    expect(await state(page)).toMatchObject({ current: 'slide-3', counter: '3 / 5' });
    await page.evaluate(() => (location.hash = '#slide-4'));
    await page.waitForFunction(() => document.querySelector('.slide.current')?.id === 'slide-4');
    const notes = page.locator('#slide-4 ~ .notes-wrap .notes');
    expect(await notes.isVisible()).toBe(false);
    await page.keyboard.press('n');
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.textContent()).toContain('Notes:');
    await page.keyboard.press('n');
    expect(await notes.isVisible()).toBe(false);
    await context.close();
  });

  it('without JavaScript shows every slide, top to bottom, at 16:9, with its notes', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(deckUrl('product'));
    const boxes = [];
    for (let n = 1; n <= 5; n++) boxes.push((await page.locator(`#slide-${n}`).boundingBox())!);
    for (const [i, b] of boxes.entries()) {
      expect(b.width / b.height).toBeCloseTo(16 / 9, 1);
      if (i > 0) expect(b.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height);
    }
    expect(await page.locator('.notes').first().isVisible()).toBe(true);
    expect(await page.locator('#deck-counter').isVisible()).toBe(false);
    await context.close();
  });

  it('prints every slide from a presentation too (Ctrl+P with the deck script running, on slide 3)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto(deckUrl('product', '#slide-3'));
    await page.waitForFunction(() => document.querySelector('.slide.current')?.id === 'slide-3');
    await page.keyboard.press('n'); // notes open on screen: never printed
    await page.emulateMedia({ media: 'print' });
    const boxes = await page.locator('section.slide').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [Math.round(r.width), Math.round(r.height)]));
    const titles = slideTitles(html.product!);
    expect(boxes).toEqual(titles.map(() => [1280, 720]));
    expect(await page.locator('.notes').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const file = join(projectDir, 'presented.pdf');
    await writeFile(file, pdf);
    expect((await readPdf(file)).pages).toBe(titles.length);
    await context.close();
  });

  it('opens the single file from file:// with no request but the file, showing logo, slides and the SVG chart', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused/i.test(m.text())) violations.push(m.text());
    });
    const url = pathToFileURL(join(site.outDir, 'roadshow', '2026-Q3', 'product.html')).href;
    await page.goto(url);
    // data: URIs are part of the file, not requests outside it.
    expect(requests.filter((r) => !r.startsWith('data:'))).toEqual([url]);
    expect(violations).toEqual([]);
    expect(await state(page)).toMatchObject({ current: 'slide-1', counter: '1 / 5' });
    const logo = page.locator('#slide-1 img');
    expect(await logo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await state(page)).toMatchObject({ current: 'slide-4', counter: '4 / 5' });
    expect(await page.locator('#slide-4 figure.chart svg').filter({ visible: true }).count()).toBe(1);
    await context.close();
  });

  /** axe-core's violations of impact moderate, serious or critical on the page as it is now. */
  async function axe(page: import('playwright-core').Page): Promise<string[]> {
    const violations = await page.evaluate(async () => {
      const run = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe.run;
      const result = await run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    });
    return violations.filter((v) => v.impact === 'moderate' || v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.nodes.join(', ')}`);
  }

  // The pages forbid every script but the deck's by their CSP: axe is injected with CSP bypassed.
  it('axe-core finds no moderate, serious or critical violation at 390 px (a phone: every slide shown) on every deck page and single file', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const d of depts) {
      for (const path of [`${d}/`, `${d}.html`]) {
        await page.goto(`${server.url}${BASE}roadshow/2026-Q3/${path}`);
        await page.addScriptTag({ path: axePath });
        expect(await page.locator('section.slide').filter({ visible: true }).count(), path).toBe(slidesOf(html[d]!).length);
        found.push(...(await axe(page)).map((v) => `${path}: ${v}`));
      }
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('axe-core finds no moderate, serious or critical violation at 1280 px on every slide of every deck page, and on the single files; the h1 stays on screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    const page = await context.newPage();
    const found: string[] = [];
    for (const d of depts) {
      await page.goto(`${server.url}${BASE}roadshow/2026-Q3/${d}.html`);
      await page.addScriptTag({ path: axePath });
      found.push(...(await axe(page)).map((v) => `${d}.html: ${v}`));
      await page.goto(deckUrl(d));
      await page.addScriptTag({ path: axePath });
      for (let n = 1; n <= slidesOf(html[d]!).length; n++) {
        await page.evaluate((hash) => (location.hash = hash), `#slide-${n}`);
        await page.waitForFunction((id) => document.querySelector('.slide.current')?.id === id, `slide-${n}`);
        expect(await page.locator('h1').filter({ visible: true }).count(), `${d} slide ${n}`).toBe(1);
        found.push(...(await axe(page)).map((v) => `${d}/#slide-${n}: ${v}`));
      }
    }
    expect(found).toEqual([]);
    await context.close();
  });

  /** Per `.slide .tiles` list: its slide, and per row of tiles (by top edge) how many, and the gaps left and right of the row. */
  const tileRows = (page: import('playwright-core').Page) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('.slide .tiles')).map((ul) => {
        const box = ul.getBoundingClientRect();
        const rows = new Map<number, DOMRect[]>();
        for (const li of Array.from(ul.children)) {
          const r = li.getBoundingClientRect();
          rows.set(Math.round(r.top), [...(rows.get(Math.round(r.top)) ?? []), r]);
        }
        return {
          slide: ul.closest('section')?.id ?? '',
          rows: [...rows.values()].map((r) => ({
            n: r.length,
            left: Math.round(Math.min(...r.map((t) => t.left)) - box.left),
            right: Math.round(box.right - Math.max(...r.map((t) => t.right))),
            widths: r.map((t) => Math.round(t.width)),
          })),
        };
      }),
    );

  it('fills every row of key figures across the slide, on screen at 1280 px and on paper: 8 tiles are 4 + 4, 4 tiles one row', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media });
      const all: Record<string, Awaited<ReturnType<typeof tileRows>>> = {};
      for (const d of depts) {
        await page.goto(deckUrl(d));
        all[d] = await tileRows(page);
      }
      // Every row runs from the left edge of its list to the right edge.
      for (const [d, lists] of Object.entries(all)) {
        for (const list of lists) for (const row of list.rows) expect({ d, slide: list.slide, left: row.left, right: row.right }).toEqual({ d, slide: list.slide, left: 0, right: 0 });
      }
      // The sample's counts: product slide 3, sales slide 2, marketing slide 3 have 8 tiles; all-hands slide 4 the 4 highlights.
      const shape = (d: string, slide: string) => all[d]!.find((l) => l.slide === slide)?.rows.map((r) => r.n);
      expect(shape('product', 'slide-3'), media).toEqual([4, 4]);
      expect(shape('sales', 'slide-2'), media).toEqual([4, 4]);
      expect(shape('marketing', 'slide-3'), media).toEqual([4, 4]);
      expect(shape('all-hands', 'slide-4'), media).toEqual([4]);
      // Tiles of a row share it equally.
      for (const row of all.product!.find((l) => l.slide === 'slide-3')!.rows) expect(Math.max(...row.widths) - Math.min(...row.widths)).toBeLessThanOrEqual(1);
      // On paper the tiles' row is the slide's width less its padding: 1280 − 2 × 48 px.
      if (media === 'print') {
        const width = await page.locator('#slide-4 .tiles').evaluate((ul) => ul.getBoundingClientRect().width);
        expect(Math.round(width)).toBe(1280 - 96);
      }
    }
    await context.close();
  });

  it('presents every slide whole at 1920 × 1080, 1280 × 720 and 1024 × 640: the 16:9 slide scales with the window, nothing in it scrolls or sticks out', async () => {
    for (const [width, height] of [[1920, 1080], [1280, 720], [1024, 640]] as const) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      for (const d of depts) {
        await page.goto(deckUrl(d));
        for (let n = 1; n <= slidesOf(html[d]!).length; n++) {
          await page.evaluate((hash) => (location.hash = hash), `#slide-${n}`);
          await page.waitForFunction((id) => document.querySelector('.slide.current')?.id === id, `slide-${n}`);
          const check = await page.evaluate(() => {
            const slide = document.querySelector('.slide.current')!;
            const body = slide.querySelector('.slide-body')!;
            const box = slide.getBoundingClientRect();
            const out = Array.from(slide.querySelectorAll('svg, table, img, figure, li, p')).filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && (r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5);
            }).length;
            return { ratio: box.width / box.height, right: box.right, bottom: box.bottom, scrolls: body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1, out, root: parseFloat(getComputedStyle(document.documentElement).fontSize) };
          });
          const where = `${width}×${height} ${d} slide ${n}`;
          expect(check.ratio, where).toBeCloseTo(16 / 9, 1);
          expect(check.right, where).toBeLessThanOrEqual(width + 0.5);
          expect(check.bottom, where).toBeLessThanOrEqual(height + 0.5);
          expect({ scrolls: check.scrolls, out: check.out }, where).toEqual({ scrolls: false, out: 0 });
          // The slide is 80 rem wide: the root size follows the window (1280 × 720: (720 − 56) × 16/9 / 80).
          if (width === 1280) expect(check.root, where).toBeCloseTo(((720 - 56) * 16) / 9 / 80, 1);
        }
      }
      await context.close();
    }
  }, 120_000);

  it('on a phone (390 × 844) reads top to bottom: every slide at full width, none inert, nothing scrolling inside, the keys left to the browser', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(deckUrl('product'));
    const check = () =>
      page.evaluate(() => ({
        slides: Array.from(document.querySelectorAll('section.slide')).map((s) => {
          const body = s.querySelector('.slide-body')!;
          return { visible: (s as HTMLElement).offsetParent !== null, inert: s.hasAttribute('inert'), width: Math.round(s.getBoundingClientRect().width), scrolls: s.scrollHeight > s.clientHeight + 1 || body.scrollHeight > body.clientHeight + 1 };
        }),
        pageWidth: document.documentElement.scrollWidth,
        counterShown: document.getElementById('deck-counter')?.checkVisibility() ?? null,
        hash: location.hash,
      }));
    const before = await check();
    expect(before.slides).toHaveLength(slidesOf(html.product!).length);
    // Full width less the deck's 0.25rem sides on a phone (deck.css).
    for (const s of before.slides) expect(s).toEqual({ visible: true, inert: false, width: 390 - 8, scrolls: false });
    expect(before.pageWidth).toBe(390);
    expect(before.counterShown).toBe(false);
    await page.keyboard.press('ArrowRight');
    expect((await check()).hash).toBe('');
    // Turned to landscape on a large tablet, it presents again.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.waitForFunction(() => document.querySelectorAll('section.slide[inert]').length > 0);
    expect(await state(page)).toMatchObject({ current: 'slide-1', counter: '1 / 5', visible: ['slide-1'] });
    await context.close();
  });
});

const decode = (text: string) => text.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
const slideTitles = (page: string) => [...page.matchAll(/data-slide-title="([^"]*)"/g)].map((m) => decode(m[1]!));

describe('choosing decks to print', () => {
  it('prints a quarter’s reports and its four decks; --audience gives reports only, --deck decks only', async () => {
    const q3 = await selectPages(site.outDir, BASE, { period: '2026-Q3' });
    expect(q3.reports.map((r) => r.path)).toEqual(['team', 'sales', 'leadership'].map((a) => `quarterly/2026-Q3/${a}/`));
    expect(q3.decks.map((d) => d.path)).toEqual(depts.map((d) => `roadshow/2026-Q3/${d}/`));
    expect((await selectPages(site.outDir, BASE, { period: '2026-Q3', audience: 'team' })).decks).toEqual([]);
    const sales = await selectPages(site.outDir, BASE, { deck: 'sales', period: '2026-Q4' });
    expect(sales).toEqual({ reports: [], decks: [{ period: '2026-Q4', deck: 'sales', path: 'roadshow/2026-Q4/sales/' }] });
  });

  it('defaults --deck to the latest complete quarter the home page links (Q3: Q4 holds 1 October so far)', async () => {
    expect((await selectPages(site.outDir, BASE, { deck: 'all' })).decks.map((d) => d.path)).toEqual(depts.map((d) => `roadshow/2026-Q3/${d}/`));
  });

  it('says what is wrong with a deck that is not one, a period that is not a quarter, or a site without decks', async () => {
    const code = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (isCadenceError(e) ? `${e.code}: ${e.detail}` : String(e)));
    expect(await code(selectPages(site.outDir, BASE, { deck: 'finance' }))).toMatch(/^CADENCE_CONFIG_INVALID: "finance" is not a roadshow deck/);
    expect(await code(selectPages(site.outDir, BASE, { deck: 'all', period: '2026-09' }))).toMatch(/^CADENCE_PERIOD_INVALID: "2026-09" is not a quarter/);
    expect(await code(selectPages(site.outDir, BASE, { deck: 'product', period: '2025-Q1' }))).toMatch(/^CADENCE_PDF_NO_REPORT: .*no product roadshow deck for 2025-Q1 \(built: 2026-Q3, 2026-Q4\)/);
    const empty = await mkdtemp(join(tmpdir(), 'cadence-no-decks-'));
    try {
      expect(await code(selectPages(empty, BASE, { deck: 'all' }))).toMatch(/^CADENCE_PDF_NO_REPORT: .*has no roadshow deck/);
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!haveChromium)(`decks printed to PDF${haveChromium ? '' : ' (skipped: /usr/bin/chromium is missing)'}`, () => {
  let printed: PrintReportsResult;
  let outDir: string;
  beforeAll(async () => {
    outDir = join(projectDir, 'deck-pdf');
    const { decks } = await selectPages(site.outDir, BASE, { deck: 'all', period: '2026-Q3' });
    printed = await printPages({ siteDir: site.outDir, base: BASE, pages: [], decks, outDir, paper: 'A4', chromiumPath: chromium, log: quiet });
  }, 120_000);

  it('writes roadshow-<quarter>-<dept>.pdf per deck, one page per slide', async () => {
    expect((await readdir(outDir)).sort()).toEqual(depts.map((d) => `roadshow-2026-Q3-${d}.pdf`).sort());
    for (const p of printed.decks) {
      const slides = slideTitles(html[p.deck.deck]!);
      expect(slides.length, p.deck.deck).toBeGreaterThanOrEqual(4);
      expect(p.slides).toEqual({ slides: slides.length, overflowing: [] });
      expect(p.pdfPages, p.deck.deck).toBe(slides.length);
      expect((await readPdf(p.file)).pages, p.deck.deck).toBe(slides.length);
    }
  });

  it('prints each slide on a 16:9 page of 960 × 540 pt, with its title and number as text', async () => {
    for (const p of printed.decks) {
      const pdf = await readPdf(p.file);
      const titles = slideTitles(html[p.deck.deck]!);
      for (const [i, box] of pdf.boxes.entries()) {
        expect(Math.abs(box[2]! - box[0]! - 960), `${p.deck.deck} page ${i + 1}`).toBeLessThan(1);
        expect(Math.abs(box[3]! - box[1]! - 540), `${p.deck.deck} page ${i + 1}`).toBeLessThan(1);
        // pdf.js may split a title into runs; compare without spaces.
        expect(pdf.texts[i]!.replace(/\s+/g, ''), `${p.deck.deck} page ${i + 1}`).toContain(titles[i]!.replace(/\s+/g, ''));
      }
      expect(pdf.texts.at(-1), p.deck.deck).toMatch(new RegExp(`\\b${titles.length}\\s*/\\s*${titles.length}\\b`));
    }
  });

  it.skipIf(!havePoppler)(`is tagged (pdfinfo), with an outline of its slides, and prints nothing that only works on a screen (pdftotext)${havePoppler ? '' : ' (skipped: /usr/bin/pdfinfo is missing)'}`, async () => {
    for (const p of printed.decks) {
      const d = p.deck.deck;
      expect((await pdfinfo(p.file)).Tagged, d).toBe('yes');
      // The outline is made from the headings: one entry per slide, in order (a slide's h3s under it).
      expect((await readPdf(p.file)).outline.map((e) => e.title), d).toEqual(slideTitles(html[d]!));
      const text = await pdftotext(p.file);
      for (const title of slideTitles(html[d]!)) expect(text.replace(/\s+/g, ''), d).toContain(title.replace(/\s+/g, ''));
      expect(text, d).not.toContain('What this measures');
      expect(text, d).not.toContain('Show the data as a table');
      expect(text, d).not.toMatch(/·\s*Open\b/);
    }
    // The key figures themselves are printed: every tile's label.
    const labels = [...html['all-hands']!.matchAll(/<p class="tile-label">([^<]*)<\/p>/g)].map((m) => decode(m[1]!));
    expect(labels.length).toBeGreaterThanOrEqual(4);
    const allHands = (await pdftotext(printed.decks.find((p) => p.deck.deck === 'all-hands')!.file)).replace(/\s+/g, '');
    for (const label of labels) expect(allHands).toContain(label.replace(/\s+/g, ''));
  });

  it('refuses a deck whose slide holds more than fits, naming the slide, and writes nothing', async () => {
    const copy = join(projectDir, 'overflow-site');
    await cp(join(site.outDir, 'roadshow'), join(copy, 'roadshow'), { recursive: true });
    const page = join(copy, 'roadshow', '2026-Q3', 'product', 'index.html');
    const source = await readFile(page, 'utf8');
    const at = source.indexOf('<div class="slide-body">', source.indexOf('id="slide-2"')) + '<div class="slide-body">'.length;
    await writeFile(page, source.slice(0, at) + '<p>One more line of findings.</p>'.repeat(40) + source.slice(at));
    const out = join(projectDir, 'overflow-pdf');
    const error = await printPages({ siteDir: copy, base: BASE, pages: [], decks: [{ period: '2026-Q3', deck: 'product', path: 'roadshow/2026-Q3/product/' }], outDir: out, paper: 'A4', chromiumPath: chromium, log: quiet }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isCadenceError(error) && error.code).toBe('CADENCE_PDF_SLIDE_OVERFLOW');
    expect(isCadenceError(error) && error.message).toMatch(/\/reports\/roadshow\/2026-Q3\/product\/: slide 2 "[^"]+" \(content \d+ px high in \d+ px\)/);
    expect(await readdir(out)).toEqual([]);
  });

  it('runs end to end as `cadence pdf --deck marketing` (the latest complete quarter)', async () => {
    await writeFile(join(projectDir, 'cadence.config.ts'), `export default ${JSON.stringify(sampleConfigInput({ base: BASE, cadences: ['quarterly'] }))};\n`);
    const run = await runCli(['--cwd', projectDir, 'pdf', '--deck', 'marketing', '--out', 'cli-decks'], { env: { CADENCE_CHROMIUM: chromium } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(join('cli-decks', 'roadshow-2026-Q3-marketing.pdf'));
    expect((await readPdf(join(projectDir, 'cli-decks', 'roadshow-2026-Q3-marketing.pdf'))).pages).toBe(slideTitles(html.marketing!).length);
    const bad = await runCli(['--cwd', projectDir, 'pdf', '--deck', 'finance'], { env: { CADENCE_CHROMIUM: chromium } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/finance/);
  }, 120_000);
});
