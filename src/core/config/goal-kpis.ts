/**
 * Goals name their KPI by id; an id that is neither a built-in KPI nor one of the project's own
 * metrics (`metrics: [defineMetric(…)]`) is a config problem, found when the config is loaded —
 * so `cadence check` and `cadence pull` stop on it, not only the build — with a "did you mean".
 *
 * Reads the raw config (before or after the schema's defaults), so its problems are listed
 * together with the schema's own. The built-in ids come from the KPI registry; the registry
 * imports no config module, so there is no cycle.
 */
import { builtinKpis } from '../metrics/registry.ts';
import { closest } from './did-you-mean.ts';
import type { Problem } from './issues.ts';

/** The shape the schema asks of an id; one that does not match is reported by the schema itself. */
const kpiIdShape = /^[a-z]+\.[a-z0-9_]+$/;

/** Every built-in KPI id, in report order. */
export function builtinKpiIds(): string[] {
  return builtinKpis.map((k) => k.id);
}

/** One problem per goal whose `kpi` names no KPI: `goals[0].kpi: expected …, found "…" — did you mean …?`. */
export function goalKpiProblems(raw: unknown): Problem[] {
  const config = (raw ?? {}) as { goals?: unknown; metrics?: unknown };
  if (!Array.isArray(config.goals)) return [];
  const own = Array.isArray(config.metrics) ? config.metrics.map((m) => (m as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string') : [];
  const known = [...builtinKpiIds(), ...own];
  const problems: Problem[] = [];
  config.goals.forEach((goal, i) => {
    const kpi = (goal as { kpi?: unknown } | null)?.kpi;
    if (typeof kpi !== 'string' || !kpiIdShape.test(kpi) || known.includes(kpi)) return;
    // The nearest id; else the KPI of that name in another stage (listening.revenue → selling.revenue).
    const name = kpi.slice(kpi.indexOf('.') + 1);
    const guess = closest(kpi, known) ?? known.find((k) => k.endsWith(`.${closest(name, known.map((x) => x.slice(x.indexOf('.') + 1))) ?? '\u0000'}`));
    const meant = guess === undefined ? '' : ` — did you mean ${guess}?`;
    problems.push({
      path: `goals[${i}].kpi`,
      message: `expected the id of a built-in KPI or of a metric under \`metrics\` (\`npx cadence metrics --list\` lists them), found ${JSON.stringify(kpi)}${meant}`,
    });
  });
  return problems;
}
