/**
 * The team's checklist of a cadence (DOMAIN.md, "Cadence checklists"), answered from the report
 * model: each item is a question the period must answer and one sentence that answers it with the
 * number and what it is compared with, or says why it cannot be answered.
 *
 * - daily: crisis scan (negative mentions against the typical day), chatter against the typical
 *   day, detractors and advocates, the day's figures against the daily benchmark;
 * - weekly: advocacy (advocates, louder or quieter than the week before), activations (spikes in
 *   shares and hashtag use) and the single source they trace to;
 * - monthly: competitive position (share of voice and rank), campaign analysis (growing or fading);
 * - quarterly: wins and lessons (the good and bad findings), the big initiatives (campaigns);
 * - annual: the year in review (KPIs against the year before), channel mix (sessions from social),
 *   which tactics to keep or drop (campaign classes).
 * Questions and answers are the catalog's (`format.t.checklist`), in the configured language.
 */
import { displayIsolated, displayKindOf } from '../story/display-text.ts';
import { comparable } from '../story/findings.ts';
import type { DimensionKey, WeekdayKey } from '../i18n/catalog.ts';
import type { Format } from '../story/format.ts';
import type { KpiResult, ReportModel } from './model.ts';

export interface ChecklistItem {
  question: string;
  answer: string;
  tone: 'good' | 'bad' | 'neutral';
}

type Model = Pick<ReportModel, 'cadence' | 'kpis' | 'anomalies' | 'lists' | 'shareOfVoice' | 'campaigns' | 'findings' | 'brand'>;

const kpi = (m: Model, id: string): KpiResult | undefined => m.kpis.find((k) => k.id === id);


function versusTypical(k: KpiResult | undefined, format: Format, what: string): { text: string; tone: ChecklistItem['tone'] } {
  const t = format.t.checklist;
  if (!k?.available || k.value === null) return { text: t.noFigure({ what, reason: k?.reason ?? t.notComputed }), tone: 'neutral' };
  const b = k.comparisons.baseline;
  const value = format.value(k.unit, k.value);
  if (!b) return { text: t.noTypical({ value, what }), tone: 'neutral' };
  // The KPI's tone (story/tone.ts): far above typical is not good news when negative mentions carry it.
  const good = k.tone.tone === 'good' || k.tone.tone === 'bad' ? k.tone.tone : 'neutral';
  return { text: t.versusTypical({ value, what, level: b.status, expected: format.value(k.unit, b.expected) }), tone: good };
}

function people(list: Model['lists']['advocates'], none: string, format: Format): string {
  const t = format.t.checklist;
  if (!list.available) return t.notShown({ reason: list.reason });
  if (list.rows.length === 0) return none;
  return list.rows
    .slice(0, 3)
    .map((r) =>
      t.person({
        author: displayIsolated(r.author, 'name'),
        platform: r.platforms[0] ? displayIsolated(r.platforms[0].platform, 'label') : t.unknownPlatform,
        weekday: format.t.weekdays[r.when.weekday as WeekdayKey] ?? r.when.weekday,
        hours: r.when.hours,
      }),
    )
    .join(format.t.listSeparator);
}

function spikesOf(m: Model, metrics: readonly string[], format: Format): ChecklistItem {
  const t = format.t.checklist;
  const hits = m.anomalies.filter((a) => metrics.includes(a.metric) && a.direction === 'spike');
  if (hits.length === 0) {
    // "No spike" only where the figures exist: a period without the data says why instead.
    const shares = kpi(m, 'listening.shares');
    const hashtags = kpi(m, 'listening.hashtag_uses');
    const reason = (k: KpiResult | undefined) => k?.reason ?? t.notComputed;
    if (!shares?.available && !hashtags?.available) return { question: t.activationsQuestion, answer: t.notShown({ reason: reason(shares) }), tone: 'neutral' };
    if (!shares?.available) return { question: t.activationsQuestion, answer: t.noActivationOnly({ measured: 'hashtags', reason: reason(shares) }), tone: 'neutral' };
    if (!hashtags?.available) return { question: t.activationsQuestion, answer: t.noActivationOnly({ measured: 'shares', reason: reason(hashtags) }), tone: 'neutral' };
    return { question: t.activationsQuestion, answer: t.noActivation, tone: 'neutral' };
  }
  const top = [...hits].sort((a, b) => b.score - a.score)[0]!;
  const source = top.singleSource ? { dimension: top.singleSource.dimension as DimensionKey, value: displayIsolated(top.singleSource.value, displayKindOf(top.singleSource.dimension)) } : null;
  return {
    question: t.activationsQuestionWhere,
    answer: t.activations({ n: hits.length, count: format.count(hits.length), day: format.day(top.date), observed: format.count(top.observed), expected: format.count(top.expected), source }),
    tone: 'neutral',
  };
}

