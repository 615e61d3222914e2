/**
 * Builds report models: for each period asked for (of any cadence) and each audience, the KPIs
 * with their comparisons, the benchmarks, the lists and the findings.
 *
 * Work is batched across periods, which is what makes "every day, week, month, quarter and year
 * of the data" affordable: every KPI is one query over all the periods a build needs (the
 * periods, their previous periods, the same periods a year earlier, goal periods); the daily
 * series behind the typical day and the spike detector are loaded once for the whole span;
 * share of voice and each list are one query for all periods; campaign lifecycles are computed
 * once and seen from each period's last day.
 */
import { type GoalPeriods, type GoalSpec } from '../benchmarks/comparisons.ts';
import { campaignLifecycles } from '../benchmarks/campaign-lifecycle.ts';
import { lifecyclesAsOf } from './campaigns-as-of.ts';
import { anonymousAnomalies, anonymousLists, namesPeople } from './privacy.ts';
import { attachDrivers } from '../benchmarks/drivers.ts';
import { detectAnomalies } from '../benchmarks/anomalies.ts';
import { loadDailySeries } from '../benchmarks/daily-series.ts';
import { eventEvidence } from '../benchmarks/event-evidence.ts';
import { groupEvents } from '../benchmarks/events.ts';
import { computeVoice, shareOfVoiceFor } from '../benchmarks/share-of-voice.ts';
import { addDays, indexPoints, typicalDayIn, typicalWeek, type DailyIndex } from '../benchmarks/typical-day.ts';
import { baselineMetrics, type Anomaly, type BaselineMetric, type BenchmarkSettings } from '../benchmarks/types.ts';
import { CadenceError } from '../errors.ts';
import { monthlyAudienceSpecs, specKpiIds } from '../metrics/audiences.ts';
import { computeKpis, createPeriodTables } from '../metrics/compute.ts';
import type { KpiDefinition, MetricsReader } from '../metrics/kpi.ts';
import { earliestDayWithData, latestDayWithData, latestInstant, withLocalDays } from '../metrics/data-days.ts';
import { computeLists } from '../metrics/lists/index.ts';
import { registryFor, type KpiRegistry } from '../metrics/registry.ts';
import { cadenceOfKind, periodContaining, periodUpTo, previousPeriod, rangePeriod, yearAgoPeriod, type Period } from '../periods/period.ts';
import { audienceNames, type AudienceName, type CadenceConfig } from '../schema/config.ts';
import { createFormat, type Format } from '../story/format.ts';
import type { PeriodCoverage } from '../story/notes.ts';
import { publicHandles } from '../story/quotes.ts';
import { buildStory } from '../story/story.ts';
import { chartMarks } from '../story/marks.ts';
import { localiseCampaign, localiseChart, localiseKpiResult, localiseLists, localiseShareOfVoice } from '../i18n/localise.ts';
import { periodIdLabel, periodLabel } from '../story/period-label.ts';
import type { Messages } from '../i18n/catalog.ts';
import { dailyMentionsSeries, loadDailyChartData, shareOfVoiceSeries, weeklyLeadsSeries } from './charts.ts';
import { kpiResult, withTones } from './kpi-results.ts';
import { REPORT_MODEL_VERSION, type KpiResult, type ReportModel } from './model.ts';
import { closest } from '../config/did-you-mean.ts';

/** The slice of the configuration a build reads. */
export type ModelConfig = Pick<CadenceConfig, 'brand' | 'competitors' | 'timezone' | 'currency' | 'locale' | 'goals' | 'metrics' | 'benchmarks' | 'sla'>;

export interface BuildModelsOptions {
  reader: MetricsReader;
  config: ModelConfig;
  /** The report periods (any kinds, one time zone: config.timezone). */
  periods: readonly Period[];
  audiences?: readonly AudienceName[];
  /** The local day the reports are made as of ("YYYY-MM-DD"): goals count days up to it. */
  asOf: string;
  registry?: KpiRegistry;
  /** Called with a short label as each stage of the build starts (for progress and timing). */
  onStage?: (stage: string) => void;
}

interface PeriodPlan {
  period: Period;
  previous: Period;
  yearAgo: Period;
  /** The last local day the report counts (the period's end, the as-of day or the data's end, whichever is first). */
  cut: string;
  goals: { goal: GoalSpec; def: KpiDefinition; periods: GoalPeriods | null }[];
  /** Where the data covers the period only in part (notes.ts), or null. */
  coverage: PeriodCoverage | null;
  /** Every value of the period is partial up to this day (a last day cut short), or null. */
  cutTo: string | null;
}

