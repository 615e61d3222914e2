/**
 * What sales hears first: the state of the pipeline in its own words, what prospects ask about,
 * and a talking point for what customers are hearing now.
 *
 * - **Sales summary** (score 94): pipeline value and its change, the deals won and their average
 *   size (its change as "a third smaller" when a fraction fits), the win rate over the deals
 *   closed with the previous period's. It states the figures, whatever their significance; the
 *   tone is the pipeline's (bad when it shrank).
 * - **Talking point** (score 93): when the period holds a negative event (the recall story), what
 *   customers are asking that rose most in the period (a prospect theme up by at least 5
 *   conversations and at least half again), tied to the story: "Customers are asking about returns
 *   (17 questions, 6 in August) after a news.example story…: expect the question, and point them
 *   to the company’s statement". Without a rising theme, the story alone.
 * - **Prospects** (score 72): without a negative event, the theme that rose most.
 */
import type { ProspectTopicRow, ReportLists } from '../metrics/lists/types.ts';
import type { StorySource } from '../i18n/en-story.ts';
import type { Format } from './format.ts';
import { changeFraction } from './readable.ts';
import type { Finding, StoryKpi, StoryLink } from './types.ts';

const MIN_THEME_RISE = 5;

/** The prospect theme that rose most (at least 5 more conversations and half again), or null. */
export function risingTheme(lists: Pick<ReportLists, 'prospectTopics'>): ProspectTopicRow | null {
  if (!lists.prospectTopics.available) return null;
  const rising = lists.prospectTopics.rows.filter((r) => r.change !== null && r.previous !== null && r.change >= MIN_THEME_RISE && r.cases >= 1.5 * r.previous);
  return rising.sort((a, b) => b.change! - a.change! || b.cases - a.cases || a.theme.localeCompare(b.theme))[0] ?? null;
}

export function salesSummary(kpis: ReadonlyMap<string, StoryKpi>, format: Format, previousLabel: string): Finding | null {
  const f = format;
  const pipeline = kpis.get('selling.pipeline_value');
  const deal = kpis.get('selling.average_deal_size');
  const win = kpis.get('selling.win_rate');
  const pipe = pipeline?.available && pipeline.value !== null ? pipeline : null;
  const pc = pipe?.comparisons.previous.change;
  const won = deal?.available && deal.value !== null ? deal : null;
  const prevDeal = won?.comparisons.previous.available ? won.comparisons.previous.value : null;
  const fraction = won && prevDeal !== null ? changeFraction(prevDeal, won.value!) : null;
  const rate = win?.available && win.value !== null ? win : null;
  const headline = f.t.story.salesSummary({
    pipeline: pipe ? f.value('currency', pipe.value!) : null,
    pipelineChange: pc && pc.relative !== null && pc.trend !== 'flat' ? { up: pc.trend === 'up', percent: f.percent(Math.abs(pc.relative)) } : null,
    won: won && (won.inputs?.won_deals ?? 0) > 0
      ? {
          n: won.inputs?.won_deals ?? 0,
          count: f.count(won.inputs?.won_deals ?? 0),
          average: f.value('currency', won.value!),
          smaller: fraction && !fraction.larger ? f.t.readable.fraction(fraction.word) : null,
          larger: fraction?.larger ? f.t.readable.fraction(fraction.word) : null,
        }
      : null,
    winRate: rate && rate.sample?.enough !== false ? { rate: f.percent(rate.value!), closed: f.count(rate.inputs?.closed ?? 0), previous: rate.comparisons.previous.available ? f.percent(rate.comparisons.previous.value!) : null } : null,
    previous: previousLabel,
  });
  if (!headline) return null;
  return {
    id: 'sales:summary',
    kind: 'sales_summary',
    tone: pipe && pipe.tone.tone !== 'neutral' ? pipe.tone.tone : 'neutral',
    score: 94,
    headline,
    kpi: 'selling.pipeline_value',
    data: { pipeline: pipe?.value ?? null, averageDeal: won?.value ?? null, winRate: rate?.value ?? null },
  };
}

export function talkingPoint(negative: { source: StorySource | null; links: StoryLink[]; eventId: string } | null, lists: Pick<ReportLists, 'prospectTopics'>, format: Format, previousLabel: string): Finding | null {
  const theme = risingTheme(lists);
  const f = format;
  if (negative) {
    return {
      id: `talking:${negative.eventId}`,
      kind: 'talking_point',
      tone: 'neutral',
      score: 93,
      headline: f.t.story.talkingPoint({ theme: theme?.theme ?? null, cases: theme ? f.count(theme.cases) : null, previousCases: theme?.previous != null ? f.count(theme.previous) : null, previous: previousLabel, source: negative.source }),
      links: negative.links,
      data: { theme: theme?.theme ?? null, event: negative.eventId },
    };
  }
  if (!theme) return null;
  return {
    id: `prospects:${theme.theme}`,
    kind: 'talking_point',
    tone: 'neutral',
    score: 72,
    headline: f.t.story.prospectsRising({ theme: theme.theme, cases: f.count(theme.cases), previousCases: f.count(theme.previous ?? 0), previous: previousLabel }),
    data: { theme: theme.theme },
  };
}
