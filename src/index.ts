/**
 * `cadence`: the package's main entry — what a project's own code may import. Config helpers
 * (also `cadence/config`), and the report model's types for code that reads `cadence metrics
 * --json`. Plugins import `cadence/plugin`; their tests `cadence/testkit`.
 */
export { defineConfig, defineMetric, type CadenceConfigInput, type MetricDefinition, type MetricSqlContext } from './config.ts';
export type { KpiResult, ReportModel } from './core/report/model.ts';
export type { Finding } from './core/story/findings.ts';
