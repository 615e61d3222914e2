/**
 * `defineMetric`: a project's own KPI, written in cadence.config.ts exactly like the built-in
 * ones (id, stage, label, unit, direction, definition, entities, and one SQL query over all
 * periods). It is checked at once, so a mistake points at the metric rather than at a report.
 */
import { defineKpi, type KpiDefinition } from '../core/metrics/kpi.ts';

export type MetricDefinition = KpiDefinition;
export type { KpiSqlContext as MetricSqlContext, KpiStage, KpiUnit, KpiDirection } from '../core/metrics/kpi.ts';

export function defineMetric(def: MetricDefinition): MetricDefinition {
  return defineKpi(def);
}
