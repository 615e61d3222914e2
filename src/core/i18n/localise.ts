/**
 * Puts the texts of a report model into the configured language, where the model is built
 * (src/core/report/build.ts).
 *
 * The metrics core computes without a locale: a value it cannot compute carries a stable `code`
 * and an English `reason`, and a few KPI queries write an English `note`. Rather than thread a
 * catalog through the engine, every KPI, list and benchmark (and every project metric), the
 * English texts core writes are recognised here by their shape (the `reasons` and `notes`
 * messages of the English catalog, whose parameters are read back) and written again with the
 * same parameters in the target language. A text of unknown shape (a project metric's own
 * reason) is kept as written. KPI labels and definitions of built-in KPIs come from the
 * catalog's `kpis` table; a project's own metrics keep their text. Campaign sentences are
 * recomputed from the numbers with the catalog. For English, every function returns its input.
 */
import { classifyLifecycle, defaultLifecycleSettings } from '../benchmarks/campaign-lifecycle.ts';
import type { TargetProgress } from '../benchmarks/comparisons.ts';
import type { CampaignLifecycle, ShareOfVoice } from '../benchmarks/types.ts';
import type { ChartSeries, KpiResult } from '../report/model.ts';
import type { Messages } from './catalog.ts';
import { en } from './en.ts';

const isEnglish = (t: Messages) => t === en || t.language === 'en';

/** English entity label ("care cases") → the target language's. */
function entity(label: string, t: Messages): string {
  const key = (Object.keys(en.entities) as (keyof typeof en.entities)[]).find((k) => en.entities[k] === label || k.replaceAll('_', ' ') === label);
  return key ? t.entities[key] : label;
}

/** English KPI "when empty" reasons → KPI id. */
const emptyReasons = new Map(Object.entries(en.kpis).flatMap(([id, k]) => (k.whenEmpty ? [[k.whenEmpty, id] as const] : [])));

const NOT_COVERED = /^no (.+) imported for (\S+) \((.+) cover (\S+) to (\S+)\)$/;
const NO_DATA = /^no (.+) imported$/;
const OFFERS_FOR = /^no offers or leads imported for (\S+)$/;
const IN_PERIOD = /^no mentions of the brand or its competitors in (\S+)$/;
const BASE_PARTIAL = /^(\S+) is only partly covered by the data \((\S+) to (\S+)\), so the change cannot be measured against it$/;
const NO_BASE_VALUE = /^no value for (\S+) to measure the change against \((.*)\)$/;

/** A reason core wrote in English, in the language of `t` (unchanged when its shape is unknown). */
export function localiseReason(reason: string, t: Messages): string {
  if (isEnglish(t)) return reason;
  const r = t.reasons;
  const id = emptyReasons.get(reason);
  if (id) return t.kpis[id]?.whenEmpty ?? reason;
  switch (reason) {
    case en.reasons.notComputed:
      return r.notComputed;
    case en.reasons.noCompetitors:
      return r.noCompetitors;
    case en.reasons.noCompetitorsVoice:
      return r.noCompetitorsVoice;
    case en.reasons.noTrackedMentions:
      return r.noTrackedMentions;
    case en.reasons.noVoice:
      return r.noVoice;
    case en.reasons.noBase:
      return r.noBase;
    case en.reasons.noOffersOrLeads:
      return r.noOffersOrLeads;
    case en.reasons.noOfferNamed:
      return r.noOfferNamed;
  }
  let m = OFFERS_FOR.exec(reason);
  if (m) return r.noOffersOrLeadsFor({ period: m[1]! });
  m = NOT_COVERED.exec(reason);
  if (m) return r.notCovered({ entity: entity(m[1]!, t), period: m[2]!, from: m[4]!, to: m[5]! });
  if ((m = NO_DATA.exec(reason))) return r.noData({ entity: entity(m[1]!, t) });
  if ((m = IN_PERIOD.exec(reason))) return r.noTrackedMentionsIn({ period: m[1]! });
  if ((m = BASE_PARTIAL.exec(reason))) return r.basePartial({ period: m[1]!, from: m[2]!, to: m[3]! });
  if ((m = NO_BASE_VALUE.exec(reason))) return r.noBaseValue({ period: m[1]!, reason: localiseReason(m[2]!, t) });
  return reason;
}

