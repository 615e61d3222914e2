/**
 * Why a value is unavailable, as made where it is found: a message key of the catalog's
 * `reasons` and its values (`why`), next to the English text every consumer reads (`reason`).
 * The model builder words `why` again in the configured language (localise.ts), so the metrics
 * core needs no formatter and no text is ever parsed back.
 *
 * Entities are named by their schema name ("care_cases") and worded by the catalog's `entities`.
 * A KPI's "when empty" sentence is named by its KPI id and its English text: a built-in KPI's is
 * translated, a project metric's own stays as written.
 *
 * The English text is made from `en-reasons.ts` alone: the metrics core calls this module, and the
 * whole catalog (en.ts) reads the built-in KPI definitions, which would make an import cycle.
 */
import type { EntityName } from '../schema/entities.ts';
import type { Messages } from './catalog.ts';
import { reasons as englishReasons } from './en-reasons.ts';

export type Reason =
  | { key: 'notComputed' | 'noCompetitors' | 'noCompetitorsVoice' | 'noTrackedMentions' | 'noVoice' | 'noBase' | 'noOffersOrLeads' | 'noOfferNamed' | 'peopleWithheld' }
  | { key: 'noData'; entity: string }
  | { key: 'notProvided'; entity: string; fields: string[] }
  | { key: 'notCovered'; entity: string; period: string; from: string; to: string }
  | { key: 'noTrackedMentionsIn' | 'noOffersOrLeadsFor'; period: string }
  | { key: 'basePartial'; period: string; from: string; to: string }
  | { key: 'noBaseValue'; period: string; base: Because }
  | { key: 'whenEmpty'; kpi: string; text: string };

/** A reason as values carry it: the English text, and what it is made of when core made it. */
export interface Because {
  reason: string;
  why?: Reason;
}

/**
 * How a reworded reason names a period id and a day ("September 2026", "1 July 2025"); without it
 * they stay as core wrote them ("2026-09", "2025-07-01").
 */
export interface ReasonLabels {
  period(id: string): string;
  day(day: string): string;
}

/** The parts of a catalog a reason is worded with. */
export type ReasonMessages = Pick<Messages, 'reasons'> & { entities?: Messages['entities']; kpis?: Messages['kpis']; fields?: Messages['fields']; labels?: ReasonLabels };

/** English, without the catalog: entity names from their schema names, "when empty" texts as written. */
const english: ReasonMessages = { reasons: englishReasons };

const entityText = (entity: string, t: ReasonMessages): string => t.entities?.[entity as EntityName] ?? entity.replaceAll('_', ' ');

/** The sentence of a reason in the language of `t` (English by default). */
export function reasonText(r: Reason, t: ReasonMessages = english): string {
  const m = t.reasons;
  const period = (id: string) => t.labels?.period(id) ?? id;
  const day = (d: string) => t.labels?.day(d) ?? d;
  switch (r.key) {
    case 'noData':
      return m.noData({ entity: entityText(r.entity, t) });
    case 'notProvided':
      return m.notProvided({ entity: entityText(r.entity, t), fields: r.fields.map((f) => t.fields?.[f] ?? f.replaceAll('_', ' ')) });
    case 'notCovered':
      return m.notCovered({ entity: entityText(r.entity, t), period: period(r.period), from: day(r.from), to: day(r.to) });
    case 'noTrackedMentionsIn':
      return m.noTrackedMentionsIn({ period: period(r.period) });
    case 'noOffersOrLeadsFor':
      return m.noOffersOrLeadsFor({ period: period(r.period) });
    case 'basePartial':
      return m.basePartial({ period: period(r.period), from: day(r.from), to: day(r.to) });
    case 'noBaseValue':
      return m.noBaseValue({ period: period(r.period), reason: becauseText(r.base, t) });
    case 'whenEmpty':
      return t.kpis?.[r.kpi]?.whenEmpty ?? r.text;
    default:
      return m[r.key];
  }
}

/** `reason` and `why` of a reason made in core. */
export const because = (why: Reason): Required<Because> => ({ reason: reasonText(why), why });

/** The text of a carried reason in the language of `t`: `why` worded again, else the text as written. */
export const becauseText = (b: Because, t: ReasonMessages): string => (b.why ? reasonText(b.why, t) : b.reason);

/** The reason of an unavailable value, to carry on (its `why` kept when it has one). */
export const carried = (b: Because): Because => (b.why ? { reason: b.reason, why: b.why } : { reason: b.reason });
