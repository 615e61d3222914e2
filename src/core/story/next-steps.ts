/**
 * What to do now: one action per item that calls for one, worded for the audience that reads it
 * and owned by someone that reader knows. The social team briefs care and spokespeople, thanks
 * the accounts behind a rise, checks its queries after a drop; sales prepares an answer for
 * customer calls and follows up warm leads; leadership is asked for a decision (the asks). Good
 * news that needs nothing suggests nothing. Every step names what it is about (the story, the
 * campaign, the goal), so no two steps are the same; a step already given is not repeated.
 * The sentences are the catalog's (`t.story.nextSteps`).
 */
import type { CareSurge } from '../benchmarks/event-evidence.ts';
import type { StorySource } from '../i18n/en-story.ts';
import type { AudienceName } from '../schema/config.ts';
import type { Format } from './format.ts';
import type { Finding, NextStep } from './types.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** The steps one item calls for, for one audience (most items: one; a negative event with a care surge: two for the team). */
export function stepsFor(f: Finding, audience: AudienceName, format: Format, dayReport = false): string[] {
  const m = format.t.story.nextSteps;
  const day = f.date ? format.day(f.date) : '';
  const source = (f.data.source as StorySource | null | undefined) ?? null;
  const label = str(f.data.label) ?? str((f.data as { label?: string }).label) ?? '';
  const goalLabel = str(f.data.label) ?? '';
  const care = (f.data.care as CareSurge | null | undefined) ?? null;
  if (audience === 'team') {
    switch (f.kind) {
      case 'event':
        return [m.team.negative({ day, source, today: dayReport }), ...(care ? [m.team.careSurge({ theme: care.theme })] : [])];
      case 'campaign_result':
        return [m.team.campaign({ name: String(f.data.campaignName) })];
      case 'spike':
        return [m.team.spike({ day, source })];
      case 'drop':
        return [m.team.drop({ day })];
      case 'target_missed':
      case 'target_off_track':
        return [m.team.goal({ label: goalLabel })];
      case 'sla_missed':
        return [m.team.sla];
      case 'care_cost':
        return [m.team.refunds];
      case 'kpi_change':
        return f.tone === 'bad' ? [m.team.kpiWorse({ label })] : [];
      case 'competitor_gained':
        return [m.team.competitor({ competitor: String(f.data.competitor) })];
      case 'campaign_fading':
        return [m.team.campaignFading({ name: String(f.data.campaignName) })];
      case 'campaign_growing':
        return [m.team.campaignGrowing({ name: String(f.data.campaignName) })];
      default:
        return [];
    }
  }
  if (audience === 'sales') {
    switch (f.kind) {
      case 'talking_point':
        return f.data.event ? [m.sales.talkingPoint({ theme: str(f.data.theme) })] : [m.sales.prospects({ theme: String(f.data.theme) })];
      case 'sales_summary':
        return f.tone === 'bad' ? [m.sales.pipeline] : [];
      case 'kpi_change':
        if (f.kpi === 'selling.social_leads' && f.tone === 'good') return [m.sales.socialLeads({ count: format.count(Number(f.data.value)) })];
        if (f.kpi === 'selling.win_rate' && f.tone === 'bad') return [m.sales.winRate];
        if (f.kpi === 'selling.pipeline_value' && f.tone === 'bad') return [m.sales.pipeline];
        return [];
      case 'target_missed':
      case 'target_off_track':
        return [m.sales.goal({ label: goalLabel })];
      default:
        return [];
    }
  }
  switch (f.kind) {
    case 'event':
      return f.data.eventKind === 'negative' ? [m.leadership.negative({ theme: care?.theme ?? null, amount: care?.refundAmount ? format.value('currency', care.refundAmount) : null })] : [];
    case 'target_missed':
      return [m.leadership.goalMissed({ label: goalLabel })];
    case 'target_off_track':
      return [m.leadership.goalOffTrack({ label: goalLabel })];
    case 'sla_missed':
      return [m.leadership.sla];
    case 'competitor_gained':
      return [m.leadership.competitor({ competitor: String(f.data.competitor) })];
    case 'kpi_change':
      return f.kpi === 'selling.pipeline_value' && f.tone === 'bad' ? [m.leadership.pipeline] : [];
    default:
      return [];
  }
}

/** The distinct steps of the items, in their order, at most `limit`. */
export function nextStepsFor(items: readonly Finding[], audience: AudienceName, format: Format, limit = 5, dayReport = false): NextStep[] {
  const out: NextStep[] = [];
  const seen = new Set<string>();
  for (const f of items) {
    for (const text of stepsFor(f, audience, format, dayReport)) {
      if (seen.has(text)) continue;
      seen.add(text);
      out.push({ text, about: f.id });
      if (out.length >= limit) return out;
    }
  }
  return out;
}
