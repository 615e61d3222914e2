/**
 * What the charts mark: each event on its peak day (a negative story by its site or hashtag, a
 * campaign's rise by its name, other spikes and drops) and each campaign's first day. One mark a
 * day and kind; a campaign whose rise peaks on its first day is marked once, as its start.
 */
import type { EventEvidence } from '../benchmarks/event-evidence.ts';
import type { StoryEvent } from '../benchmarks/events.ts';
import type { CampaignLifecycle } from '../benchmarks/types.ts';
import type { ChartMark } from '../metrics/series/daily-mentions.ts';
import type { Messages } from '../i18n/catalog.ts';
import { storySource } from './event-items.ts';
import { displayText } from './display-text.ts';

export function chartMarks(events: readonly StoryEvent[], evidence: ReadonlyMap<string, EventEvidence>, campaigns: readonly Pick<CampaignLifecycle, 'name' | 'startedOn'>[], t: Messages): ChartMark[] {
  const m = t.charts.marks;
  const out: ChartMark[] = campaigns.map((c) => ({ day: c.startedOn, kind: 'campaign_start' as const, label: m.campaignStart({ name: displayText(c.name, 'name') }) }));
  const starts = new Set(out.map((x) => `${x.day}|${x.label}`));
  for (const e of events) {
    if (e.kind === 'campaign' && e.campaign) {
      if (starts.has(`${e.peakDay}|${m.campaignStart({ name: e.campaign.name })}`)) continue;
      out.push({ day: e.peakDay, kind: 'campaign', label: m.campaign({ name: e.campaign.name }) });
    } else if (e.kind === 'negative') {
      const { source } = storySource(e, evidence.get(e.id), false);
      const named = source?.kind === 'page' ? source.domain : source?.kind === 'hashtag' ? `#${source.value}` : source?.kind === 'domain' || source?.kind === 'platform' ? source.value : null;
      out.push({ day: e.peakDay, kind: 'negative', label: m.negative({ source: named }) });
    } else {
      out.push({ day: e.peakDay, kind: e.kind, label: e.kind === 'drop' ? m.drop({ series: e.lead.metric }) : m.spike({ series: e.lead.metric }) });
    }
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.kind.localeCompare(b.kind));
}
