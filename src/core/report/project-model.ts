/**
 * One report model of a project, for the commands that need a single period and audience
 * (`cadence metrics`, `cadence digest`): checks the as-of day, opens the data folder once, lets the
 * caller choose the period from what the data holds, and reads or computes the model through the
 * project's model cache (`.cadence/cache/models/`, shared with `cadence build`).
 */
import { join, resolve } from 'node:path';
import { CadenceError } from '../errors.ts';
import type { Period } from '../periods/period.ts';
import type { AudienceName, CadenceConfig } from '../schema/config.ts';
import { openReader, type DataReader } from '../store/reader.ts';
import { cachedReportModels } from './cached.ts';
import type { ReportModel } from './model.ts';

/** The project's report-model cache folder. */
export const modelCacheDir = (projectDir: string): string => join(projectDir, '.cadence', 'cache', 'models');

/** Checks an `--as-of` value: a "YYYY-MM-DD" day of the calendar (not 2026-02-30). */
export function checkAsOf(asOf: string): void {
  const d = new Date(`${asOf}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(d.getTime()) || !d.toISOString().startsWith(asOf)) {
    throw new CadenceError('CADENCE_PERIOD_INVALID', `--as-of "${asOf}" is not a calendar day`, { hint: 'Write the as-of day as YYYY-MM-DD, e.g. --as-of 2026-10-01.' });
  }
}

export interface ProjectModelOptions {
  projectDir: string;
  config: CadenceConfig;
  audience: AudienceName;
  /** Use the model cache. */
  cache: boolean;
  warn(message: string): void;
  /** The period and as-of day, chosen once the data folder is open (its manifest says what it holds). */
  choose(reader: DataReader): { period: Period; asOf: string };
  /** Environment variables (the engine's password); process.env when absent. */
  env?: Record<string, string | undefined>;
}

export async function projectReportModel(o: ProjectModelOptions): Promise<{ model: ReportModel; hit: boolean; period: Period }> {
  const reader = await openReader(resolve(o.projectDir, o.config.dataDir), { engine: o.config.engine, env: o.env ?? process.env });
  try {
    const { period, asOf } = o.choose(reader);
    const result = await cachedReportModels({
      reader,
      config: o.config,
      periods: [period],
      audiences: [o.audience],
      asOf,
      cacheDir: o.cache ? modelCacheDir(o.projectDir) : null,
      warn: o.warn,
    });
    return { model: result.models[0]!, hit: result.hit, period };
  } finally {
    await reader.close();
  }
}
