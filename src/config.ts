/** `cadence/config`: what cadence.config.ts imports. */
export { defineConfig, type CadenceConfigInput } from './core/schema/config.ts';
export { defineMetric, type MetricDefinition, type MetricSqlContext } from './plugins/define-metric.ts';
