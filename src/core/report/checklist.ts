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
 */
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
  if (!k?.available || k.value === null) return { text: `No ${what} figure: ${k?.reason ?? 'not computed'}.`, tone: 'neutral' };
  const b = k.comparisons.baseline;
  if (!b) return { text: `${format.value(k.unit, k.value)} ${what}; no typical day to compare with yet (too few earlier days).`, tone: 'neutral' };
  const level = b.status === 'high' ? 'far above' : b.status === 'low' ? 'far below' : 'within';
  const tail = b.status === 'typical' ? ` the typical ${format.value(k.unit, b.expected)}` : ` a typical ${format.value(k.unit, b.expected)}`;
  const good = b.status === 'typical' ? 'neutral' : (b.status === 'high') === (k.direction === 'up') ? 'good' : 'bad';
  return { text: `${format.value(k.unit, k.value)} ${what}, ${level}${tail} for the weekday.`, tone: good };
}

function people(list: Model['lists']['advocates'], none: string): string {
  if (!list.available) return `Not shown: ${list.reason}.`;
  if (list.rows.length === 0) return none;
  return list.rows
    .slice(0, 3)
    .map((r) => `${r.author} (${r.platforms[0]?.platform ?? 'unknown'}, ${r.when.weekday} ${r.when.hours})`)
    .join('; ');
}

function spikesOf(m: Model, metrics: readonly string[], format: Format): ChecklistItem {
  const hits = m.anomalies.filter((a) => metrics.includes(a.metric) && a.direction === 'spike');
  if (hits.length === 0) return { question: 'Activations: did shares or hashtag use spike?', answer: 'No spike in shares or brand hashtag use this period.', tone: 'neutral' };
  const top = [...hits].sort((a, b) => b.score - a.score)[0]!;
  const source = top.singleSource ? `, traced to one ${top.singleSource.dimension}: ${top.singleSource.value}` : '';
  return {
    question: 'Activations: did shares or hashtag use spike, and where from?',
    answer: `${hits.length} spike${hits.length === 1 ? '' : 's'}; the largest on ${format.day(top.date)} (${format.count(top.observed)} against a typical ${format.count(top.expected)})${source}.`,
    tone: 'neutral',
  };
}

function competitive(m: Model, format: Format): ChecklistItem {
  const question = 'Competitive position: where does the brand stand against its closest competitors?';
  if (!m.shareOfVoice.available) return { question, answer: `Not available: ${m.shareOfVoice.reason}.`, tone: 'neutral' };
  const mentions = m.shareOfVoice.measures.find((x) => x.measure === 'mentions');
  if (!mentions) return { question, answer: 'No mentions of the brand or its competitors.', tone: 'neutral' };
  const ranked = [...mentions.names].sort((a, b) => b.share - a.share);
  const rank = ranked.findIndex((n) => n.isBrand) + 1;
  const before = m.shareOfVoice.previous?.measures.find((x) => x.measure === 'mentions')?.brand;
  const change = before === undefined ? '' : `, ${format.points(mentions.brand - before)} on the period before`;
  return {
    question,
    answer: `${m.brand} has ${format.percent(mentions.brand)} of the mentions (${rank === 1 ? 'first' : `number ${rank}`} of ${ranked.length}${change}); the competitor average is ${format.percent(mentions.competitorAverage)}.`,
    tone: rank === 1 ? 'good' : before !== undefined && mentions.brand < before ? 'bad' : 'neutral',
  };
}

function campaigns(m: Model, question: string): ChecklistItem {
  const classed = m.campaigns.filter((c) => c.lifecycle !== 'too_early');
  if (classed.length === 0) return { question, answer: m.campaigns.length ? 'Campaigns are too young to judge (fewer than three full weeks).' : 'No campaign ran in this period.', tone: 'neutral' };
  const words = { growing: 'growing', steady: 'steady', burst_and_fade: 'burst and faded' } as const;
  return {
    question,
    answer: classed.map((c) => `“${c.name}” ${words[c.lifecycle as keyof typeof words]}`).join('; ') + '.',
    tone: classed.some((c) => c.lifecycle === 'burst_and_fade') ? 'bad' : classed.some((c) => c.lifecycle === 'growing') ? 'good' : 'neutral',
  };
}

