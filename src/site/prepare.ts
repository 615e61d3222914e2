/**
 * Prepares the site model: report models for the latest month (or the month asked for), their
 * charts rendered to SVG, and the data coverage table. Runs in Node before Astro, with the data
 * reader open; Astro then only renders pages from the result.
 */
import { latestDayWithData, latestMonthWithData } from '../core/metrics/index.ts';
import { monthPeriod } from '../core/periods/period.ts';
import { cachedReportModels } from '../core/report/cached.ts';
import { audienceNames, type AudienceName, type CadenceConfig } from '../core/schema/config.ts';
import { entityNames } from '../core/schema/entities.ts';
import { openReader, type DataReader } from '../core/store/reader.ts';
import { chartView, type ChartContext } from './charts/chart-view.ts';
import { vegaLocale } from './charts/locale.ts';
import { defaultFont } from './charts/theme.ts';
import { createFormat } from './format/numbers.ts';
import { SITE_MODEL_VERSION, type AudienceInfo, type CoverageRow, type ReportPage, type SiteModel } from './site-model.ts';
import { monthlyReportPath } from './urls.ts';

export interface SiteLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface PrepareOptions {
  config: CadenceConfig;
  reader: Pick<DataReader, 'query' | 'manifest'>;
  /** "YYYY-MM" to report on; default: the latest month with data. */
  month?: string;
  /** The local day the reports are made as of; default: the last day with data (so builds are reproducible). */
  asOf?: string;
  /** Folder of the report-model cache (shared with `cadence metrics`), or none. */
  cacheDir?: string | null;
  /** File name of the logo under the base, when one was copied into the site. */
  logo?: string | null;
  log: SiteLogger;
}

const audienceDefaults: Record<AudienceName, Omit<AudienceInfo, 'name'>> = {
  team: { title: 'Social team', summary: 'Every KPI across listening, influencing, networking and selling, with daily mentions.' },
  sales: { title: 'Sales', summary: 'Leads, social-sourced leads, win rate and revenue, with leads per week.' },
  leadership: { title: 'Leadership', summary: 'Headline figures, share of voice against competitors and brand sentiment.' },
};

export async function prepareSiteModel(options: PrepareOptions): Promise<SiteModel> {
  const { config, reader, log } = options;
  const format = createFormat(config.locale, config.currency);
  const audiences: AudienceInfo[] = audienceNames
    .filter((name) => config.audiences[name].cadences.includes('monthly'))
    .map((name) => ({ name, ...audienceDefaults[name], title: config.audiences[name].title ?? audienceDefaults[name].title }));

  const latestMonth = options.month ?? latestMonthWithData(reader.manifest);
  const reports: ReportPage[] = [];
  if (latestMonth === null) {
    log.warn('the data folder holds no data yet: building the home page only (run `cadence pull` first)');
  } else if (audiences.length > 0) {
    const started = performance.now();
    const asOf = options.asOf ?? latestDayWithData(reader.manifest) ?? monthPeriod(latestMonth, config.timezone).lastDay;
    const { models, hit } = await cachedReportModels({
      reader,
      config,
      periods: [monthPeriod(latestMonth, config.timezone)],
      audiences: audiences.map((a) => a.name),
      asOf,
      cacheDir: options.cacheDir ?? null,
      warn: (m) => log.warn(m),
    });
    log.info(`${hit ? 'read' : 'computed'} ${models.length} monthly report model(s) for ${latestMonth} in ${Math.round(performance.now() - started)} ms${hit ? ' (cached)' : ''}`);
    const theme = { colors: config.site.colors, font: config.site.font ?? defaultFont };
    const locale = vegaLocale(config.locale, config.currency);
    for (const report of models) {
      const ctx: ChartContext = {
        format,
        theme,
        locale,
        period: report.period,
        brand: report.brand,
        warn: (m) => log.warn(`chart warning (${report.audience}): ${m}`),
      };
      const charts = [];
      for (const series of report.charts) charts.push(await chartView(series, ctx));
      reports.push({ path: monthlyReportPath(report.period.id, report.audience), report, charts });
    }
  }

  const coverage: CoverageRow[] = entityNames.map((entity) => {
    const e = reader.manifest.entities[entity];
    return { entity, label: entity.replaceAll('_', ' '), rows: e?.rows ?? 0, firstDate: e?.firstDate ?? null, lastDate: e?.lastDate ?? null };
  });
  const dataUntil = latestDayWithData(reader.manifest);

  return {
    modelVersion: SITE_MODEL_VERSION,
    site: {
      title: config.site.title,
      base: config.site.base,
      lang: 'en',
      locale: config.locale,
      currency: config.currency,
      timezone: config.timezone,
      colors: config.site.colors,
      font: config.site.font ?? defaultFont,
      footer: config.site.footer ?? null,
      logo: options.logo ?? null,
    },
    brand: config.brand.name,
    latestMonth,
    dataUntil,
    audiences,
    coverage,
    reports,
  };
}

/** Opens the data folder read-only for the time of `fn`. */
export async function withDataReader<T>(dataDir: string, fn: (reader: DataReader) => Promise<T>): Promise<T> {
  const reader = await openReader(dataDir);
  try {
    return await fn(reader);
  } finally {
    await reader.close();
  }
}
