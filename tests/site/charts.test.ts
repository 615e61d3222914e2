import { describe, expect, it } from 'vitest';
import type { TopLevelSpec } from 'vega-lite';
import { chartView, type ChartContext } from '../../src/site/charts/chart-view.ts';
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
  const series: ChartSeries[] = [
    { kind: 'daily_mentions', available: true, names, points: days.flatMap((day, i) => names.map((n, j) => ({ day, name: n.name, mentions: (i * 7 + j * 3) % 11 }))) },
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

  it('turns an unavailable series into a reason, not a chart', async () => {
    const view = await chartView({ kind: 'weekly_leads', available: false, code: 'no_data', reason: 'no leads imported' }, ctx);
    expect(view).toMatchObject({ svg: null, unavailable: 'no leads imported', table: null });
  });
});

describe('locale', () => {
  it('follows the configured locale for axis names and day order', () => {
    expect(vegaLocale('de-DE', 'EUR').number).toMatchObject({ decimal: ',', thousands: '.' });
    expect(vegaLocale('it-IT', 'EUR').time.months[8]).toBe('settembre');
    expect(dayMonthFormat('en-GB')).toBe('%-d %b');
    expect(dayMonthFormat('en-US')).toBe('%b %-d');
  });
  it('formats KPI values and changes with Intl', () => {
    const f = createFormat('de-DE', 'EUR');
    expect(f.value('count', 12345)).toBe('12.345');
    expect(f.value('percent', 0.1234)).toBe('12,3\u00a0%');
    expect(f.change('percent', { absolute: 0.015, relative: null, show: 'points', trend: 'up', good: true })).toBe('+1,5 pp');
    expect(f.month('2026-09')).toBe('September 2026');
  });
});
