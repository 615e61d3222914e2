/**
 * The story of one period for one audience: what happened (events, not metric lists), what it
 * won or cost, compared with what, and what to do — ranked for the reader (ranking.ts), with the
 * notes an honest report owes (notes.ts), the voices behind it and, for quarters and years, the
 * main item of each month. The report model carries the result; every rendering (pages, decks,
 * PDFs, digests, chat) reads it, so none can disagree.
 *
 * How Cadence decides what to say is documented in the README ("How Cadence decides what to
 * say"), with the demo's September as the worked example.
 */
import type { EventEvidence } from '../benchmarks/event-evidence.ts';
import type { StoryEvent } from '../benchmarks/events.ts';
import type { CampaignLifecycle, Quote, ShareOfVoice } from '../benchmarks/types.ts';
import type { ReportLists } from '../metrics/lists/types.ts';
import { periodsBetween, type Period } from '../periods/period.ts';
import type { AudienceName } from '../schema/config.ts';
import { eventItem } from './event-items.ts';
import { figureFindings } from './findings.ts';
import type { Format } from './format.ts';
import { nextStepsFor } from './next-steps.ts';
import { storyExplanations, storyNotes, typicalNote, type BaselineSpan, type PeriodCoverage } from './notes.ts';
import { quotesFor } from './quotes.ts';
import { rankForAudience } from './ranking.ts';
import { salesSummary, talkingPoint } from './sales-items.ts';
import { describeChange, describeValue } from './wording.ts';
import type { Finding, MonthStory, Story, StoryKpi, StoryLink } from './types.ts';
import type { StorySource } from '../i18n/en-story.ts';

export interface StoryInput {
  audience: AudienceName;
  period: Period;
  previousLabel: string;
  /** Every KPI of the period (the audience's report may show fewer). */
  kpis: readonly StoryKpi[];
  /** The KPIs the audience's report shows. */
  audienceKpis: ReadonlySet<string>;
  /** KPIs with a typical day (told by events on day reports). */
  withBaseline: ReadonlySet<string>;
  /** Events that touch the period. */
  events: readonly StoryEvent[];
  evidence: ReadonlyMap<string, EventEvidence>;
  shareOfVoice: ShareOfVoice;
  campaigns: readonly CampaignLifecycle[];
  /** The audience's lists (people withheld where the audience may not see them). */
  lists: ReportLists;
  brand: string;
  sla: { target: number };
  namesPeople: boolean;
  keepHandles: ReadonlySet<string>;
  baseline: BaselineSpan;
  coverage: PeriodCoverage | null;
  format: Format;
}

/** Voices a story keeps, at most (a page shows those it has not quoted already). */
export const VOICES_MAX = 9;

export function buildStory(input: StoryInput): { findings: Finding[]; story: Story } {
  const { format: f, period, audience } = input;
  const kpis = new Map(input.kpis.map((k) => [k.id, k]));
  const items: Finding[] = [];

  const events = input.events.map((e) => ({
    event: e,
    item: eventItem(e, input.evidence.get(e.id), {
      period,
      kpis,
      sla: input.sla,
      campaigns: input.campaigns,
      namesPeople: input.namesPeople,
      keepHandles: input.keepHandles,
      costFirst: audience === 'leadership',
      format: f,
    }),
  }));
  items.push(...events.map((e) => e.item));

  const figures = figureFindings({
    kpis: input.kpis,
    day: period.kind === 'day',
    withBaseline: input.withBaseline,
    shareOfVoice: input.shareOfVoice,
    campaigns: input.campaigns,
    brand: input.brand,
    previousLabel: input.previousLabel,
    sla: input.sla,
    format: f,
  });
  items.push(...figures.map((x) => (x.kpi === 'listening.refund_rate' && x.kind === 'kpi_change' && x.tone === 'bad' ? careCost(x, kpis.get(x.kpi)!, input.previousLabel, f) : x)));

  if (audience === 'sales') {
    const summary = salesSummary(kpis, f, input.previousLabel);
    if (summary) items.push(summary);
    const negative = events.filter((e) => e.event.kind === 'negative').sort((a, b) => b.item.score - a.item.score)[0];
    // A rising question is tied to the story only within a month: over a quarter it has other causes too.
    const short = period.kind === 'day' || period.kind === 'week' || period.kind === 'month';
    const story = negative ? { source: (negative.item.data.source as StorySource | null) ?? null, links: negative.item.links ?? [], eventId: negative.event.id } : null;
    const point = talkingPoint(story, short ? input.lists : { prospectTopics: { available: true, rows: [] } }, f, input.previousLabel);
    if (point) items.push(point);
    if (story && !short) {
      const rising = talkingPoint(null, input.lists, f, input.previousLabel);
      if (rising) items.push(rising);
    }
  }

  const findings = rankForAudience(items, audience, input.audienceKpis);
  const story: Story = {
    headline: findings[0]?.headline ?? null,
    notes: storyNotes({ period, kpis, baseline: input.baseline, coverage: input.coverage, previousLabel: input.previousLabel, audienceKpis: input.audienceKpis, format: f }),
    explanations: storyExplanations({ period, kpis, baseline: input.baseline, coverage: input.coverage, previousLabel: input.previousLabel, audienceKpis: input.audienceKpis, format: f }),
    typicalNote: typicalNote({ period, kpis, baseline: input.baseline, format: f }),
    nextSteps: nextStepsFor(findings, audience, f, 5, period.kind === 'day'),
    voices: voicesOf(findings, input.lists, input.namesPeople, input.keepHandles),
    months: monthsOf(findings, period, f),
  };
  return { findings, story };
}

