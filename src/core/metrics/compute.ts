/**
 * The KPI engine: runs each KPI's query once over every period a build needs and returns a
 * value per KPI and period. Periods live in two temporary tables of the reader's connection
 * (the periods, and their days); rows meet them by local day, so one scan of an entity serves a
 * day, its week, month, quarter and year, their previous periods and the same periods a year
 * earlier.
 */
import { randomUUID } from 'node:crypto';
import { CadenceError } from '../errors.ts';
import type { Period } from '../periods/period.ts';
import { coverageGap, fieldGap, partialCoverage } from './coverage.ts';
import { latestDayWithData } from './data-days.ts';
import { available, unavailable, type KpiDefinition, type KpiSqlContext, type KpiValue, type MetricsConfig, type MetricsReader } from './kpi.ts';
import { mentionDaysSql } from './mention-days.ts';
import { numOrNull } from './sql.ts';
import { isBrandSql, trackedNameSql } from './tracked-names.ts';
import type { Dialect } from '../store/dialect.ts';

/** KPI id → period id → value. */
export type KpiValues = Map<string, Map<string, KpiValue>>;

/** The periods of one build as temporary tables; `drop` removes them. */
export interface PeriodTables {
  periods: string;
  days: string;
  /** Name of the mention day cube (mention-days.ts); made by `ensureMentionDays` on first use. */
  mentionDays: string;
  ensureMentionDays(config: MetricsConfig): Promise<void>;
  /** Earliest start and latest end of all periods (UTC instants and local days). */
  span: { startUtc: string; endUtc: string; firstDay: string; endDay: string };
  drop(): Promise<void>;
}

/**
 * Creates the period tables for `periods` (deduplicated by id) on the reader's connection.
 * `alsoSpan` widens the span (file pruning, the mention day cube) without adding a period, for
 * callers that read days before the periods (the typical day's window).
 */
export async function createPeriodTables(reader: MetricsReader, periods: readonly Period[], alsoSpan?: Period): Promise<PeriodTables> {
  const unique = [...new Map(periods.map((p) => [p.id, p])).values()];
  if (unique.length === 0) throw new Error('createPeriodTables needs at least one period');
  const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
  const table = `cad_periods_${suffix}`;
  const days = `cad_period_days_${suffix}`;
  const d = reader.dialect;
  const values = unique
    .map((p) => `(${d.str(p.id)}, DATE ${d.str(p.firstDay)}, DATE ${d.str(p.endDay)}, ${d.instant(p.startUtc)}, ${d.instant(p.endUtc)}, ${p.days})`)
    .join(',\n');
  await reader.query(d.createTempTable(table, `SELECT * FROM (VALUES ${values}) t(period, first_day, end_day, start_utc, end_utc, days)`));
  const each = d.daysOf(table, 'first_day', 'end_day');
  await reader.query(d.createTempTable(days, `SELECT period, ${each.day} AS day FROM ${each.from} ORDER BY day`));
  const mentionDays = `cad_mention_days_${suffix}`;
  let cube: Promise<void> | null = null;
  const spanOf = alsoSpan ? [...unique, alsoSpan] : unique;
  const min = <K extends keyof Period>(k: K) => spanOf.map((p) => p[k] as string).reduce((a, b) => (b < a ? b : a));
  const max = <K extends keyof Period>(k: K) => spanOf.map((p) => p[k] as string).reduce((a, b) => (b > a ? b : a));
  const span = { startUtc: min('startUtc'), endUtc: max('endUtc'), firstDay: min('firstDay'), endDay: max('endDay') };
  return {
    periods: table,
    days,
    mentionDays,
    span,
    ensureMentionDays(config) {
      cube ??= reader.query(d.createTempTable(mentionDays, mentionDaysSql(d, config, span))).then(() => undefined);
      return cube;
    },
    async drop() {
      if (cube) await reader.query(d.dropTable(mentionDays));
      await reader.query(d.dropTable(days));
      await reader.query(d.dropTable(table));
    },
  };
}

/** The SQL context KPIs (and other period queries) are written against. */
export function sqlContext(d: Dialect, config: MetricsConfig, tables: PeriodTables): KpiSqlContext {
  const { span } = tables;
  return {
    config,
    d,
    periods: tables.periods,
    mentionDays: tables.mentionDays,
    byPeriod: (column) =>
      `JOIN ${tables.days} pd ON pd.day = ${d.localDay(column, config.timezone)} AND ${column} >= ${d.instant(span.startUtc)} AND ${column} < ${d.instant(span.endUtc)}`,
    byPeriodDate: (column) =>
      `JOIN ${tables.days} pd ON pd.day = ${column} AND ${column} >= DATE ${d.str(span.firstDay)} AND ${column} < DATE ${d.str(span.endDay)}`,
    localDay: (column) => d.localDay(column, config.timezone),
    isBrand: (alias) => isBrandSql(d, config, alias),
    trackedName: (alias) => trackedNameSql(d, config, alias),
    str: d.str,
  };
}

