/**
 * What each audience hears, and in what order. Items first give up what another item already
 * tells (one story per cause), then each audience weighs the rest by what it acts on.
 *
 * Absorbed (for every audience):
 * - a care SLA missed, when a negative event brought the surge of cases behind it (the event's
 *   detail says it);
 * - the refund rate's rise, when a negative event carries the cost in its headline;
 * - a volume figure whose rise negative mentions carry, and the negative mentions themselves,
 *   when the period has a negative event (the event is that rise);
 * - a campaign's lifecycle, when the campaign's result is an item (its detail says the class);
 * - the care figures (triage, resolution, response times), when the event tells the SLA miss;
 * - the fall of reputation and net sentiment, when the period has a negative event;
 * - for sales, the pipeline, deal size and win rate, which the sales summary states.
 *
 * Weights (added to the item's score; see event-items.ts and findings.ts for the scores):
 * | item | team | sales | leadership |
 * | --- | --- | --- | --- |
 * | negative event | 0 | −45 (its talking point leads) | 0 |
 * | campaign result | 0 | −20 | 0 |
 * | other spike | 0 | −40 | −25 |
 * | drop | 0 | −50 | −45 |
 * | goal met | 0 | +5 selling goals, else −25 | +20 |
 * | goal on track | 0 | as met | +10 |
 * | goal missed or off track | 0 | +5 selling goals, else −25 | +5 |
 * | SLA missed | 0 | −45 | −10 |
 * | refunds (care cost) | 0 | −20 | +10 |
 * | moved selling figure | 0 | +25 | +20 |
 * | moved traffic or offer figure | 0 | +5 | −10 |
 * | moved share of voice or sentiment | 0 | −30 | +5 |
 * | other moved figure | 0 | −30 | −10 |
 * | competitor gained | 0 | −20 | +5 |
 * | campaign lifecycle | 0 | −25 | −10 |
 * An audience sees a figure's items only for the KPIs its report holds.
 */
import type { AudienceName } from '../schema/config.ts';
import { findingKinds, type Finding } from './types.ts';

const kindOrder = new Map(findingKinds.map((k, i) => [k, i]));

/** Care figures a negative event with its SLA miss already tells. */
const careKpis = new Set(['listening.triage_within_12h', 'listening.resolved_within_24h', 'listening.median_first_response_hours', 'listening.median_resolution_hours']);
/** Figures the sales summary states. */
const salesSummaryKpis = new Set(['selling.pipeline_value', 'selling.average_deal_size', 'selling.win_rate']);
/** Sentiment figures whose fall a negative event already tells. */
const sentimentKpis = new Set(['listening.reputation_score', 'listening.net_sentiment']);

/** Items that another item of the list already tells. */
export function absorbed(items: readonly Finding[]): Finding[] {
  const negative = items.filter((f) => f.kind === 'event' && f.data.eventKind === 'negative');
  const slaTold = negative.some((f) => f.data.slaAbsorbed === true);
  const costTold = negative.some((f) => f.data.cost === true);
  const campaignsTold = new Set(items.filter((f) => f.kind === 'campaign_result').map((f) => String(f.data.campaign)));
  const salesTold = items.some((f) => f.kind === 'sales_summary');
  return items.filter((f) => {
    if (f.kind === 'sla_missed' && slaTold) return false;
    if (f.kind === 'kpi_change' && slaTold && careKpis.has(f.kpi ?? '')) return false;
    if (f.kind === 'kpi_change' && salesTold && salesSummaryKpis.has(f.kpi ?? '')) return false;
    if (negative.length && f.kind === 'kpi_change' && f.tone === 'bad' && sentimentKpis.has(f.kpi ?? '')) return false;
    if ((f.kind === 'care_cost' || f.kpi === 'listening.refund_rate') && f.kind !== 'target_missed' && costTold) return false;
    if (negative.length && f.kind === 'kpi_change' && (f.data.because === 'negative' || f.data.because === 'during_negative' || f.kpi === 'listening.negative_mentions')) return false;
    if ((f.kind === 'campaign_fading' || f.kind === 'campaign_growing') && campaignsTold.has(String(f.data.campaign))) return false;
    return true;
  });
}

const selling = (kpi: string | undefined) => kpi?.startsWith('selling.') ?? false;
const traffic = (kpi: string | undefined) => kpi === 'influencing.social_traffic' || kpi === 'influencing.offer_awareness';
const voice = (kpi: string | undefined) => kpi === 'listening.share_of_voice' || kpi === 'listening.reputation_score' || kpi === 'listening.net_sentiment';

/** The audience's weight of an item (the table above). */
export function audienceWeight(f: Finding, audience: AudienceName): number {
  if (audience === 'team') return 0;
  const sales = audience === 'sales';
  switch (f.kind) {
    case 'event':
      return sales ? -45 : 0;
    case 'campaign_result':
      return sales ? -20 : 0;
    case 'spike':
      return sales ? -40 : -25;
    case 'drop':
      return sales ? -50 : -45;
    case 'target_met':
      return sales ? (selling(f.kpi) ? 5 : -25) : 20;
    case 'target_on_track':
      return sales ? (selling(f.kpi) ? 5 : -25) : 10;
    case 'target_missed':
    case 'target_off_track':
      return sales ? (selling(f.kpi) ? 5 : -25) : 5;
    case 'sla_missed':
      return sales ? -45 : -10;
    case 'care_cost':
      return sales ? -20 : 10;
    case 'kpi_change':
      if (selling(f.kpi)) return sales ? 25 : 20;
      if (traffic(f.kpi)) return sales ? 5 : -10;
      if (voice(f.kpi)) return sales ? -30 : 5;
      return sales ? -30 : -10;
    case 'competitor_gained':
    case 'share_of_voice_change':
      return sales ? -20 : 5;
    case 'campaign_fading':
    case 'campaign_growing':
      return sales ? -25 : -10;
    default:
      return 0;
  }
}

/** Kinds bound to a KPI that an audience sees only when its report holds that KPI. */
const kpiBound = new Set(['kpi_change', 'sla_missed', 'care_cost', 'target_met', 'target_missed', 'target_on_track', 'target_off_track']);

/** The items an audience hears, weighted and sorted, most important first. */
export function rankForAudience(items: readonly Finding[], audience: AudienceName, kpiIds: ReadonlySet<string>): Finding[] {
  return absorbed(items)
    .filter((f) => !kpiBound.has(f.kind) || !f.kpi || kpiIds.has(f.kpi))
    .map((f) => ({ ...f, score: Math.max(0, Math.min(100, f.score + audienceWeight(f, audience))) }))
    .sort((a, b) => b.score - a.score || kindOrder.get(a.kind)! - kindOrder.get(b.kind)! || (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
}
