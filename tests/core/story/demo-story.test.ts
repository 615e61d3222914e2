/**
 * The story the demo's reports tell each audience (tests/fixtures/demo-data.ts, as of 2026-10-01),
 * read as its reader would:
 * - 14 September, social team: the recall is bad news everywhere — never a green volume — and the
 *   first item is the event, 22-fold against a typical Monday, named after the article, linked,
 *   with quotes;
 * - September, leadership: wins (both goals met, social leads up) beside risks (the recall with
 *   its refund rate and refunded amount first); the Autumn launch is a result, never a risk;
 * - September, sales: the pipeline in sales words, then what customers ask about the recall;
 * - Q3: a story of July, August and September, not September again;
 * - plain words: headlines of about 30 words, no analyst jargon for sales and leadership, distinct
 *   next steps, a rate on too few cases without colour or finding;
 * - a project with nine days of mentions says there is no typical day yet, in the model and in
 *   `cadence metrics`.
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { main } from '../../../src/cli/main.ts';
import { addDays } from '../../../src/core/benchmarks/typical-day.ts';
import { loadConfig } from '../../../src/core/config/load.ts';
import { dayPeriod, monthPeriod, quarterPeriod } from '../../../src/core/periods/period.ts';
import { buildReportModels } from '../../../src/core/report/build.ts';
import type { KpiResult, ReportModel } from '../../../src/core/report/model.ts';
import { configSchema, type CadenceConfig } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { wordCount } from '../../../src/core/story/readable.ts';
import { buildSite } from '../../../src/site/build.ts';
import { writeDataFolder } from '../../site/fixtures/data-folder.ts';

const RECALL_URL = 'https://news.example/alpenglow-jacket-recall';
let config: CadenceConfig;
let reader: DataReader;
let models: ReportModel[];

const model = (period: string, audience: string): ReportModel => {
  const m = models.find((x) => x.period.id === period && x.audience === audience);
  if (!m) throw new Error(`no model ${period}/${audience}`);
  return m;
};
const kpi = (m: ReportModel, id: string): KpiResult => m.kpis.find((k) => k.id === id)!;

beforeAll(async () => {
  const dir = inject('demoProjectDir');
  ({ config } = await loadConfig({ projectDir: dir }));
  reader = await openReader(join(dir, config.dataDir));
  const tz = config.timezone;
  models = await buildReportModels({ reader, config, periods: [dayPeriod('2026-09-14', tz), monthPeriod('2026-09', tz), quarterPeriod('2026-Q3', tz)], asOf: '2026-10-01' });
}, 180_000);

afterAll(async () => {
  await reader?.close();
});

describe('14 September, social team: the recall', () => {
  it('shows no volume of the recall day as good news', () => {
    const m = model('2026-09-14', 'team');
    for (const id of ['listening.mentions', 'listening.shares', 'listening.reach', 'listening.share_of_voice', 'listening.hashtag_uses']) {
      expect(kpi(m, id).tone.tone, id).not.toBe('good');
    }
    // Brand mentions against the typical Monday, mostly negative: 155 of 214.
    expect(kpi(m, 'listening.mentions').tone).toEqual({ tone: 'bad', versus: 'baseline', because: 'negative', note: 'mostly negative: 155 of 214' });
    // Comments per post rose +432% on five posts: no verdict, no finding.
    expect(kpi(m, 'influencing.conversation_rate').tone).toMatchObject({ tone: 'neutral', because: 'few' });
    expect(m.findings.some((f) => f.kpi === 'influencing.conversation_rate')).toBe(false);
  });

  it('opens with the recall event: 22-fold against a typical Monday, named after the article, linked, quoted', () => {
    const first = model('2026-09-14', 'team').findings[0]!;
    expect(first).toMatchObject({ kind: 'event', tone: 'bad', date: '2026-09-14' });
    expect(first.headline).toBe('Negative mentions rose 22-fold against a typical Monday on 14 September after a news.example story, “Alpenglow recalls Firn rain jackets after seams fail in storm tests”.');
    expect(first.links).toEqual([{ text: 'news.example', url: RECALL_URL }]);
    expect(first.quotes!.length).toBeGreaterThanOrEqual(2);
    // The article itself first, then accounts sharing it; the team sees who wrote them.
    expect(first.quotes![0]).toMatchObject({ url: RECALL_URL, platform: 'news', sentiment: 'negative', author: 'Petra Albers' });
    expect(first.quotes!.slice(1).every((q) => q.text.includes(RECALL_URL) || q.sentiment === 'negative')).toBe(true);
    // The detail: the share traced to the story, the other series, the care cases and refunds, the SLA it broke.
    expect(first.details).toEqual(
      expect.arrayContaining([
        '71% of the rise traces to a news.example story and the accounts sharing it.',
        expect.stringMatching(/^The same day: brand mentions 214 against a typical 64; shares 16,275 against a typical 412/),
        expect.stringMatching(/^Care received \d+ cases about “Firn jacket recall” that week \(usually none\); \d+ ended in a refund \(€[\d,]+\)\.$/),
        'Care missed its 24-hour resolution target: 22.0% of cases in time, against 90.0%.',
      ]),
    );
  });
});

describe('September, leadership: wins and risks side by side', () => {
  it('has both met goals and the social-leads rise among its wins', () => {
    const wins = model('2026-09', 'leadership').findings.filter((f) => f.tone === 'good').slice(0, 4);
    expect(wins.map((f) => f.kind === 'kpi_change' ? f.kpi : `${f.kind}:${f.kpi}`)).toEqual(
      expect.arrayContaining(['target_met:listening.share_of_voice', 'target_met:influencing.audience_growth_rate', 'selling.social_leads']),
    );
    expect(wins.find((f) => f.kpi === 'selling.social_leads')!.headline).toBe('Leads from social rose to 376, +54.7% on August 2026.');
  });

  it('puts the recall first among the risks, with the refund rate and the refunded amount', () => {
    const risks = model('2026-09', 'leadership').findings.filter((f) => f.tone === 'bad');
    expect(risks[0]).toMatchObject({ kind: 'event', date: '2026-09-14' });
    expect(risks[0]!.headline).toBe(
      'A news.example story, “Alpenglow recalls Firn rain jackets after seams fail in storm tests”, drove negative mentions up 22-fold against a typical Monday on 14 September; refunds reached 35.5% of care cases, €48,153 this month.',
    );
    // No launch-hashtag rise is a risk: the Autumn launch is a result.
    for (const r of risks) expect(r.headline).not.toMatch(/alpenglowautumn|Autumn launch/);
    expect(model('2026-09', 'leadership').findings.find((f) => f.kind === 'campaign_result')).toMatchObject({ tone: 'good', headline: '“Autumn launch” drew 313 brand mentions on its first day, 1 September, five times a typical Tuesday.' });
    // The asks: a decision on care staff, on the revenue goal, on the pipeline.
    expect(model('2026-09', 'leadership').story.nextSteps.map((s) => s.text)[0]).toMatch(/^Decide on extra care staff until the “Firn jacket recall” cases are cleared/);
  });
});

describe('September, sales: the pipeline and what customers ask', () => {
  it('leads with the sales figures and the recall talking point, then the sales KPIs', () => {
    const m = model('2026-09', 'sales');
    expect(m.findings.slice(0, 2).map((f) => f.kind)).toEqual(['sales_summary', 'talking_point']);
    expect(m.findings[0]!.headline).toBe('Pipeline is €565,100, down 16.3% on August 2026; the 16 deals won averaged €9,441, a third smaller; win rate 39.0% of 41 closed (41.7% in August 2026).');
    expect(m.findings[1]!.headline).toBe(
      'Customers are asking about returns (17 questions, 6 in August 2026) after a news.example story, “Alpenglow recalls Firn rain jackets after seams fail in storm tests”: expect the question, and point them to the company’s statement.',
    );
    // The top five are about selling, what prospects ask, and goals: no listening spike among them.
    for (const f of m.findings.slice(0, 5)) expect(['sales_summary', 'talking_point', 'kpi_change', 'target_missed', 'target_met', 'target_off_track', 'target_on_track']).toContain(f.kind);
    for (const f of m.findings.slice(2, 5)) if (f.kind === 'kpi_change') expect(f.kpi!.startsWith('selling.') || f.kpi!.startsWith('influencing.')).toBe(true);
  });

  it('gives sales distinct next steps in its own words', () => {
    const steps = model('2026-09', 'sales').story.nextSteps.map((s) => s.text);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    expect(new Set(steps).size).toBe(steps.length);
    expect(steps).toContain('Agree with the social team a short answer on returns for customer calls, based on the company’s statement.');
    expect(steps.join(' ')).not.toMatch(/thank and amplify|alpenglowautumn/i);
  });
});

describe('Q3: the whole quarter', () => {
  it('names an item of July, August and September, with wins and risks', () => {
    for (const audience of ['leadership', 'team']) {
      const m = model('2026-Q3', audience);
      expect(m.story.months.map((x) => x.month)).toEqual(['2026-07', '2026-08', '2026-09']);
      for (const month of m.story.months) expect(month.item, `${audience} ${month.month}`).not.toBeNull();
      expect(m.story.months[0]!.item!.headline).toMatch(/July/);
      expect(m.story.months[1]!.item!.headline).toMatch(/August/);
      expect(m.story.months[2]!.item!.headline).toMatch(/September/);
      expect(m.findings.some((f) => f.tone === 'good')).toBe(true);
      expect(m.findings.some((f) => f.tone === 'bad')).toBe(true);
    }
  });
});

describe('plain words and honest numbers', () => {
  const all = () => models.filter((m) => m.period.kind !== 'day' || m.audience === 'team');

  it('keeps every headline to about 30 words', () => {
    for (const m of all()) for (const f of m.findings) expect(wordCount(f.headline), `${m.period.id}/${m.audience}: ${f.headline}`).toBeLessThanOrEqual(36);
  });

  it('speaks no analyst jargon to sales and leadership', () => {
    for (const m of models.filter((x) => x.audience !== 'team')) {
      const text = [...m.findings.flatMap((f) => [f.headline, ...(f.details ?? [])]), ...m.story.notes, ...m.story.nextSteps.map((s) => s.text)].join('\n');
      expect(text, `${m.period.id}/${m.audience}`).not.toMatch(/\bexcess\b|single source|\(all\)|robust z|baseline|MAD\b/i);
      expect(text).not.toMatch(/https?:\/\//);
    }
  });

  it('gives no colour and no finding to a rate on too few cases', () => {
    const m = model('2026-09', 'team');
    const retention = kpi(m, 'listening.retention_rate');
    expect(retention.sample).toEqual({ n: 15, noun: 'cases', minimum: 30, enough: false });
    expect(retention.tone).toMatchObject({ tone: 'neutral', because: 'few', note: '15 cases: too few to compare' });
    expect(m.findings.some((f) => f.kpi === 'listening.retention_rate')).toBe(false);
  });

  it('never repeats a next step', () => {
    for (const m of models) {
      const steps = m.story.nextSteps.map((s) => s.text);
      expect(new Set(steps).size, `${m.period.id}/${m.audience}`).toBe(steps.length);
    }
  });

  it('explains in one sentence why reputation rose while net sentiment fell', () => {
    expect(model('2026-09', 'leadership').story.explanations).toEqual([
      'Reputation rose (+4.1 pp) while net sentiment fell (-0.8 pp): fewer mentions were neutral (40.2% against 49.4% in August 2026), which moves reputation, while positive mentions per negative one went from 3.0 to 2.9.',
    ]);
    // Sales shows neither figure: no such sentence there.
    expect(model('2026-09', 'sales').story.explanations).toEqual([]);
  });
});

describe('a project with nine days of mentions', () => {
  const tz = 'Europe/Berlin';
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cadence-nine-days-'));
    // 1–9 March 2026 (Sunday to Monday): 20 brand mentions a day, 40 on the last day.
    const mentions = [];
    for (let day = '2026-03-01', i = 0; day <= '2026-03-09'; day = addDays(day, 1)) {
      for (let k = 0; k < (day === '2026-03-09' ? 40 : 20); k++, i++) mentions.push({ id: `m${i}`, published_at: `${day}T${String(6 + (k % 15)).padStart(2, '0')}:10:00Z`, platform: 'twitter', matched_kind: 'brand', matched_name: 'Nordlicht', sentiment: 'neutral' });
    }
    await writeDataFolder(join(dir, 'data'), { mentions });
    await mkdir(join(dir, 'node_modules'), { recursive: true });
    await symlink(resolve(import.meta.dirname, '../../..'), join(dir, 'node_modules', 'cadence'), 'dir');
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'nine-days', private: true, type: 'module' }));
    await writeFile(join(dir, 'cadence.config.ts'), `import { defineConfig } from 'cadence/config';\nexport default defineConfig({ brand: { name: 'Nordlicht' }, timezone: '${tz}' });\n`);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('says there is no typical day yet, in the model', async () => {
    const r = await openReader(join(dir, 'data'));
    try {
      const cfg = configSchema.parse({ brand: { name: 'Nordlicht' }, timezone: tz });
      const [day, month] = await buildReportModels({ reader: r, config: cfg, periods: [dayPeriod('2026-03-09', tz), monthPeriod('2026-03', tz)], audiences: ['team'], asOf: '2026-03-09' });
      expect(day!.story.notes).toContain('No typical day yet: a typical Monday needs 4 Mondays of data; this data has 1.');
      expect(day!.story.typicalNote).toBe('No typical day yet: a typical Monday needs 4 Mondays of data; this data has 1.');
      expect(kpi(day!, 'listening.mentions').comparisons.noBaseline).toEqual({ weekday: 1, samples: 1, needed: 4 });
      // Never "within range", never a spike: no finding claims a typical day.
      expect(day!.anomalies).toEqual([]);
      expect(month!.story.typicalNote).toBe('No typical day yet: spikes and drops need 4 weeks of data for each weekday; this data has 9 days.');
    } finally {
      await r.close();
    }
  });

  it('says so on the page, in the findings and where spikes and drops would be', async () => {
    const cfg = configSchema.parse({ brand: { name: 'Nordlicht' }, timezone: tz });
    const { outDir } = await buildSite({ projectDir: dir, config: cfg, log: { debug() {}, info() {}, warn() {}, error() {} }, period: '2026-03-09', outDir: join(dir, 'site') });
    const html = await readFile(join(outDir, 'daily/2026-03-09/team/index.html'), 'utf8');
    const note = 'No typical day yet: a typical Monday needs 4 Mondays of data; this data has 1.';
    expect(html.split(note).length - 1).toBeGreaterThanOrEqual(2);
    expect(html).not.toContain('every day was within its typical range');
    // The tile says it too, instead of a verdict against the Sunday before.
    expect(html).toContain('no typical Monday yet (1 of 4)');
  });

  it('says so in `cadence metrics`', async () => {
    const out: string[] = [];
    const code = await main(['node', 'cadence', '--cwd', dir, 'metrics', '--period', '2026-03-09', '--no-cache'], {
      io: { stdout: { write: (c: string) => out.push(c) }, stderr: { write: () => {} }, cwd: dir, env: { NO_COLOR: '1' }, clock: { now: () => new Date('2026-03-10T08:00:00Z') } },
      signal: new AbortController().signal,
    });
    expect(code).toBe(0);
    const text = out.join('');
    expect(text).toContain('note: No typical day yet: a typical Monday needs 4 Mondays of data; this data has 1.');
    expect(text).toContain('no typical day yet (1 of 4 same weekdays)');
    expect(text).toContain('none can be found yet: no typical day');
    expect(text).not.toMatch(/within the typical range/);
  });
});
