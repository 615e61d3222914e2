/**
 * The Astro build end to end, on the sample data folder under a sub-path. Astro builds are slow
 * (about a second each), so this file builds three times in all and asserts a lot on each.
 */
import { builtinKpis } from '../../src/core/metrics/registry.ts';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildSiteResult } from '../../src/site/build.ts';
import { writeDataFolder } from './fixtures/data-folder.ts';
import { sampleConfig, sampleRows } from './fixtures/sample.ts';
import { servePages } from './fixtures/serve.ts';
import { haveChromium, launchChromium } from './fixtures/chromium.ts';

const BASE = '/reports/';

function memoryLog() {
  const lines: string[] = [];
  const push = (level: string) => (m: string) => lines.push(`${level}: ${m}`);
  return { lines, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const out: Record<string, string> = {};
  for (const f of files.map((d) => join(d.parentPath, d.name)).sort()) {
    out[f.slice(dir.length + 1)] = createHash('sha256').update(await readFile(f)).digest('hex');
  }
  return out;
}

let projectDir: string;
let first: BuildSiteResult;
let firstFiles: Record<string, string>;
let secondFiles: Record<string, string>;
const html: Record<string, string> = {};
const log = memoryLog();

const cwd = process.cwd();

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-site-'));
  await writeDataFolder(join(projectDir, 'data'), sampleRows());
  const config = sampleConfig({ base: BASE, monthlyOnly: true });
  // As `cadence build` runs: in a project folder with no node_modules of its own.
  process.chdir(projectDir);
  first = await buildSite({ projectDir, config, log });
  firstFiles = await snapshot(first.outDir);
  for (const file of Object.keys(firstFiles).filter((f) => f.endsWith('.html'))) html[file] = await readFile(join(first.outDir, file), 'utf8');
  await buildSite({ projectDir, config, log });
  secondFiles = await snapshot(first.outDir);
  process.chdir(cwd);
});

afterAll(async () => {
  process.chdir(cwd);
  await rm(projectDir, { recursive: true, force: true });
});

