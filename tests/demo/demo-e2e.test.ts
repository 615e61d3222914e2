/**
 * `cadence demo` end to end, as a user runs it (twice: the second run re-pulls the same exports).
 * The demo project's config is copied into a scratch project; Cadence is "installed" by a link.
 */
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load.ts';
import { openReader } from '../../src/core/store/reader.ts';
import { runDemo, type DemoResult } from '../../src/demo/run-demo.ts';

const repo = resolve(import.meta.dirname, '../..');
let dir: string;
let first: DemoResult;
let second: DemoResult;
const warnings: string[] = [];
const said: string[] = [];

async function demo(): Promise<DemoResult> {
  const { config, path } = await loadConfig({ projectDir: dir });
  const log = { debug() {}, info() {}, warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m) };
  const progress = { start: () => ({ update() {}, stop() {} }) };
  return runDemo({ projectDir: dir, config, configPath: path, log, progress, signal: new AbortController().signal, clock: { now: () => new Date('2026-10-01T06:00:00Z') }, open: false, say: (l) => said.push(l) });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cadence-demo-'));
  await mkdir(join(dir, 'node_modules'));
  await symlink(repo, join(dir, 'node_modules', 'cadence'), 'dir');
  await copyFile(join(repo, 'cadence.config.ts'), join(dir, 'cadence.config.ts'));
  await cp(join(repo, 'reports'), join(dir, 'reports'), { recursive: true });
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'demo-copy', private: true, type: 'module' }));
  first = await demo();
  second = await demo();
}, 240_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cadence demo', () => {
  it('builds the site and says where it is and how to open it', () => {
    expect(first.ok).toBe(true);
    // Every period of the demo's 15 months, in the cadences each audience gets (the defaults).
    expect(first.pages).toContain('/daily/2026-09-14/team/');
    expect(first.pages).toContain('/weekly/2026-W38/sales/');
    for (const a of ['team', 'sales', 'leadership']) expect(first.pages).toContain(`/monthly/2026-09/${a}/`);
    expect(first.pages).toContain('/annual/2025/leadership/');
    // 457 days (team) + 66 weeks (team, sales) + 15 months, 5 quarters, 2 years (all three) + home
    // and about, + the demo's own one-page brief (reports/one-page.mdx) for each of the 15 months.
    const reports = first.pages.filter((p) => !p.startsWith('/kpi/') && !p.startsWith('/roadshow/'));
    // Roadshow decks: 4 departments for each of the 5 quarters, as a page and as a single file.
    expect(first.pages.filter((p) => p.startsWith('/roadshow/'))).toHaveLength(5 * 4 * 2);
    expect(reports).toHaveLength(457 + 66 * 2 + (15 + 5 + 2) * 3 + 2 + 15);
    expect(first.pages).toContain('/monthly/2026-09/leadership/one-page/');
    // A page per KPI: the 49 built in and the demo's own save rate.
    expect(first.pages.filter((p) => p.startsWith('/kpi/'))).toHaveLength(50);
    expect(first.pages).toContain('/kpi/influencing-save-rate/');
    expect(said.join('\n')).toContain('npx cadence dev');
    expect(warnings).toEqual([]);
  });

  it('imports every export through the real plugins with no rejects, and a second run adds nothing', async () => {
    expect(second.ok).toBe(true);
    const manifest = JSON.parse(await readFile(join(dir, 'data', 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.entities).sort()).toEqual([
      'account_snapshots', 'campaigns', 'care_cases', 'deals', 'earned_media', 'inbound_links', 'leads', 'mentions', 'offers', 'orders', 'partnerships', 'posts', 'retargeting_audiences', 'web_sessions',
    ]);
    expect(manifest.rejects).toEqual({});
    for (const source of Object.values(manifest.sources) as { status: string; last: { added: number; rejected: number } }[]) {
      expect(source.status).toBe('ok');
      expect(source.last).toMatchObject({ added: 0, rejected: 0 });
    }
    expect(manifest.entities.mentions.rows).toBe(92_281);
    expect(manifest.entities.mentions.firstDate).toBe('2025-06-30'); // 2025-07-01 00:xx Berlin is still June 30 in UTC
    expect(manifest.entities.mentions.lastDate).toBe('2026-09-30');
  });

  it('holds the crisis of 14 September 2026: one article explains most of the negative excess', async () => {
    const reader = await openReader(join(dir, 'data'));
    try {
      const [day] = await reader.query<{ neg: number }>(
        `SELECT count(*) AS neg FROM mentions WHERE sentiment = 'negative' AND matched_name = 'Alpenglow' AND CAST(timezone('Europe/Berlin', published_at) AS DATE) = DATE '2026-09-14'`,
      );
      const mondays = await reader.query<{ neg: number }>(
        `SELECT count(*) AS neg FROM mentions WHERE sentiment = 'negative' AND matched_name = 'Alpenglow' AND CAST(timezone('Europe/Berlin', published_at) AS DATE) IN (SELECT CAST(d AS DATE) FROM range(DATE '2026-07-20', DATE '2026-09-14', INTERVAL 7 DAY) t(d)) GROUP BY CAST(timezone('Europe/Berlin', published_at) AS DATE) ORDER BY neg`,
      );
      const typical = mondays[Math.floor(mondays.length / 2)]!.neg;
      expect(day!.neg).toBeGreaterThan(10 * typical);
      const [article] = await reader.query<{ n: number }>(
        `SELECT count(*) AS n FROM mentions WHERE sentiment = 'negative' AND matched_name = 'Alpenglow' AND CAST(timezone('Europe/Berlin', published_at) AS DATE) = DATE '2026-09-14'
           AND (url = 'https://news.example/alpenglow-jacket-recall' OR list_contains(links, 'https://news.example/alpenglow-jacket-recall'))`,
      );
      expect(article!.n / (day!.neg - typical)).toBeGreaterThan(0.6);
    } finally {
      await reader.close();
    }
  });
});
