/**
 * Puts the texts of a report model into the configured language, where the model is built
 * (src/core/report/build.ts).
 *
 * The metrics core computes without a locale. A value it cannot compute carries a stable `code`,
 * an English `reason`, and `why`: the catalog key and values the reason was made from
 * (i18n/reason.ts). Here `why` is worded again in the target language; a reason without `why` (a
 * project metric's own) is kept as written. KPI labels and definitions of built-in KPIs come from
 * the catalog's `kpis` table; a project's own metrics keep their text. Campaign sentences are
 * recomputed from the numbers with the catalog. A few KPI queries write an English `note`, which
 * is still recognised by its shape (the `notes` messages, whose numbers are read back). For
 * English, every function returns its input.
 */
import { classifyLifecycle, defaultLifecycleSettings } from '../benchmarks/campaign-lifecycle.ts';
import type { TargetProgress } from '../benchmarks/comparisons.ts';
import type { CampaignLifecycle, ShareOfVoice } from '../benchmarks/types.ts';
import type { ChartSeries, KpiResult } from '../report/model.ts';
import type { Messages } from './catalog.ts';
import { en } from './en.ts';
import { becauseText, type Because } from './reason.ts';

const isEnglish = (t: Messages) => t === en || t.language === 'en';

/** A carried reason in the language of `t`: its `why` worded again, else its text as written. */
export function localiseReason(b: Because, t: Messages): string {
  return isEnglish(t) ? b.reason : becauseText(b, t);
}

/** The same value with its reason (when it has one) in the language of `t`. */
const withReason = <C extends { reason?: string; why?: Because['why'] }>(c: C, t: Messages): C => (c.reason === undefined ? c : { ...c, reason: localiseReason({ reason: c.reason, ...(c.why ? { why: c.why } : {}) }, t) });

const FOLLOWERS_NOTE = /^(\d+) of (\d+) posts have no follower count of their own; /;
const REACH_NOTE = /^([\d.]+)% of the reach is estimated /;
const AMOUNTLESS_NOTE = /^(\d+) of the (\d+) open deals have no amount /;
const WON_AMOUNTLESS_NOTE = /^(\d+) of the (\d+) won deals have no amount /;

/** A KPI query's English note, in the language of `t`; `count` and `decimal` format its numbers. */
export function localiseNote(note: string, t: Messages, format: { count(n: number): string; value(unit: 'number', n: number): string }): string {
  let m = AMOUNTLESS_NOTE.exec(note);
  if (m) return t.notes.openDealsWithoutAmount({ missing: format.count(Number(m[1])), open: format.count(Number(m[2])) });
  if ((m = WON_AMOUNTLESS_NOTE.exec(note))) return t.notes.wonDealsWithoutAmount({ missing: format.count(Number(m[1])), won: format.count(Number(m[2])) });
  if (isEnglish(t)) return note;
  m = FOLLOWERS_NOTE.exec(note);
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
  if (isEnglish(t)) return k.note ? { ...k, note: localiseNote(k.note, t, format) } : k;
  const text = k.custom ? undefined : t.kpis[k.id];
  const label = text?.label ?? k.label;
  const cmp = k.comparisons;
  const target: TargetProgress | undefined = cmp.target && { ...withReason(cmp.target, t), ...(goal ? { label: goalLabel(label, goal, t) } : {}) };
  return {
    ...withReason(k, t),
    label,
    definition: text?.definition ?? k.definition,
    ...(k.note ? { note: localiseNote(k.note, t, format) } : {}),
    comparisons: {
      ...cmp,
      previous: withReason(cmp.previous, t),
      yearAgo: withReason(cmp.yearAgo, t),
      ...(target ? { target } : {}),
    },
  };
}

/** Any record of lists (available, or unavailable with a reason), in the language of `t`. */
export function localiseLists<L extends object>(lists: L, t: Messages): L {
  if (isEnglish(t)) return lists;
  const out: Record<string, unknown> = {};
  for (const [key, list] of Object.entries(lists)) {
    out[key] = list && typeof list === 'object' && (list as { available?: boolean }).available === false && typeof (list as { reason?: unknown }).reason === 'string' ? withReason(list as Because, t) : list;
  }
  return out as L;
}

export function localiseShareOfVoice(sov: ShareOfVoice, t: Messages): ShareOfVoice {
  return isEnglish(t) || sov.available ? sov : withReason(sov, t);
}

export function localiseChart<C extends ChartSeries>(chart: C, t: Messages): C {
  return isEnglish(t) || chart.available ? chart : (withReason(chart as ChartSeries & Because, t) as C);
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