const FOLLOWERS_NOTE = /^(\d+) of (\d+) posts have no follower count of their own; /;
const REACH_NOTE = /^([\d.]+)% of the reach is estimated /;

/** A KPI query's English note, in the language of `t`; `count` and `decimal` format its numbers. */
export function localiseNote(note: string, t: Messages, format: { count(n: number): string; value(unit: 'number', n: number): string }): string {
  if (isEnglish(t)) return note;
  let m = FOLLOWERS_NOTE.exec(note);
  if (m) return t.notes.followersFromSnapshot({ estimated: format.count(Number(m[1])), posts: format.count(Number(m[2])) });
  if ((m = REACH_NOTE.exec(note))) return t.notes.reachEstimated({ share: format.value('number', Number(m[1])) });
  return note;
}

/** A goal as the config states it (for its default label). */
export interface GoalText {
  label?: string;
  target?: number;
  change?: number;
}

/** The default label of a goal without one ("Leads: target 120", "Revenue: +10%"), in the language of `t`. */
export function goalLabel(kpiLabel: string, goal: GoalText, t: Messages): string {
  if (goal.label !== undefined) return goal.label;
  if (goal.target !== undefined) return t.goals.target({ kpi: kpiLabel, target: String(goal.target) });
  return t.goals.change({ kpi: kpiLabel, change: `${goal.change! >= 0 ? '+' : ''}${Math.round(goal.change! * 100)}%` });
}

type Formats = Parameters<typeof localiseNote>[2];

/**
 * A KPI result in the language of `t`: label and definition of a built-in KPI from the catalog
 * (`custom` results keep theirs), its reasons and note, its comparisons' reasons, and the goal's
 * default label.
 */
export function localiseKpiResult(k: KpiResult, t: Messages, format: Formats, goal?: GoalText): KpiResult {
  if (isEnglish(t)) return k;
  const text = k.custom ? undefined : t.kpis[k.id];
  const label = text?.label ?? k.label;
  const cmp = k.comparisons;
  const withReason = <C extends { reason?: string }>(c: C): C => (c.reason ? { ...c, reason: localiseReason(c.reason, t) } : c);
  const target: TargetProgress | undefined = cmp.target && { ...withReason(cmp.target), ...(goal ? { label: goalLabel(label, goal, t) } : {}) };
  return {
    ...k,
    label,
    definition: text?.definition ?? k.definition,
    ...(k.reason ? { reason: localiseReason(k.reason, t) } : {}),
    ...(k.note ? { note: localiseNote(k.note, t, format) } : {}),
    comparisons: {
      ...cmp,
      previous: withReason(cmp.previous),
      yearAgo: withReason(cmp.yearAgo),
      ...(target ? { target } : {}),
    },
  };
}

/** Any record of lists (available, or unavailable with a reason), in the language of `t`. */
export function localiseLists<L extends object>(lists: L, t: Messages): L {
  if (isEnglish(t)) return lists;
  const out: Record<string, unknown> = {};
  for (const [key, list] of Object.entries(lists)) {
    out[key] = list && typeof list === 'object' && (list as { available?: boolean }).available === false && typeof (list as { reason?: unknown }).reason === 'string'
      ? { ...list, reason: localiseReason((list as { reason: string }).reason, t) }
      : list;
  }
  return out as L;
}

export function localiseShareOfVoice(sov: ShareOfVoice, t: Messages): ShareOfVoice {
  return isEnglish(t) || sov.available ? sov : { ...sov, reason: localiseReason(sov.reason, t) };
}

export function localiseChart<C extends ChartSeries>(chart: C, t: Messages): C {
  return isEnglish(t) || chart.available ? chart : { ...chart, reason: localiseReason(chart.reason, t) };
}

/**
 * A campaign's "why" sentence in the language of `t`, recomputed from its full weeks (the first
 * `numbers.weeks` weeks of age) as the build classified it.
 */
export function localiseCampaign(c: CampaignLifecycle, t: Messages): CampaignLifecycle {
  if (isEnglish(t)) return c;
  const full = c.byAge.slice(0, c.numbers.weeks);
  const last = full[full.length - 1];
  const { why } = classifyLifecycle(full.map((w) => w.engagement), defaultLifecycleSettings, {
    lastWeekAfterEnd: Boolean(last && c.endedOn && last.firstDay > c.endedOn),
    messages: t.campaigns,
  });
  return { ...c, why };
}