/** The refund rate's rise as the business cost it is, when no event tells it. */
function careCost(x: Finding, k: StoryKpi, previousLabel: string, f: Format): Finding {
  const amount = k.inputs?.refund_amount;
  const prev = k.comparisons.previous;
  return {
    ...x,
    kind: 'care_cost',
    score: 75,
    headline: f.t.story.careCost({
      rate: describeValue(k, k.value!, f),
      refunds: f.count(k.inputs?.refunds ?? 0),
      cases: f.count(k.inputs?.cases ?? 0),
      amount: amount ? f.value('currency', amount) : null,
      previousRate: prev.available && prev.value !== null ? describeValue(k, prev.value, f) : null,
      previous: previousLabel,
    }),
    data: { ...x.data, change: prev.change ? describeChange(k, prev.change, f) : null },
  };
}

/** "What people said": the quotes of the top three items, then the period's most engaging positive and negative mentions. */
function voicesOf(findings: readonly Finding[], lists: ReportLists, namesPeople: boolean, keep: ReadonlySet<string>): Quote[] {
  const out: Quote[] = [];
  const seen = new Set<string>();
  const add = (q: Quote) => {
    if (out.length >= VOICES_MAX || seen.has(q.id) || !q.text) return;
    seen.add(q.id);
    out.push(q);
  };
  for (const f of findings.filter((x) => x.quotes?.length).slice(0, 3)) for (const q of f.quotes!) add(q);
  if (lists.topMentions.available) {
    const rows = lists.topMentions.rows;
    for (const sentiment of ['positive', 'negative'] as const) {
      const r = rows.find((x) => x.sentiment === sentiment && (x.text || x.title) && !seen.has(x.id));
      if (!r) continue;
      const q: Quote = {
        id: r.id,
        text: r.text ?? r.title ?? '',
        title: r.text && r.title ? r.title : null,
        platform: r.platform,
        day: r.day,
        reach: r.reach,
        engagement: r.engagement,
        url: r.url && /^https?:\/\//i.test(r.url) ? r.url : null,
        author: r.author,
        sentiment,
      };
      add(quotesFor([q], namesPeople, keep)[0]!);
    }
  }
  return out;
}

const eventKinds = new Set(['event', 'campaign_result', 'spike', 'drop']);

/** Quarters and years: each month's main event (the audience's best-ranked), or null. */
function monthsOf(findings: readonly Finding[], period: Period, f: Format): MonthStory[] {
  if (period.kind !== 'quarter' && period.kind !== 'year') return [];
  return periodsBetween('month', period.firstDay, period.lastDay, period.timezone).map((m) => ({
    month: m.id,
    label: f.month(m.id),
    item: findings.find((x) => eventKinds.has(x.kind) && x.month === m.id) ?? null,
  }));
}

export type { StoryLink };
