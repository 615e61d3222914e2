/**
 * `cadence metrics`: the report model of one period and audience, from the data folder through
 * the model cache, as JSON or as a readable text report (`metrics-text.ts`).
 */
import { jsonOutput } from '../json-output.ts';
import type { Logger } from '../log/types.ts';
import { registryFor } from '../metrics/registry.ts';
import { localDayOf, parsePeriod } from '../periods/period.ts';
import type { AudienceName, CadenceConfig } from '../schema/config.ts';
import { metricsText, kpiListText } from './metrics-text.ts';
import type { ReportModel } from './model.ts';
import { checkAsOf, projectReportModel } from './project-model.ts';

export interface RunMetricsOptions {
  projectDir: string;
  config: CadenceConfig;
  log: Logger;
  clock: { now(): Date };
  /** As typed: 2026-09, 2026-W38, last-month, … */
  period?: string;
  /** "YYYY-MM-DD"; default: today in the reporting time zone. */
  asOf?: string;
  audience: AudienceName;
  json: boolean;
  /** List the KPIs instead of computing them. */
  list?: boolean;
  cache: boolean;
  write(text: string): void;
}


export async function runMetrics(o: RunMetricsOptions): Promise<{ ok: boolean; model?: ReportModel }> {
  const registry = registryFor(o.config);
  if (o.list) {
    const kpis = registry.list().map((k) => ({ id: k.id, stage: k.stage, label: k.label, unit: k.unit, direction: k.direction, entities: k.entities, definition: k.definition, custom: registry.isCustom(k.id) }));
    o.write(o.json ? `${jsonOutput(kpis)}\n` : kpiListText(kpis));
    return { ok: true };
  }
  const asOf = o.asOf ?? localDayOf(o.clock.now(), o.config.timezone);
  checkAsOf(asOf);
  const period = parsePeriod(o.period ?? 'last-month', { timezone: o.config.timezone, asOf });
  const started = performance.now();
  const { model, hit } = await projectReportModel({ projectDir: o.projectDir, config: o.config, audience: o.audience, cache: o.cache, warn: (m) => o.log.warn(m), choose: () => ({ period, asOf }) });
  o.log.info(`${hit ? 'read' : 'computed'} the ${period.id} model in ${Math.round(performance.now() - started)} ms${hit ? ' (cached)' : ''}`);
  o.write(o.json ? `${jsonOutput(model)}\n` : metricsText(model, o.config));
  return { ok: true, model };
}