/**
 * The data's last day is cut short when at least this share of a usual day's rows (the 28 days
 * before, of the entity with the latest row) come later in the day than the data's latest row.
 */
export const CUT_DAY_LATER_SHARE = 0.05;

/** Where the data leaves the period uncovered: it starts late, ends early, or its last day is cut short. */
function coverageOf(period: Period, data: { from: string | null; until: string | null; last: { day: string; time: string; later: number } | null }): PeriodCoverage | null {
  const from = data.from !== null && data.from > period.firstDay && data.from <= period.lastDay ? data.from : null;
  let until = data.until !== null && data.until < period.lastDay && data.until >= period.firstDay ? data.until : null;
  let time: string | null = null;
  const last = data.last;
  if (last && last.day >= period.firstDay && last.day <= period.lastDay && (data.until === null || last.day >= data.until) && last.later >= CUT_DAY_LATER_SHARE) {
    until = last.day;
    time = last.time;
  }
  return from || until ? { from, until, time } : null;
}

function plan(period: Period, config: ModelConfig, registry: KpiRegistry, asOf: string, dataUntil: string | null, coverage: PeriodCoverage | null = null): PeriodPlan {
  const cut = [period.lastDay, asOf, dataUntil ?? period.lastDay].reduce((a, b) => (b < a ? b : a));
  const goals = config.goals.map((goal) => {
    const def = registry.get(goal.kpi)!;
    const goalPeriod = periodContaining(goal.period, period.lastDay, period.timezone);
    const toDate = periodUpTo(goalPeriod, cut);
    const base = goal.target !== undefined ? null : goal.versus === 'previous_year' ? yearAgoPeriod(goalPeriod) : previousPeriod(goalPeriod);
    return { goal: goal as GoalSpec, def, periods: toDate ? { goal: goalPeriod, toDate, base } : null };
  });
  return { period, previous: previousPeriod(period), yearAgo: yearAgoPeriod(period), cut, goals, coverage, cutTo: coverage?.time ? coverage.until : null };
}