describe('cadence build of the sample project under /reports/', () => {
  it('writes the home page and one page per audience for each month (monthly reports only here)', () => {
    expect(first.outDir).toBe(join(projectDir, 'dist'));
    // August and September 2026; a few mentions after 22:00 UTC on 30 September are 1 October in Berlin.
    const months = ['2026-08', '2026-09', '2026-10'];
    const audiences = ['leadership', 'sales', 'team'];
    const kpiPages = (list: string[]) => list.filter((p) => p.includes('kpi/'));
    expect(first.pages.filter((p) => !p.includes('/kpi/'))).toEqual([BASE, `${BASE}about/`, ...months.flatMap((m) => audiences.map((a) => `${BASE}monthly/${m}/${a}/`))]);
    expect(Object.keys(firstFiles).filter((f) => !f.startsWith('kpi/')).sort()).toEqual(['about/index.html', 'favicon.svg', 'index.html', ...months.flatMap((m) => audiences.map((a) => `monthly/${m}/${a}/index.html`))]);
    // A page per KPI, with its definition and history.
    expect(kpiPages(first.pages)).toHaveLength(builtinKpis.length);
    expect(first.pages).toContain(`${BASE}kpi/listening-mentions/`);
  });

  it('gives byte-identical output for the same data and config', () => {
    expect(secondFiles).toEqual(firstFiles);
  });

  it('leaves no staging folder and no scratch files in the output', async () => {
    expect((await readdir(projectDir)).sort()).toEqual(['.cadence', 'data', 'dist']);
  });

  it('ships no JavaScript at all', () => {
    for (const [file, text] of Object.entries(html)) {
      expect(text, file).not.toMatch(/<script/i);
      expect(text, file).not.toMatch(/\son(click|load|error|mouseover)=/i);
    }
  });

  it('makes every link and asset start with the base, and every internal link resolve', () => {
    for (const [file, text] of Object.entries(html)) {
      for (const [, url] of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        if (url!.startsWith('#') || /^(https?:|mailto:)/.test(url!)) continue;
        expect(url, `${file}: ${url}`).toMatch(/^\/reports\//);
        const target = url!.slice(BASE.length);
        const path = target === '' || target.endsWith('/') ? `${target}index.html` : target;
        expect(firstFiles, `${file} links to ${url}`).toHaveProperty([path]);
      }
      for (const [, id] of text.matchAll(/\shref="#([^"]+)"/g)) expect(text, `${file}: #${id}`).toContain(`id="${id}"`);
    }
  });

  it('writes accessible HTML: lang, one h1, no skipped heading levels, unique ids', () => {
    for (const [file, text] of Object.entries(html)) {
      expect(text, file).toMatch(/^<!DOCTYPE html><html lang="en">/);
      expect(text.match(/<h1[\s>]/g), file).toHaveLength(1);
      const levels = [...text.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
      levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!, file).toBeLessThanOrEqual(1));
      const ids = [...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size, file).toBe(ids.length);
    }
  });

  it('shows the KPI table with values, comparisons and unavailable reasons', () => {
    const team = html['monthly/2026-09/team/index.html']!;
    expect(team).toContain('<h1>Social team: September 2026</h1>');
    expect(team.match(/<th scope="row" class="kpi-name">/g)).toHaveLength(builtinKpis.length);
    expect(team).toMatch(/>Brand mentions<\/a>\s*<\/th>\s*<td class="num value" data-label="September 2026">\s*\d{3}\s*<\/td>/);
    expect(team).toContain('<th scope="col" class="num">August 2026</th>');
    expect(team).toMatch(/Not available<span class="reason">no earned media imported<\/span>/);
    expect(team).toMatch(/class="change (good|bad)"/);
    // An apostrophe in a competitor's name survives SQL and HTML.
    expect(team).toContain('Bergmann&#39;s');
  });

  it('renders the charts of each audience as inline SVG with a caption and a data table', () => {
    const charts = (file: string) => [...html[file]!.matchAll(/<svg role="img" aria-labelledby="([a-z-]+)-title/g)].map((m) => m[1]);
    // Each chart twice: the page's drawing and the phone's (src/site/charts/view.ts).
    expect(charts('monthly/2026-09/team/index.html')).toEqual(['daily-mentions', 'daily-mentions-narrow']);
    expect(charts('monthly/2026-09/sales/index.html')).toEqual(['weekly-leads', 'weekly-leads-narrow', 'daily-mentions', 'daily-mentions-narrow']);
    expect(charts('monthly/2026-09/leadership/index.html')).toEqual(['share-of-voice', 'share-of-voice-narrow', 'daily-mentions', 'daily-mentions-narrow']);
    const sales = html['monthly/2026-09/sales/index.html']!;
    expect(sales).toMatch(/<figcaption>\d+ leads in September 2026, \d+ of them from social/);
    expect(sales.match(/<details class="data">/g)).toHaveLength(2);
  });

  it('lists the data coverage on the home page and links the three reports', () => {
    const index = html['index.html']!;
    expect(index).toContain('Latest reports');
    expect(index).toContain('Monthly: September 2026</a>');
    // October holds the first minutes of 1 October in Berlin: marked with where the data stops.
    expect(index).toMatch(/Monthly: October 2026 \(so far: data to (\d\d:\d\d on )?1 October 2026\)<\/a>/);
    for (const a of ['team', 'sales', 'leadership']) expect(index).toContain(`href="/reports/monthly/2026-09/${a}/"`);
    expect(index).toMatch(/<th scope="row">Mentions<\/th>\s*<td class="num" data-label="Rows">2,\d{3}<\/td>/);
    expect(index).toMatch(/<th scope="row">Care cases<\/th>\s*<td class="num" data-label="Rows"><span class="na">not imported/);
  });

  it.skipIf(!haveChromium)('loads every page in Chromium under the sub-path with no failed request', async () => {
    const server = await servePages(first.outDir, BASE);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      const failures: string[] = [];
      // A favicon fetch cut short by the next navigation is not a failure; a 404 is.
      page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failures.push(r.url()));
      page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
      for (const path of first.pages) {
        await page.goto(server.url + path);
        expect(await page.locator('h1').count()).toBe(1);
      }
      expect(failures).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('cadence build of an empty data folder', () => {
  it('builds the home page (and the how-to-read page) only, saying there is no data yet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cadence-empty-'));
    try {
      await mkdir(join(dir, 'data'));
      const empty = memoryLog();
      const result = await buildSite({ projectDir: dir, config: sampleConfig(), log: empty, outDir: 'site' });
      expect(result.pages).toEqual(['/', '/about/']);
      const index = await readFile(join(dir, 'site', 'index.html'), 'utf8');
      expect(index).toContain('There are no reports yet.');
      expect(index).toContain('href="/favicon.svg"');
      expect(empty.lines.some((l) => l.startsWith('warn: the data folder holds no data yet'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
