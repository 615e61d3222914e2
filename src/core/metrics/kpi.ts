/**
 * What a KPI is. A KPI is a plain object made with `defineKpi` (for projects: `defineMetric`):
 * its identity and meaning (id, stage, label, unit, direction, definition, the entities it
 * reads) and its computation as one SQL query that returns a value for every period asked for
 * at once. The engine (`compute.ts`) runs that query once per build, over all the periods a
 * report needs (the period, its previous period, the same period a year earlier, goal periods),
 * so that a model for every day, week, month, quarter and year of the data costs one scan per
 * KPI, not one per period.
 *
 * A KPI whose inputs are missing is `available: false` with the reason, never a silent 0.
 */
import { because, type Reason } from '../i18n/reason.ts';
import { CadenceError } from '../errors.ts';
import type { CadenceConfig } from '../schema/config.ts';
import { entityNames, type EntityName } from '../schema/entities.ts';
import type { Dialect } from '../store/dialect.ts';
import type { DataReader } from '../store/reader.ts';
import { sampleNouns, type SampleSpec } from './sample.ts';

export const kpiStages = ['listening', 'influencing', 'networking', 'selling'] as const;
export type KpiStage = (typeof kpiStages)[number];

/**
 * How a value reads: `count` (whole things), `number` (an average, e.g. shares per post),
 * `percent` (a fraction, 0.25 = 25%; changes are percentage points), `currency` (an amount in
 * the reporting currency), `hours` and `days` (durations).
 */
export const kpiUnits = ['count', 'number', 'percent', 'currency', 'hours', 'days'] as const;
export type KpiUnit = (typeof kpiUnits)[number];

/** Whether a rise is good news (`up`) or bad news (`down`). */
export type KpiDirection = 'up' | 'down';

/**
 * How values of sub-periods combine into the value of a longer period: `sum` (counts and amounts:
 * the month is the sum of its days, so a goal can be projected from the days so far) or `rate`
 * (ratios, medians, levels: the value to date is the best estimate of the whole).
 */
export type KpiAggregation = 'sum' | 'rate';

/** Why a value could not be computed. The code is stable; the message is for people. */
export type UnavailableCode =
  /** The entity holds no rows at all. */
  | 'no_data'
  /** The entity has rows, but none that cover the period. */
  | 'not_covered'
  /** The rows exist but hold nothing to compute from (e.g. no post has impressions). */
  | 'insufficient'
  /** Something the KPI needs is missing from the configuration (e.g. no competitors). */
  | 'not_configured'
  /** The rows of the period carry none of the fields the KPI is made of: no source maps them (e.g. shares). */
  | 'not_provided';

export type KpiValue =
  | {
      available: true;
      value: number;
      /** The value rests on an estimate (e.g. reach estimated by the vendor); `note` says which. */
      estimated?: boolean;
      note?: string;
      /** The numbers behind the value (numerator, denominator, …), as the SQL returned them. */
      inputs?: Record<string, number>;
      /** The inputs cover only these days of the period (the data starts late or ends early). */
      partial?: { firstDay: string; lastDay: string };
    }
  /** `reason` is English; `why` (core's own reasons) is what it is made of, for other languages (i18n/reason.ts). */
  | { available: false; code: UnavailableCode; reason: string; why?: Reason };

/** The slice of the configuration metrics read. */
export type MetricsConfig = Pick<CadenceConfig, 'brand' | 'competitors' | 'timezone' | 'currency'>;

/** The part of the data reader metrics use: SQL over the entity views, and the manifest. */
export type MetricsReader = Pick<DataReader, 'query' | 'manifest' | 'dialect'>;

/**
 * What a KPI's `sql` receives. Rows are placed in periods by the local day of one of their
 * columns: `byPeriod('m.published_at')` is a JOIN clause that gives each row one `pd.period`
 * per period it falls in (and lets DuckDB skip files outside all of them).
 */
