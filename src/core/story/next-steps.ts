/**
 * What to do next: the action a finding suggests, one sentence, for the list that follows the
 * findings in a report. Good news that needs nothing (a goal met, a KPI that improved) suggests
 * nothing.
 */
import type { Finding } from './findings.ts';

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

export function nextStep(f: Finding): string | null {
  switch (f.kind) {
    case 'spike': {
      const source = f.data.singleSource as { dimension?: string; value?: string } | null | undefined;
      const where = source?.value && source.value !== 'one author' ? ` around the ${source.dimension} ${source.value}` : '';
      return f.tone === 'bad'
        ? `Brief customer care and the spokespeople on the spike of ${f.date}${where}, answer where it is discussed, and agree a holding statement.`
        : `Thank and amplify the accounts behind the spike of ${f.date}${where}, and note what drove it for the next campaign.`;
    }
    case 'drop':
      return `Check that the listening queries and source connections still run for ${f.date}, then look for a paused campaign or channel.`;
    case 'target_off_track':
    case 'target_missed':
      return `Review the plan for “${str(f.data.label) ?? 'the goal'}” with its owner: decide what changes, or reset the goal.`;
    case 'sla_missed':
      return 'Add care cover for the busiest hours or tighten the triage rules, and check the SLA again next period.';
    case 'kpi_change':
      return f.tone === 'bad' ? `Look into why ${str(f.data.label) ?? 'this figure'} moved: its page has the definition and history.` : null;
    case 'competitor_gained':
      return `Look at what ${str(f.data.competitor) ?? 'the competitor'} published this period, and whether it answers something your audience asks for.`;
    case 'campaign_fading':
      return 'Refresh the fading campaign with new content or retire it, and plan the follow-up before launch next time.';
    case 'campaign_growing':
      return 'Keep feeding the growing campaign and give it budget while it still grows.';
    default:
      return null;
  }
}

/** The distinct next steps of the top `limit` findings, in their order. */
export function nextSteps(findings: readonly Finding[], limit = 5): string[] {
  return [...new Set(findings.slice(0, limit).map(nextStep).filter((s): s is string => s !== null))];
}
