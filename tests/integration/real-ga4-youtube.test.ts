/**
 * Two real exports whose tables Cadence must pick apart or refuse, with every expected figure
 * worked out here from the raw file by plain line reading — never read back from the importer:
 * - GA4 "Reports snapshot" (`ga4_reports_snapshot/data-export.csv`): 15 tables stacked in one
 *   file. The ga4 plugin reads only `Session default channel group,Sessions`, stores its 28-day
 *   totals on the table's `# End date`, and `cadence check` lists the 14 tables it skipped; the
 *   social share of sessions comes from the metrics core.
 * - YouTube Studio's Geography table (`youtube_studio_geography/Table data.csv`): views by
 *   country, for which Cadence has no entity. The youtube-studio plugin refuses it — `cadence
 *   pull` and `cadence check` exit non-zero with CADENCE_EXPORT_NOT_SUPPORTED, naming the table
 *   and the Content export to take instead — and the data folder is left exactly as it was.
 * Files from ../shared/real-data; each test is skipped, saying so, when the folder is missing.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeKpis } from '../../src/core/metrics/compute.ts';
import { socialTrafficShareKpi, webSessionsKpi } from '../../src/core/metrics/stages/influencing.ts';
import { monthPeriod } from '../../src/core/periods/period.ts';
import { configSchema } from '../../src/core/schema/config.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { pullFixture } from '../../src/plugins/testkit.ts';
import { runCli } from '../cli/run-cli.ts';
import { makeProject } from '../plugins/project.ts';

const realDataDir = resolve(import.meta.dirname, '../../../shared/real-data');
const skip = existsSync(realDataDir) ? '' : ` — SKIPPED: ${realDataDir} is absent`;
const run = skip ? it.skip : it;

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

// ---------------------------------------------------------------------------------------------
// GA4 Reports snapshot

const snapshotDir = join(realDataDir, 'ga4_reports_snapshot');

/**
 * The file's tables as a person reads them: a table starts at a line that is neither blank nor a
 * `#` line, right after a blank line, a `#` line or the file's start, and runs to the next blank
 * line; its period is the last `# End date:` above it.
 */
function readSnapshot(text: string): { header: string; rows: string[][]; endDate?: string }[] {
  const lines = text.split('\n');
  const tables: { header: string; rows: string[][]; endDate?: string }[] = [];
  let endDate: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^# End date: (\d{4})(\d{2})(\d{2})/.exec(line);
    if (m) endDate = `${m[1]}-${m[2]}-${m[3]}`;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const rows: string[][] = [];
    let j = i + 1;
    for (; j < lines.length && lines[j]!.trim() !== ''; j++) rows.push(lines[j]!.split(','));
    tables.push({ header: line, rows, ...(endDate ? { endDate } : {}) });
    i = j;
  }
  return tables;
}

