/**
 * Prepares the site model: report models for every period of every cadence the audiences get
 * (or the one period asked for), their charts rendered to SVG, and the data coverage table. Runs in Node before Astro, with the data
 * reader open; Astro then only renders pages from the result.
 */
import { addDays } from '../core/benchmarks/typical-day.ts';
import { CadenceError } from '../core/errors.ts';
import { activitySpan, dataGaps, hasDayIn, localActiveDays, localDataDays, unmatchedMentions, unmatchedWarning } from '../core/metrics/index.ts';
import type { KpiUnit } from '../core/metrics/kpi.ts';
import { kindOfCadence, parsePeriod, periodsBetween } from '../core/periods/period.ts';
import { cachedReportModels } from '../core/report/cached.ts';
import { audienceNames, cadences as cadenceNames, type AudienceName, type CadenceConfig } from '../core/schema/config.ts';
import { entityNames } from '../core/schema/entities.ts';
import { openReader, type DataReader, type ReaderOptions } from '../core/store/reader.ts';
import { chartView, withNarrowDrawing, type ChartContext } from './charts/chart-view.ts';
import { languageOf, missingCatalogNote } from '../core/i18n/catalog.ts';
import { vegaLocale } from './charts/locale.ts';
import { historyCadence, kpiHistoryChart } from './charts/specs/kpi-history.ts';
import { trailingDaysChart } from './charts/specs/trailing-days.ts';
import { defaultFontFor } from './charts/theme.ts';
import { createFormat } from './format/numbers.ts';
import { SITE_MODEL_VERSION, type AudienceInfo, type CoverageRow, type KpiHistory, type ReportPage, type SiteModel } from './site-model.ts';
import { reportPath } from './urls.ts';

export interface SiteLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface PrepareOptions {
  config: CadenceConfig;
  reader: Pick<DataReader, 'query' | 'manifest' | 'dialect'>;
  /**
   * One period to build (2026-09, 2026-W38, 2026-Q3, … or last-month and the like, counted back
   * from the day after the data's last day, as `cadence digest` does: data up to 31 October makes
   * last-month October); default: every period the data covers.
   */
  period?: string;
  /** Only this audience's pages (one site per access group); default: every audience. */
  audience?: AudienceName;
  /** The local day the reports are made as of; default: the last day with data (so builds are reproducible). */
  asOf?: string;
  /** Folder of the report-model cache (shared with `cadence metrics`), or none. */
  cacheDir?: string | null;
  /** File name of the logo under the base, when one was copied into the site. */
  logo?: string | null;
  log: SiteLogger;
}


/** A stretch without data this long (days) is listed as a gap on the home page. */
const GAP_DAYS = 7;

/** Whether any entity the report's KPIs read has data in its period (entities not recording days, such as campaigns, count when they have rows). */
function readsDataIn(kpis: readonly { entities: readonly string[] }[], activeDays: Record<string, string[]>, period: { firstDay: string; lastDay: string }): boolean {
  const entities = new Set(kpis.flatMap((k) => k.entities));
  return [...entities].some((e) => activeDays[e] !== undefined && hasDayIn(activeDays[e], period.firstDay, period.lastDay));
}

/**
 * The model's charts are drawn for months and longer. A day or a week gets one chart: its
 * trailing 28 days of brand mentions against the typical day (specs/trailing-days.ts).
 */
const chartedKinds = new Set(['month', 'quarter', 'year', 'range']);
const trailingKinds = new Set(['day', 'week']);