export async function buildReportModels(options: BuildModelsOptions): Promise<ReportModel[]> {
  const { config, asOf } = options;
  // Coverage in local days: where the data starts and ends agrees with the days rows are counted in.
  const reader = await withLocalDays(options.reader, config.timezone);
  const stage = options.onStage ?? (() => {});
  const registry = options.registry ?? registryFor(config);
  const audiences = options.audiences ?? audienceNames;
  config.goals.forEach((goal, i) => {
    if (!registry.get(goal.kpi)) {
      const known = registry.list().map((k) => k.id);
      const guess = closest(goal.kpi, known);
      throw new CadenceError('CADENCE_GOAL_UNKNOWN_KPI', `goals[${i}].kpi: "${goal.kpi}" is not a KPI${guess ? ` — did you mean ${guess}?` : ''}`, { place: { key: `goals[${i}].kpi` }, hint: `Known KPIs: ${known.join(', ')}.` });
    }
  });
  const periods = [...new Map(options.periods.map((p) => [p.id, p])).values()];
  if (periods.length === 0) return [];
  for (const p of periods) {
    if (p.timezone !== config.timezone) throw new Error(`period ${p.id} is cut in ${p.timezone}, the config reports in ${config.timezone}`);
  }
  const dataUntil = latestDayWithData(reader.manifest);
  const dataFrom = earliestDayWithData(reader.manifest);
  const lastInstant = dataUntil === null ? null : await latestInstant(reader, config.timezone);
  const plans = periods.map((p) => plan(p, config, registry, asOf, dataUntil, coverageOf(p, { from: dataFrom, until: dataUntil, last: lastInstant })));
  const settings: BenchmarkSettings = { ...config.benchmarks };

  stage('kpis');
  // One set of period tables (and one mention day cube) for the KPIs and the charts.
  const compared = [...new Map(plans.flatMap((pl) => [pl.period, pl.previous, pl.yearAgo]).map((p) => [p.id, p])).values()];
  const first = periods.map((p) => p.firstDay).reduce((a, b) => (b < a ? b : a));
  const last = periods.map((p) => p.lastDay).reduce((a, b) => (b > a ? b : a));
  const seriesRange = { firstDay: addDays(first, -settings.windowDays), lastDay: last };
  const tables = await createPeriodTables(reader, compared, rangePeriod(seriesRange.firstDay, seriesRange.lastDay, config.timezone));
  try {
    const values = await computeKpis({ reader, config, kpis: registry.list(), periods: compared, tables });
    // Goal periods (the goal's period to date, its base) only for the KPIs that have a goal.
    for (const def of new Set(plans.flatMap((pl) => pl.goals.map((g) => g.def)))) {
      const goalPeriods = plans.flatMap((pl) => pl.goals.filter((g) => g.def === def && g.periods).flatMap((g) => [g.periods!.toDate, ...(g.periods!.base ? [g.periods!.base] : [])]));
      const more = await computeKpis({ reader, config, kpis: [def], periods: goalPeriods });
      const into = values.get(def.id)!;
      for (const [period, value] of more.get(def.id) ?? []) if (!into.has(period)) into.set(period, value);
    }

    stage('daily series');
    await tables.ensureMentionDays(config);
    const series = await loadDailySeries(reader, config, seriesRange, tables.mentionDays);

    stage('anomalies');
    // The data's last day, cut short, is no drop: half a day is below a whole typical day. A
    // spike on it is kept (already above a whole typical day by the time the data stops).
    const cutDay = lastInstant && lastInstant.later >= CUT_DAY_LATER_SHARE ? lastInstant.day : null;
    const bare = baselineMetrics
      .flatMap((metric) => (series[metric] ? detectAnomalies(series[metric]!, metric, settings, { firstDay: first, lastDay: last }) : []))
      .filter((a) => !(a.date === cutDay && a.direction === 'drop'));
    const anomalies = await attachDrivers(reader, config, bare, settings);
    const seriesIndex: Partial<Record<BaselineMetric, DailyIndex>> = {};
    for (const metric of baselineMetrics) if (series[metric]) seriesIndex[metric] = indexPoints(series[metric]!);

    stage('share of voice');
    const voice = await computeVoice(reader, config, [...periods, ...plans.map((pl) => pl.previous)]);

    stage('campaigns');
    const lastCut = plans.map((pl) => pl.cut).reduce((a, b) => (b > a ? b : a));
    const lifecycles = (reader.manifest.entities.campaigns?.rows ?? 0) > 0 ? await campaignLifecycles(reader, config, { asOfDay: lastCut }) : [];

    stage('events');
    const events = groupEvents(anomalies, lifecycles, seriesIndex, settings);
    const evidence = await eventEvidence(reader, config, events);
    const baseline = { from: firstDayWithBaseline(seriesIndex.mentions, settings), dataDays: seriesIndex.mentions?.size ?? 0, needed: settings.minSamples };
    const marks = chartMarks(events, evidence, lifecycles, createFormat(config.locale, config.currency).t);

    stage('lists');
    const lists = await computeLists(reader, config, periods);

    stage('charts');
    const span = rangePeriod(first, last, config.timezone);
    const chartData = await loadDailyChartData(reader, config, span, tables.mentionDays);

    stage('findings');
    const format = createFormat(config.locale, config.currency);
    // The catalog, with period ids and days of reworded reasons named as pages name them ("September 2026").
    const wording = { ...format.t, labels: { period: (id: string) => periodIdLabel(id, format), day: (d: string) => format.day(d) } };
    const defs = new Map(registry.list().map((d) => [d.id, d]));
    const withBaseline = new Set(registry.list().filter((d) => d.baseline).map((d) => d.id));
    const keepHandles = publicHandles(config);
    const typicalByCut = new Map<string, ReportModel['typicalWeek']>();
    const out: ReportModel[] = [];
    /** Each model's story, told once every model's figures are known (its own stage, for progress and timing). */
    const tell: (() => void)[] = [];
    for (const pl of plans) {
      const { period } = pl;
      const kpis = localisedKpis(withTones(registry.list().map((def) => kpiResult(def, pl, values, seriesIndex, settings, registry, reader)), defs, format), pl, format, wording);
      const kpiById = new Map(kpis.map((k) => [k.id, k]));
      const periodAnomalies = anomalies.filter((a) => a.date >= period.firstDay && a.date <= period.lastDay).sort(byDate);
      const periodEvents = events.filter((e) => e.lastDay >= period.firstDay && e.firstDay <= period.lastDay && e.peakDay >= period.firstDay && e.peakDay <= period.lastDay);
      const shareOfVoice = localiseShareOfVoice(shareOfVoiceFor(voice, period, pl.previous), wording);
      const campaigns = lifecyclesAsOf(lifecycles, lastCut, period, pl.cut).map((c) => localiseCampaign(c, format.t));
      const anonymous = anonymousAnomalies(periodAnomalies);
      const previousLabel = periodLabel(pl.previous, format);
      const charts = {
        daily_mentions: localiseChart(dailyMentionsSeries(chartData, reader, config, period, marks), wording),
        weekly_leads: localiseChart(weeklyLeadsSeries(chartData, reader, period), wording),
        share_of_voice: localiseChart(shareOfVoiceSeries(voice.get(period.id), config), wording),
      };
      const rawLists = lists.get(period.id)!;
      const periodLists = localiseLists(rawLists, wording);
      // What sales and leadership get: no person named (privacy.ts), worded like the rest.
      const peoplelessLists = localiseLists(anonymousLists(rawLists), wording);
      // Periods ending on the same day (a day, its week, month…) share their typical week.
      let typical = typicalByCut.get(pl.cut);
      if (!typical) {
        typical = {};
        for (const metric of baselineMetrics) if (seriesIndex[metric]) typical[metric] = typicalWeek(seriesIndex[metric]!, pl.cut, metric, settings);
        typicalByCut.set(pl.cut, typical);
      }
      for (const audience of audiences) {
        const spec = monthlyAudienceSpecs[audience];
        const ids = new Set(specKpiIds(spec, registry));
        const people = namesPeople(audience);
        const model: ReportModel = {
          modelVersion: REPORT_MODEL_VERSION,
          period,
          cadence: cadenceOfKind[period.kind] ?? 'custom',
          audience,
          previous: pl.previous,
          yearAgo: pl.yearAgo,
          asOf,
          dataUntil,
          complete: dataUntil !== null && dataUntil >= period.lastDay && asOf >= period.lastDay && !pl.coverage?.until,
          coverage: pl.coverage,
          typicalFrom: baseline.from,
          brand: config.brand.name,
          competitors: config.competitors.map((c) => c.name),
          currency: config.currency,
          timezone: config.timezone,
          kpis: [...ids].map((id) => kpiById.get(id)!),
          highlights: spec.highlights.filter((id) => ids.has(id)),
          lists: people ? periodLists : peoplelessLists,
          typicalWeek: typical,
          anomalies: people ? periodAnomalies : anonymous,
          shareOfVoice,
          campaigns,
          findings: [],
          story: { headline: null, notes: [], explanations: [], typicalNote: null, nextSteps: [], voices: [], months: [] },
          charts: spec.charts.map((kind) => charts[kind]),
        };
        out.push(model);
        tell.push(() => Object.assign(model, buildStory({
          audience,
          period,
          previousLabel,
          kpis,
          audienceKpis: ids,
          withBaseline,
          events: periodEvents,
          evidence,
          shareOfVoice,
          campaigns,
          lists: people ? periodLists : peoplelessLists,
          brand: config.brand.name,
          sla: config.sla,
          namesPeople: people,
          keepHandles,
          baseline,
          coverage: pl.coverage,
          format,
        })));
      }
    }

    stage('story');
    for (const t of tell) t();
    return out;
  } finally {
    await tables.drop();
  }
}

/**
 * The KPI results in the configured language (before the findings read their labels): labels and
 * definitions of built-in KPIs from the catalog, reasons and notes re-worded, goal labels made
 * again from the localised KPI label (src/core/i18n/localise.ts). English is what core writes.
 */
function localisedKpis(kpis: KpiResult[], pl: PeriodPlan, format: Format, wording: Messages): KpiResult[] {
  if (format.t.language === 'en') return kpis;
  return kpis.map((k) => localiseKpiResult(k, wording, format, pl.goals.find((g) => g.def.id === k.id)?.goal));
}

const byDate = (a: Anomaly, b: Anomaly) => a.date.localeCompare(b.date) || a.metric.localeCompare(b.metric);

/** The first day of the series whose weekday has a typical day (enough earlier same-weekday days), or null. */
function firstDayWithBaseline(index: DailyIndex | undefined, settings: BenchmarkSettings): string | null {
  if (!index || index.size === 0) return null;
  const days = [...index.keys()].sort();
  for (const day of days) if (typicalDayIn(index, day, 'mentions', settings)) return day;
  return null;
}