export interface KpiSqlContext {
  config: MetricsConfig;
  /**
   * The SQL dialect of the engine (DuckDB or ClickHouse; src/core/store/dialect.ts). A query stays
   * portable when it writes the SQL both engines share and asks `d` for the rest: `d.median(x)`,
   * `d.argMax(v, by)`, `d.listOf(v)`, `d.instant(iso)`, ….
   */
  d: Dialect;
  /** JOIN clause for a UTC timestamp column: rows get `pd.period` by their local day. */
  byPeriod(column: string): string;
  /** JOIN clause for a DATE column (already a local calendar day). */
  byPeriodDate(column: string): string;
  /**
   * Name of the table of periods, one row each: `period` (id), `first_day` and `end_day` (DATE,
   * end exclusive), `start_utc` and `end_utc` (TIMESTAMPTZ, end exclusive), `days` (INTEGER).
   * For KPIs that need the period's edges (a level at the start, a look-back window).
   */
  periods: string;
  /**
   * Name of the mention day cube (src/core/metrics/mention-days.ts): mentions summed per local
   * `day`, tracked `name`, `sentiment`, `reach_estimated`, `brand_hashtag`, with `n`, `reach`,
   * `reach_n`, `engagement`, `engagement_n`, `shares`, `shares_n`. Made once per build when a query
   * names it; join it with `byPeriodDate('x.day')`. Much faster than scanning mentions for
   * additive mention KPIs.
   */
  mentionDays: string;
  /** The local calendar day of a UTC timestamp column, in the reporting time zone. */
  localDay(column: string): string;
  /** SQL predicate: the mention row (alias `alias`) is about the brand. */
  isBrand(alias?: string): string;
  /** SQL expression: the tracked name (brand or competitor) of a mention row, or NULL. */
  trackedName(alias?: string): string;
  /** Quotes a string literal. */
  str(value: string): string;
}

export interface KpiDefinition {
  /** Stable id, `<stage>.<name>`, as goals in cadence.config.ts name it. */
  id: string;
  stage: KpiStage;
  /** Short name shown in tables, e.g. "Share of voice". */
  label: string;
  unit: KpiUnit;
  direction: KpiDirection;
  /** One paragraph saying exactly how the value is computed (which denominator, which rows); shown in reports. */
  definition: string;
  /** Entities the KPI reads; when one is empty or does not cover the period, the KPI is unavailable. */
  entities: readonly EntityName[];
  /**
   * How the inputs must cover a period before the value counts. `period` (default): the
   * entities' rows reach into the period; outside that range the KPI is unavailable rather than
   * 0. `rows`: the entities merely hold rows, for KPIs that filter on another date (deals closed
   * in the period were created before it).
   */
  coverage?: 'period' | 'rows';
  /**
   * Fields the value is made of, per entity: each must have a value in some stored row of the
   * period's months (the manifest's field coverage), else the KPI is unavailable (`not_provided`)
   * rather than a 0 made of nothing — no source maps shares, no deal has an amount.
   * `'hashtags|text'`: either will do.
   */
  fields?: Partial<Record<EntityName, readonly string[]>>;
  /**
   * The typical-day series this KPI is the daily value of (see src/core/benchmarks/types.ts): on
   * a day report the value is compared with the typical day for its weekday.
   */
  baseline?: 'mentions' | 'negative_mentions' | 'shares' | 'hashtag_uses' | 'new_followers';
  /** How values combine over time (default: `sum` for count and currency, else `rate`). */
  aggregation?: KpiAggregation;
  /**
   * For a rate or an average: the inputs that count what it is computed over (summed) and what
   * they are, e.g. `{ inputs: ['cases'], noun: 'cases' }`. A value on fewer than the minimum for
   * that noun (src/core/metrics/sample.ts) is shown with its count but gets no colour and no finding.
   */
  sample?: SampleSpec;
  /**
   * A volume of attention (mentions, reach, shares, share of voice, comments on owned posts…),
   * whose rise is good news only when negative mentions do not carry it (src/core/story/tone.ts).
   * `own`: the query returns the inputs `volume` (default: the value) and `negative` (the part of
   * it from negative items), so the KPI is judged on its own sentiment; `context`: it has no
   * sentiment of its own and is judged by the brand mentions of the same period.
   */
  attention?: 'own' | 'context';
  /**
   * When the query gives no row (or a NULL value) for a covered period: the reason the KPI is
   * unavailable there (e.g. "no posts with impressions"). Without it, a missing row is a real 0.
   */
  whenEmpty?: string;
  /**
   * Computed only when `config` allows (e.g. share of voice needs competitors): the reason it
   * is not configured, or null.
   */
  requires?(config: MetricsConfig): string | Reason | null;
  /**
   * One query for all periods. It must return the columns `period` (the period id from the
   * JOIN) and `value` (a number or NULL), and may return `estimated` (BOOLEAN), `note` (text)
   * and further numeric columns, kept as the value's `inputs`.
   */
  sql(ctx: KpiSqlContext): string;
}