export async function prepareSiteModel(options: PrepareOptions): Promise<SiteModel> {
  const { config, reader, log } = options;
  const format = createFormat(config.locale, config.currency);
  const audiences: AudienceInfo[] = audienceNames
    .filter((name) => (options.audience === undefined || name === options.audience) && config.audiences[name].cadences.length > 0)
    // Default titles and summaries are the catalog's (src/core/i18n), in the configured language.
    .map((name) => ({ name, ...format.t.audiences[name], title: config.audiences[name].title ?? format.t.audiences[name].title, cadences: [...config.audiences[name].cadences] }));

  // Local days (the manifest's are UTC days): a report page for every local day with data, no more.
  const localDays = await localDataDays(reader, config.timezone);
  // Every day each activity entity has rows: periods without any are not built.
  const activeDays = await localActiveDays(reader, config.timezone);
  const anyActive = [...new Set(Object.values(activeDays).flat())].sort();
  const noCatalog = missingCatalogNote(config.locale);
  if (noCatalog) log.warn(noCatalog);
  const unmatched = unmatchedWarning(await unmatchedMentions(reader, config));
  if (unmatched) log.warn(unmatched);
  const span = activitySpan(localDays);
  const dataUntil = span?.lastDay ?? null;
  const dataFrom = span?.firstDay ?? null;
  const latestMonth = dataUntil?.slice(0, 7) ?? null;
  const reports: ReportPage[] = [];
  const theme = { colors: config.site.colors, font: config.site.font ?? defaultFontFor(languageOf(config.locale)) };
  const locale = vegaLocale(config.locale, config.currency);
  if (dataUntil === null || dataFrom === null) {
    log.warn('the data folder holds no data yet: building the home page only (run `cadence pull` first)');
  } else if (audiences.length > 0) {
    const started = performance.now();
    const asOf = options.asOf ?? dataUntil;
    const only = options.period === undefined ? null : parsePeriod(options.period, { timezone: config.timezone, asOf: options.asOf ?? addDays(dataUntil, 1) });
    // Every period of every cadence some audience gets that holds data: gaps between sources
    // (a year without data) build no pages.
    const cadences = cadenceNames.filter((c) => audiences.some((a) => a.cadences.includes(c)));
    const periods = only
      ? cadences.some((c) => kindOfCadence[c] === only.kind) ? [only] : []
      : cadences.flatMap((c) => periodsBetween(kindOfCadence[c], dataFrom, dataUntil, config.timezone)).filter((p) => hasDayIn(anyActive, p.firstDay, p.lastDay));
    if (only && periods.length === 0) {
      throw new CadenceError('CADENCE_PERIOD_INVALID', `no audience gets ${only.kind} reports, so there is no page for ${only.id}`, { hint: 'Add the cadence to `audiences.<name>.cadences` in cadence.config.ts, or ask for another period.' });
    }
    const { models, hit } = periods.length
      ? await cachedReportModels({ reader, config, periods, audiences: audiences.map((a) => a.name), asOf, cacheDir: options.cacheDir ?? null, warn: (m) => log.warn(m) })
      : { models: [], hit: false };
    log.info(`${hit ? 'read' : 'computed'} ${models.length} report model(s) for ${periods.length} period(s) in ${Math.round(performance.now() - started)} ms${hit ? ' (cached)' : ''}`);
    for (const report of models) {
      const cadence = report.cadence === 'custom' ? null : report.cadence;
      const audience = audiences.find((a) => a.name === report.audience)!;
      if (cadence === null || !audience.cadences.includes(cadence)) continue;
      // An audience gets a page only for periods with data in what its report reads.
      if (!only && !readsDataIn(report.kpis, activeDays, report.period)) continue;
      const ctx: ChartContext = {
        format,
        theme,
        locale,
        period: report.period,
        brand: report.brand,
        coverage: report.coverage,
        warn: (m) => log.warn(`chart warning (${report.audience}, ${report.period.id}): ${m}`),
      };
      const charts = [];
      if (chartedKinds.has(report.period.kind)) for (const series of report.charts) charts.push(await chartView(series, ctx));
      if (trailingKinds.has(report.period.kind)) {
        const mentions = report.charts.find((s) => s.kind === 'daily_mentions');
        if (mentions?.available && mentions.trailing) {
          charts.push(await withNarrowDrawing((c) => trailingDaysChart({ trailing: mentions.trailing, typical: report.typicalWeek.mentions ?? [], settings: config.benchmarks, marks: mentions.marks }, c), ctx));
        }
      }
      reports.push({ path: reportPath(cadence, report.period.id, report.audience), cadence, report, charts });
    }
  }

  const coverage: CoverageRow[] = entityNames.map((entity) => {
    const e = reader.manifest.entities[entity];
    return {
      entity,
      label: entity.replaceAll('_', ' '),
      rows: e?.rows ?? 0,
      firstDate: localDays[entity]?.firstDay ?? null,
      lastDate: localDays[entity]?.lastDay ?? null,
      gaps: dataGaps(activeDays[entity] ?? [], GAP_DAYS),
    };
  });
  // Each KPI page's history chart, of the cadence the page shows.
  const kpis = kpiHistories(reports);
  for (const h of kpis) {
    h.historyCadence = historyCadence(h.points);
    const points = h.historyCadence ? h.points[h.historyCadence]! : [];
    h.chart = h.historyCadence
      ? await withNarrowDrawing((c: Pick<ChartContext, 'format' | 'theme' | 'locale' | 'warn' | 'layout' | 'narrowPlot'>) => kpiHistoryChart({ label: h.label, unit: h.unit as KpiUnit, cadence: h.historyCadence!, points }, c), { format, theme, locale, warn: (m: string) => log.warn(`chart warning (KPI ${h.id}): ${m}`) })
      : null;
  }
  return {
    kpis,
    modelVersion: SITE_MODEL_VERSION,
    site: {
      title: config.site.title,
      base: config.site.base,
      lang: languageOf(config.locale),
      locale: config.locale,
      currency: config.currency,
      timezone: config.timezone,
      colors: config.site.colors,
      font: config.site.font ?? defaultFontFor(languageOf(config.locale)),
      footer: config.site.footer ?? null,
      logo: options.logo ?? null,
    },
    brand: config.brand.name,
    latestMonth,
    dataUntil,
    audiences,
    coverage,
    dataGaps: dataGaps(anyActive, GAP_DAYS),
    reports,
  };
}