describe(`GA4 Reports snapshot → web_sessions (ga4 plugin)${skip}`, () => {
  const text = skip ? '' : readFileSync(join(snapshotDir, 'data-export.csv'), 'utf8');
  const tables = readSnapshot(text);
  const sessionsTables = tables.filter((t) => t.header.split(',').includes('Sessions'));
  const channels = sessionsTables[0]?.rows ?? [];
  const total = channels.reduce((n, r) => n + Number(r[1]), 0);
  const social = channels.filter((r) => r[0] === 'Organic Social' || r[0] === 'Paid Social').reduce((n, r) => n + Number(r[1]), 0);

  run('the file as read here: 15 tables, one with Sessions (4 channels, 85 sessions, 10 from organic social), period ending 2023-04-18', () => {
    expect(tables).toHaveLength(15);
    expect(sessionsTables.map((t) => t.header)).toEqual(['Session default channel group,Sessions']);
    expect([channels.length, total, social, sessionsTables[0]!.endDate]).toEqual([4, 85, 10, '2023-04-18']);
  });

  run('pull: only the Sessions table — 4 rows, 85 sessions, 10 organic social, every row on 2023-04-18, 0 rejects; social share 10/85 from the metrics core', async () => {
    const r = await pullFixture({ plugin: 'ga4', options: { file: 'data-export.csv' }, projectDir: snapshotDir });
    cleanups.push(() => r.cleanup());
    expect(r.result.sources[0]).toMatchObject({ status: 'ok', added: channels.length, rejected: 0 });
    expect(r.rejects).toEqual([]);
    const rows = r.rows.web_sessions!;
    expect(rows).toHaveLength(channels.length);
    expect(Object.fromEntries(rows.map((x) => [x.channel_original, x.sessions]))).toEqual(Object.fromEntries(channels.map((c) => [c[0], Number(c[1])])));
    expect(new Set(rows.map((x) => x.date))).toEqual(new Set([sessionsTables[0]!.endDate]));
    expect(rows.reduce((n, x) => n + Number(x.sessions), 0)).toBe(total);
    expect(rows.find((x) => x.channel === 'organic_social')).toMatchObject({ sessions: 10, is_social: true, channel_original: 'Organic Social' });
    expect(rows.filter((x) => x.is_social).reduce((n, x) => n + Number(x.sessions), 0)).toBe(social);

    // The 28-day totals sit on their last day: April 2023 holds them all, March none.
    const reader = await openReader(r.dataDir);
    try {
      const april = monthPeriod('2023-04', 'UTC');
      const march = monthPeriod('2023-03', 'UTC');
      const v = await computeKpis({ reader, config: configSchema.parse({ brand: { name: 'Alternate Route' }, timezone: 'UTC', sources: {} }), kpis: [webSessionsKpi, socialTrafficShareKpi], periods: [march, april] });
      expect(v.get('influencing.web_sessions')!.get(april.id)).toMatchObject({ available: true, value: total });
      expect(v.get('influencing.social_traffic_share')!.get(april.id)).toMatchObject({ available: true, value: social / total, inputs: { social_sessions: social, sessions: total } });
      expect(v.get('influencing.social_traffic_share')!.get(march.id)).toMatchObject({ available: false });
    } finally {
      await reader.close();
    }
  }, 60_000);

  run('cadence check: ✓, reading table 6 of 15 and naming the 14 tables it skips', async () => {
    const dir = await makeProject({
      'cadence.config.ts': `import { defineConfig } from 'cadence/config';
export default defineConfig({ brand: { name: 'Alternate Route' }, timezone: 'UTC', sources: { web: { plugin: 'ga4', options: { file: 'exports/data-export.csv' } } } });
`,
    });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'exports'));
    await copyFile(join(snapshotDir, 'data-export.csv'), join(dir, 'exports/data-export.csv'));
    const r = await runCli(['check'], { cwd: dir });
    expect(r.code).toBe(0);
    const position = tables.findIndex((t) => t === sessionsTables[0]) + 1;
    expect(r.stdout).toContain(`read table ${position} of ${tables.length}, "Session default channel group, Sessions"`);
    expect(r.stdout).toContain(`skipped ${tables.length - 1} other tables:`);
    for (const t of tables.filter((x) => x !== sessionsTables[0])) expect(r.stdout).toContain(`"${t.header.split(',').join(', ')}" (line `);
    expect(r.stdout).toContain(`✓ web_sessions: ${channels.length} of ${channels.length} sampled rows import`);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// YouTube Studio Geography table

const geographyFile = join(realDataDir, 'youtube_studio_geography', 'Table data.csv');
const contentFixture = resolve(import.meta.dirname, '../../plugins/youtube-studio/fixtures/content/Table data.csv');

/** sha256 of every file under `dir`, by path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

describe(`YouTube Studio Geography table: refused (youtube-studio plugin)${skip}`, () => {
  run('pull and check exit non-zero with CADENCE_EXPORT_NOT_SUPPORTED naming Geography and the fix; the data folder is unchanged', async () => {
    const header = readFileSync(geographyFile, 'utf8').split('\n')[0]!;
    expect(header.split(',')[0]).toBe('Geography');
    const dir = await makeProject({
      'cadence.config.ts': `import { defineConfig } from 'cadence/config';
export default defineConfig({
  brand: { name: 'The Coding Train' },
  timezone: 'UTC',
  sources: {
    videos: { plugin: 'youtube-studio', options: { file: 'exports/content/Table data.csv' } },
    geo: { plugin: 'youtube-studio', options: { file: 'exports/geography/Table data.csv' } },
  },
});
`,
    });
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await mkdir(join(dir, 'exports/content'), { recursive: true });
    await mkdir(join(dir, 'exports/geography'), { recursive: true });
    await copyFile(contentFixture, join(dir, 'exports/content/Table data.csv'));
    await copyFile(geographyFile, join(dir, 'exports/geography/Table data.csv'));

    // A data folder with something in it: the Content table's videos.
    const first = await runCli(['pull', 'videos'], { cwd: dir });
    expect(first.code, first.stderr).toBe(0);
    const before = await snapshot(join(dir, 'data'));
    expect(Object.keys(before).length).toBeGreaterThan(0);

    const refused = (out: string) => {
      expect(out).toContain('CADENCE_EXPORT_NOT_SUPPORTED');
      expect(out).toContain(`"Geography" table — views by country (columns: ${header.split(',').join(', ')})`);
      expect(out).toContain('Cadence has no place for views by country');
      expect(out).toContain('Export the Content table instead');
      expect(out).toContain('exports/geography/Table data.csv');
    };
    const pull = await runCli(['pull', 'geo'], { cwd: dir });
    expect(pull.code).not.toBe(0);
    refused(pull.stdout + pull.stderr);
    expect(await snapshot(join(dir, 'data'))).toEqual(before);

    const check = await runCli(['check'], { cwd: dir });
    expect(check.code).not.toBe(0);
    expect(check.stdout).toContain('✓ videos (youtube-studio)');
    expect(check.stdout).toContain('✗ geo (youtube-studio)');
    refused(check.stdout + check.stderr);
    expect(await snapshot(join(dir, 'data'))).toEqual(before);
  }, 120_000);
});