export interface ComputeKpisOptions {
  reader: MetricsReader;
  config: MetricsConfig;
  kpis: readonly KpiDefinition[];
  periods: readonly Period[];
  /** Period tables made by the caller for exactly these periods (kept open for its other queries); else made and dropped here. */
  tables?: PeriodTables;
}

const reserved = new Set(['period', 'value', 'estimated', 'note']);

/**
 * Runs every KPI over every period: one query per KPI. (Whether the data covers all of a period
 * is said by `withCoverage`, which report builders apply to the values they show.)
 */
export async function computeKpis(options: ComputeKpisOptions): Promise<KpiValues> {
  const { reader, config, kpis } = options;
  const periods = [...new Map(options.periods.map((p) => [p.id, p])).values()];
  const out: KpiValues = new Map();
  if (periods.length === 0) return out;
  const tables = options.tables ?? (await createPeriodTables(reader, periods));
  try {
    const ctx = sqlContext(reader.dialect, config, tables);
    for (const def of kpis) {
      const values = new Map<string, KpiValue>();
      out.set(def.id, values);
      const notConfigured = def.requires?.(config) ?? null;
      const pending: string[] = [];
      for (const p of periods) {
        const gap = notConfigured ? unavailable('not_configured', notConfigured) : (coverageGap(reader.manifest, def.entities, p, def.coverage) ?? fieldGap(reader.manifest, def, p));
        if (gap) values.set(p.id, gap);
        else pending.push(p.id);
      }
      if (pending.length === 0) continue;
      const rows = await runKpiSql(reader, def, ctx, tables);
      const byPeriod = new Map(rows.map((r) => [String(r.period), r]));
      for (const id of pending) values.set(id, toValue(def, byPeriod.get(id)));
    }
  } finally {
    if (!options.tables) await tables.drop();
  }
  return out;
}

async function runKpiSql(reader: MetricsReader, def: KpiDefinition, ctx: KpiSqlContext, tables: PeriodTables): Promise<Record<string, unknown>[]> {
  let sql: string;
  try {
    sql = def.sql(ctx);
  } catch (error) {
    throw new CadenceError('CADENCE_METRIC_INVALID', `metric "${def.id}": its sql function threw: ${(error as Error).message}`, { cause: error });
  }
  if (sql.includes(tables.mentionDays)) await tables.ensureMentionDays(ctx.config);
  let rows: Record<string, unknown>[];
  try {
    rows = await reader.query(sql);
  } catch (error) {
    throw new CadenceError('CADENCE_METRIC_SQL_FAILED', `metric "${def.id}": ${(error as Error).message.split('\n')[0]}`, { cause: error });
  }
  if (rows.length > 0 && (!('period' in rows[0]!) || !('value' in rows[0]!))) {
    throw new CadenceError('CADENCE_METRIC_SQL_FAILED', `metric "${def.id}": the query returned the columns ${Object.keys(rows[0]!).join(', ')}, without \`period\` and \`value\``);
  }
  return rows;
}

/**
 * Money is kept to the cent: sums of amounts come back in whatever order DuckDB's threads add
 * them, so their last bits vary between runs; cents keep every amount (and every report built
 * from it) identical across builds. Ratios of whole counts need no rounding: they are exact.
 */
const stable = (def: KpiDefinition, n: number): number => (def.unit === 'currency' ? Math.round(n * 100) / 100 : n);

function toValue(def: KpiDefinition, row: Record<string, unknown> | undefined): KpiValue {
  const raw = row ? numOrNull(row.value) : null;
  const value = raw === null ? null : stable(def, raw);
  if (value === null) return def.whenEmpty ? unavailable('insufficient', { key: 'whenEmpty', kpi: def.id, text: def.whenEmpty }) : available(0);
  const inputs: Record<string, number> = {};
  for (const [k, v] of Object.entries(row!)) {
    if (reserved.has(k)) continue;
    const n = numOrNull(v);
    if (n !== null) inputs[k] = n;
  }
  return available(value, {
    // true, or 1: a comparison is a number in ClickHouse.
    ...(row!.estimated === true || row!.estimated === 1 ? { estimated: true } : {}),
    ...(typeof row!.note === 'string' && row!.note ? { note: row!.note } : {}),
    ...(Object.keys(inputs).length ? { inputs } : {}),
  });
}

/**
 * The value with `partial` set when the KPI's inputs cover only part of the period. A KPI that
 * needs only rows (deals won by close day, a pipeline at the period's end) is partial when the
 * data ends before the period does: the deals closing later in the period are not in it yet.
 */
export function withCoverage(reader: MetricsReader, def: KpiDefinition, period: Period, value: KpiValue): KpiValue {
  if (!value.available) return value;
  if (def.coverage === 'rows') {
    const last = latestDayWithData(reader.manifest);
    return last !== null && last < period.lastDay && last >= period.firstDay ? { ...value, partial: { firstDay: period.firstDay, lastDay: last } } : value;
  }
  const partial = partialCoverage(reader.manifest, def.entities, period);
  return partial ? { ...value, partial } : value;
}