const idPattern = /^[a-z]+\.[a-z0-9_]+$/;

/** Checks a KPI definition and returns it; a bad one throws CADENCE_METRIC_INVALID naming the field. */
export function defineKpi(def: KpiDefinition): KpiDefinition {
  const problems: string[] = [];
  const where = typeof def?.id === 'string' ? `metric "${def.id}"` : 'a metric';
  if (typeof def !== 'object' || def === null) throw new CadenceError('CADENCE_METRIC_INVALID', 'a metric definition must be an object');
  if (!(kpiStages as readonly string[]).includes(def.stage)) problems.push(`stage: expected one of ${kpiStages.join(', ')}, found ${JSON.stringify(def.stage)}`);
  if (typeof def.id !== 'string' || !idPattern.test(def.id) || !def.id.startsWith(`${def.stage}.`)) {
    problems.push(`id: expected "<stage>.<name>" (lower case, digits, _) starting with "${def.stage}.", found ${JSON.stringify(def.id)}`);
  }
  if (!(kpiUnits as readonly string[]).includes(def.unit)) problems.push(`unit: expected one of ${kpiUnits.join(', ')}, found ${JSON.stringify(def.unit)}`);
  if (def.direction !== 'up' && def.direction !== 'down') problems.push(`direction: expected "up" or "down", found ${JSON.stringify(def.direction)}`);
  for (const key of ['label', 'definition'] as const) {
    if (typeof def[key] !== 'string' || def[key].trim() === '') problems.push(`${key}: expected a non-empty text`);
  }
  if (!Array.isArray(def.entities) || def.entities.length === 0) problems.push('entities: expected a list of the entities the metric reads');
  else for (const e of def.entities) if (!(entityNames as string[]).includes(e)) problems.push(`entities: "${e}" is not an entity (known: ${entityNames.join(', ')})`);
  if (def.sample !== undefined && (!Array.isArray(def.sample.inputs) || def.sample.inputs.length === 0 || !(sampleNouns as readonly string[]).includes(def.sample.noun))) {
    problems.push(`sample: expected { inputs: ["<input>", …], noun: one of ${sampleNouns.join(', ')} }, found ${JSON.stringify(def.sample)}`);
  }
  if (def.fields !== undefined) {
    for (const [e, fs] of Object.entries(def.fields)) {
      if (!def.entities.includes(e as EntityName)) problems.push(`fields: "${e}" is not among the entities the metric reads`);
      if (!Array.isArray(fs) || fs.length === 0) problems.push(`fields.${e}: expected a list of field names`);
    }
  }
  if (def.attention !== undefined && def.attention !== 'own' && def.attention !== 'context') problems.push(`attention: expected "own" or "context", found ${JSON.stringify(def.attention)}`);
  if (typeof def.sql !== 'function') problems.push('sql: expected a function (ctx) => "SELECT pd.period, … AS value …"');
  if (problems.length) throw new CadenceError('CADENCE_METRIC_INVALID', `${where} is invalid:\n  ${problems.join('\n  ')}`);
  return def;
}

/** How a KPI's values combine over time. */
export const aggregationOf = (def: KpiDefinition): KpiAggregation => def.aggregation ?? (def.unit === 'count' || def.unit === 'currency' ? 'sum' : 'rate');

export const available = (value: number, extra: Omit<Extract<KpiValue, { available: true }>, 'available' | 'value'> = {}): KpiValue => ({ available: true, value, ...extra });
export const unavailable = (code: UnavailableCode, reason: string | Reason): KpiValue => ({ available: false, code, ...(typeof reason === 'string' ? { reason } : because(reason)) });
