/**
 * The chart of day and week reports: brand mentions on the 28 days ending on the report's last
 * day, their negative part, against the typical day of each weekday, with the window's events
 * marked (src/site/charts/specs/trailing-days.ts), with its data from the report model (`trailing`
 * and `marks` of the daily mentions series, `typicalWeek`). Also the month chart's negatives and
 * marks, and the KPI history charts, on the demo data.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, isoWeekday } from '../../src/core/benchmarks/typical-day.ts';
import type { TypicalDay } from '../../src/core/benchmarks/types.ts';
import { loadConfig } from '../../src/core/config/load.ts';
import { dayPeriod, weekPeriod } from '../../src/core/periods/period.ts';
import { configSchema, type CadenceConfig } from '../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../src/core/store/reader.ts';
import type { ChartContext, ChartView } from '../../src/site/charts/chart-view.ts';
import { vegaLocale } from '../../src/site/charts/locale.ts';
import { trailingDayRows, trailingDaysChart } from '../../src/site/charts/specs/trailing-days.ts';
import { defaultFont } from '../../src/site/charts/theme.ts';
import { createFormat } from '../../src/site/format/numbers.ts';
import { prepareSiteModel } from '../../src/site/prepare.ts';
import type { ReportPage } from '../../src/site/site-model.ts';
import { writeDataFolder } from './fixtures/data-folder.ts';

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const format = createFormat('en-GB', 'EUR');

async function page(config: CadenceConfig, reader: DataReader, period: string): Promise<ReportPage> {
  const warnings: string[] = [];
  const site = await prepareSiteModel({ config, reader, period, audience: 'team', cacheDir: null, log: { ...quiet, warn: (m) => warnings.push(m) } });
  expect(warnings).toEqual([]);
  expect(site.reports).toHaveLength(1);
  return site.reports[0]!;
}
const trailingChart = (p: ReportPage): ChartView | undefined => p.charts.find((c) => c.id === 'trailing-days');
const row = (view: ChartView, day: string) => view.table!.rows.find((r) => r[0] === format.day(day));
const col = (view: ChartView, label: string) => view.table!.columns.findIndex((c) => c.label === label);
function dailySeries(p: ReportPage) {
  const series = p.report.charts.find((c) => c.kind === 'daily_mentions');
  if (series?.kind !== 'daily_mentions' || !series.available) throw new Error('expected the daily mentions series');
  return series;
}

function expectSafeSvg(svg: string, budget: number) {
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/foreignObject/i);
  expect(svg).not.toMatch(/\son[a-z]+=/i);
  expect(svg.length).toBeLessThan(budget);
}

describe('trailing days on the demo data', () => {
  let reader: DataReader;
  let config: CadenceConfig;
  let day: ReportPage;
  let week: ReportPage;
  let month: ReportPage;

  beforeAll(async () => {
    const dir = inject('demoProjectDir');
    config = (await loadConfig({ projectDir: dir })).config;
    reader = await openReader(join(dir, 'data'));
    day = await page(config, reader, '2026-09-14');
    week = await page(config, reader, '2026-W38');
    month = await page(config, reader, '2026-09');
  });
  afterAll(async () => {
    await reader?.close();
  });

  it('gives the daily report of 2026-09-14 the chart, with the model numbers in its table', async () => {
    const view = trailingChart(day)!;
    expect(view.title).toBe('Brand mentions, the last 28 days against the typical day');
    expect(day.charts).toHaveLength(1);
    expect(view.table!.columns.map((c) => c.label)).toEqual(['Date', 'Mentions', 'Negative', 'Typical', 'Low', 'High', 'Note']);
    // 28 days ending on 14 September: 18 August (14 − 27 = −13 → 31 − 13) to 14 September.
    expect(view.table!.rows).toHaveLength(28);
    expect(view.table!.rows[0]![0]).toBe('18 August 2026');
    expect(view.table!.rows[27]![0]).toBe('14 September 2026');
    const mentions = day.report.kpis.find((k) => k.id === 'listening.mentions')!;
    const monday = day.report.typicalWeek.mentions!.find((t) => t.weekday === 1)!;
    expect(mentions.value).toBeGreaterThan(0);
    const r = row(view, '2026-09-14')!;
    expect(r[1]).toBe(format.count(mentions.value!));
    expect(r[3]).toBe(format.value('number', monday.median));
    // The planted crisis is a spike, mostly negative, and the model's negative story marks its day.
    const series = dailySeries(day);
    const point = series.trailing!.points.find((p) => p.day === '2026-09-14')!;
    expect(point.negative).toBeGreaterThan(point.mentions / 2);
    expect(r[2]).toBe(format.count(point.negative));
    const mark = series.marks!.find((m) => m.day === '2026-09-14' && m.kind === 'negative')!;
    expect(mark.label).toMatch(/^Negative/);
    expect(r[6]).toBe(`${mark.label}; Spike, report day`);
    expect(view.description).toContain(
      `On 14 September 2026 brand mentions reached ${format.count(mentions.value!)} against a typical Monday of ${format.value('number', monday.median)}. ` +
        `Of these, ${format.count(point.negative)} were negative (${format.percent(point.negative / point.mentions)}).`,
    );
    expect(view.description).toContain(`${mark.label} (14 Sept)`);
    expect(day.report.anomalies.some((a) => a.metric === 'mentions' && a.date === '2026-09-14' && a.direction === 'spike')).toBe(true);
    expectSafeSvg(view.svg!, 20_000);
    expect(view.svg).toContain('<title id="trailing-days-title">');
    // Negatives drawn as bars in the site's negative colour, named in the legend; the mark's label drawn.
    expect(view.svg).toMatch(new RegExp(`<path[^>]*fill="${config.site.colors.negative}"`));
    expect(view.svg).toContain('>Negative mentions</text>');
    expect(view.svg).toContain(`>${mark.label}</text>`);
    // A campaign start earlier in the window is marked too; plain spikes and drops are the chart's own triangles.
    const start = series.marks!.find((m) => m.kind === 'campaign_start' && m.day >= '2026-08-18');
    if (start) expect(row(view, start.day)![6]).toContain(start.label);
    for (const m of series.marks!.filter((x) => x.kind === 'spike' || x.kind === 'drop')) expect(row(view, m.day)?.[6] ?? '').not.toContain(`${m.label};`);
  });

  it('draws the same bytes twice', async () => {
    const series = dailySeries(day);
    const ctx: ChartContext = { format, theme: { colors: config.site.colors, font: defaultFont }, locale: vegaLocale('en-GB', 'EUR'), period: day.report.period, brand: config.brand.name };
    const input = { trailing: series.trailing, typical: day.report.typicalWeek.mentions ?? [], settings: config.benchmarks, marks: series.marks };
    const [a, b] = [await trailingDaysChart(input, ctx), await trailingDaysChart(input, ctx)];
    expect(a.svg).toBe(b.svg);
    expect(a.svg).toBe(trailingChart(day)!.svg);
  });

  it('gives the week 2026-W38 the chart for the 28 days ending on its Sunday, its seven days marked', () => {
    const view = trailingChart(week)!;
    expect(view.table!.rows).toHaveLength(28);
    expect(view.table!.rows[0]![0]).toBe('24 August 2026'); // 20 September − 27 days
    expect(view.table!.rows[27]![0]).toBe('20 September 2026');
    expect(view.table!.rows.filter((r) => r[6]!.includes('report day'))).toHaveLength(7);
    const monday = week.report.typicalWeek.mentions!.find((t) => t.weekday === 1)!;
    // The week's typical Monday is as of its last day (20 September), so it may differ from the day report's.
    expect(row(view, '2026-09-14')![3]).toBe(format.value('number', monday.median));
    const own = dailySeries(week).trailing!.points.filter((p) => p.day >= '2026-09-14');
    const negative = own.reduce((a, p) => a + p.negative, 0);
    expect(view.description).toMatch(new RegExp(`^In week 38 of 2026 the brand had [\\d,]+ mentions, against [\\d,.]+ in a typical week\\. Of these, ${format.count(negative)} were negative`));
    expect(view.description).toContain('On 14 September 2026 brand mentions reached');
    expect(view.svg).toContain('>Report days</text>');
    expectSafeSvg(view.svg!, 20_000);
  });

  it('tells the 2026-09-14 day chart in Italian with locale it-IT', async () => {
    const it_ = createFormat('it-IT', 'EUR');
    // The model in Italian too, so the marks' labels are Italian.
    const italian = await page({ ...config, locale: 'it-IT' }, reader, '2026-09-14');
    const view = trailingChart(italian)!;
    const mentions = day.report.kpis.find((k) => k.id === 'listening.mentions')!.value!;
    const monday = day.report.typicalWeek.mentions!.find((t) => t.weekday === 1)!;
    const point = dailySeries(day).trailing!.points.find((p) => p.day === '2026-09-14')!;
    expect(view.title).toBe('Menzioni del brand, gli ultimi 28 giorni rispetto al giorno tipico');
    // The same spike as in English, with Italian dates and numbers (decimal comma, "." for thousands).
    const spike =
      `Il 14 settembre 2026 le menzioni del brand sono salite a ${it_.count(mentions)}, contro un valore tipico di ${it_.value('number', monday.median)} per il lunedì. ` +
      `Di queste, ${it_.count(point.negative)} erano negative (${it_.percent(point.negative / point.mentions)}). Nel resto dei 28 giorni`;
    expect(view.description.slice(0, spike.length)).toBe(spike);
    expect(view.description).toContain('Segnati sul grafico: ');
    expect(view.description).toContain('Negativo: news.example (14 set)');
    expect(view.description).not.toMatch(/\b(the|against|brand mentions|Earlier|spike|drop|Monday|Negative|starts|Marked)\b/);
    expect(view.table!.caption).toBe(
      'Menzioni del brand al giorno e quante erano negative, i 28 giorni fino al 14 settembre 2026, con il giorno tipico di ogni giorno della settimana, il suo intervallo abituale e gli eventi segnati',
    );
    expect(view.table!.columns.map((c) => c.label)).toEqual(['Data', 'Menzioni', 'Negative', 'Tipico', 'Minimo', 'Massimo', 'Nota']);
    expect(view.table!.rows[0]![0]).toBe('18 agosto 2026');
    expect(view.table!.rows[27]).toMatchObject({ 0: '14 settembre 2026', 2: it_.count(point.negative), 6: 'Negativo: news.example; Picco, giorno del report' });
    expect(view.svg).toContain('Menzioni');
    expect(view.svg).toContain('>Menzioni negative</text>');
    expect(view.svg).toContain('>Negativo: news.example</text>');
    expect(view.svg).not.toMatch(/>(Mentions|Spike|Drop|Negative mentions|Report day)</);
  });

  it('gives month reports their own chart, under the page budget', () => {
    expect(trailingChart(month)).toBeUndefined();
    expect(month.charts.map((c) => c.id)).toContain('daily-mentions');
    const total = month.charts.reduce((a, c) => a + (c.svg?.length ?? 0), 0);
    expect(total).toBeLessThan(30_000);
  });

  it("shows September's negative mentions beside all mentions, and marks its events", () => {
    const view = month.charts.find((c) => c.id === 'daily-mentions')!;
    const series = dailySeries(month);
    const brand = config.brand.name;
    expect(view.table!.columns.map((c) => c.label)).toEqual(['Day', brand, `${brand}: negative`, ...config.competitors.map((c) => c.name), 'Note']);
    const brandPoints = series.points.filter((p) => p.name === brand);
    const negatives = brandPoints.reduce((a, p) => a + p.negative!, 0);
    const recall = brandPoints.find((p) => p.day === '2026-09-14')!;
    expect(row(view, '2026-09-14')![col(view, `${brand}: negative`)]).toBe(format.count(recall.negative!));
    expect(view.description).toContain(`, ${format.count(negatives)} of them negative (`);
    expect(view.description).toContain(`Negative mentions peaked on 14 September 2026: ${format.count(recall.negative!)} of ${format.count(recall.mentions)}.`);
    // Every mark of the month is named on its day in the table, the negative story drawn in the SVG.
    expect(series.marks!.length).toBeGreaterThan(1);
    for (const m of series.marks!) expect(row(view, m.day)![col(view, 'Note')]).toContain(m.label);
    const story = series.marks!.find((m) => m.kind === 'negative')!;
    expect(view.svg).toContain(`>${story.label}</text>`);
    expect(view.svg).toContain('>Alpenglow: negative</text>');
    expect(view.description).toContain(`Marked on the chart: `);
    expect(view.description).toContain(`${story.label} (14 Sept)`);
    // The negative area in the site's negative colour.
    expect(view.svg).toMatch(new RegExp(`<path[^>]*fill="${config.site.colors.negative}"[^>]*fill-opacity="0.3"`));
    expect(view.svg).toContain('<title id="daily-mentions-title">');
  });

  it('draws an annual history chart with axes for a KPI page, its running year hollow and named partial', async () => {
    // The build of 2026 alone: the year runs past the data (30 September), so its point is partial.
    const site = await prepareSiteModel({ config, reader, period: '2026', audience: 'team', cacheDir: null, log: quiet });
    expect(site.reports[0]!.report.complete).toBe(false);
    const kpi = site.kpis.find((k) => k.id === 'listening.mentions')!;
    expect(kpi.historyCadence).toBe('annual');
    expect(kpi.points.annual).toMatchObject([{ period: '2026', partial: true }]);
    const view = kpi.chart!;
    const value = format.value('count', kpi.points.annual![0]!.value!);
    // Two axes: their domain lines, ticks and labels.
    expect(view.svg!.match(/class="mark-rule role-axis-domain"/g)).toHaveLength(2);
    expect(view.svg!.match(/class="mark-text role-axis-label"/g)).toHaveLength(2);
    expect(view.svg).toContain('>2026</text>');
    expect(view.svg).toContain('>Partial period</text>');
    expect(view.svg).toMatch(/stroke-dasharray="4,2"/);
    expect(view.description).toBe(`Brand mentions in 2026: ${value}. One period so far: no history to draw yet. 2026 is partial (still running, or covered only in part by the data): its value is not comparable with a whole period's, and drawn hollow.`);
    expect(view.table!.rows).toEqual([['2026 (partial)', value]]);
    expectSafeSvg(view.svg!, 16_000);
  });
});

describe('trailing days from a small data folder (Europe/Berlin)', () => {
  const tz = 'Europe/Berlin';
  const config = configSchema.parse({ brand: { name: 'Alpenglow' }, timezone: tz });
  let dir: string;
  let reader: DataReader;
  let spike: ReportPage;

  beforeAll(async () => {
    // Brand mentions from 1 July to 14 September 2026: 6 a weekday, 2 a weekend day, at 08:00 UTC onwards;
    // on Monday 14 September 30 more, and its first one at 22:30 UTC on the 13th (00:30 on the 14th in Berlin).
    const mentions: Record<string, unknown>[] = [];
    const mention = (at: string) => mentions.push({ id: `m${mentions.length}`, published_at: at, platform: 'twitter', url: `https://x.example/${mentions.length}`, matched_kind: 'brand', matched_name: 'Alpenglow', sentiment: 'neutral' });
    for (let d = '2026-07-01'; d <= '2026-09-14'; d = addDays(d, 1)) {
      const n = isoWeekday(d) <= 5 ? 6 : 2;
      for (let k = 0; k < n; k++) mention(d === '2026-09-14' && k === 0 ? '2026-09-13T22:30:00Z' : `${d}T${String(8 + k).padStart(2, '0')}:00:00Z`);
    }
    for (let k = 0; k < 30; k++) mention(`2026-09-14T12:${String(k).padStart(2, '0')}:00Z`);
    dir = await mkdtemp(join(tmpdir(), 'cadence-trailing-'));
    await writeDataFolder(dir, { mentions });
    reader = await openReader(dir);
    spike = await page(config, reader, '2026-09-14');
  });
  afterAll(async () => {
    await reader?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('counts the local day, and draws the band of the typical week', () => {
    const view = trailingChart(spike)!;
    const trailing = spike.report.charts.find((c) => c.kind === 'daily_mentions');
    expect(trailing?.available && trailing.trailing?.firstDay).toBe('2026-08-18');
    // 14 September: 6 − 1 (moved to the 13th in UTC, but 00:30 on the 14th in Berlin) + 1 + 30 = 36.
    // Typical Monday as of the 14th (window 21 July – 14 September): Mondays 27 Jul … 14 Sep, seven 6s and 36:
    // median 6, MAD 0; scale = max(1.4826 × 0, √6) × √(1 + π ÷ 16) = 2.4495 × 1.0938 = 2.6792;
    // band 6 ± 3.5 × 2.6792 = 6 ± 9.377 → low 0 (floored), high 15.4. 36 ≥ 15.4 and ≥ 20 (min volume): a spike.
    expect(row(view, '2026-09-14')).toEqual(['14 September 2026', '36', '0', '6', '0', '15.4', 'Spike, report day']);
    // Sunday 13 September: 2 (the 22:30 UTC mention is not the 13th's); typical Sunday 2, MAD 0, so the scale is the
    // floor √2 = 1.4142 × 1.0938 = 1.5469: high 2 + 3.5 × 1.5469 = 7.414 → 7.4, low 2 − 5.414 → 0.
    expect(row(view, '2026-09-13')).toEqual(['13 September 2026', '2', '0', '2', '0', '7.4', '']);
    expect(view.description).toBe('On 14 September 2026 brand mentions reached 36 against a typical Monday of 6. Earlier in the 28 days no other day left the typical range.');
  });

  it('leaves out days before the data and says when there is no data', async () => {
    // A trailing window reaching before 1 July keeps only the covered days; the day report of 10 July has
    // 10 days (1–10 July), and no typical day yet (fewer than 4 same-weekday samples): no band, no marks.
    const early = trailingChart(await page(config, reader, '2026-07-10'))!;
    expect(early.table!.rows.map((r) => r[0])).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1} July 2026`));
    expect(early.table!.rows.every((r) => r[3] === '–' && r[6] !== 'Spike')).toBe(true);
    // The 18 days of the window before the data are not drawn as quiet days: shaded, labelled, and said.
    expect(early.description).toBe(
      'On 10 July 2026 brand mentions were 6; there is no typical Friday yet. Earlier in the 28 days no other day left the typical range. ' +
        'The data starts on 1 July 2026; the days before are not drawn.',
    );
    expect(early.svg).toContain('>no data</text>');
    const ctx: ChartContext = { format, theme: { colors: config.site.colors, font: defaultFont }, locale: vegaLocale('en-GB', 'EUR'), period: dayPeriod('2026-09-14', tz), brand: 'Alpenglow' };
    const none = await trailingDaysChart({ trailing: null, typical: [], settings: config.benchmarks }, ctx);
    expect(none).toMatchObject({ svg: null, table: null, unavailable: 'no mentions data for these days' });
  });
});

describe('trailing day rows', () => {
  const typical = (weekday: TypicalDay['weekday'], median: number, scale: number): TypicalDay => ({ metric: 'mentions', weekday, median, mad: 0, scale, samples: 8, window: { firstDay: '2026-07-20', lastDay: '2026-09-13' } });
  const settings = { threshold: 3.5, minVolume: 20 };
  const period = weekPeriod('2026-W38', 'Europe/Berlin');

  it('marks spikes and drops by the detector rule against the band', () => {
    // Mondays: median 40, scale 5 → band 40 ± 17.5 = 22.5 … 57.5. Tuesdays: median 10, scale 2 → band 3 … 17.
    const points = [
      { day: '2026-08-31', mentions: 58, negative: 3 }, // Monday, above 57.5 and ≥ 20: spike
      { day: '2026-09-07', mentions: 57, negative: 0 }, // Monday, inside
      { day: '2026-09-14', mentions: 22, negative: 20 }, // Monday, below 22.5 with a typical 40 ≥ 20: drop
      { day: '2026-09-01', mentions: 18, negative: 0 }, // Tuesday, above 17 but under the min volume 20: none
      { day: '2026-09-08', mentions: 25, negative: 0 }, // Tuesday, above 17 and ≥ 20: spike
      { day: '2026-09-15', mentions: 2, negative: 1 }, // Tuesday, below 3 but a typical 10 < 20: no drop
      { day: '2026-09-16', mentions: 9, negative: 0 }, // Wednesday: no baseline
    ];
    const rows = trailingDayRows({ trailing: { firstDay: '2026-08-24', lastDay: '2026-09-20', points }, typical: [typical(1, 40, 5), typical(2, 10, 2)], settings }, period);
    expect(rows.map((r) => [r.day, r.negative, r.low, r.high, r.mark, r.own])).toEqual([
      ['2026-08-31', 3, 22.5, 57.5, 'spike', false],
      ['2026-09-07', 0, 22.5, 57.5, null, false],
      ['2026-09-14', 20, 22.5, 57.5, 'drop', true],
      ['2026-09-01', 0, 3, 17, null, false],
      ['2026-09-08', 0, 3, 17, 'spike', false],
      ['2026-09-15', 1, 3, 17, null, true],
      ['2026-09-16', 0, null, null, null, true],
    ]);
  });
});
