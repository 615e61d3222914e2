/**
 * Reports of every cadence: routes for every period the data covers and the cadences each
 * audience gets, the period navigator, findings first, the index of latest reports, and
 * `--audience` / `--period` builds. The sample data runs from August to September 2026 (a few
 * mentions fall on 1 October in Berlin), with a spike of brand mentions on 17 September.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildSiteResult } from '../../src/site/build.ts';
import { writeDataFolder } from './fixtures/data-folder.ts';
import { sampleConfig, sampleRows } from './fixtures/sample.ts';

const log = { debug() {}, info() {}, warn() {}, error() {} };
const cwd = process.cwd();
let projectDir: string;
let all: BuildSiteResult;
const html: Record<string, string> = {};

async function htmlFiles(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const d of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (d.isFile() && d.name.endsWith('.html')) out[join(d.parentPath, d.name).slice(dir.length + 1)] = await readFile(join(d.parentPath, d.name), 'utf8');
  }
  return out;
}

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-cadences-'));
  await writeDataFolder(join(projectDir, 'data'), sampleRows());
  process.chdir(projectDir);
  all = await buildSite({ projectDir, config: sampleConfig(), log });
  Object.assign(html, await htmlFiles(all.outDir));
}, 240_000);

afterAll(async () => {
  process.chdir(cwd);
  await rm(projectDir, { recursive: true, force: true });
});

describe('reports of every cadence (default audiences)', () => {
  it('builds a page for every period the data covers, in the cadences each audience gets', () => {
    const pages = new Set(all.pages);
    const days = all.pages.filter((p) => p.startsWith('/daily/'));
    // Team: every local day from 1 August to 1 October 2026.
    expect(days).toHaveLength(31 + 30 + 1);
    expect(days.every((p) => p.endsWith('/team/'))).toBe(true);
    for (const path of ['/daily/2026-09-17/team/', '/weekly/2026-W38/team/', '/weekly/2026-W38/sales/', '/monthly/2026-09/leadership/', '/quarterly/2026-Q3/sales/', '/annual/2026/leadership/']) {
      expect(pages, path).toContain(path);
    }
    // Sales gets weekly to annual, leadership monthly to annual (the defaults).
    expect(all.pages.filter((p) => p.endsWith('/sales/') && p.startsWith('/daily/'))).toEqual([]);
    expect(all.pages.filter((p) => p.endsWith('/leadership/') && p.startsWith('/weekly/'))).toEqual([]);
  });

  it('links every page only to pages that exist', () => {
    for (const [file, text] of Object.entries(html)) {
      for (const [, url] of text.matchAll(/\shref="(\/[^"]*)"/g)) {
        const target = url!.slice(1);
        const path = target === '' || target.endsWith('/') ? `${target}index.html` : target;
        if (path.endsWith('.svg') || path.endsWith('.css')) continue;
        expect(html, `${file} links to ${url}`).toHaveProperty([path]);
      }
    }
  });

  it('navigates to the previous and next report of the cadence and up to the week', () => {
    const day = html['daily/2026-09-17/team/index.html']!;
    expect(day).toMatch(/<a rel="prev" href="\/daily\/2026-09-16\/team\/">/);
    expect(day).toMatch(/<a rel="next" href="\/daily\/2026-09-18\/team\/">/);
    expect(day).toContain('href="/weekly/2026-W38/team/"');
    const first = html['daily/2026-08-01/team/index.html']!;
    expect(first).toContain('No earlier report');
    expect(html['monthly/2026-09/leadership/index.html']).toContain('href="/quarterly/2026-Q3/leadership/"');
  });

  it('opens with the findings, the spike of 17 September first on its day', () => {
    const day = html['daily/2026-09-17/team/index.html']!;
    expect(day.indexOf('What stands out')).toBeLessThan(day.indexOf('Key figures'));
    expect(day.indexOf('What to do next')).toBeGreaterThan(day.indexOf('What stands out'));
    expect(day.indexOf('What to do next')).toBeLessThan(day.indexOf('Key figures'));
    // The first item is the day's spike, told against the typical Thursday (its detail and quotes follow the headline).
    const first = /<ol class="findings">\s*<li class="finding (\w+)">(?:<span class="sr-only">[^<]*<\/span>)?\s*(?:<p class="headline">)?([^<]*)/.exec(day);
    expect(first?.[2]).toMatch(/^Brand mentions rose to \d+ on Thursday 17 September, .* a typical Thursday/);
  });

  it('shows a sparkline and a link to the KPI page on every tile; the KPI page has the history', () => {
    const month = html['monthly/2026-09/team/index.html']!;
    expect(month).toMatch(/<svg class="sparkline"[^>]*role="img" aria-label="Brand mentions, the last \d+ months: from [\d,]+ to [\d,]+"/);
    expect(month).toContain('href="/kpi/listening-mentions/"');
    const kpi = html['kpi/listening-mentions/index.html']!;
    expect(kpi).toContain('<h1>Brand mentions</h1>');
    expect(kpi).toMatch(/<th scope="row">September 2026<\/th><td class="num" data-label="Value">[\d,]+<\/td>/);
  });

  it('lists the latest complete report and the one in progress for each audience and cadence', () => {
    const index = html['index.html']!;
    expect(index).toContain('href="/monthly/2026-09/team/">Monthly: September 2026</a>');
    expect(index).toMatch(/href="\/monthly\/2026-10\/team\/">Monthly: October 2026 \(so far: data to (\d\d:\d\d on )?1 October 2026\)<\/a>/);
    expect(index).toContain('href="/quarterly/2026-Q3/leadership/">Quarterly: Q3 2026</a>');
    expect(index).not.toMatch(/href="\/daily\/[^"]*\/sales\/"/);
  });
});

describe('building part of the site', () => {
  it('--audience sales builds only the sales pages', async () => {
    const out = join(projectDir, 'dist-sales');
    const result = await buildSite({ projectDir, config: sampleConfig(), log, audience: 'sales', outDir: out });
    const reports = result.pages.filter((p) => p !== '/' && p !== '/about/' && !p.startsWith('/kpi/'));
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.every((p) => p.endsWith('/sales/'))).toBe(true);
    expect(await readFile(join(out, 'index.html'), 'utf8')).not.toContain('/team/');
  });

  it('--period 2026-W38 builds only that week, for the audiences that get weekly reports', async () => {
    const result = await buildSite({ projectDir, config: sampleConfig(), log, period: '2026-W38', outDir: join(projectDir, 'dist-week') });
    expect(result.pages.filter((p) => p !== '/' && p !== '/about/' && !p.startsWith('/kpi/'))).toEqual(['/weekly/2026-W38/sales/', '/weekly/2026-W38/team/']);
  });

  it('refuses an unknown audience and a period no audience gets', async () => {
    await expect(buildSite({ projectDir, config: sampleConfig(), log, audience: 'board', outDir: join(projectDir, 'dist-x') })).rejects.toMatchObject({ code: 'CADENCE_CONFIG_INVALID' });
    await expect(buildSite({ projectDir, config: sampleConfig(), log, period: '2026-08-01..2026-08-31', outDir: join(projectDir, 'dist-y') })).rejects.toMatchObject({ code: 'CADENCE_PERIOD_INVALID' });
  });
});