/** Opens the data folder read-only, on the configured engine, for the time of `fn`. */
export async function withDataReader<T>(dataDir: string, fn: (reader: DataReader) => Promise<T>, engine?: ReaderOptions): Promise<T> {
  const reader = await openReader(dataDir, engine);
  try {
    return await fn(reader);
  } finally {
    await reader.close();
  }
}

/**
 * Every KPI's history per cadence, from the reports of each period: a KPI's value is the same in
 * every audience's model of a period, so the first report of the period that holds the KPI gives
 * it (reports arrive in period order). A point is partial when its period is (the report is not
 * complete, or the data covers it only in part) or the KPI's own data covers it only in part.
 * The chart of each history is added by `prepareSiteModel`.
 */
export function kpiHistories(reports: readonly ReportPage[]): KpiHistory[] {
  const byId = new Map<string, KpiHistory>();
  const seen = new Set<string>();
  for (const page of reports) {
    for (const k of page.report.kpis) {
      const key = `${page.cadence}|${page.report.period.id}|${k.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let h = byId.get(k.id);
      if (!h) {
        h = { id: k.id, stage: k.stage, label: k.label, unit: k.unit, direction: k.direction, definition: k.definition, entities: k.entities, custom: k.custom === true, points: {}, historyCadence: null, chart: null };
        byId.set(k.id, h);
      }
      // Partial: the period is still running or the data covers it only in part, or the KPI's data does.
      const partial = page.report.complete === false || page.report.coverage !== null || k.partial !== undefined;
      (h.points[page.cadence] ??= []).push({ period: page.report.period.id, firstDay: page.report.period.firstDay, value: k.available ? k.value : null, partial });
    }
  }
  for (const h of byId.values()) for (const list of Object.values(h.points)) list!.sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  return [...byId.values()];
}
