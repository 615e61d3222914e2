/**
 * Partial periods on the site (issue 14): the data ends at 11:53 on Tuesday 24 February 2026 and
 * starts on Tuesday 6 January. The cut-short day and the running month say "so far" with the last
 * data time on their pages, on the home page and in the navigator, and raise no "fell" finding
 * (half a day of mentions is not a drop); the month that starts late says so.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/schema/config.ts';
import { monthPeriod } from '../../src/core/periods/period.ts';
import { buildReportModels } from '../../src/core/report/build.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { digestContext, renderDigest } from '../../src/digest/run.ts';
import { buildSite, type BuildSiteResult } from '../../src/site/build.ts';
import { writeDataFolder } from './fixtures/data-folder.ts';

const log = { debug() {}, info() {}, warn() {}, error() {} };
const cwd = process.cwd();
let projectDir: string;
let built: BuildSiteResult;
const page = (path: string) => readFile(join(built.outDir, path, 'index.html'), 'utf8');
/** The text of the findings section ("What stands out"). */
const findings = (html: string) => html.slice(html.indexOf('What stands out'), html.indexOf('</section>', html.indexOf('What stands out')));

/** 240 brand mentions a day, one every six minutes (Berlin, UTC+1 in winter), 6 January to 24 February 11:53. */
function mentions() {
  const rows: Record<string, unknown>[] = [];
  for (let day = Date.UTC(2026, 0, 6); day <= Date.UTC(2026, 1, 24); day += 86_400_000) {
    const last = day === Date.UTC(2026, 1, 24) ? 11 * 60 + 53 : 24 * 60;
    const minutes = [...Array.from({ length: 240 }, (_, i) => i * 6).filter((m) => m <= last), ...(last < 24 * 60 ? [last] : [])];
    for (const [i, m] of [...new Set(minutes)].entries()) {
      const at = new Date(day + (m - 60) * 60_000).toISOString();
      rows.push({ id: `m${at}`, published_at: at, platform: 'twitter', matched_kind: 'brand', matched_name: 'Alpenglow', sentiment: i % 10 === 0 ? 'negative' : 'positive', author_handle: `a${i % 50}` });
    }
  }
  return rows;
}

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-partial-'));
  await writeDataFolder(join(projectDir, 'data'), { mentions: mentions() });
  process.chdir(projectDir);
  const config = configSchema.parse({
    brand: { name: 'Alpenglow' },
    timezone: 'Europe/Berlin',
    locale: 'en-GB',
    currency: 'EUR',
    audiences: { team: { cadences: ['daily', 'monthly'] }, sales: { cadences: [] }, leadership: { cadences: [] } },
  });
  built = await buildSite({ projectDir, config, log });
  configUsed = config;
}, 240_000);

let configUsed: ReturnType<typeof configSchema.parse>;

afterAll(async () => {
  process.chdir(cwd);
  await rm(projectDir, { recursive: true, force: true });
});

describe('a day and a month the data covers in part', () => {
  it('says "so far" with the last data time on the day, and finds no fall in half a day', async () => {
    const day = await page('daily/2026-02-24/team');
    expect(day).toContain('So far: data to 11:53 on 24 February 2026. Figures are not compared with complete periods.');
    expect(findings(day)).not.toMatch(/fell|dropped|Needs attention/);
    // Nothing was compared, so nothing is called "within its usual range".
    expect(findings(day)).toContain('Nothing stands out so far. The period is covered only in part');
    // The whole day before is compared as usual.
    expect(await page('daily/2026-02-23/team')).not.toContain('So far');
  });

  it('says "so far" on the running month, and finds no fall in it', async () => {
    const month = await page('monthly/2026-02/team');
    expect(month).toContain('So far: data to 11:53 on 24 February 2026');
    expect(findings(month)).not.toMatch(/fell|dropped|Needs attention/);
    // January starts on the 6th: counted from then, not compared as if whole.
    expect(await page('monthly/2026-01/team')).toContain('The data starts on 6 January 2026');
  });

  it('marks the partial periods on the home page and in the navigator', async () => {
    const home = await page('');
    expect(home).toContain('Daily: 24 February 2026 (so far: data to 11:53 on 24 February 2026)');
    expect(home).toContain('Monthly: February 2026 (so far: data to 11:53 on 24 February 2026)');
    expect(await page('daily/2026-02-23/team')).toMatch(/rel="next" href="\/daily\/2026-02-24\/team\/">24 February 2026 \(so far: data to 11:53 on 24 February 2026\)/);
  });

  it('says "so far" in the digests of the running month: the e-mail subjects and the chat title', async () => {
    const reader = await openReader(join(projectDir, 'data'));
    try {
      const models = await buildReportModels({ reader, config: configUsed, periods: [monthPeriod('2026-02', 'Europe/Berlin')], audiences: ['team', 'leadership'], asOf: '2026-02-24' });
      const ctx = digestContext(configUsed);
      const of = (audience: string) => models.find((m) => m.audience === audience)!;
      const mark = '(so far: data to 11:53 on 24 February 2026)';
      expect(renderDigest('leadership', of('leadership'), ctx).subject).toContain(`February 2026 ${mark}`);
      expect(renderDigest('employee', of('team'), ctx).subject).toContain(`February 2026 ${mark}`);
      expect(renderDigest('chat', of('team'), ctx).subject).toContain(mark);
    } finally {
      await reader.close();
    }
  });
});
