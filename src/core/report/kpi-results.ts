/**
 * A KPI's result in one report: its value and the numbers behind it, its comparisons (previous
 * period, a year earlier, its goal, the typical weekday on day reports — or why there is no
 * typical day yet), its sample (how many cases a rate rests on) and its tone (story/tone.ts):
 * good, bad, mixed or no verdict, the one reading every colour and arrow uses.
 */
import { baselineComparison, comparison, targetProgress, type GoalPeriods, type GoalSpec } from '../benchmarks/comparisons.ts';
import { isoWeekday, sampleDays, typicalDayIn, windowBefore, type DailyIndex } from '../benchmarks/typical-day.ts';
import type { BaselineMetric, BenchmarkSettings, TypicalDay } from '../benchmarks/types.ts';
import { because, carried } from '../i18n/reason.ts';
import { withCoverage, type KpiValues } from '../metrics/compute.ts';
import type { KpiDefinition, KpiValue, MetricsReader } from '../metrics/kpi.ts';
import type { KpiRegistry } from '../metrics/registry.ts';
import { sampleOf } from '../metrics/sample.ts';
import type { Period } from '../periods/period.ts';
import type { Format } from '../story/format.ts';
import { kpiTone, type MentionContext } from '../story/tone.ts';
import type { KpiResult } from './model.ts';

/** The periods a KPI result compares. */
export interface ResultPlan {
  period: Period;
  previous: Period;
  yearAgo: Period;
  goals: { goal: GoalSpec; def: KpiDefinition; periods: GoalPeriods | null }[];
  /** The data covers the period only to this day (a cut last day, or data that ends early): every value is partial. */
  cutTo: string | null;
}

const missing: KpiValue = { available: false, code: 'no_data', ...because({ key: 'notComputed' }) };

/** A KPI's result without its tone (`withTones` adds it once every KPI of the period is known). */
export function kpiResult(
  def: KpiDefinition,
  pl: ResultPlan,
  values: KpiValues,
  series: Partial<Record<BaselineMetric, DailyIndex>>,
  settings: BenchmarkSettings,
  registry: KpiRegistry,
  reader: MetricsReader,
): Omit<KpiResult, 'tone'> {
  const of = (p: Period) => withCoverage(reader, def, p, values.get(def.id)?.get(p.id) ?? missing);
  let current = of(pl.period);
  if (current.available && pl.cutTo && !current.partial) current = { ...current, partial: { firstDay: pl.period.firstDay, lastDay: pl.cutTo } };
  const sample = current.available ? sampleOf(def.sample, current.inputs) : null;
  const result: Omit<KpiResult, 'tone'> = {
    id: def.id,
    stage: def.stage,
    label: def.label,
    unit: def.unit,
    direction: def.direction,
    definition: def.definition,
    entities: def.entities,
    available: current.available,
    value: current.available ? current.value : null,
    ...(current.available
      ? { ...(current.estimated ? { estimated: true } : {}), ...(current.note ? { note: current.note } : {}), ...(current.inputs ? { inputs: current.inputs } : {}), ...(current.partial ? { partial: current.partial } : {}) }
      : { code: current.code, ...carried(current) }),
    ...(registry.isCustom(def.id) ? { custom: true } : {}),
    ...(sample ? { sample } : {}),
    comparisons: {
      previous: comparison(def, current, of(pl.previous), pl.previous.id),
      yearAgo: comparison(def, current, of(pl.yearAgo), pl.yearAgo.id),
    },
  };
  const goal = pl.goals.find((g) => g.def.id === def.id);
  if (goal?.periods) {
    result.comparisons.target = targetProgress(def, goal.goal, goal.periods, of(goal.periods.toDate), goal.periods.base ? of(goal.periods.base) : null);
  }
  if (pl.period.kind === 'day' && def.baseline && series[def.baseline]) {
    const index = series[def.baseline]!;
    const typical: TypicalDay | null = typicalDayIn(index, pl.period.firstDay, def.baseline, settings);
    const b = baselineComparison(current, typical, settings.threshold);
    if (b) result.comparisons.baseline = b;
    else if (current.available && !typical) {
      const window = windowBefore(pl.period.firstDay, settings.windowDays);
      const weekday = isoWeekday(pl.period.firstDay);
      result.comparisons.noBaseline = { weekday, samples: sampleDays(index, window.firstDay, window.lastDay, weekday).length, needed: settings.minSamples };
    }
  }
  return result;
}

/** The brand mentions' rise and its negative part, the context every attention KPI is judged in. */
export function mentionContext(kpis: ReadonlyMap<string, Omit<KpiResult, 'tone'>>): MentionContext | null {
  const m = kpis.get('listening.mentions');
  const n = kpis.get('listening.negative_mentions');
  if (!m?.available || m.value === null || m.inputs?.negative === undefined) return null;
  const base = m.comparisons.baseline;
  if (base) {
    const nb = n?.comparisons.baseline;
    return nb ? { volume: m.value, negative: m.inputs.negative, baseVolume: base.expected, baseNegative: nb.expected } : null;
  }
  const prev = m.comparisons.previous;
  if (!prev.available || prev.value === null || prev.inputs?.negative === undefined || m.partial || prev.partial) return null;
  return { volume: m.value, negative: m.inputs.negative, baseVolume: prev.value, baseNegative: prev.inputs.negative };
}

/** The results with their tones: each judged against its first comparison, attention KPIs in the brand mentions' context. */
export function withTones(results: readonly Omit<KpiResult, 'tone'>[], defs: ReadonlyMap<string, KpiDefinition>, format: Format): KpiResult[] {
  const byId = new Map(results.map((k) => [k.id, k]));
  const context = mentionContext(byId);
  return results.map((k) => {
    const def = defs.get(k.id)!;
    return { ...k, tone: kpiTone({ def, available: k.available, value: k.value, inputs: k.inputs, partial: k.partial, previous: k.comparisons.previous, baseline: k.comparisons.baseline }, context, format) };
  });
}