/** The checklist of the model's cadence (empty for a custom range). */
export function buildChecklist(m: Model, format: Format): ChecklistItem[] {
  switch (m.cadence) {
    case 'daily': {
      const neg = versusTypical(kpi(m, 'listening.negative_mentions'), format, 'negative mentions');
      const all = versusTypical(kpi(m, 'listening.mentions'), format, 'brand mentions');
      const shares = versusTypical(kpi(m, 'listening.shares'), format, 'shares');
      const followers = versusTypical(kpi(m, 'influencing.new_followers'), format, 'new followers');
      return [
        { question: 'Crisis scan: is anything very negative blowing up?', answer: neg.text, tone: neg.tone },
        // More chatter is not good or bad news by itself (a crisis is chatter too): no colour.
        { question: 'Chatter: how much talk against a typical day?', answer: all.text, tone: 'neutral' },
        { question: 'Detractors: who complains, where and when?', answer: people(m.lists.detractors, 'Nobody wrote two or more negative mentions today.'), tone: 'neutral' },
        { question: 'Advocates: who speaks up for the brand?', answer: people(m.lists.advocates, 'Nobody wrote two or more positive mentions today.'), tone: 'neutral' },
        { question: 'The daily benchmark: shares and new followers', answer: `${shares.text} ${followers.text}`, tone: shares.tone === 'bad' || followers.tone === 'bad' ? 'bad' : 'neutral' },
      ];
    }
    case 'weekly': {
      const adv = m.lists.advocates;
      const k = kpi(m, 'listening.reputation_score');
      const louder = k?.available && k.comparisons.previous.change ? ` Reputation ${k.comparisons.previous.change.trend === 'up' ? 'rose' : k.comparisons.previous.change.trend === 'down' ? 'fell' : 'held'} (${format.change(k.unit, k.comparisons.previous.change)} on the week before).` : '';
      return [
        { question: 'Advocacy: who advocated, louder or quieter than usual?', answer: `${people(adv, 'No advocate this week (two or more positive mentions).')}${louder}`, tone: 'neutral' },
        spikesOf(m, ['shares', 'hashtag_uses'], format),
      ];
    }
    case 'monthly':
      return [competitive(m, format), campaigns(m, 'Campaign analysis: does reach grow as campaigns age, or burst and die?')];
    case 'quarterly': {
      const wins = m.findings.filter((f) => f.tone === 'good').slice(0, 3);
      const lessons = m.findings.filter((f) => f.tone === 'bad').slice(0, 3);
      return [
        { question: 'Wins of the quarter', answer: wins.length ? wins.map((f) => f.headline).join(' ') : 'No finding stands out as a win.', tone: wins.length ? 'good' : 'neutral' },
        { question: 'Lessons of the quarter', answer: lessons.length ? lessons.map((f) => f.headline).join(' ') : 'Nothing went notably wrong.', tone: lessons.length ? 'bad' : 'neutral' },
        campaigns(m, 'Big initiatives: how did the campaigns perform?'),
      ];
    }
    case 'annual': {
      const yoy = m.kpis.filter((k) => k.available && k.comparisons.yearAgo.change && k.comparisons.yearAgo.change.trend !== 'flat');
      const better = yoy.filter((k) => k.comparisons.yearAgo.change!.good).length;
      const social = kpi(m, 'influencing.social_traffic');
      return [
        { question: 'Year in review: better or worse than the year before?', answer: yoy.length ? `${better} of ${yoy.length} figures with a year-earlier value moved the right way.` : 'No figure has a value a year earlier to compare with.', tone: yoy.length ? (better * 2 >= yoy.length ? 'good' : 'bad') : 'neutral' },
        { question: 'Channel mix: how much traffic does social bring?', answer: social?.available && social.value !== null ? `${format.count(social.value)} sessions from social this year.` : `Not available: ${social?.reason ?? 'no web analytics'}.`, tone: 'neutral' },
        campaigns(m, 'Tactics: which campaigns to keep, and which to drop?'),
      ];
    }
    default:
      return [];
  }
}
