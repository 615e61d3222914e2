/**
 * `cadence pdf`: report pages of a built site printed to PDF with headless Chromium.
 *
 * The sample project (tests/site/fixtures/sample.ts: August and September 2026 in Europe/Berlin,
 * monthly reports only) is built once under /reports/. Its data ends with a few mentions after
 * 22:00 UTC on 30 September, which are 1 October in Berlin: so the site has monthly reports
 * 2026-08, 2026-09 and 2026-10, and 2026-10 is incomplete (its home page lists 2026-09 as the
 * latest complete month, then 2026-10 "so far"). The default selection must pick 2026-09.
 *
 * The PDFs are read back with pdfjs-dist: page count (against the /Count Chromium wrote), text,
 * header and footer on every page, and the media box (A4 595 × 842 pt, Letter 612 × 792 pt).
 * Printable widths: A4 210 mm − 2 × 10 mm = 190 mm = 718 px at 96 dpi; Letter 8.5 in − 20 mm =
 * 740 px. Every PDF is tagged (pdfinfo, poppler: an independent reader) and has an outline from
 * the page's headings: the h1, with the h2 sections under it in page order (pdfjs-dist). Browser
 * parts are skipped when /usr/bin/chromium is missing, poppler parts when /usr/bin/pdfinfo is.
 * Loopback only.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCadenceError, type CadenceError } from '../../src/core/errors.ts';
import { footerTemplate, headerTemplate, printableWidthPx } from '../../src/pdf/paper.ts';
import { listReportPages, selectReportPages, type ReportPage } from '../../src/pdf/pages.ts';
import { printPages, type PrintReportsResult } from '../../src/pdf/print.ts';
import { runPdf } from '../../src/pdf/run-pdf.ts';
import { buildSite } from '../../src/site/build.ts';
import { writeDataFolder } from '../site/fixtures/data-folder.ts';
import { sampleConfig, sampleConfigInput, sampleRows } from '../site/fixtures/sample.ts';
import { runCli } from '../cli/run-cli.ts';
import { havePoppler, pdfinfo, pdftotext, readPdf } from './read-pdf.ts';

const BASE = '/reports/';
const chromium = '/usr/bin/chromium';
const haveChromium = existsSync(chromium);
const cwd = process.cwd();
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const config = sampleConfig({ base: BASE, monthlyOnly: true });
const audiences = ['team', 'sales', 'leadership'] as const;
const september = (audience: (typeof audiences)[number]): ReportPage => ({ cadence: 'monthly', period: '2026-09', audience, path: `monthly/2026-09/${audience}/` });

let projectDir: string;
let siteDir: string;

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-pdf-'));
  await writeDataFolder(join(projectDir, 'data'), sampleRows());
  process.chdir(projectDir);
  try {
    siteDir = (await buildSite({ projectDir, config, log: quiet })).outDir;
  } finally {
    process.chdir(cwd);
  }
}, 300_000);

afterAll(async () => {
  process.chdir(cwd);
  if (projectDir) await rm(projectDir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<CadenceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isCadenceError(error)) throw new Error(`expected a CadenceError, got ${String(error)}`);
  return error;
}

describe('choosing the report pages of a built site', () => {
  it('lists the report pages from the site folder (monthly 2026-08, 2026-09, 2026-10 × three audiences)', async () => {
    const pages = await listReportPages(siteDir);
    expect(pages.map((p) => p.path)).toEqual(['2026-08', '2026-09', '2026-10'].flatMap((m) => audiences.map((a) => `monthly/${m}/${a}/`)));
  });

  it('defaults to the latest complete month (2026-09: 2026-10 holds only 1 October so far)', async () => {
    expect(await selectReportPages(siteDir, BASE, {})).toEqual(audiences.map(september));
    expect(await selectReportPages(siteDir, BASE, { period: 'last-month' })).toEqual(audiences.map(september));
    expect((await rejection(selectReportPages(siteDir, BASE, { period: 'last-week' }))).message).toContain('has no weekly report');
    expect(await selectReportPages(siteDir, BASE, { audience: 'sales' })).toEqual([september('sales')]);
  });

  it('without the home page, falls back to the latest monthly page of each audience', async () => {
    const bare = join(projectDir, 'bare-site');
    await cp(join(siteDir, 'monthly'), join(bare, 'monthly'), { recursive: true });
    expect((await selectReportPages(bare, BASE, {})).map((p) => p.period)).toEqual(['2026-10', '2026-10', '2026-10']);
  });

  it('picks a period by its address id, and names what is built when it is not', async () => {
    expect(await selectReportPages(siteDir, BASE, { period: '2026-08', audience: 'leadership' })).toEqual([{ cadence: 'monthly', period: '2026-08', audience: 'leadership', path: 'monthly/2026-08/leadership/' }]);
    const none = await rejection(selectReportPages(siteDir, BASE, { period: '2026-07' }));
    expect(none.code).toBe('CADENCE_PDF_NO_REPORT');
    expect(none.message).toContain('built: 2026-08, 2026-09, 2026-10');
    expect((await rejection(selectReportPages(siteDir, BASE, { period: '2026-W38' }))).message).toContain('no weekly reports');
    expect((await rejection(selectReportPages(siteDir, BASE, { period: 'September' }))).code).toBe('CADENCE_PERIOD_INVALID');
    expect((await rejection(selectReportPages(siteDir, BASE, { period: '2026-09', audience: 'board' }))).code).toBe('CADENCE_CONFIG_INVALID');
  });
});

describe('paper and templates', () => {
  it('gives 718 px of printable width on A4 and 740 px on Letter', () => {
    // A4: (210 − 20) mm / 25.4 × 96 = 718.1; Letter: (215.9 − 20) mm / 25.4 × 96 = 740.4.
    expect(printableWidthPx('A4')).toBe(718);
    expect(printableWidthPx('Letter')).toBe(740);
  });

  it('escapes the header text (it comes from config and data) and localises the footer', () => {
    const header = headerTemplate(`Summit & Co <script>alert("x")</script> · Bergmann's`);
    expect(header).toContain('Summit &amp; Co &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; · Bergmann&#39;s');
    expect(header).not.toContain('<script>');
    expect(footerTemplate('en-GB')).toMatch(/<span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/);
    expect(footerTemplate('it')).toContain('</span> di <span');
  });
});

describe('errors before any browser starts', () => {
  it('a missing Chromium gives CADENCE_CHROMIUM_NOT_FOUND with how to install it', async () => {
    const error = await rejection(printPages({ siteDir, base: BASE, pages: [september('team')], outDir: join(projectDir, 'none'), paper: 'A4', chromiumPath: '/nonexistent/chrome', log: quiet }));
    expect(error.code).toBe('CADENCE_CHROMIUM_NOT_FOUND');
    expect(error.message).toContain('/nonexistent/chrome');
    expect(error.hint).toContain('apt-get install chromium');
    expect(error.hint).toContain('CADENCE_CHROMIUM=/path/to/chrome');
    expect(existsSync(join(projectDir, 'none'))).toBe(false);
  });

  it('CADENCE_CHROMIUM in the environment is used when no path is given', async () => {
    const error = await rejection(printPages({ siteDir, base: BASE, pages: [september('team')], outDir: join(projectDir, 'none'), paper: 'A4', env: { CADENCE_CHROMIUM: '/from/env/chrome' }, log: quiet }));
    expect(error.code).toBe('CADENCE_CHROMIUM_NOT_FOUND');
    expect(error.message).toContain('/from/env/chrome');
  });

  it('a missing site folder says to run cadence build', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'cadence-pdf-empty-'));
    try {
      const error = await rejection(runPdf({ projectDir: empty, config, log: quiet, paper: 'A4', outDir: join(empty, 'pdf') }));
      expect(error.code).toBe('CADENCE_SITE_NOT_BUILT');
      expect(error.message).toContain('dist/ does not exist');
      expect(error.hint).toContain('npx cadence build');
      expect(error.hint).toContain('--build');
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!haveChromium)(`printing in Chromium${haveChromium ? '' : ' (skipped: /usr/bin/chromium is missing)'}`, () => {
  let a4: PrintReportsResult;
  let letter: PrintReportsResult;
  const outDir = () => join(projectDir, 'pdf');
  const html: Record<string, string> = {};

  beforeAll(async () => {
    a4 = await printPages({ siteDir, base: BASE, pages: audiences.map(september), outDir: outDir(), paper: 'A4', chromiumPath: chromium, log: quiet });
    letter = await printPages({ siteDir, base: BASE, pages: [september('team')], outDir: join(projectDir, 'letter'), paper: 'Letter', chromiumPath: chromium, log: quiet });
    for (const a of audiences) html[a] = await readFile(join(siteDir, 'monthly', '2026-09', a, 'index.html'), 'utf8');
  }, 120_000);

  it('writes one PDF per page as <cadence>-<period>-<audience>.pdf, and no temporary file', async () => {
    expect(a4.reports.map((r) => r.file)).toEqual(audiences.map((a) => join(outDir(), `monthly-2026-09-${a}.pdf`)));
    expect((await readdir(outDir())).sort()).toEqual(['monthly-2026-09-leadership.pdf', 'monthly-2026-09-sales.pdf', 'monthly-2026-09-team.pdf']);
    for (const r of a4.reports) expect((await readFile(r.file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('has as many pages as Chromium wrote, at least 2 for the team report, each with "i of N" in the footer', async () => {
    for (const r of a4.reports) {
      const pdf = await readPdf(r.file);
      expect(pdf.pages, r.page.audience).toBe(r.pdfPages);
      for (let i = 1; i <= pdf.pages; i++) expect(pdf.texts[i - 1], `${r.page.audience} page ${i}`).toContain(`${i} of ${pdf.pages}`);
    }
    expect(a4.reports[0]!.pdfPages).toBeGreaterThanOrEqual(2);
  });

  it('has extractable text: the report title, the period and the first finding’s number', async () => {
    for (const r of a4.reports) {
      const text = (await readPdf(r.file)).texts.join(' ');
      const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html[r.page.audience]!)![1]!;
      expect(h1).toContain('September 2026');
      expect(text, r.page.audience).toContain(h1.replaceAll('&amp;', '&'));
      // The first finding's first number, e.g. "214" in "Spike on 17 September 2026: 214 brand mentions…".
      const finding = /<li class="finding[^"]*">(.*?)<\/li>/s.exec(html[r.page.audience]!)?.[1]?.replace(/<[^>]+>/g, '');
      if (!finding) continue; // an audience without findings
      const number = /\d[\d,.]*\d%?|\d/.exec(finding.replace(/^\D*\d{1,2} \w+ \d{4}/, ''))![0];
      expect(text, `${r.page.audience}: ${finding}`).toContain(number);
    }
  });

  it('names the report and period in the header of every page', async () => {
    const team = await readPdf(a4.reports[0]!.file);
    const title = /<title>([^<]*)<\/title>/.exec(html.team!)![1]!.replaceAll('&amp;', '&');
    expect(title).toBe('Social team · September 2026 · Alpenglow social report');
    for (const [i, text] of team.texts.entries()) expect(text, `page ${i + 1}`).toContain('Social team · September 2026');
    for (const r of a4.reports.slice(1)) {
      const title = /<title>([^<]*)<\/title>/.exec(html[r.page.audience]!)![1]!.replaceAll('&amp;', '&');
      for (const text of (await readPdf(r.file)).texts) expect(text).toContain(title);
    }
  });

  it.skipIf(!havePoppler)(`is tagged (pdfinfo), with an outline: the report's title, then its sections (the page's h2 headings, in order)${havePoppler ? '' : ' (skipped: /usr/bin/pdfinfo is missing)'}`, async () => {
    const text = (h: string) => h.replace(/<[^>]+>/g, '').replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replace(/\s+/g, ' ').trim();
    for (const r of [...a4.reports, ...letter.reports]) {
      const where = `${r.page.audience} ${r.file}`;
      expect((await pdfinfo(r.file)).Tagged, where).toBe('yes');
      const page = html[r.page.audience]!;
      const h1 = [...page.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => text(m[1]!));
      const h2 = [...page.matchAll(/<h2\b[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => text(m[1]!));
      expect(h1, where).toHaveLength(1);
      expect(h2.length, where).toBeGreaterThanOrEqual(3);
      const { outline } = await readPdf(r.file);
      expect(outline.map((e) => e.title), where).toEqual(h1);
      expect(outline[0]!.items.map((e) => e.title), where).toEqual(h2);
    }
    expect(a4.reports[0]!.page.audience).toBe('team');
    expect((await readPdf(a4.reports[0]!.file)).outline[0]!.title).toBe('Social team: September 2026');
  });

  it.skipIf(!havePoppler)(`prints nothing that only works on screen: no "Show the data as a table", no "What this measures" or "Open" links${havePoppler ? '' : ' (skipped: /usr/bin/pdftotext is missing)'}`, async () => {
    for (const r of a4.reports) {
      // The page has both (its key-figure tiles link to their KPI pages); the paper has neither.
      expect(html[r.page.audience]!, r.page.audience).toContain('Show the data as a table');
      expect(html[r.page.audience]!, r.page.audience).toContain('<p class="tile-more">');
      const text = await pdftotext(r.file);
      const count = (phrase: string) => text.split(phrase).length - 1;
      // A quote's " · Open" link neither (tests/site/demo-browser.test.ts prints a page that has them).
      expect({ audience: r.page.audience, showTable: count('Show the data as a table'), whatThisMeasures: count('What this measures'), open: text.match(/·\s*Open\b/g)?.length ?? 0 }).toEqual({ audience: r.page.audience, showTable: 0, whatThisMeasures: 0, open: 0 });
      // The tiles themselves are printed (their labels; pdftotext reads side-by-side tiles line by line).
      expect(count('Brand mentions'), r.page.audience).toBeGreaterThan(0);
    }
  });

  it('prints A4 at 595 × 842 pt and Letter at 612 × 792 pt', async () => {
    // A4 210 × 297 mm / 25.4 × 72 = 595.3 × 841.9 (Chromium rounds it to 8.27 × 11.7 in or so, within 1 pt);
    // Letter 8.5 × 11 in × 72 = 612 × 792.
    const size = (box: number[]) => [box[2]! - box[0]!, box[3]! - box[1]!];
    const a4pdf = await readPdf(a4.reports[0]!.file);
    for (const [w, h] of a4pdf.boxes.map(size)) {
      expect(Math.abs(w! - 595.3)).toBeLessThan(1);
      expect(Math.abs(h! - 841.9)).toBeLessThan(1.2);
    }
    const us = await readPdf(letter.reports[0]!.file);
    for (const [w, h] of us.boxes.map(size)) {
      expect(Math.abs(w! - 612)).toBeLessThan(1);
      expect(Math.abs(h! - 792)).toBeLessThan(1.2);
    }
    expect(letter.reports[0]!.file).toBe(join(projectDir, 'letter', 'monthly-2026-09-team.pdf'));
  });

  it('checked that nothing is wider than the printable width (and the charts are really there)', () => {
    for (const r of a4.reports) {
      expect(r.width.printableWidth).toBe(718);
      expect(r.width.tooWide).toEqual([]);
      expect(r.width.widest, r.page.audience).toBeGreaterThan(300);
      expect(r.width.widest, r.page.audience).toBeLessThanOrEqual(718.5);
      expect(r.width.scrollWidth, r.page.audience).toBeLessThanOrEqual(718);
    }
    expect(letter.reports[0]!.width.printableWidth).toBe(740);
    expect(letter.reports[0]!.width.tooWide).toEqual([]);
  });

  it('refuses to print a page with a chart wider than the paper, naming page and element, and writes nothing', async () => {
    const wide = join(projectDir, 'wide-site');
    await mkdir(join(wide, 'monthly', '2026-09', 'team'), { recursive: true });
    await writeFile(
      join(wide, 'monthly', '2026-09', 'team', 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Wide</title></head><body><section><h2>Reach</h2><figure><svg width="900" height="100" aria-label="Reach by day"></svg></figure></section></body></html>`,
    );
    const out = join(projectDir, 'wide-pdf');
    const error = await rejection(printPages({ siteDir: wide, base: BASE, pages: [september('team')], outDir: out, paper: 'A4', chromiumPath: chromium, log: quiet }));
    expect(error.code).toBe('CADENCE_PDF_TOO_WIDE');
    expect(error.message).toContain('/reports/monthly/2026-09/team/');
    expect(error.message).toContain('svg "Reach by day" in section "Reach"');
    expect(error.message).toContain('718 px');
    expect(await readdir(out)).toEqual([]);
  });

  it('runs end to end as `cadence pdf --period 2026-09 --audience sales`', async () => {
    await writeFile(
      join(projectDir, 'cadence.config.ts'),
      `export default ${JSON.stringify(sampleConfigInput({ base: BASE, monthlyOnly: true }))};\n`,
    );
    const run = await runCli(['--cwd', projectDir, 'pdf', '--period', '2026-09', '--audience', 'sales', '--out', 'cli-pdf'], { env: { CADENCE_CHROMIUM: chromium } });
    expect(run.stderr).not.toContain('CADENCE_');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(join('cli-pdf', 'monthly-2026-09-sales.pdf'));
    const pdf = await readPdf(join(projectDir, 'cli-pdf', 'monthly-2026-09-sales.pdf'));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(pdf.texts[0]).toContain('September 2026');

    const missing = await runCli(['--cwd', projectDir, 'pdf', '--period', '2026-09', '--audience', 'sales', '--out', 'cli-pdf-2'], { env: { CADENCE_CHROMIUM: '/nonexistent/chrome' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('CADENCE_CHROMIUM_NOT_FOUND');
    expect(missing.stderr).toContain('apt-get install chromium');
  }, 120_000);

  it('builds and prints last month as the CI workflow does: data up to 30 September makes last-month September', async () => {
    // Own project: the sample without the mentions after 22:00 UTC on 30 September (1 October in
    // Berlin), so the data's last local day is 30 September, the last day of the month.
    const ci = await mkdtemp(join(tmpdir(), 'cadence-pdf-ci-'));
    try {
      const rows = sampleRows();
      rows.mentions = rows.mentions!.filter((m) => String(m.published_at) < '2026-09-30T22:00:00Z');
      await writeDataFolder(join(ci, 'data'), rows);
      await writeFile(join(ci, 'cadence.config.ts'), `export default ${JSON.stringify(sampleConfigInput({ base: BASE, monthlyOnly: true }))};\n`);
      const run = await runCli(['--cwd', ci, 'pdf', '--build', '--period', 'last-month', '--audience', 'leadership', '--out', 'pdf'], { env: { CADENCE_CHROMIUM: chromium } });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout.trim()).toBe(join('pdf', 'monthly-2026-09-leadership.pdf'));
      // The build made September only.
      expect((await listReportPages(join(ci, 'dist'))).map((p) => p.path)).toEqual(['monthly/2026-09/leadership/']);
    } finally {
      await rm(ci, { recursive: true, force: true });
    }
  }, 180_000);
});
