/**
 * Builds the monthly report models of one month for the audiences asked for. Each KPI and each
 * series is computed once per period and shared between audiences.
 */
import { monthPeriod, previousMonth, type MonthPeriod } from '../periods/month.ts';
import { audienceNames, type AudienceName } from '../schema/config.ts';
import { monthlyAudienceSpecs, specKpiIds, type ChartKind } from './audiences.ts';
import { compareValues } from './compare.ts';
import { coverageGap } from './coverage.ts';
import type { KpiDefinition, KpiValue, MetricsConfig, MetricsReader } from './kpi.ts';
import { defaultKpiRegistry, type KpiRegistry } from './registry.ts';
import { REPORT_MODEL_VERSION, type ChartSeries, type KpiResult, type ReportModel } from './report-model.ts';
import { dailyMentions } from './series/daily-mentions.ts';
import { shareOfVoice } from './series/share-of-voice.ts';
import { weeklyLeads } from './series/weekly-leads.ts';

export interface MonthlyReportsOptions {
  reader: MetricsReader;
  config: MetricsConfig;
  /** "YYYY-MM", cut in config.timezone. */
  month: string;
  audiences?: readonly AudienceName[];
  registry?: KpiRegistry;
}

/** Computes one KPI for one period: unavailable when an input entity does not cover the period. */
export async function computeKpi(def: KpiDefinition, reader: MetricsReader, config: MetricsConfig, period: MonthPeriod): Promise<KpiValue> {
  return coverageGap(reader.manifest, def.entities, period, def.coverage) ?? def.compute({ reader, config, period });
}

function computeSeries(kind: ChartKind, reader: MetricsReader, config: MetricsConfig, period: MonthPeriod): Promise<ChartSeries> {
  switch (kind) {
    case 'daily_mentions':
      return dailyMentions(reader, config, period);
    case 'weekly_leads':
      return weeklyLeads(reader, period);
    case 'share_of_voice':
      return shareOfVoice(reader, config, period);
  }
}

export async function buildMonthlyReports(options: MonthlyReportsOptions): Promise<ReportModel[]> {
  const { reader, config } = options;
  const registry = options.registry ?? defaultKpiRegistry;
  const audiences = options.audiences ?? audienceNames;
  const period = monthPeriod(options.month, config.timezone);
  const previous = previousMonth(period);

  const kpiIds = [...new Set(audiences.flatMap((a) => specKpiIds(monthlyAudienceSpecs[a], registry)))];
  const kpis = new Map<string, KpiResult>();
  // Sequential on purpose: one DuckDB connection, and a stable order of work.
  for (const id of kpiIds) {
    const def = registry.require(id);
    const current = await computeKpi(def, reader, config, period);
    const before = await computeKpi(def, reader, config, previous);
    kpis.set(id, {
      id: def.id,
      stage: def.stage,
      label: def.label,
      unit: def.unit,
      direction: def.direction,
      definition: def.definition,
      entities: def.entities,
      current,
      previous: before,
      change: compareValues(def.unit, def.direction, current, before),
    });
  }

  const chartKinds = [...new Set(audiences.flatMap((a) => monthlyAudienceSpecs[a].charts))];
  const series = new Map<ChartKind, ChartSeries>();
  for (const kind of chartKinds) series.set(kind, await computeSeries(kind, reader, config, period));

  return audiences.map((audience) => {
    const spec = monthlyAudienceSpecs[audience];
    return {
      modelVersion: REPORT_MODEL_VERSION,
      cadence: 'monthly',
      audience,
      period,
      previous,
      brand: config.brand.name,
      competitors: config.competitors.map((c) => c.name),
      currency: config.currency,
      kpis: specKpiIds(spec, registry).map((id) => kpis.get(id)!),
      highlights: spec.highlights.filter((id) => kpis.has(id)),
      charts: spec.charts.map((kind) => series.get(kind)!),
    };
  });
}