function competitive(m: Model, format: Format): ChecklistItem {
  const t = format.t.checklist;
  const question = t.competitiveQuestion;
  if (!m.shareOfVoice.available) return { question, answer: t.notAvailable({ reason: m.shareOfVoice.reason }), tone: 'neutral' };
  const mentions = m.shareOfVoice.measures.find((x) => x.measure === 'mentions');
  if (!mentions) return { question, answer: t.noTrackedMentions, tone: 'neutral' };
  const ranked = [...mentions.names].sort((a, b) => b.share - a.share);
  const rank = ranked.findIndex((n) => n.isBrand) + 1;
  // The previous period's share only when the share-of-voice figure may be compared with it (not partial).
  const voice = kpi(m, 'listening.share_of_voice');
  const before = voice && !comparable(voice) ? undefined : m.shareOfVoice.previous?.measures.find((x) => x.measure === 'mentions')?.brand;
  return {
    question,
    answer: t.competitive({
      brand: m.brand,
      share: format.percent(mentions.brand),
      rank,
      of: ranked.length,
      change: before === undefined ? null : format.points(mentions.brand - before),
      average: format.percent(mentions.competitorAverage),
    }),
    tone: rank === 1 ? 'good' : before !== undefined && mentions.brand < before ? 'bad' : 'neutral',
  };
}

function campaigns(m: Model, question: string, format: Format): ChecklistItem {
  const t = format.t.checklist;
  const classed = m.campaigns.filter((c) => c.lifecycle !== 'too_early');
  if (classed.length === 0) return { question, answer: m.campaigns.length ? t.campaignsTooYoung : t.noCampaign, tone: 'neutral' };
  return {
    question,
    answer: t.campaigns({ campaigns: classed.map((c) => ({ name: displayIsolated(c.name, 'title'), lifecycle: c.lifecycle as 'growing' | 'steady' | 'burst_and_fade' })) }),
    tone: classed.some((c) => c.lifecycle === 'burst_and_fade') ? 'bad' : classed.some((c) => c.lifecycle === 'growing') ? 'good' : 'neutral',
  };
}

/** The checklist of the model's cadence (empty for a custom range). */
export function buildChecklist(m: Model, format: Format): ChecklistItem[] {
  const t = format.t.checklist;
  switch (m.cadence) {
    case 'daily': {
      const neg = versusTypical(kpi(m, 'listening.negative_mentions'), format, t.what.negative);
      const all = versusTypical(kpi(m, 'listening.mentions'), format, t.what.mentions);
      const shares = versusTypical(kpi(m, 'listening.shares'), format, t.what.shares);
      const followers = versusTypical(kpi(m, 'influencing.new_followers'), format, t.what.followers);
      return [
        { question: t.daily.crisis, answer: neg.text, tone: neg.tone },
        // More chatter is not good or bad news by itself (a crisis is chatter too): no colour.
        { question: t.daily.chatter, answer: all.text, tone: 'neutral' },
        { question: t.daily.detractors, answer: people(m.lists.detractors, t.daily.noDetractor, format), tone: 'neutral' },
        { question: t.daily.advocates, answer: people(m.lists.advocates, t.daily.noAdvocate, format), tone: 'neutral' },
        { question: t.daily.benchmark, answer: `${shares.text} ${followers.text}`, tone: shares.tone === 'bad' || followers.tone === 'bad' ? 'bad' : 'neutral' },
      ];
    }
    case 'weekly': {
      const adv = m.lists.advocates;
      const k = kpi(m, 'listening.reputation_score');
      const change = k?.available && comparable(k) ? k.comparisons.previous.change : null;
      const louder = k && change ? ` ${t.weekly.reputation({ trend: change.trend, change: format.change(k.unit, change) })}` : '';
      return [
        { question: t.weekly.advocacy, answer: `${people(adv, t.weekly.noAdvocate, format)}${louder}`, tone: 'neutral' },
        spikesOf(m, ['shares', 'hashtag_uses'], format),
      ];
    }
    case 'monthly':
      return [competitive(m, format), campaigns(m, t.monthly.campaigns, format)];
    case 'quarterly': {
      const wins = m.findings.filter((f) => f.tone === 'good').slice(0, 3);
      const lessons = m.findings.filter((f) => f.tone === 'bad').slice(0, 3);
      return [
        { question: t.quarterly.wins, answer: wins.length ? wins.map((f) => f.headline).join(' ') : t.quarterly.noWin, tone: wins.length ? 'good' : 'neutral' },
        { question: t.quarterly.lessons, answer: lessons.length ? lessons.map((f) => f.headline).join(' ') : t.quarterly.noLesson, tone: lessons.length ? 'bad' : 'neutral' },
        campaigns(m, t.quarterly.campaigns, format),
      ];
    }
    case 'annual': {
      const yoy = m.kpis.filter((k) => k.available && k.comparisons.yearAgo.change && k.comparisons.yearAgo.change.trend !== 'flat');
      const better = yoy.filter((k) => k.comparisons.yearAgo.change!.good).length;
      const social = kpi(m, 'influencing.social_traffic');
      return [
        { question: t.annual.review, answer: yoy.length ? t.annual.better({ better: format.count(better), of: format.count(yoy.length) }) : t.annual.noYearAgo, tone: yoy.length ? (better * 2 >= yoy.length ? 'good' : 'bad') : 'neutral' },
        { question: t.annual.channels, answer: social?.available && social.value !== null ? t.annual.sessions({ sessions: format.count(social.value) }) : t.notAvailable({ reason: social?.reason ?? t.annual.noAnalytics }), tone: 'neutral' },
        campaigns(m, t.annual.tactics, format),
      ];
    }
    default:
      return [];
  }
}
