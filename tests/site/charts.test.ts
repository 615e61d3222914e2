/**
 * Chart rendering (src/site/charts): Vega-Lite to labelled, deterministic SVG; each chart view's
 * description, table and drawing from hand-made series (negatives, marks, partial weeks, periods
 * the data covers in part); the KPI history chart; the locale.
 */
import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { chartView, type ChartContext } from '../../src/site/charts/chart-view.ts';
import { markLayers } from '../../src/site/charts/marks.ts';
import { kpiHistoryChart, niceTicks } from '../../src/site/charts/specs/kpi-history.ts';
import { kpiHistories } from '../../src/site/prepare.ts';
import type { ReportPage } from '../../src/site/site-model.ts';
import { dayMonthFormat, vegaLocale } from '../../src/site/charts/locale.ts';
import { renderVegaLite } from '../../src/site/charts/render.ts';
import { scopeSvgIds } from '../../src/site/charts/svg.ts';
import { defaultFont } from '../../src/site/charts/theme.ts';
import { createFormat } from '../../src/site/format/numbers.ts';
import { monthPeriod } from '../../src/core/periods/period.ts';
import { configSchema } from '../../src/core/schema/config.ts';
import type { ChartSeries } from '../../src/core/report/model.ts';

const colors = configSchema.parse({ brand: { name: 'A' } }).site.colors;
const locale = vegaLocale('en-GB', 'EUR');

const clipped: TopLevelSpec = {
  width: 200,
  height: 100,
  data: { values: [{ x: 1, y: 5 }, { x: 2, y: 50 }, { x: 3, y: 2 }] },
  mark: { type: 'line', clip: true },
  encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative', scale: { domain: [0, 10] } } },
};

describe('renderVegaLite', () => {
  it('gives a labelled SVG with no script', async () => {
    const svg = await renderVegaLite(clipped, { id: 'test-chart', title: 'Sales & <leads>', description: 'Three points, one clipped.', locale });
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="test-chart-title test-chart-desc"/);
    expect(svg).toContain('<title id="test-chart-title">Sales &amp; &lt;leads&gt;</title>');
    expect(svg).toContain('<desc id="test-chart-desc">Three points, one clipped.</desc>');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).not.toMatch(/\son[a-z]+=/i);
  });

  it('scopes ids per chart, so repeated renders give the same bytes', async () => {
    const a = await renderVegaLite(clipped, { id: 'one', title: 't', description: 'd', locale });
    const b = await renderVegaLite(clipped, { id: 'one', title: 't', description: 'd', locale });
    expect(a).toContain('clipPath id="one-1"');
    expect(a).toContain('url(#one-1)');
    expect(a).toBe(b);
  });

  it('rewrites only ids it knows', () => {
    const svg = '<svg><defs><clipPath id="clip7"/></defs><g clip-path="url(#clip7)"/><use href="#other"/></svg>';
    expect(scopeSvgIds(svg, 'c')).toBe('<svg><defs><clipPath id="c-1"/></defs><g clip-path="url(#c-1)"/><use href="#other"/></svg>');
  });
});

