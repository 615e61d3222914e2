/**
 * What a KPI is. A KPI is a plain object made with `defineKpi`: its identity and meaning (id,
 * stage, label, unit, direction, definition, the entities it reads) and a `compute` function
 * that runs SQL for one period through a narrow context. A KPI whose inputs are missing returns
 * `unavailable(...)` with the reason, never a silent 0.
 */
import type { EntityName } from '../schema/entities.ts';
import type { CadenceConfig } from '../schema/config.ts';
import type { MonthPeriod } from '../periods/month.ts';
import type { DataReader } from '../store/reader.ts';

export const kpiStages = ['listening', 'influencing', 'networking', 'selling'] as const;
export type KpiStage = (typeof kpiStages)[number];

/**
 * How a value reads: `count` (whole things), `percent` (a fraction, 0.25 = 25%; changes are
 * percentage points), `currency` (an amount in the reporting currency).
 */
export type KpiUnit = 'count' | 'percent' | 'currency';

/** Whether a rise is good news (`up`) or bad news (`down`). */
export type KpiDirection = 'up' | 'down';

/** Why a value could not be computed. The code is stable; the message is for people. */
export type UnavailableCode =
  /** The entity holds no rows at all. */
  | 'no_data'
  /** The entity has rows, but none that cover the period. */
  | 'not_covered'
  /** The rows exist but hold nothing to compute from (e.g. no post has impressions). */
  | 'insufficient'
  /** Something the KPI needs is missing from the configuration (e.g. no competitors). */
  | 'not_configured';

export type KpiValue =
  | { available: true; value: number }
  | { available: false; code: UnavailableCode; reason: string };

/** The slice of the configuration metrics read. */
export type MetricsConfig = Pick<CadenceConfig, 'brand' | 'competitors' | 'timezone' | 'currency'>;

/** The part of the data reader metrics use: SQL over the entity views, and the manifest. */
export type MetricsReader = Pick<DataReader, 'query' | 'manifest'>;

/** What `compute` receives: the reader, the config slice and the one period to compute. */
export interface KpiContext {
  reader: MetricsReader;
  config: MetricsConfig;
  period: MonthPeriod;
}

export interface KpiDefinition {
  /** Stable id, `<stage>.<name>`, as goals in cadence.config.ts name it. */
  id: string;
  stage: KpiStage;
  /** Short name shown in tables, e.g. "Share of voice". */
  label: string;
  unit: KpiUnit;
  direction: KpiDirection;
  /** One or two sentences saying exactly how the value is computed (which denominator, which rows). */
  definition: string;
  /** Entities the KPI reads; when one is empty or does not cover the period, the KPI is unavailable. */
  entities: readonly EntityName[];
  /**
   * How the inputs must cover a period before `compute` runs. `period` (default): the entities'
   * rows, placed by their partition field, reach into the period; outside that range the KPI is
   * unavailable rather than 0. `rows`: the entities merely hold rows, for KPIs that filter on
   * another date (deals closed in the period were created before it).
   */
  coverage?: 'period' | 'rows';
  compute(ctx: KpiContext): Promise<KpiValue>;
}

/** Defines a KPI (identity helper that checks the id's shape). */
export function defineKpi(def: KpiDefinition): KpiDefinition {
  if (!/^[a-z]+\.[a-z0-9_]+$/.test(def.id) || !def.id.startsWith(`${def.stage}.`)) {
    throw new Error(`KPI id "${def.id}" must be "<stage>.<name>" with stage ${def.stage}`);
  }
  return def;
}

export const available = (value: number): KpiValue => ({ available: true, value });
export const unavailable = (code: UnavailableCode, reason: string): KpiValue => ({ available: false, code, reason });
