/**
 * `cadence metrics`, run in-process through main() with injected streams and clock, on the demo
 * project (tests/fixtures/demo-data.ts). Runs on the shared demo folder always pass --no-cache
 * (they must not leave files there); the cache is tested on a copy of the demo project; the
 * empty case on a project scaffolded by `cadence init` that never pulled.
 */
import { monthlyAudienceSpecs } from '../../src/core/metrics/audiences.ts';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { KpiResult, ReportModel } from '../../src/core/report/model.ts';
import { repoRoot } from './run-cli.ts';

/** The public KPI ids of the issue (the demo registry has a few more, e.g. listening.shares). */
const publicKpis = [
  'listening.mentions',
  'listening.reach',
  'listening.reputation_score',
  'listening.net_sentiment',
  'listening.share_of_voice',
  'listening.share_of_voice_engagement',
  'listening.share_of_voice_reach',
  'listening.retention_rate',
  'listening.refund_rate',
  'listening.product_gaps',
  'listening.content_gaps',
  'listening.triage_within_12h',
  'listening.resolved_within_24h',
  'listening.median_first_response_hours',
  'listening.median_resolution_hours',
  'influencing.engagement_rate_impressions',
  'influencing.engagement_rate_reach',
  'influencing.engagement_rate_followers',
  'influencing.amplification_rate',
  'influencing.applause_rate',
  'influencing.conversation_rate',
  'influencing.audience_growth_rate',
  'influencing.social_traffic',
  'influencing.click_through_rate',
  'influencing.offer_awareness',
  'influencing.retargeting_list_growth',
  'networking.inbound_links',
  'networking.earned_media_mentions',
  'networking.earned_media_reach',
  'networking.partnerships',
  'selling.leads',
  'selling.social_leads',
  'selling.offer_conversion_rate',
  'selling.lead_to_customer_rate',
  'selling.win_rate',
  'selling.average_deal_size',
  'selling.pipeline_value',
  'selling.revenue',
  'selling.buyer_recency_days',
  'selling.buyer_frequency',
];
const RECALL_URL = 'https://news.example/alpenglow-jacket-recall';