describe('chart views', () => {
  const period = monthPeriod('2026-09', 'Europe/Berlin');
  const warnings: string[] = [];
  const ctx: ChartContext = {
    format: createFormat('en-GB', 'EUR'),
    theme: { colors, font: defaultFont },
    locale,
    period,
    brand: 'Alpenglow',
    warn: (m) => warnings.push(m),
  };
  const names = [{ name: 'Alpenglow', isBrand: true }, { name: "Bergmann's", isBrand: false }];
  const days = Array.from({ length: 30 }, (_, i) => `2026-09-${String(i + 1).padStart(2, '0')}`);
  const marks = [
    { day: '2026-09-01', kind: 'campaign_start' as const, label: 'Autumn launch starts' },
    { day: '2026-09-14', kind: 'negative' as const, label: 'Negative: news.example' },
    { day: '2026-09-14', kind: 'spike' as const, label: 'Spike' },
  ];
  const series: ChartSeries[] = [
    {
      kind: 'daily_mentions',
      available: true,
      names,
      points: days.flatMap((day, i) => names.map((n, j) => ({ day, name: n.name, mentions: (i * 7 + j * 3) % 11 + (day === '2026-09-14' && j === 0 ? 40 : 0), ...(j === 0 ? { negative: day === '2026-09-14' ? 35 : i % 2 } : {}) }))),
      marks,
    },
    { kind: 'weekly_leads', available: true, points: [{ weekStart: '2026-08-31', firstDay: '2026-09-01', lastDay: '2026-09-06', social: 3, other: 4 }, { weekStart: '2026-09-07', firstDay: '2026-09-07', lastDay: '2026-09-13', social: 1, other: 0 }] },
    { kind: 'share_of_voice', available: true, points: [{ name: 'Alpenglow', isBrand: true, mentions: 30, share: 0.6 }, { name: "Bergmann's", isBrand: false, mentions: 20, share: 0.4 }] },
  ];

  it('renders every chart kind with a title, a description, a data table and no compiler warning', async () => {
    for (const s of series) {
      const view = await chartView(s, ctx);
      expect(view.svg).toContain(`<title id="${view.id}-title">`);
      expect(view.description.length).toBeGreaterThan(20);
      expect(view.table!.rows.length).toBeGreaterThan(0);
      expect(view.table!.columns.length).toBe(view.table!.rows[0]!.length);
    }
    expect(warnings).toEqual([]);
  });

  it('describes the data in words', async () => {
    const sov = await chartView(series[2]!, ctx);
    expect(sov.description).toBe('Alpenglow had 60.0% of the mentions of tracked names in September 2026, the largest share.');
    const leads = await chartView(series[1]!, ctx);
    expect(leads.description).toContain('8 leads in September 2026, 4 of them from social (50.0%)');
  });

  it('draws the brand\'s negative mentions and the marks, and lists them in the table', async () => {
    const view = await chartView(series[0]!, ctx);
    expect(view.table!.columns.map((c) => c.label)).toEqual(['Day', 'Alpenglow', 'Alpenglow: negative', "Bergmann's", 'Note']);
    const rows = Object.fromEntries(view.table!.rows.map((r) => [r[0], r]));
    // 14 September: (13 × 7) % 11 = 3, plus 40 → 43 mentions, 35 of them negative; one rule, the labels joined.
    expect(rows['14 September 2026']).toEqual(['14 September 2026', '43', '35', '6', 'Negative: news.example · Spike']);
    expect(rows['1 September 2026']![4]).toBe('Autumn launch starts');
    expect(rows['2 September 2026']![4]).toBe('');
    expect(view.description).toContain('Negative mentions peaked on 14 September 2026: 35 of 43.');
    expect(view.description).toContain('Marked on the chart: Autumn launch starts (1 Sept), Negative: news.example · Spike (14 Sept).');
    expect(view.svg).toContain('>Negative: news.example · Spike</text>');
    expect(view.svg).toContain('>Autumn launch starts</text>');
    expect(view.svg).toContain('>Alpenglow: negative</text>');
    expect(view.svg).toMatch(new RegExp(`<path[^>]*fill="${colors.negative}"`));
    expect(view.svg).not.toMatch(/ d="[^"]*\d\.\d{2,}/);
    expect(await chartView(series[0]!, ctx)).toEqual(view);
    expect(warnings).toEqual([]);
  });

  it('leaves the days without data undrawn and says so', async () => {
    const view = await chartView(series[0]!, { ...ctx, coverage: { from: null, until: '2026-09-20', time: null } });
    expect(view.table!.rows).toHaveLength(20);
    expect(view.table!.rows.at(-1)![0]).toBe('20 September 2026');
    expect(view.description).toMatch(/The data ends on 20 September 2026; the days after are not drawn\.$/);
    expect(view.svg).toContain('>no data</text>');
    const cut = await chartView(series[0]!, { ...ctx, coverage: { from: null, until: '2026-09-20', time: '11:53' } });
    expect(cut.description).toMatch(/The data ends at 11:53 on 20 September 2026, so that day is partial; the days after are not drawn\.$/);
  });

  it('marks the weeks cut at the period\'s edges as partial', async () => {
    const view = await chartView(series[1]!, ctx);
    // 1–6 September: six days (the week started on Monday 31 August); 7–13 September: a whole week.
    expect(view.table!.rows.map((r) => r[0])).toEqual(['1 Sept – 6 Sept (partial)', '7 Sept – 13 Sept']);
    expect(view.description).toContain('Partial week (fewer than 7 days in the period or the data): 1 Sept – 6 Sept (6 days).');
    expect(view.svg).toContain('>Partial week</text>');
    expect(view.svg).toMatch(/opacity="0.35"/);
    // The data ending on 9 September cuts the second week too.
    const cut = await chartView(series[1]!, { ...ctx, coverage: { from: null, until: '2026-09-09', time: null } });
    expect(cut.table!.rows.map((r) => r[0])).toEqual(['1 Sept – 6 Sept (partial)', '7 Sept – 9 Sept (partial)']);
    expect(cut.description).toContain('The data ends on 9 September 2026; the days after are not drawn.');
    const whole = await chartView({ kind: 'weekly_leads', available: true, points: [{ weekStart: '2026-09-07', firstDay: '2026-09-07', lastDay: '2026-09-13', social: 1, other: 1 }] }, ctx);
    expect(whole.description).not.toContain('Partial');
    expect(whole.svg).not.toContain('Partial week');
  });

  it('tells the daily chart in Italian', async () => {
    const it_ = { ...ctx, format: createFormat('it-IT', 'EUR'), locale: vegaLocale('it-IT', 'EUR') };
    const view = await chartView(series[0]!, it_);
    expect(view.table!.columns.map((c) => c.label)).toEqual(['Giorno', 'Alpenglow', 'Alpenglow: negative', "Bergmann's", 'Nota']);
    expect(view.description).toContain('Le menzioni negative hanno toccato il massimo il 14 settembre 2026: 35 su 43.');
    expect(view.description).toContain('Segnati sul grafico: ');
    const leads = await chartView(series[1]!, it_);
    expect(leads.table!.rows[0]![0]).toBe('1 set – 6 set (parziale)');
    expect(leads.svg).toContain('>Settimana parziale</text>');
  });

  it('turns an unavailable series into a reason, not a chart', async () => {
    const view = await chartView({ kind: 'weekly_leads', available: false, code: 'no_data', reason: 'no leads imported' }, ctx);
    expect(view).toMatchObject({ svg: null, unavailable: 'no leads imported', table: null });
  });
});

