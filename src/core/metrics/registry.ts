/**
 * The KPI registry: the built-in KPIs in report order, looked up by id. A registry is a value,
 * not module state: metric plugins will make their own with `createKpiRegistry([...builtins, ...theirs])`.
 */
import { CadenceError } from '../errors.ts';
import type { CadenceConfig } from '../schema/config.ts';
import { defineKpi, kpiStages, type KpiDefinition } from './kpi.ts';
import { influencingKpis } from './stages/influencing.ts';
import { hashtagUsesKpi, mentionSharesKpi, negativeMentionsKpi, newFollowersKpi } from './stages/daily-volumes.ts';
import { listeningKpis } from './stages/listening.ts';
import { networkingKpis } from './stages/networking.ts';
import { sellingKpis } from './stages/selling.ts';

export interface KpiRegistry {
  /** Every KPI, in report order (stage by stage). */
  list(): readonly KpiDefinition[];
  get(id: string): KpiDefinition | undefined;
  /** Like get, but throws for an unknown id. */
  require(id: string): KpiDefinition;
  /** Whether the KPI is the project's own (defineMetric), not built in. */
  isCustom(id: string): boolean;
}

/** `extra` placed right after the KPI `after` (the daily volumes sit next to their stage's kin). */
const after = (list: readonly KpiDefinition[], id: string, extra: readonly KpiDefinition[]) => list.flatMap((k) => (k.id === id ? [k, ...extra] : [k]));

export const builtinKpis: readonly KpiDefinition[] = [
  ...after(listeningKpis, 'listening.mentions', [negativeMentionsKpi, mentionSharesKpi, hashtagUsesKpi]),
  ...after(influencingKpis, 'influencing.audience_growth_rate', [newFollowersKpi]),
  ...networkingKpis,
  ...sellingKpis,
];

export function createKpiRegistry(definitions: readonly KpiDefinition[], customIds: ReadonlySet<string> = new Set()): KpiRegistry {
  const byId = new Map<string, KpiDefinition>();
  for (const def of definitions) {
    if (byId.has(def.id)) {
      throw new CadenceError('CADENCE_METRIC_INVALID', `metric "${def.id}" is defined twice`, { hint: 'Give the metric its own id; built-in KPI ids cannot be redefined (list them with `npx cadence metrics --list`).' });
    }
    byId.set(def.id, def);
  }
  // Stage by stage (listening, influencing, networking, selling); a project's metric joins the end of its stage.
  const stageIndex = (d: KpiDefinition) => kpiStages.indexOf(d.stage);
  const all = definitions.map((d, i) => ({ d, i })).sort((a, b) => stageIndex(a.d) - stageIndex(b.d) || a.i - b.i).map((x) => x.d);
  return {
    list: () => all,
    get: (id) => byId.get(id),
    isCustom: (id) => customIds.has(id),
    require(id) {
      const def = byId.get(id);
      if (!def) throw new CadenceError('CADENCE_CONFIG_INVALID', `unknown KPI "${id}"`, { hint: `Known KPIs: ${all.map((d) => d.id).join(', ')}.` });
      return def;
    },
  };
}

/** The built-in KPIs plus the project's own (`metrics` in cadence.config.ts, made with defineMetric). */
export function registryFor(config: Pick<CadenceConfig, 'metrics'>): KpiRegistry {
  const own = (config.metrics ?? []).map((m) => defineKpi(m as unknown as KpiDefinition));
  return createKpiRegistry([...builtinKpis, ...own], new Set(own.map((m) => m.id)));
}

/** The registry of the built-in KPIs. */
export const defaultKpiRegistry: KpiRegistry = createKpiRegistry(builtinKpis);
