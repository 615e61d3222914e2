/**
 * The KPI registry: the built-in KPIs in report order, looked up by id. A registry is a value,
 * not module state: metric plugins will make their own with `createKpiRegistry([...builtins, ...theirs])`.
 */
import { CadenceError } from '../errors.ts';
import type { KpiDefinition } from './kpi.ts';
import { influencingKpis } from './stages/influencing.ts';
import { listeningKpis } from './stages/listening.ts';
import { networkingKpis } from './stages/networking.ts';
import { sellingKpis } from './stages/selling.ts';

export interface KpiRegistry {
  /** Every KPI, in report order (stage by stage). */
  list(): readonly KpiDefinition[];
  get(id: string): KpiDefinition | undefined;
  /** Like get, but throws for an unknown id. */
  require(id: string): KpiDefinition;
}

export const builtinKpis: readonly KpiDefinition[] = [...listeningKpis, ...influencingKpis, ...networkingKpis, ...sellingKpis];

export function createKpiRegistry(definitions: readonly KpiDefinition[]): KpiRegistry {
  const byId = new Map<string, KpiDefinition>();
  for (const def of definitions) {
    if (byId.has(def.id)) throw new Error(`KPI "${def.id}" is defined twice`);
    byId.set(def.id, def);
  }
  const all = [...definitions];
  return {
    list: () => all,
    get: (id) => byId.get(id),
    require(id) {
      const def = byId.get(id);
      if (!def) throw new CadenceError('CADENCE_CONFIG_INVALID', `unknown KPI "${id}"`, { hint: `Known KPIs: ${all.map((d) => d.id).join(', ')}.` });
      return def;
    },
  };
}

/** The registry of the built-in KPIs. */
export const defaultKpiRegistry: KpiRegistry = createKpiRegistry(builtinKpis);