/** 2026-10-01 10:00 in Berlin. */
const OCTOBER_FIRST = new Date('2026-10-01T08:00:00Z');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], options: { now?: Date } = {}): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const now = options.now ?? OCTOBER_FIRST;
  const code = await main(['node', 'cadence', ...args], {
    io: {
      stdout: { write: (c: string) => stdout.push(c) },
      stderr: { write: (c: string) => stderr.push(c) },
      cwd: repoRoot,
      env: { NO_COLOR: '1' },
      clock: { now: () => now },
    },
    signal: new AbortController().signal,
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

function json<T = ReportModel>(r: Run): T {
  expect(r.stderr).not.toMatch(/error/i);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const made: string[] = [];
async function scratch(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** `cadence/config` resolves to this package, as in the demo fixture. */
async function linkCadence(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'node_modules'), { recursive: true });
  await symlink(repoRoot, path.join(dir, 'node_modules', 'cadence'), 'dir');
}

let demo: string;
/** `metrics --period 2026-09 --as-of 2026-10-01 --json` on the demo project. */
let september: Run;
let model: ReportModel;

beforeAll(async () => {
  demo = inject('demoProjectDir');
  september = await run(['--cwd', demo, 'metrics', '--period', '2026-09', '--as-of', '2026-10-01', '--json', '--no-cache']);
  model = JSON.parse(september.stdout) as ReportModel;
}, 120_000);

const kpiOf = (m: ReportModel, id: string): KpiResult => {
  const k = m.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no KPI ${id}`);
  return k;
};

describe('cadence metrics --json', () => {
  it('prints the 2026-09 model with the documented shape', () => {
    expect(september.code).toBe(0);
    expect(september.stderr).toMatch(/computed the 2026-09 model in \d+ ms\n/);
    expect(september.stderr).not.toContain('(cached)');
    expect(model.period).toMatchObject({ id: '2026-09', kind: 'month', firstDay: '2026-09-01', lastDay: '2026-09-30', days: 30, timezone: 'Europe/Berlin' });
    expect(model).toMatchObject({ cadence: 'monthly', audience: 'team', brand: 'Alpenglow', currency: 'EUR', complete: true, dataUntil: '2026-09-30' });
    // The as-of day is clipped to the period's last day (cached.ts): a finished month is the same model any day after.
    expect(model.asOf).toBe('2026-09-30');
    expect(model.previous.id).toBe('2026-08');
    expect(model.yearAgo.id).toBe('2025-09');

    for (const k of model.kpis) {
      expect(Object.keys(k), k.id).toEqual(expect.arrayContaining(['id', 'stage', 'label', 'unit', 'value', 'available', 'comparisons']));
      expect(k.id.startsWith(`${k.stage}.`), k.id).toBe(true);
      expect(typeof k.label).toBe('string');
      if (k.available) expect(typeof k.value, k.id).toBe('number');
      else {
        expect(k.value, k.id).toBeNull();
        expect(k.reason, k.id).toBeTruthy();
      }
      expect(k.comparisons.previous.period, k.id).toBe('2026-08');
      expect(k.comparisons.yearAgo.period, k.id).toBe('2025-09');
    }
    // Goals: the three of the config, and only those.
    const withTarget = model.kpis.filter((k) => k.comparisons.target).map((k) => k.id).sort();
    expect(withTarget).toEqual(['influencing.audience_growth_rate', 'listening.share_of_voice', 'selling.revenue']);
    expect(kpiOf(model, 'listening.share_of_voice').comparisons.target).toMatchObject({ goalPeriod: '2026-Q3', target: 0.35 });

    expect(model.anomalies.length).toBeGreaterThan(0);
    for (const a of model.anomalies) {
      expect(a).toMatchObject({ date: expect.stringMatching(/^2026-09-\d\d$/), metric: expect.any(String), direction: expect.stringMatching(/^(spike|drop)$/), observed: expect.any(Number), expected: expect.any(Number) });
      for (const d of a.drivers) expect(d).toMatchObject({ dimension: expect.any(String), value: expect.any(String), share: expect.any(Number) });
    }
    const spike = model.anomalies.find((a) => a.date === '2026-09-14' && a.metric === 'mentions');
    expect(spike?.direction).toBe('spike');
    expect(spike?.drivers[0]).toMatchObject({ dimension: 'url', value: RECALL_URL });

    expect(model.shareOfVoice).toMatchObject({ available: true, period: '2026-09' });
    expect(model.campaigns.map((c) => ({ name: c.name, lifecycle: c.lifecycle }))).toEqual(
      expect.arrayContaining([
        { name: 'Autumn launch', lifecycle: 'burst_and_fade' },
        { name: 'Trail stories', lifecycle: 'growing' },
      ]),
    );
    expect(model.findings[0]).toMatchObject({ kind: 'event', date: '2026-09-14', tone: 'bad' });
    expect(model.story.nextSteps.length).toBeGreaterThan(0);
  });

  it('lists every public KPI and the project metric influencing.save_rate (custom)', () => {
    const ids = model.kpis.map((k) => k.id);
    for (const id of publicKpis) expect(ids, id).toContain(id);
    expect(new Set(ids).size).toBe(ids.length);
    const save = kpiOf(model, 'influencing.save_rate');
    expect(save).toMatchObject({ stage: 'influencing', unit: 'percent', custom: true, available: true });
    // saves ÷ engagements, as the project SQL returns them.
    expect(save.value).toBeCloseTo(save.inputs!.saves! / save.inputs!.engagements!, 12);
    for (const id of publicKpis) expect(kpiOf(model, id).custom, id).toBeUndefined();
  });
});

describe('cadence metrics (text)', () => {
  it('prints findings first, then the KPI table, spikes and drops, share of voice and campaigns', async () => {
    const r = await run(['--cwd', demo, 'metrics', '--period', '2026-09', '--as-of', '2026-10-01', '--no-cache']);
    expect(r.code).toBe(0);
    const text = r.stdout;
    const lines = text.split('\n');
    expect(lines[0]).toBe('Alpenglow — September 2026 (2026-09, monthly, team report)');
    const at = (s: string) => lines.findIndex((l) => l.startsWith(s));
    const order = ['Findings', 'KPIs (vs August 2026 and September 2025)', 'Spikes and drops', 'Share of voice (mentions):', 'Campaigns'].map(at);
    expect(order.every((i) => i > 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // The first finding is the recall spike (same headline as the JSON model's).
    expect(lines[at('Findings') + 1]).toBe(`  1. [needs attention] ${model.findings[0]!.headline}`);
    // The detail and the quotes follow the headline, indented; the next steps follow the findings.
    expect(lines[at('Findings') + 2]).toMatch(/^ {7}71% of the rise traces to a news\.example story/);
    expect(lines).toContain('Next steps');
    // KPI rows in the en-GB locale: 3130 → "3,130".
    const mentions = kpiOf(model, 'listening.mentions').value!;
    expect(text).toMatch(new RegExp(`listening\\s+Brand mentions\\s+${mentions.toLocaleString('en-GB')}\\s`));
    expect(text).toMatch(/Share of voice\s+\d+\.\d% .*met \(/);
    expect(text).toMatch(/Save rate\s+\d+\.\d%/);
    expect(text).toMatch(new RegExp(`2026-09-14  mentions spike: .* top driver url ${RECALL_URL.replaceAll('.', '\\.')} \\(\\d+% of the excess, single source\\)`));
    const sov = model.shareOfVoice.available ? model.shareOfVoice.measures.find((m) => m.measure === 'mentions')! : null;
    expect(text).toContain(`Share of voice (mentions): Alpenglow ${(sov!.brand * 100).toFixed(1)}%`);
    expect(text).toMatch(/\n {2}Autumn launch — burst and fade: /);
    expect(text).toMatch(/\n {2}Trail stories — growing: /);
  });
});

describe('periods on the command line', () => {
  // [arguments, expected id, kind, first day, last day]
  const cases: [string[], string, string, string, string][] = [
    [['--period', '2026-09-14', '--as-of', '2026-10-01'], '2026-09-14', 'day', '2026-09-14', '2026-09-14'],
    [['--period', '2026-W38', '--as-of', '2026-10-01'], '2026-W38', 'week', '2026-09-14', '2026-09-20'],
    [['--period', '2026-Q3', '--as-of', '2026-10-01'], '2026-Q3', 'quarter', '2026-07-01', '2026-09-30'],
    [['--period', '2025', '--as-of', '2026-10-01'], '2025', 'year', '2025-01-01', '2025-12-31'],
    [['--period', '2026-08-01..2026-08-31', '--as-of', '2026-10-01'], '2026-08-01..2026-08-31', 'range', '2026-08-01', '2026-08-31'],
    [['--period', 'last-month', '--as-of', '2026-10-15'], '2026-09', 'month', '2026-09-01', '2026-09-30'],
    [['--period', 'last-week', '--as-of', '2026-10-01'], '2026-W39', 'week', '2026-09-21', '2026-09-27'],
  ];
  it.each(cases)('%j → %s', async (args, id, kind, firstDay, lastDay) => {
    const m = json(await run(['--cwd', demo, 'metrics', ...args, '--json', '--no-cache']));
    expect(m.period).toMatchObject({ id, kind, firstDay, lastDay });
    expect(kpiOf(m, 'listening.mentions').available).toBe(true);
  });

  it('a range is compared with the same number of days before it and reads as a custom cadence', async () => {
    const m = json(await run(['--cwd', demo, 'metrics', '--period', '2026-08-01..2026-08-31', '--as-of', '2026-10-01', '--json', '--no-cache']));
    expect(m.cadence).toBe('custom');
    // 31 days before 1 August: 1–31 July.
    expect(m.previous.id).toBe('2026-07-01..2026-07-31');
  });

  it('counts relative periods from today in Berlin, not in UTC (injected clock at 00:30 local on Monday 28 September)', async () => {
    // 2026-09-27T22:30Z is Sunday in UTC but Monday 2026-09-28 00:30 in Berlin (UTC+2):
    // last week = 21–27 September (2026-W39), yesterday = 2026-09-27. In UTC they would be W38 and 09-26.
    const now = new Date('2026-09-27T22:30:00Z');
    const week = json(await run(['--cwd', demo, 'metrics', '--period', 'last-week', '--json', '--no-cache'], { now }));
    expect(week.period.id).toBe('2026-W39');
    const day = json(await run(['--cwd', demo, 'metrics', '--period', 'yesterday', '--json', '--no-cache'], { now }));
    expect(day.period.id).toBe('2026-09-27');
  });

  it('--period 2026-13 exits 2 with CADENCE_PERIOD_INVALID and the hint', async () => {
    const r = await run(['--cwd', demo, 'metrics', '--period', '2026-13', '--as-of', '2026-10-01', '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('CADENCE_PERIOD_INVALID');
    expect(r.stderr).toContain('"2026-13" is not a period');
    expect(r.stderr).toContain('hint: Periods are written 2026-09-14 (day), 2026-W38 (ISO week), 2026-09 (month)');
  });

  it('--as-of 14.09.2026 exits 2', async () => {
    const r = await run(['--cwd', demo, 'metrics', '--period', '2026-09', '--as-of', '14.09.2026', '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('CADENCE_PERIOD_INVALID');
    expect(r.stderr).toContain('YYYY-MM-DD');
  });

  // --as-of must be a calendar day, not only look like one.
  it('--as-of 2026-13-45 (not a calendar day) exits 2', async () => {
    const r = await run(['--cwd', demo, 'metrics', '--period', '2026-09', '--as-of', '2026-13-45', '--json', '--no-cache']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--as-of');
  });

  it('--audience nobody is a usage error', async () => {
    const r = await run(['--cwd', demo, 'metrics', '--period', '2026-09', '--audience', 'nobody', '--no-cache']);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("argument 'nobody' is invalid");
    expect(r.stderr).toContain('team, sales, leadership');
  });

  it('--audience sales keeps only the sales KPIs', async () => {
    const m = json(await run(['--cwd', demo, 'metrics', '--period', '2026-09', '--as-of', '2026-10-01', '--audience', 'sales', '--json', '--no-cache']));
    expect(m.audience).toBe('sales');
    expect(m.kpis.map((k) => k.id)).toEqual(monthlyAudienceSpecs.sales.kpis);
    expect(m.kpis.map((k) => k.id)).not.toContain('listening.reach');
    // Same numbers as the team model.
    expect(kpiOf(m, 'listening.mentions').value).toBe(kpiOf(model, 'listening.mentions').value);
  });
});

describe('cadence metrics --list', () => {
  it('lists every KPI id, the project metric marked', async () => {
    const r = await run(['--cwd', demo, 'metrics', '--list']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+label\s+unit\s+good when$/);
    for (const id of [...publicKpis, 'influencing.save_rate']) expect(lines.some((l) => l.startsWith(`${id} `)), id).toBe(true);
    expect(lines.find((l) => l.startsWith('influencing.save_rate '))).toMatch(/Save rate\s+percent\s+higher\s+project metric$/);
    expect(lines.find((l) => l.startsWith('selling.buyer_recency_days '))).toMatch(/days\s+lower$/);
    // One row per KPI of the model, plus the header.
    expect(lines.length).toBe(model.kpis.length + 1);
  });

  it('--list --json parses, with definitions', async () => {
    const r = await run(['--cwd', demo, 'metrics', '--list', '--json']);
    expect(r.code).toBe(0);
    const kpis = JSON.parse(r.stdout) as { id: string; stage: string; unit: string; direction: string; definition: string; entities: string[]; custom: boolean }[];
    expect(kpis.map((k) => k.id)).toEqual(model.kpis.map((k) => k.id));
    for (const id of publicKpis) expect(kpis.find((k) => k.id === id), id).toMatchObject({ custom: false });
    expect(kpis.find((k) => k.id === 'influencing.save_rate')).toMatchObject({ custom: true, stage: 'influencing', unit: 'percent', direction: 'up', entities: ['posts'] });
    for (const k of kpis) expect(k.definition.length, k.id).toBeGreaterThan(20);
  });
});

describe('the model cache', () => {
  /** A copy of the demo project (config, package.json, cadence link, data without the raw exports). */
  async function copyDemo(): Promise<string> {
    const dir = await scratch('cadence-metrics-cache-');
    await cp(path.join(demo, 'cadence.config.ts'), path.join(dir, 'cadence.config.ts'));
    await cp(path.join(demo, 'package.json'), path.join(dir, 'package.json'));
    await linkCadence(dir);
    const data = path.join(demo, 'data');
    await cp(data, path.join(dir, 'data'), { recursive: true, verbatimSymlinks: true, filter: (src) => !['exports', '.tmp', '.readers'].includes(path.relative(data, src).split(path.sep)[0]!) });
    return dir;
  }
  const entries = async (dir: string) => (await readdir(path.join(dir, '.cadence', 'cache', 'models'))).filter((n) => n.endsWith('.json'));
  const computed = (r: Run) => /computed the 2026-09 model in \d+ ms\n/.test(r.stderr) && !r.stderr.includes('(cached)');
  const cached = (r: Run) => /read the 2026-09 model in \d+ ms \(cached\)\n/.test(r.stderr);

  it('computes once, then reads; a config edit, a new manifest or --no-cache compute again', async () => {
    const dir = await copyDemo();
    const args = ['--cwd', dir, 'metrics', '--period', '2026-09', '--as-of', '2026-10-01', '--json'];

    const first = await run(args);
    expect(first.code).toBe(0);
    expect(computed(first), first.stderr).toBe(true);
    expect(await entries(dir)).toHaveLength(1);

    const second = await run(args);
    expect(cached(second), second.stderr).toBe(true);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(second.stdout).kpis.length).toBe(model.kpis.length);

    // Text is a rendering of the same model; a later as-of day is clipped to 2026-09-30: both hit.
    const text = await run(['--cwd', dir, 'metrics', '--period', '2026-09', '--as-of', '2026-10-15']);
    expect(cached(text), text.stderr).toBe(true);
    expect(text.stdout).toContain('Alpenglow — September 2026');

    // A config edit (the care SLA target, 0.9 by default → 0.8) changes the digest.
    const configFile = path.join(dir, 'cadence.config.ts');
    const source = await readFile(configFile, 'utf8');
    expect(source).toContain("  timezone: 'Europe/Berlin',\n");
    await writeFile(configFile, source.replace("  timezone: 'Europe/Berlin',\n", "  timezone: 'Europe/Berlin',\n  sla: { target: 0.8 },\n"));
    const edited = await run(args);
    expect(computed(edited), edited.stderr).toBe(true);
    const editedModel = JSON.parse(edited.stdout) as ReportModel;
    // The SLA miss is told in the recall's detail now: the surge of care cases broke it.
    expect(editedModel.findings.flatMap((f) => [f.headline, ...(f.details ?? [])]).join('\n')).toContain('of cases in time, against 80.0%');
    expect(await entries(dir)).toHaveLength(2);
    expect(cached(await run(args))).toBe(true);

    // A pull rewrites the manifest (here only its updatedAt): the models are computed again.
    const manifestFile = path.join(dir, 'data', 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as { updatedAt: string };
    expect(manifest.updatedAt).toBeTruthy();
    manifest.updatedAt = '2026-10-02T06:00:00.000Z';
    await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
    const pulled = await run(args);
    expect(computed(pulled), pulled.stderr).toBe(true);
    expect(await entries(dir)).toHaveLength(3);
    expect(cached(await run(args))).toBe(true);

    // --no-cache computes and writes nothing.
    const fresh = await run([...args, '--no-cache']);
    expect(computed(fresh), fresh.stderr).toBe(true);
    expect(await entries(dir)).toHaveLength(3);
    const freshModel = JSON.parse(fresh.stdout) as ReportModel;
    expect(freshModel.kpis.map((k) => [k.id, k.available])).toEqual(editedModel.kpis.map((k) => [k.id, k.available]));
    expect(kpiOf(freshModel, 'listening.mentions').value).toBe(kpiOf(editedModel, 'listening.mentions').value);
  }, 180_000);
});

describe('a project without data', () => {
  it('reports every KPI unavailable with the reason, never 0', async () => {
    const dir = await scratch('cadence-metrics-empty-');
    const init = await run(['--cwd', dir, 'init']);
    expect(init.code).toBe(0);
    await linkCadence(dir);
    expect(existsSync(path.join(dir, 'data', 'manifest.json'))).toBe(false);

    const m = json(await run(['--cwd', dir, 'metrics', '--period', '2026-09', '--as-of', '2026-10-01', '--json', '--no-cache']));
    expect(m.kpis.length).toBeGreaterThan(40);
    for (const k of m.kpis) {
      expect(k.available, k.id).toBe(false);
      expect(k.value, k.id).toBeNull();
      expect(k.reason, k.id).toMatch(/^no [a-z ]+ imported$/);
      expect(k.comparisons.previous).toMatchObject({ available: false, value: null, change: null });
    }
    expect(kpiOf(m, 'listening.mentions')).toMatchObject({ code: 'no_data', reason: 'no mentions imported' });
    expect(kpiOf(m, 'selling.revenue').reason).toBe('no orders imported');
    expect(kpiOf(m, 'listening.triage_within_12h').reason).toBe('no care cases imported');
    expect(m.dataUntil).toBeNull();
    expect(m.complete).toBe(false);
    expect(m.anomalies).toEqual([]);
    expect(m.campaigns).toEqual([]);
    expect(m.shareOfVoice).toMatchObject({ available: false, reason: 'no mentions imported' });
    // No finding invents news out of missing data.
    expect(m.findings.filter((f) => f.kind === 'spike' || f.kind === 'drop')).toEqual([]);

    const text = await run(['--cwd', dir, 'metrics', '--period', '2026-09', '--as-of', '2026-10-01', '--no-cache']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('data until no data');
    expect(text.stdout).toMatch(/Brand mentions\s+n\/a\s+n\/a\s+n\/a/);
    expect(text.stdout).toContain('\nNot available\n');
    expect(text.stdout).toContain('  Brand mentions: no mentions imported\n');
    expect(text.stdout).toContain('Share of voice: not available (no mentions imported)');
    expect(text.stdout).toContain('  none running in the period');
    // --no-cache leaves no cache folder behind.
    expect(existsSync(path.join(dir, '.cadence'))).toBe(false);
  }, 120_000);
});
