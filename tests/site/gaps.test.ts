/**
 * Only periods with data are built (issue 14): three sources years apart — mentions in March 2015,
 * deals in June 2016 and January 2017, web sessions on 1 May 2024 — build the pages of the periods
 * holding their days, not of the nine calendar years between them; the home page lists the gaps.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/schema/config.ts';
import { buildSite, type BuildSiteResult } from '../../src/site/build.ts';
import { writeDataFolder } from './fixtures/data-folder.ts';

const log = { debug() {}, info() {}, warn() {}, error() {} };
const cwd = process.cwd();
let projectDir: string;
let built: BuildSiteResult;

beforeAll(async () => {
  projectDir = await mkdtemp(join(tmpdir(), 'cadence-gaps-'));
  await writeDataFolder(join(projectDir, 'data'), {
    mentions: [
      { id: 'm1', published_at: '2015-03-02T10:00:00Z', platform: 'twitter', matched_kind: 'brand', matched_name: 'Alpenglow', sentiment: 'positive' },
      { id: 'm2', published_at: '2015-03-03T10:00:00Z', platform: 'twitter', matched_kind: 'brand', matched_name: 'Alpenglow', sentiment: 'negative' },
    ],
    deals: [
      { id: 'd1', created_at: '2016-06-15T10:00:00Z', status: 'won', closed_at: '2016-06-20T10:00:00Z', amount: 5000, is_social: true },
      { id: 'd2', created_at: '2017-01-10T10:00:00Z', status: 'open', amount: 2000, is_social: false },
    ],
    web_sessions: [{ id: 'w1', date: '2024-05-01', channel: 'organic_social', sessions: 120, is_social: true }],
  });
  process.chdir(projectDir);
  built = await buildSite({ projectDir, config: configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: 'UTC', locale: 'en-GB', currency: 'EUR' }), log });
}, 240_000);

afterAll(async () => {
  process.chdir(cwd);
  await rm(projectDir, { recursive: true, force: true });
});

describe('a data folder with gaps of years', () => {
  it('builds the report pages of the periods with data only', () => {
    const reports = built.pages.filter((p) => /^\/(daily|weekly|monthly|quarterly|annual)\//.test(p));
    const of = (cadence: string) => reports.filter((p) => p.startsWith(`/${cadence}/`)).sort();
    // Five days with data, for the team (the only audience with daily reports).
    expect(of('daily')).toEqual(['/daily/2015-03-02/team/', '/daily/2015-03-03/team/', '/daily/2016-06-15/team/', '/daily/2017-01-10/team/', '/daily/2024-05-01/team/']);
    // Four weeks (2–3 March 2015 share one), for the team and sales.
    expect(of('weekly')).toHaveLength(4 * 2);
    expect(new Set(of('weekly').map((p) => p.split('/')[2]))).toEqual(new Set(['2015-W10', '2016-W24', '2017-W02', '2024-W18']));
    // Four months, quarters and years, for each of the three audiences.
    expect(new Set(of('monthly').map((p) => p.split('/')[2]))).toEqual(new Set(['2015-03', '2016-06', '2017-01', '2024-05']));
    expect(of('monthly')).toHaveLength(4 * 3);
    expect(of('quarterly')).toHaveLength(4 * 3);
    expect(new Set(of('annual').map((p) => p.split('/')[2]))).toEqual(new Set(['2015', '2016', '2017', '2024']));
    expect(of('annual')).toHaveLength(4 * 3);
    // 49 report pages, where every calendar period from March 2015 to May 2024 would make over 5,000.
    expect(reports).toHaveLength(5 + 8 + 12 + 12 + 12);
  });

  it('lists the stretches without data on the home page', async () => {
    const home = await readFile(join(built.outDir, 'index.html'), 'utf8');
    // Deals: nothing from 16 June 2016 to 9 January 2017 (208 days).
    expect(home).toContain('16 June 2016 – 9 January 2017 (208 days)');
    expect(home).toContain('Reports are built only for periods with data');
    // And the stretches with no data at all, which no report covers.
    expect(home).toContain('No data at all in these stretches: 4 March 2015 to 14 June 2016 (469 days); 16 June 2016 to 9 January 2017 (208 days); 11 January 2017 to 30 April 2024 (2,667 days): no report covers them.');
  });
});