describe('chart marks', () => {
  const theme = { colors, font: defaultFont };
  it('stagger crowded labels into lanes without overlap, and leave out what does not fit', () => {
    const day = (i: number) => `2026-09-${String(i + 1).padStart(2, '0')}`;
    const crowded = Array.from({ length: 8 }, (_, i) => ({ day: day(i), kind: 'campaign' as const, label: `Campaign number ${i}` }));
    const g = { x: (d: string) => (Number(d.slice(8)) - 1) * 20, width: 600, height: 200, theme };
    const a = markLayers(crowded, g);
    expect(markLayers(crowded, g)).toEqual(a);
    const placed = a.labels.flatMap((l) => (l.data as { values: { x: number; y: number; text: string }[] }).values);
    // Three lanes at most; labels in one lane do not overlap (estimated 6 px a character).
    expect(new Set(placed.map((p) => p.y)).size).toBeLessThanOrEqual(3);
    for (const p of placed) for (const q of placed) if (p !== q && p.y === q.y) expect(Math.abs(p.x - q.x)).toBeGreaterThan(p.text.length * 6);
    expect(placed.length + a.unlabelled.length).toBe(8);
    expect(a.unlabelled.length).toBeGreaterThan(0);
    expect(a.strip).toBe(3 * 12 + 4);
    // No marks, nothing drawn.
    expect(markLayers([], g)).toEqual({ rules: [], labels: [], strip: 0, unlabelled: [] });
  });
});

