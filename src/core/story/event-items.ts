/**
 * Events (src/core/benchmarks/events.ts) told as story items: one headline that leads with what
 * matters, the detail that follows, the quotes, and the links.
 *
 * - **Negative event.** "Negative mentions rose 22-fold on Monday 14 September after a
 *   news.example story, “…”": the negative mentions against the typical day of the weekday,
 *   the story named from the data (the page behind the driving URL with its title, else the
 *   hashtag, account, site or network that drove it, else its most used words), the site's domain
 *   a link. When the event brought a surge of care cases with refunds and the period's refund rate
 *   rose (its tone is bad), the cost joins the headline in month and longer reports ("refunds
 *   reached 35.5% of care cases, €48,153 this month") and the detail in shorter ones; a care SLA
 *   missed in the same period is told in the detail, not as a finding of its own.
 *   Leadership reads the same headline with the cause first.
 * - **Campaign.** A planned rise is the campaign's result: "“Autumn launch” drew 313 brand
 *   mentions on its first day, 1 September, five times a typical Tuesday", good news.
 * - **Other spikes** say what rose, against the typical weekday, and what led it; **drops** ask to
 *   check the data before reading anything into it.
 * Scores (0–100, before the audience's weights of ranking.ts): negative 88 + up to 8 for the size
 * of the rise (2 × log2 of the ratio) + 4 with a cost; campaign 62 + up to 6; other spikes 52 +
 * up to 6; drops 58.
 */
import type { CareSurge, EventEvidence } from '../benchmarks/event-evidence.ts';
import type { StoryEvent } from '../benchmarks/events.ts';
import type { CampaignLifecycle } from '../benchmarks/types.ts';
import { isoWeekday } from '../benchmarks/typical-day.ts';
import type { CostText, StorySource } from '../i18n/en-story.ts';
import type { WeekdayKey } from '../i18n/catalog.ts';
import type { Period } from '../periods/period.ts';
import type { Format } from './format.ts';
import { displayKindOf, displayText, type DisplayKind } from './display-text.ts';
import { quotesFor } from './quotes.ts';
import { riseForm } from './readable.ts';
import type { Finding, StoryKpi, StoryLink } from './types.ts';

/** A share as a whole percentage ("71%"), capped at 100%: detail sentences round like headlines. */
const wholePercent = (f: Format, share: number) => f.wholePercent(Math.min(1, share));

