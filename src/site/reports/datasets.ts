/**
 * The named datasets a report's `<Chart>` and `<Table>` can use: flat rows made from the report
 * model, so an author writes an ordinary Vega-Lite spec with `data: { name: "history" }` and
 * never sees the model's nesting. Every dataset is a pure function of the page and the site
 * model; nothing here queries data.
 *
 * Fields are named for what they hold; KPI values are in the KPI's unit (a percent KPI as a
 * fraction, 0.123), dates as "YYYY-MM-DD" strings (Vega-Lite: `type: "temporal"`).
 */
import type { ReportPage, SiteModel } from '../site-model.ts';

export type DatasetRow = Record<string, string | number | boolean | null>;

export interface DatasetInfo {
  name: string;
  /** One line for the README and for errors. */
  description: string;
  fields: readonly string[];
}

export const datasetInfo: readonly DatasetInfo[] = [
  { name: 'kpis', description: "every KPI of the report with its comparisons", fields: ['id', 'stage', 'label', 'unit', 'value', 'previous', 'change', 'relativeChange', 'yearAgo', 'tone', 'good', 'available'] },
  { name: 'history', description: "every KPI's value per period of the report's cadence, up to this period", fields: ['kpi', 'label', 'unit', 'period', 'firstDay', 'value', 'current'] },
  { name: 'daily', description: 'brand and competitor mentions per day of the period (month and longer reports)', fields: ['date', 'name', 'brand', 'mentions'] },
  { name: 'shareOfVoice', description: 'share of voice per name and measure (mentions, engagement, reach)', fields: ['measure', 'name', 'brand', 'value', 'share', 'previousShare'] },
  { name: 'anomalies', description: 'spikes and drops in the period with their top driver', fields: ['date', 'metric', 'direction', 'observed', 'expected', 'score', 'driver', 'driverShare'] },
  { name: 'campaigns', description: 'reach and engagement of each campaign by week of age', fields: ['campaign', 'lifecycle', 'week', 'firstDay', 'reach', 'engagement', 'posts', 'mentions'] },
  { name: 'findings', description: 'the ranked findings', fields: ['rank', 'kind', 'tone', 'kpi', 'date', 'headline'] },
];

export const datasetNames = datasetInfo.map((d) => d.name);

export function dataset(name: string, page: ReportPage, model: SiteModel): DatasetRow[] | null {
  const { report } = page;
  switch (name) {
    case 'kpis':
      return report.kpis.map((k) => {
        const p = k.comparisons.previous;
        return {
          id: k.id,
          stage: k.stage,
          label: k.label,
          unit: k.unit,
          value: k.value,
          previous: p.value,
          change: p.change ? p.change.absolute : null,
          relativeChange: p.change ? p.change.relative : null,
          yearAgo: k.comparisons.yearAgo.value,
          // The KPI's tone (story/tone.ts): good news only where the report colours it so.
          tone: k.tone.tone,
          good: k.tone.tone === 'good' ? true : k.tone.tone === 'bad' ? false : null,
          available: k.available,
        };
      });
    case 'history': {
      const ids = new Set(report.kpis.map((k) => k.id));
      return model.kpis
        .filter((h) => ids.has(h.id))
        .flatMap((h) =>
          (h.points[page.cadence] ?? [])
            .filter((p) => p.firstDay <= report.period.firstDay)
            .map((p) => ({ kpi: h.id, label: h.label, unit: h.unit, period: p.period, firstDay: p.firstDay, value: p.value, current: p.period === report.period.id })),
        );
    }
    case 'daily': {
      const series = report.charts.find((c) => c.kind === 'daily_mentions');
      if (!series || !series.available) return [];
      const brand = new Set(series.names.filter((n) => n.isBrand).map((n) => n.name));
      return series.points.map((p) => ({ date: p.day, name: p.name, brand: brand.has(p.name), mentions: p.mentions }));
    }
    case 'shareOfVoice': {
      const sov = report.shareOfVoice;
      if (!sov.available) return [];
      return sov.measures.flatMap((m) => {
        const before = sov.previous?.measures.find((x) => x.measure === m.measure);
        return m.names.map((n) => ({ measure: m.measure, name: n.name, brand: n.isBrand, value: n.value, share: n.share, previousShare: before?.names.find((x) => x.name === n.name)?.share ?? null }));
      });
    }
    case 'anomalies':
      return report.anomalies.map((a) => ({
        date: a.date,
        metric: a.metric,
        direction: a.direction,
        observed: a.observed,
        expected: a.expected,
        score: a.score,
        driver: a.drivers[0] ? a.drivers[0].value : null,
        driverShare: a.drivers[0] ? a.drivers[0].share : null,
      }));
    case 'campaigns':
      return report.campaigns.flatMap((c) => c.byAge.map((w) => ({ campaign: c.name, lifecycle: c.lifecycle, week: w.week, firstDay: w.firstDay, reach: w.reach, engagement: w.engagement, posts: w.posts, mentions: w.mentions })));
    case 'findings':
      return report.findings.map((f, i) => ({ rank: i + 1, kind: f.kind, tone: f.tone, kpi: f.kpi ?? null, date: f.date ?? null, headline: f.headline }));
    default:
      return null;
  }
}