describe('KPI history chart', () => {
  const format = createFormat('en-GB', 'EUR');
  const ctx = { format, theme: { colors, font: defaultFont }, locale, warn: (m: string) => expect.fail(m) };
  const months = ['2026-06', '2026-07', '2026-08', '2026-09'];
  const points = (values: (number | null)[]) => months.map((m, i) => ({ period: m, firstDay: `${m}-01`, value: values[i]!, partial: i === 3 }));

  it('draws counts as bars with axes in the KPI\'s formatting, the partial period hollow', async () => {
    const view = (await kpiHistoryChart({ label: 'Revenue', unit: 'currency', cadence: 'monthly', points: points([40000, 52000, 48153, 12000]) }, ctx))!;
    // Two axes: their domain lines, ticks and labels.
    expect(view.svg!.match(/class="mark-rule role-axis-domain"/g)).toHaveLength(2);
    expect(view.svg!.match(/class="mark-text role-axis-label"/g)).toHaveLength(2);
    // y ticks every €20,000 from zero, written as the table writes money; x axis the months.
    for (const tick of ['€0', '€20,000', '€60,000']) expect(view.svg).toContain(`>${tick}</text>`);
    for (const m of ['Jun 2026', 'Sept 2026']) expect(view.svg).toContain(`>${m}</text>`);
    expect(view.svg).toContain('>Partial period</text>');
    expect(view.svg).toMatch(/stroke-dasharray="4,2"/);
    expect(view.table!.rows).toEqual([
      ['June 2026', '€40,000'],
      ['July 2026', '€52,000'],
      ['August 2026', '€48,153'],
      ['September 2026 (partial)', '€12,000'],
    ]);
    expect(view.description).toBe(
      'Revenue from June 2026 to September 2026: from €40,000 to €12,000, highest €52,000 (July 2026), lowest €40,000 (June 2026). ' +
        "September 2026 is partial (still running, or covered only in part by the data): its value is not comparable with a whole period's, and drawn hollow.",
    );
    expect(await kpiHistoryChart({ label: 'Revenue', unit: 'currency', cadence: 'monthly', points: points([40000, 52000, 48153, 12000]) }, ctx)).toEqual(view);
  });

  it('draws rates as a line with a gap for a missing value, and says nothing of partial when all are whole', async () => {
    const whole = points([0.031, null, 0.045, 0.04]).map((p) => ({ ...p, partial: false }));
    const view = (await kpiHistoryChart({ label: 'Engagement rate', unit: 'percent', cadence: 'monthly', points: whole }, ctx))!;
    expect(view.svg).toContain('>4.5%</text>');
    expect(view.svg).not.toContain('Partial period');
    expect(view.description).toContain('1 period has no value.');
    expect(view.table!.rows[1]).toEqual(['July 2026', 'not available']);
    expect(await kpiHistoryChart({ label: 'x', unit: 'count', cadence: 'monthly', points: points([null, null, null, null]) }, ctx)).toBeNull();
  });

  it('picks nice ticks', () => {
    expect(niceTicks(0, 52000, false)).toEqual([0, 20000, 40000, 60000]);
    expect(niceTicks(0.031, 0.045, false)).toEqual([0.03, 0.035, 0.04, 0.045]);
    expect(niceTicks(0, 3, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(5, 5, true)).toEqual([5, 6]);
  });

  it('flags a period partial when its report is not complete, the data covers it in part, or the KPI\'s data does', () => {
    const kpi = (partial?: object) => ({ id: 'selling.revenue', stage: 'selling', label: 'Revenue', unit: 'currency', direction: 'up', definition: 'd', entities: [], available: true, value: 1, ...(partial ? { partial } : {}) });
    const page = (id: string, complete: boolean, coverage: object | null, k: object): ReportPage =>
      ({ path: '', cadence: 'monthly', charts: [], report: { period: { id, firstDay: `${id}-01` }, complete, coverage, kpis: [k] } }) as unknown as ReportPage;
    const [h] = kpiHistories([
      page('2026-09', false, { from: null, until: '2026-09-30', time: '11:53' }, kpi()),
      page('2026-07', true, null, kpi()),
      page('2026-08', true, null, kpi({ firstDay: '2026-08-03', lastDay: '2026-08-31' })),
      page('2026-06', true, { from: '2026-06-10', until: null, time: null }, kpi()),
    ]);
    expect(h!.points.monthly!.map((p) => [p.period, p.partial])).toEqual([
      ['2026-06', true],
      ['2026-07', false],
      ['2026-08', true],
      ['2026-09', true],
    ]);
  });
});

describe('locale', () => {
  it('follows the configured locale for axis names and day order', () => {
    expect(vegaLocale('de-DE', 'EUR').number).toMatchObject({ decimal: ',', thousands: '.' });
    expect(vegaLocale('it-IT', 'EUR').time.months[8]).toBe('settembre');
    expect(dayMonthFormat('en-GB')).toBe('%-d %b');
    expect(dayMonthFormat('en-US')).toBe('%b %-d');
    expect(dayMonthFormat('ko-KR')).toBe('%b %-d일');
    expect(dayMonthFormat('hu-HU')).toBe('%b %-d.');
    expect(dayMonthFormat('el-GR')).toBe('%-d %b');
  });
  it('formats KPI values and changes with Intl', () => {
    const f = createFormat('de-DE', 'EUR');
    expect(f.value('count', 12345)).toBe('12.345');
    expect(f.value('percent', 0.1234)).toBe('12,3\u00a0%');
    expect(f.change('percent', { absolute: 0.015, relative: null, show: 'points', trend: 'up', good: true })).toBe('+1,5 pp');
    expect(f.month('2026-09')).toBe('September 2026');
  });
});