const weekdayKeys: readonly WeekdayKey[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
export const weekdayKey = (day: string): WeekdayKey => weekdayKeys[isoWeekday(day) - 1]!;

/** What event items read besides the event. */
export interface EventItemContext {
  period: Pick<Period, 'kind' | 'firstDay' | 'lastDay'>;
  /** Every KPI of the period (not only the audience's). */
  kpis: ReadonlyMap<string, StoryKpi>;
  sla: { target: number };
  /** Campaigns of the period, as of its last day. */
  campaigns: readonly CampaignLifecycle[];
  namesPeople: boolean;
  /** Handles that stay in anonymous quotes (brand, competitors). */
  keepHandles: ReadonlySet<string>;
  /** Leadership: the cause first. */
  costFirst: boolean;
  format: Format;
}

/**
 * The source a story is named after, and the link of its page. Values from data (title, domain,
 * hashtag, account, platform, words) are display text (src/core/story/display-text.ts): clean and
 * shortened; one that is empty once cleaned names nothing.
 */
export function storySource(e: StoryEvent, ev: EventEvidence | undefined, namesPeople: boolean): { source: StorySource | null; links: StoryLink[] } {
  const d = e.driver;
  const shown = (v: string | null, kind: DisplayKind) => (v === null ? null : displayText(v, kind) || null);
  if (d && ev?.source && d.dimension === 'url') {
    const s = ev.source;
    const domain = shown(s.domain, 'label');
    return { source: { kind: 'page', domain, title: shown(s.title, 'title'), sourceType: s.sourceType }, links: domain ? [{ text: domain, url: s.url }] : [] };
  }
  const value = d ? shown(d.value, displayKindOf(d.dimension)) : null;
  if (d && e.traced && (value !== null || d.dimension === 'url')) {
    switch (d.dimension) {
      case 'hashtag':
        return { source: { kind: 'hashtag', value: value! }, links: [] };
      case 'author':
        return { source: { kind: 'account', value: namesPeople && d.value !== 'one author' ? value : null }, links: [] };
      case 'domain':
        return { source: { kind: 'domain', value: value! }, links: [] };
      case 'source':
        return { source: { kind: 'platform', value: value! }, links: [] };
      case 'url':
        return { source: { kind: 'page', domain: null, title: null, sourceType: null }, links: [] };
    }
  }
  const words = ev?.words ?? [];
  const shownWords = words.map((w) => displayText(w, 'label', 40)).filter((w) => w !== '');
  return { source: shownWords.length >= 2 ? { kind: 'words', words: shownWords.slice(0, 3) } : null, links: [] };
}

/**
 * The care SLA misses of the period that an event with a care surge explains: in a day report
 * every miss; in a week or month one that is also at least 5 points worse than the period before
 * (the surge made it worse); never in a quarter or year, whose misses have other causes too.
 */
function slaMisses(ctx: EventItemContext): { step: 'triage' | 'resolution'; value: number }[] {
  const out: { step: 'triage' | 'resolution'; value: number }[] = [];
  const kind = ctx.period.kind;
  if (kind !== 'day' && kind !== 'week' && kind !== 'month') return out;
  for (const [id, step] of [
    ['listening.triage_within_12h', 'triage'],
    ['listening.resolved_within_24h', 'resolution'],
  ] as const) {
    const k = ctx.kpis.get(id);
    if (!k?.available || k.value === null || k.value >= ctx.sla.target || k.sample?.enough === false) continue;
    const before = k.comparisons.previous;
    if (kind !== 'day' && !(before.available && before.value !== null && k.value <= before.value - 0.05)) continue;
    out.push({ step, value: k.value });
  }
  return out;
}

/** The refund cost of the period, when the event brought refunds and the refund rate rose. */
function refundCost(care: CareSurge | null, ctx: EventItemContext): CostText | null {
  const k = ctx.kpis.get('listening.refund_rate');
  if (!care || care.refunds === 0 || !k?.available || k.value === null || k.tone.tone !== 'bad') return null;
  const f = ctx.format;
  const amount = k.inputs?.refund_amount;
  return {
    rate: f.percent(k.value),
    refunds: f.count(k.inputs?.refunds ?? 0),
    cases: f.count(k.inputs?.cases ?? 0),
    amount: amount ? f.value('currency', amount) : null,
    when: f.t.story.costWhen[ctx.period.kind],
  };
}

/** The story item of an event for one audience. */
export function eventItem(e: StoryEvent, ev: EventEvidence | undefined, ctx: EventItemContext): Finding {
  const f = ctx.format;
  const m = f.t.story;
  const weekday = weekdayKey(e.peakDay);
  const day = f.dayMonth(e.peakDay);
  const { source, links } = storySource(e, ev, ctx.namesPeople);
  const ratio = e.lead.expected > 0 ? e.lead.observed / e.lead.expected : null;
  const strength = ratio === null ? 6 : Math.min(8, Math.max(0, Math.log2(Math.max(ratio, 1)) * 2));
  const details: string[] = [];
  const quotes = quotesFor(ev?.quotes ?? [], ctx.namesPeople, ctx.keepHandles);
  const base = { id: `event:${e.id}`, date: e.peakDay, month: e.peakDay.slice(0, 7), links, quotes };
  // An author is named only where people may be (team reports): elsewhere the driver is "one author".
  const driver = e.driver && !ctx.namesPeople && e.driver.dimension === 'author' ? { ...e.driver, value: 'one author' } : e.driver;
  const data: Record<string, unknown> = { event: e.id, eventKind: e.kind, firstDay: e.firstDay, lastDay: e.lastDay, days: e.days, lead: e.lead, driver, traced: e.traced, source, care: ev?.care ?? null };

  if (e.others.length) details.push(m.details.others({ others: e.others.map((o) => ({ metric: o.metric, observed: f.count(o.observed), expected: f.count(o.expected) })) }));
  // A day report tells the day's share of voice beside the day before (the other series are against the typical day).
  const sov = ctx.period.kind === 'day' && e.kind !== 'drop' ? ctx.kpis.get('listening.share_of_voice') : undefined;
  if (sov?.available && sov.value !== null && sov.comparisons.previous.available && sov.comparisons.previous.value !== null) {
    details.push(m.details.shareOfVoice({ share: f.percent(sov.value), previous: f.percent(sov.comparisons.previous.value) }));
  }
  if (e.days.length > 1) details.push(m.details.days({ n: e.days.length, count: f.count(e.days.length), from: f.dayMonth(e.firstDay), to: f.dayMonth(e.lastDay) }));

  if (e.kind === 'negative') {
    const care = ev?.care ?? null;
    const cost = refundCost(care, ctx);
    const long = ctx.period.kind !== 'day' && ctx.period.kind !== 'week';
    if (e.driver && source && e.driver.value !== 'one author') details.unshift(m.details.traced({ share: wholePercent(f, e.driver.share), source: source.kind === 'page' ? { ...source, title: null } : source, single: e.traced }));
    const misses = care ? slaMisses(ctx) : [];
    if (care) {
      details.push(m.details.care({ theme: displayText(care.theme, 'label'), cases: f.count(care.cases), expected: care.expected < 0.5 ? null : f.count(Math.round(care.expected)), refunds: care.refunds, refundCount: f.count(care.refunds), amount: care.refundAmount ? f.value('currency', care.refundAmount) : null }));
      for (const miss of misses) details.push(m.details.sla({ step: miss.step, value: f.percent(miss.value), target: f.percent(ctx.sla.target) }));
    }
    if (!source && ev?.words.length) details.push(m.details.words({ words: ev.words.map((w) => displayText(w, 'label', 40)) }));
    const headline = m.negativeEvent({
      rise: riseForm(e.lead.observed, e.lead.expected),
      count: f.count(e.lead.observed),
      weekday,
      day,
      source,
      cost: long ? cost : null,
      costFirst: ctx.costFirst,
    });
    return {
      ...base,
      kind: 'event',
      tone: 'bad',
      score: Math.min(100, 88 + strength + (cost ? 4 : 0)),
      headline,
      details,
      data: { ...data, cost: cost !== null, slaAbsorbed: misses.length > 0 },
    };
  }

  if (e.kind === 'campaign' && e.campaign) {
    const c = e.campaign;
    const lifecycle = ctx.campaigns.find((x) => x.id === c.id);
    if (e.days.length > 1) details.splice(details.length - 1, 1, m.details.campaignDays({ n: e.days.length, count: f.count(e.days.length), hashtag: c.hashtag === null ? c.hashtag : displayText(c.hashtag, 'hashtag') }));
    if (lifecycle && lifecycle.lifecycle !== 'too_early') details.push(m.details.campaignClass({ lifecycle: lifecycle.lifecycle, why: lifecycle.why }));
    return {
      ...base,
      id: `campaign:${c.id}:${e.firstDay}`,
      kind: 'campaign_result',
      tone: 'good',
      score: 62 + Math.min(6, strength),
      headline: m.campaignEvent({ name: displayText(c.name, 'name'), metric: e.lead.metric, observed: f.count(e.lead.observed), rise: riseForm(e.lead.observed, e.lead.expected), weekday, day, firstDay: e.peakDay === c.startedOn }),
      details,
      data: { ...data, campaign: c.id, campaignName: c.name, lifecycle: lifecycle?.lifecycle ?? null },
    };
  }

  if (e.kind === 'drop') {
    return {
      ...base,
      quotes: [],
      kind: 'drop',
      tone: e.lead.metric === 'negative_mentions' ? 'good' : 'bad',
      score: 58,
      headline: m.dropEvent({ metric: e.lead.metric, observed: f.count(e.lead.observed), expected: f.count(e.lead.expected), weekday, day }),
      details,
      data,
    };
  }

  if (e.driver && source && !e.traced && e.driver.value !== 'one author') details.unshift(m.details.traced({ share: wholePercent(f, e.driver.share), source, single: false }));
  return {
    ...base,
    kind: 'spike',
    tone: 'good',
    score: 52 + Math.min(6, strength),
    headline: m.spikeEvent({ metric: e.lead.metric, observed: f.count(e.lead.observed), rise: riseForm(e.lead.observed, e.lead.expected), weekday, day, source: e.traced ? source : null }),
    details,
    data,
  };
}
