/**
 * `cadence metrics`: the report model of one period and audience, from the data folder through
 * the model cache, as JSON or as a readable text report (`metrics-text.ts`).
 */
import { join, resolve } from 'node:path';
import { CadenceError } from '../errors.ts';
import type { Logger } from '../log/types.ts';
import { registryFor } from '../metrics/registry.ts';
import { localDayOf, parsePeriod } from '../periods/period.ts';
import type { AudienceName, CadenceConfig } from '../schema/config.ts';
import { openReader } from '../store/reader.ts';
import { cachedReportModels } from './cached.ts';
import { metricsText, kpiListText } from './metrics-text.ts';
import type { ReportModel } from './model.ts';

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

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether "YYYY-MM-DD" names a day of the calendar (not 2026-02-30). */
const isCalendarDay = (day: string): boolean => {
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(day);
};

export async function runMetrics(o: RunMetricsOptions): Promise<{ ok: boolean; model?: ReportModel }> {
  const registry = registryFor(o.config);
  if (o.list) {
    const kpis = registry.list().map((k) => ({ id: k.id, stage: k.stage, label: k.label, unit: k.unit, direction: k.direction, entities: k.entities, definition: k.definition, custom: registry.isCustom(k.id) }));
    o.write(o.json ? `${JSON.stringify(kpis, null, 2)}\n` : kpiListText(kpis));
    return { ok: true };
  }
  const asOf = o.asOf ?? localDayOf(o.clock.now(), o.config.timezone);
  if (!DAY_RE.test(asOf) || !isCalendarDay(asOf)) {
    throw new CadenceError('CADENCE_PERIOD_INVALID', `--as-of "${asOf}" is not a calendar day`, { hint: 'Write the as-of day as YYYY-MM-DD, e.g. --as-of 2026-10-01.' });
  }
  const period = parsePeriod(o.period ?? 'last-month', { timezone: o.config.timezone, asOf });
  const dataDir = resolve(o.projectDir, o.config.dataDir);
  const reader = await openReader(dataDir);
  try {
    const started = performance.now();
    const result = await cachedReportModels({
      reader,
      config: o.config,
      periods: [period],
      audiences: [o.audience],
      asOf,
      cacheDir: o.cache ? join(o.projectDir, '.cadence', 'cache', 'models') : null,
      warn: (m) => o.log.warn(m),
    });
    o.log.info(`${result.hit ? 'read' : 'computed'} the ${period.id} model in ${Math.round(performance.now() - started)} ms${result.hit ? ' (cached)' : ''}`);
    const model = result.models[0]!;
    o.write(o.json ? `${JSON.stringify(model, null, 2)}\n` : metricsText(model, o.config));
    return { ok: true, model };
  } finally {
    await reader.close();
  }
}
