/**
 * The English message catalog, the reference every other language must match key for key
 * (`Messages` is its type). A message is a whole sentence or label: a plain string, or a function
 * of named parameters that returns one. Numbers and dates arrive already formatted by `Format`
 * (Intl, in the configured locale); a message only places them and picks the one/other form
 * where a count appears. A language composes its own sentences: no message is built by
 * concatenating another language's fragments.
 *
 * The English KPI labels and definitions stay in the KPI definitions (src/core/metrics/stages,
 * from which the README reference is generated); `kpis` here is read from them, so English reports
 * show exactly what the definitions say.
 */
import { reasons } from './en-reasons.ts';
import { readable, story, tone } from './en-story.ts';
import { builtinKpis } from '../metrics/registry.ts';
import type { EntityName } from '../schema/entities.ts';

/** Series of the typical-day benchmark and the spike detector. */
export type SeriesKey = 'mentions' | 'negative_mentions' | 'shares' | 'hashtag_uses' | 'new_followers';
/** What a spike or drop is traced to (src/core/benchmarks/types.ts). */
export type DimensionKey = 'source' | 'domain' | 'author' | 'hashtag' | 'url';
export type WeekdayKey = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';
export type CadenceKey = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'annual';
export type AudienceKey = 'team' | 'sales' | 'leadership';
export type StageKey = 'listening' | 'influencing' | 'networking' | 'selling';
export type UnitKey = 'count' | 'number' | 'percent' | 'currency' | 'hours' | 'days';
/** The slides of the built-in roadshow decks (templates/decks/). */
export const deckSlideKeys = [
  'productGaps', 'productListening', 'productMentions', 'productStandsOut',
  'salesPipeline', 'salesProspects', 'salesOffers', 'salesTraffic', 'salesStandsOut',
  'marketingVoice', 'marketingContent', 'marketingMentions', 'marketingStandsOut',
  'allHandsStory', 'allHandsMonths', 'allHandsFigures', 'allHandsWinsRisks', 'allHandsNext',
] as const;
export type DeckSlideKey = (typeof deckSlideKeys)[number];
export const deckChartKeys = ['mentionsPerDay', 'mentionsWithCompetitors'] as const;
export type DeckChartKey = (typeof deckChartKeys)[number];

/** Label and definition of a KPI, and the reason it is unavailable when its query finds nothing. */
export interface KpiText {
  label: string;
  definition: string;
  whenEmpty?: string;
}

/** The numbers behind a campaign's class, for the sentence saying why. */
export interface LifecycleWhy {
  lifecycle: 'growing' | 'steady' | 'burst_and_fade' | 'too_early';
  weeks: number;
  needed: number;
  /** Week of age, counted from 1. */
  peakWeek: number;
  lastToPeak: number;
  trend: number;
  lastWeekAfterEnd: boolean;
  /** No engagement at all in the full weeks. */
  noEngagement: boolean;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const share = (x: number) => (x >= 0.995 ? 'all' : pct(x));
const s = (n: number, one: string, other: string) => (n === 1 ? one : other);
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);


const kpis: Record<string, KpiText> = Object.fromEntries(
  builtinKpis.map((k) => [k.id, { label: k.label, definition: k.definition, ...(k.whenEmpty ? { whenEmpty: k.whenEmpty } : {}) }]),
);

const entities: Record<EntityName, string> = {
  mentions: 'mentions',
  posts: 'posts',
  account_snapshots: 'account snapshots',
  care_cases: 'care cases',
  campaigns: 'campaigns',
  leads: 'leads',
  deals: 'deals',
  orders: 'orders',
  web_sessions: 'web sessions',
  offers: 'offers',
  earned_media: 'earned media',
  inbound_links: 'inbound links',
  partnerships: 'partnerships',
  retargeting_audiences: 'retargeting audiences',
};

/** Series in running text ("a spike in new followers"). */
const seriesLower: Record<SeriesKey, string> = { mentions: 'brand mentions', negative_mentions: 'negative mentions', shares: 'shares', hashtag_uses: 'brand hashtag uses', new_followers: 'new followers' };

const weekdayNames: Record<WeekdayKey, string> = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' };

/** Days of the trailing-days chart that left the typical range: the first few, and how many more. */
export interface DayList {
  days: { day: string; mentions: string }[];
  more: number;
}

/** "14 Sept (412), 16 Sept (300) and 2 more". */
const dayList = (l: DayList) => l.days.map((d) => `${d.day} (${d.mentions})`).join(', ') + (l.more ? ` and ${l.more} more` : '');

export const en = {
  language: 'en',
  /** The story layer's sentences (en-story.ts). */
  story,
  tone,
  readable,
  /** Units that follow a number. */
  units: {
    hours: (p: { value: string }) => `${p.value} h`,
    days: (p: { value: string }) => `${p.value} days`,
    points: (p: { value: string }) => `${p.value} pp`,
  },
  period: {
    week: (p: { week: string; year: string }) => `week ${p.week} of ${p.year}`,
    quarter: (p: { quarter: string; year: string }) => `${p.quarter} ${p.year}`,
    range: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
    /** A calendar year as a label ("2025"). */
    year: (p: { year: string }) => p.year,
  },
  weekdays: { Mon: 'Mon', Tue: 'Tue', Wed: 'Wed', Thu: 'Thu', Fri: 'Fri', Sat: 'Sat', Sun: 'Sun' } as Record<WeekdayKey, string>,
  stages: { listening: 'Listening', influencing: 'Influencing', networking: 'Networking', selling: 'Selling' } as Record<StageKey, string>,
  /** Series names as table labels. */
  series: {
    mentions: 'Brand mentions',
    negative_mentions: 'Negative mentions',
    shares: 'Shares',
    hashtag_uses: 'Brand hashtag uses',
    new_followers: 'New followers',
  } as Record<SeriesKey, string>,
  dimensions: { source: 'source', domain: 'domain', author: 'author', hashtag: 'hashtag', url: 'url' } as Record<DimensionKey, string>,
  /** Fields of the data a KPI needs, named in "the imported mentions carry no reach" (reasons.notProvided). */
  fields: {
    author_handle: 'author handle',
    author_name: 'author name',
    amount: 'amount',
    comments: 'comments',
    engagement: 'engagement',
    hashtags: 'hashtags',
    likes: 'likes',
    reach: 'reach',
    sentiment: 'sentiment',
    shares: 'shares',
    text: 'text',
  } as Record<string, string>,
  /** Kinds of source a quote comes from, shown in its meta line ("Petra Albers · news · 14 Sept"); a platform name (x, instagram) stays as is. */
  sourceTypes: { news: 'news', blog: 'blog', forum: 'forum', review: 'review', video: 'video', podcast: 'podcast', social: 'social', magazine: 'magazine', other: 'other' } as Record<string, string>,
  /** Between the items of a run-in list ("Spike; report day", "@anna on x, Mon 18–21; @tom …"). */
  listSeparator: '; ',
  /** Entity names in running text ("no care cases imported"). */
  entities,
  findings: {
    slaMissed: (p: { value: string; step: 'triage' | 'resolution'; target: string }) =>
      `Care SLA missed: ${p.value} of cases were ${p.step === 'triage' ? 'triaged within 12 hours' : 'resolved within 24 hours'}, against a target of ${p.target}.`,
    competitorGained: (p: { competitor: string; points: string; share: string; brand: string; brandShare: string }) =>
      `${p.competitor} gained ${p.points} of share of voice, to ${p.share} of mentions (${p.brand}: ${p.brandShare}).`,
    campaignFading: (p: { name: string; why: string }) => `“${p.name}” burst and faded: ${p.why}`,
    campaignGrowing: (p: { name: string; why: string }) => `“${p.name}” keeps growing: ${p.why}`,
    goalMet: (p: { label: string; value: string; target: string; goalPeriod: string }) => `Goal met: ${p.label} — ${p.value} against ${p.target} for ${p.goalPeriod}.`,
    goalMissed: (p: { label: string; value: string; target: string; goalPeriod: string }) => `Goal missed: ${p.label} — ${p.value} against ${p.target} for ${p.goalPeriod}.`,
    onTrack: (p: { label: string; projected: string; target: string; elapsed: number; total: number; goalPeriod: string }) =>
      `On track: ${p.label} — heading for ${p.projected} against ${p.target} (${p.elapsed} of ${p.total} days of ${p.goalPeriod}).`,
    offTrack: (p: { label: string; projected: string; target: string; elapsed: number; total: number; goalPeriod: string }) =>
      `Off track: ${p.label} — heading for ${p.projected} against ${p.target} (${p.elapsed} of ${p.total} days of ${p.goalPeriod}).`,
  },  checklist: {
    noFigure: (p: { what: string; reason: string }) => `No ${p.what} figure: ${p.reason}.`,
    notComputed: 'not computed',
    noTypical: (p: { value: string; what: string }) => `${p.value} ${p.what}; no typical day to compare with yet (too few earlier days).`,
    versusTypical: (p: { value: string; what: string; level: 'high' | 'low' | 'typical'; expected: string }) =>
      `${p.value} ${p.what}, ${p.level === 'high' ? `far above a typical ${p.expected}` : p.level === 'low' ? `far below a typical ${p.expected}` : `within the typical ${p.expected}`} for the weekday.`,
    what: { negative: 'negative mentions', mentions: 'brand mentions', shares: 'shares', followers: 'new followers' },
    notShown: (p: { reason: string }) => `Not shown: ${p.reason}.`,
    notAvailable: (p: { reason: string }) => `Not available: ${p.reason}.`,
    person: (p: { author: string; platform: string; weekday: string; hours: string }) => `${p.author} (${p.platform}, ${p.weekday} ${p.hours})`,
    unknownPlatform: 'unknown',
    activationsQuestion: 'Activations: did shares or hashtag use spike?',
    activationsQuestionWhere: 'Activations: did shares or hashtag use spike, and where from?',
    noActivation: 'No spike in shares or brand hashtag use this period.',
    noActivationOnly: (p: { measured: 'shares' | 'hashtags'; reason: string }) =>
      `No spike in ${p.measured === 'shares' ? 'shares' : 'brand hashtag use'} this period; ${p.measured === 'shares' ? 'brand hashtag use' : 'shares'} not shown: ${p.reason}.`,
    activations: (p: { n: number; count: string; day: string; observed: string; expected: string; source: { dimension: DimensionKey; value: string } | null }) =>
      `${p.count} ${s(p.n, 'spike', 'spikes')}; the largest on ${p.day} (${p.observed} against a typical ${p.expected})${p.source ? `, traced to one ${en.dimensions[p.source.dimension]}: ${p.source.value}` : ''}.`,
    competitiveQuestion: 'Competitive position: where does the brand stand against its closest competitors?',
    noTrackedMentions: 'No mentions of the brand or its competitors.',
    competitive: (p: { brand: string; share: string; rank: number; of: number; change: string | null; average: string }) =>
      `${p.brand} has ${p.share} of the mentions (${p.rank === 1 ? 'first' : `number ${p.rank}`} of ${p.of}${p.change === null ? '' : `, ${p.change} on the period before`}); the competitor average is ${p.average}.`,
    campaignsTooYoung: 'Campaigns are too young to judge (fewer than three full weeks).',
    noCampaign: 'No campaign ran in this period.',
    campaigns: (p: { campaigns: { name: string; lifecycle: 'growing' | 'steady' | 'burst_and_fade' }[] }) =>
      p.campaigns.map((c) => `“${c.name}” ${{ growing: 'growing', steady: 'steady', burst_and_fade: 'burst and faded' }[c.lifecycle]}`).join('; ') + '.',
    daily: {
      crisis: 'Crisis scan: is anything very negative blowing up?',
      chatter: 'Chatter: how much talk against a typical day?',
      detractors: 'Detractors: who complains, where and when?',
      noDetractor: 'Nobody wrote two or more negative mentions today.',
      advocates: 'Advocates: who speaks up for the brand?',
      noAdvocate: 'Nobody wrote two or more positive mentions today.',
      benchmark: 'The daily benchmark: shares and new followers',
    },
    weekly: {
      advocacy: 'Advocacy: who advocated, louder or quieter than usual?',
      noAdvocate: 'No advocate this week (two or more positive mentions).',
      reputation: (p: { trend: 'up' | 'down' | 'flat'; change: string }) =>
        `Reputation ${p.trend === 'up' ? 'rose' : p.trend === 'down' ? 'fell' : 'held'} (${p.change} on the week before).`,
    },
    monthly: { campaigns: 'Campaign analysis: does reach grow as campaigns age, or burst and die?' },
    quarterly: {
      wins: 'Wins of the quarter',
      noWin: 'No finding stands out as a win.',
      lessons: 'Lessons of the quarter',
      noLesson: 'Nothing went notably wrong.',
      campaigns: 'Big initiatives: how did the campaigns perform?',
    },
    annual: {
      review: 'Year in review: better or worse than the year before?',
      better: (p: { better: string; of: string }) => `${p.better} of ${p.of} figures with a year-earlier value moved the right way.`,
      noYearAgo: 'No figure has a value a year earlier to compare with.',
      channels: 'Channel mix: how much traffic does social bring?',
      sessions: (p: { sessions: string }) => `${p.sessions} sessions from social this year.`,
      noAnalytics: 'no web analytics',
      tactics: 'Tactics: which campaigns to keep, and which to drop?',
    },
  },
  campaigns: {
    /** The numbers behind the class, without naming it: every use of the sentence names the class before it. */
    why(p: LifecycleWhy): string {
      const last = `last full week${p.lastWeekAfterEnd ? ' (after the end)' : ''} at ${pct(p.lastToPeak)} of the peak`;
      const trend = `engagement ${p.trend >= 0 ? 'up' : 'down'} ${pct(Math.abs(p.trend))} a week`;
      if (p.lifecycle === 'too_early') return `${p.weeks} full ${s(p.weeks, 'week', 'weeks')} of age so far, ${p.needed} needed.`;
      if (p.noEngagement) return `No engagement in ${p.weeks} full weeks (flat at zero).`;
      if (p.lifecycle === 'burst_and_fade') return `Peak in week ${p.peakWeek}, ${last}.`;
      if (p.lifecycle === 'growing') return `${cap(trend)} (least-squares trend), ${last}.`;
      return `${cap(trend)}, peak in week ${p.peakWeek}, ${last}.`;
    },
    classes: { growing: 'Growing', steady: 'Steady', burst_and_fade: 'Burst and fade', too_early: 'Too early to tell' },
    none: 'No campaign ran in this period.',
    since: (p: { day: string; engagement: string; reach: string }) => `Since ${p.day}: ${p.engagement} engagements, ${p.reach} reach.`,
  },
  goals: {
    /** A goal's name when the config gives none. */
    target: (p: { kpi: string; target: string }) => `${p.kpi}: target ${p.target}`,
    change: (p: { kpi: string; change: string }) => `${p.kpi}: ${p.change}`,
    status: { met: 'Met', missed: 'Missed', on_track: 'On track', off_track: 'Off track', unknown: 'Not known yet' },
    none: 'No goal in the configuration concerns these figures.',
    caption: 'Progress against the goals',
    columns: { goal: 'Goal', soFar: 'So far', headingFor: 'Heading for', target: 'Target', status: 'Status' },
    days: (p: { goalPeriod: string; elapsed: number; total: number }) => `(${p.goalPeriod}, ${p.elapsed} of ${p.total} days)`,
    withReason: (p: { status: string; reason: string }) => `${p.status}: ${p.reason}`,
  },
  /** Why a figure, list or comparison is not available (the texts core writes, by kind). */
  reasons,
  /** Notes on estimated values (written by the KPI queries). */
  notes: {
    followersFromSnapshot: (p: { estimated: string; posts: string }) =>
      `${p.estimated} of ${p.posts} posts have no follower count of their own; the account's follower snapshot on the publishing day stands in for it`,
    reachEstimated: (p: { share: string }) => `${p.share}% of the reach is estimated (reach kind estimated, unknown or not given)`,
    openDealsWithoutAmount: (p: { missing: string; open: string }) => `${p.missing} of the ${p.open} open deals have no amount and are not in the value`,
    wonDealsWithoutAmount: (p: { missing: string; won: string }) => `${p.missing} of the ${p.won} won deals have no amount and are not in the value`,
  },
  kpis,
  /** Headings and sentences of the report page (src/site/pages/[cadence]/[period]/[audience].astro). */
  report: {
    cadences: { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Annual' } as Record<CadenceKey, string>,
    eyebrow: (p: { cadence: CadenceKey; brand: string }) => `${en.report.cadences[p.cadence]} report · ${p.brand}`,
    pageTitle: (p: { audience: string; period: string }) => `${p.audience} · ${p.period}`,
    description: (p: { cadence: CadenceKey; audience: string; brand: string; period: string }) =>
      `${en.report.cadences[p.cadence]} ${p.audience.toLowerCase()} report for ${p.brand}, ${p.period}.`,
    heading: (p: { audience: string; period: string }) => `${p.audience}: ${p.period}`,
    breadcrumbs: { label: 'Breadcrumb', allReports: 'All reports' },
    range: (p: { from: string; to: string }) => `${p.from} to ${p.to}`,
    lede: (p: { range: string; previous: string }) => `${p.range}, compared with ${p.previous}.`,
    /** A day report: the typical weekday first, the previous day second. */
    ledeDay: (p: { day: string; weekday: WeekdayKey; previous: string }) => `${p.day}, compared with a typical ${weekdayNames[p.weekday]} first, then with ${p.previous}.`,
    incomplete: (p: { dataUntil: string }) => `The data runs until ${p.dataUntil}: the period is not complete.`,
    soFar: (p: { day: string; time: string | null }) => `so far: data to ${p.time ? `${p.time} on ` : ''}${p.day}`,
    findings: 'What stands out',
    nextSteps: 'What to do next',
    checklist: {
      daily: 'The daily checklist',
      weekly: 'The weekly checklist',
      monthly: 'The monthly checklist',
      quarterly: 'The quarterly checklist',
      annual: 'The annual checklist',
    } as Record<CadenceKey, string>,
    goals: 'Goals',
    keyFigures: 'Key figures',
    keyFiguresIntro: (p: { period: string; previous: string }) =>
      `${p.period} against ${p.previous}. Colour says good or bad news for the business, not up or down: a rise carried by negative mentions is red, and a figure on too few cases is not coloured.`,
    keyFiguresIntroDay: (p: { day: string; weekday: WeekdayKey; previous: string }) =>
      `${p.day} against a typical ${weekdayNames[p.weekday]}, then against ${p.previous}. Colour says good or bad news for the business, not up or down: a rise carried by negative mentions is red, and a figure on too few cases is not coloured.`,
    keyFiguresCaption: (p: { period: string; previous: string }) => `Key figures, ${p.period} compared with ${p.previous}`,
    anomalies: 'Spikes and drops',
    anomaliesIntro: 'Days that left the typical day for their weekday, and what explains the difference.',
    people: 'Advocates and detractors',
    advocates: 'Advocates',
    detractors: 'Detractors',
    shareOfVoice: 'Share of voice',
    shareOfVoiceIntro: "The brand's share of what is said about it and its competitors, on three measures.",
    campaigns: 'Campaigns',
    prospects: 'What prospects ask about',
    offers: 'Which offers drew interest',
    traffic: 'Where web visits come from',
    trafficIntro: 'Sessions on the site per channel, and how much of it social brings.',
    charts: 'Charts',
    definitions: 'How the figures are computed',
    // The MDX report components (src/site/components/report/).
    winsAndRisks: 'Wins and risks',
    wins: 'Wins',
    risks: 'Risks',
    alsoOfNote: 'Also of note',
    asks: 'What we ask',
    asksIntro: 'The steps the team proposes on this period’s risks; each needs a decision or support.',
    noAsks: 'No decision is needed this period: no goal is off track and no risk calls for action.',
    noNextSteps: 'Nothing in this period calls for action.',
    noChecklist: 'No checklist for this report.',
    stagesHeading: 'The four stages',
    stagesIntro: 'Every figure, by the stage of the social success cycle it measures.',
    stageIntros: {
      listening: 'What people say about the brand and its competitors.',
      influencing: 'How the brand’s own content lands.',
      networking: 'The relationships the brand builds: advocates, care, community.',
      selling: 'What social brings to the business: leads, deals, revenue.',
    } as Record<StageKey, string>,
    noStageKpis: (p: { stage: string }) => `This report shows no ${p.stage.toLowerCase()} figures.`,
    allFiguresTable: 'All figures in one table, with the previous period and the year before',
    moreReports: (p: { audience: string }) => `More for ${p.audience}:`,
    moreReportsLabel: 'More reports for this period',
    notAvailable: 'not available',
    chartNoData: 'No data for this chart in this period.',
    chartDescription: (p: { title: string }) => `${p.title}. The numbers are in the table below the chart.`,
    tableFirstRows: (p: { title: string; shown: number; total: number }) => `${p.title} (first ${p.shown} of ${p.total} rows)`,
    tableNoRows: (p: { caption: string }) => `No rows for “${p.caption}” in this period.`,
  },
  audiences: {
    team: { title: 'Social team', summary: 'Every KPI across listening, influencing, networking and selling, with the spikes, advocates and campaigns behind them.' },
    sales: { title: 'Sales', summary: 'Social-sourced leads and deals, win rate, deal size, pipeline and revenue.' },
    leadership: { title: 'Leadership', summary: 'Progress against the goals, share of voice against competitors, wins and risks.' },
  } as Record<AudienceKey, { title: string; summary: string }>,
  charts: {
    notAvailable: (p: { reason: string }) => `Not available: ${p.reason}.`,
    /** Short labels of what a chart marks on a day (src/core/story/marks.ts). */
    marks: {
      negative: (p: { source: string | null }) => (p.source ? `Negative: ${p.source}` : 'Negative spike'),
      campaign: (p: { name: string }) => p.name,
      campaignStart: (p: { name: string }) => `${p.name} starts`,
      /** Another spike or drop, named by its series ("Spike in new followers"). */
      spike: (p: { series: SeriesKey }) => `Spike in ${seriesLower[p.series]}`,
      drop: (p: { series: SeriesKey }) => `Drop in ${seriesLower[p.series]}`,
    },
    showTable: 'Show the data as a table',
    /** Column headings of a report's own <Chart> table: the fields of the report datasets (src/site/reports/datasets.ts). */
    fields: {
      id: 'KPI id',
      stage: 'Stage',
      label: 'Label',
      unit: 'Unit',
      value: 'Value',
      previous: 'Previous period',
      change: 'Change',
      relativeChange: 'Relative change',
      yearAgo: 'A year earlier',
      tone: 'Tone',
      good: 'Good news',
      available: 'Available',
      kpi: 'KPI',
      period: 'Period',
      firstDay: 'First day',
      current: 'This period',
      date: 'Date',
      name: 'Name',
      brand: 'Brand',
      mentions: 'Mentions',
      measure: 'Measure',
      share: 'Share',
      previousShare: 'Previous share',
      metric: 'Metric',
      direction: 'Direction',
      observed: 'Observed',
      expected: 'Typical',
      score: 'Score',
      driver: 'Driver',
      driverShare: 'Driver share',
      campaign: 'Campaign',
      lifecycle: 'Lifecycle',
      week: 'Week',
      reach: 'Reach',
      engagement: 'Engagement',
      posts: 'Posts',
      rank: 'Rank',
      kind: 'Kind',
      headline: 'Headline',
    } as Record<string, string>,
    /** The marks a chart names in its description (src/site/charts/marks.ts): the first few, and how many more. */
    marked: (p: { marks: { label: string; day: string }[]; more: number }) =>
      `Marked on the chart: ${p.marks.map((m) => `${m.label} (${m.day})`).join(', ')}${p.more ? ` and ${p.more} more (see the table)` : ''}.`,
    /** Where the data covers a chart's days only in part (src/site/charts/coverage.ts); the days without data are not drawn. */
    coverage: (p: { from: string | null; until: string | null; time: string | null }) =>
      p.from && p.until
        ? `The data covers only the days from ${p.from} to ${p.until}${p.time ? ` (${p.time})` : ''}; the other days are not drawn.`
        : p.from
          ? `The data starts on ${p.from}; the days before are not drawn.`
          : p.time
            ? `The data ends at ${p.time} on ${p.until}, so that day is partial; the days after are not drawn.`
            : `The data ends on ${p.until}; the days after are not drawn.`,
    /** Label of the shaded days without data. */
    noData: 'no data',
    dailyMentions: {
      title: 'Brand mentions per day',
      titleCompetitors: 'Mentions per day: brand and competitors',
      /** `negative`: the brand's negative mentions and their share; `negativePeak`: the day with the most of them. */
      description: (p: {
        brand: string;
        mentions: string;
        period: string;
        negative?: { mentions: string; share: string } | null;
        peak: { day: string; mentions: string } | null;
        negativePeak?: { day: string; negative: string; mentions: string } | null;
        competitors: { name: string; mentions: string }[];
      }) =>
        `${p.brand} had ${p.mentions} mentions in ${p.period}${p.negative ? `, ${p.negative.mentions} of them negative (${p.negative.share})` : ''}${p.peak ? `; the most on ${p.peak.day} (${p.peak.mentions})` : ''}.` +
        (p.negativePeak ? ` Negative mentions peaked on ${p.negativePeak.day}: ${p.negativePeak.negative} of ${p.negativePeak.mentions}.` : '') +
        (p.competitors.length ? ` Competitors: ${p.competitors.map((c) => `${c.name} ${c.mentions}`).join(', ')}.` : ''),
      axis: 'Mentions',
      /** The legend entry (and the table column) of the brand's negative mentions. */
      negative: (p: { brand: string }) => `${p.brand}: negative`,
      caption: (p: { period: string }) => `Mentions per day, ${p.period}, with the brand's negative mentions and the marked events`,
      day: 'Day',
      note: 'Note',
    },
    shareOfVoice: {
      title: 'Share of voice against competitors',
      description: (p: { brand: string; share: string; period: string; rank: number; of: number; leader: string; leaderShare: string }) =>
        `${p.brand} had ${p.share} of the mentions of tracked names in ${p.period}` +
        (p.rank === 1 ? ', the largest share.' : `, ranking ${p.rank} of ${p.of}; ${p.leader} led with ${p.leaderShare}.`),
      axis: 'Share of tracked mentions',
      caption: (p: { period: string }) => `Share of voice, ${p.period}`,
      columns: { name: 'Name', mentions: 'Mentions', share: 'Share of voice' },
    },
    weeklyLeads: {
      title: 'Leads per week: social and other channels',
      none: (p: { period: string }) => `No leads were created in ${p.period}.`,
      description: (p: { total: string; period: string; social: string; share: string; week: string; busiest: string }) =>
        `${p.total} leads in ${p.period}, ${p.social} of them from social (${p.share}). The busiest week was ${p.week} with ${p.busiest}.`,
      social: 'Social',
      other: 'Other channels',
      axis: 'Leads',
      /** Weeks cut at the period's edges (or by the data's): the legend entry, the table's suffix and a sentence. */
      partialWeek: 'Partial week',
      partial: ' (partial)',
      partialWeeks: (p: { weeks: { week: string; days: number }[] }) =>
        `${s(p.weeks.length, 'Partial week', 'Partial weeks')} (fewer than 7 days in the period or the data): ${p.weeks.map((w) => `${w.week} (${w.days} ${s(w.days, 'day', 'days')})`).join(', ')}.`,
      caption: (p: { period: string }) => `Leads per week, ${p.period}`,
      columns: { week: 'Week', social: 'Social', other: 'Other channels', total: 'Total' },
    },
    /** Day and week reports: the 28 days to the report's last day against the typical day (src/site/charts/specs/trailing-days.ts). */
    trailingDays: {
      title: 'Brand mentions, the last 28 days against the typical day',
      unavailable: 'no mentions data for these days',
      /**
       * One day against the typical day of its weekday; `typical` null when the weekday has none yet;
       * `negative` (with its share of the day) when some of the day's mentions were negative.
       */
      day: (p: { day: string; weekday: WeekdayKey; n: number; mentions: string; typical: string | null; mark: 'spike' | 'drop' | null; negative?: { mentions: string; share: string } | null }) =>
        (p.typical === null
          ? `On ${p.day} brand mentions were ${p.mentions}; there is no typical ${weekdayNames[p.weekday]} yet`
          : p.mark === 'spike'
            ? `On ${p.day} brand mentions reached ${p.mentions} against a typical ${weekdayNames[p.weekday]} of ${p.typical}`
            : p.mark === 'drop'
              ? `On ${p.day} brand mentions fell to ${p.mentions} against a typical ${weekdayNames[p.weekday]} of ${p.typical}`
              : `On ${p.day} brand mentions were ${p.mentions}, within the usual range for a ${weekdayNames[p.weekday]} (typical ${p.typical})`) +
        '.' +
        (p.negative ? ` Of these, ${p.negative.mentions} ${p.negative.mentions === '1' ? 'was' : 'were'} negative (${p.negative.share}).` : ''),
      /** A week's (or longer period's) own days: their total against the sum of their typical days (`days` of them), and their negative mentions. */
      period: (p: { period: string; n: number; mentions: string; typical: string | null; days: number; negative?: { mentions: string; share: string } | null }) =>
        `In ${p.period} the brand had ${p.mentions} ${s(p.n, 'mention', 'mentions')}` +
        (p.typical === null ? '' : `, against ${p.typical} in ${p.days === 7 ? 'a typical week' : `${p.days} typical ${s(p.days, 'day', 'days')}`}`) +
        '.' +
        (p.negative ? ` Of these, ${p.negative.mentions} ${p.negative.mentions === '1' ? 'was' : 'were'} negative (${p.negative.share}).` : ''),
      /** The other days of the window: `own` when the report's days were told before ("Earlier…"). */
      window: (p: { own: boolean; lastDay: string; spikes: DayList | null; drops: DayList | null }) => {
        const before = p.own ? 'Earlier in the 28 days' : `In the 28 days to ${p.lastDay}`;
        const count = (l: DayList) => l.days.length + l.more;
        const parts = [
          p.spikes ? `${s(count(p.spikes), 'a spike', 'spikes')} on ${dayList(p.spikes)}` : '',
          p.drops ? `${s(count(p.drops), 'a drop', 'drops')} on ${dayList(p.drops)}` : '',
        ].filter(Boolean);
        return parts.length ? `${before}: ${parts.join('; ')}.` : `${before} no other day left the typical range.`;
      },
      axis: 'Mentions',
      /** Marks in the legend and the table's note column. */
      spike: 'Spike',
      drop: 'Drop',
      reportDay: 'report day',
      /** The colour legend: the report's own days, the days before them, the negative part of each bar, the typical range. */
      legend: {
        own: (p: { days: number }) => s(p.days, 'Report day', 'Report days'),
        earlier: 'Earlier days',
        negative: 'Negative mentions',
        typical: 'Typical range',
      },
      caption: (p: { lastDay: string }) => `Brand mentions per day and how many were negative, the 28 days to ${p.lastDay}, with the typical day of each weekday, its usual range and the marked events`,
      columns: { date: 'Date', mentions: 'Mentions', negative: 'Negative', typical: 'Typical', low: 'Low', high: 'High', note: 'Note' },
    },
  },
  /** Web sessions by channel (src/site/components/TrafficChannels.astro). */
  traffic: {
    empty: 'No web sessions in this period.',
    caption: 'Web sessions by channel',
    columns: { channel: 'Channel', sessions: 'Sessions', share: 'Share', previous: 'Previous period', change: 'Change' },
    total: 'All channels',
    social: 'of which social',
    channels: {
      organic_social: 'Organic social',
      paid_social: 'Paid social',
      organic_search: 'Organic search',
      paid_search: 'Paid search',
      direct: 'Direct',
      referral: 'Referral',
      email: 'E-mail',
      display: 'Display',
      affiliate: 'Affiliates',
      other: 'Other',
    } as Record<string, string>,
    notShown: (p: { reason: string }) => `Not shown: ${p.reason}.`,
  },
  /** The sales report's tables (src/site/components/ProspectTopics.astro, OfferInterest.astro). */
  sales: {
    prospects: {
      empty: 'No prospect asked a question with a theme in this period.',
      caption: 'What prospects ask about: themes by conversations',
      columns: { theme: 'Theme', cases: 'Conversations', share: 'Share', previous: 'Previous period', change: 'Change', toSales: 'Routed to sales' },
      notShown: (p: { reason: string }) => `Not shown: ${p.reason}.`,
    },
    offers: {
      empty: 'No offer was shown or named by a lead in this period.',
      caption: 'Offers and services by leads, then clicks',
      columns: {
        offer: 'Offer or service',
        impressions: 'Impressions',
        clicks: 'Clicks',
        clickRate: 'Click-through',
        leads: 'Leads',
        socialLeads: 'Social leads',
        enterpriseLeads: 'Enterprise leads',
        orders: 'Orders',
        revenue: 'Revenue',
      },
      /** A service: the landing page of enterprise leads that named no offer. */
      service: (p: { id: string }) => `Service: ${p.id}`,
      notShown: (p: { reason: string }) => `Not shown: ${p.reason}.`,
    },
  },
  /** Static text of the site's components and pages. */
  site: {
    skipLink: 'Skip to content',
    nav: { label: 'Site', allReports: 'All reports', about: 'How to read', audiences: 'Report for', periods: 'Other periods', noEarlier: 'No earlier report', noLater: 'No later report' },
    footer: {
      dataUntil: (p: { day: string; timezone: string }) => `Data up to ${p.day}. Days and months are cut in the ${p.timezone} time zone.`,
      madeWith: 'Made with Cadence.',
    },
    tone: { good: 'Good news', bad: 'Needs attention', mixed: 'Mixed news', neutral: 'Of note' },
    findingsEmpty: 'Nothing stands out in this period: every figure is within its usual range.',
    findingsEmptyPartial: 'Nothing stands out so far. The period is covered only in part, so its figures are not compared with whole periods yet.',
    findingsEmptyNoTypical: 'Nothing stands out against the period before; spikes and drops cannot be checked yet (see the note above).',
    notAvailable: 'Not available',
    better: ' (better)',
    worse: ' (worse)',
    noChange: 'no change',
    noComparison: 'no comparison',
    versus: (p: { previous: string }) => `vs ${p.previous}`,
    noComparisonWith: (p: { previous: string }) => `no comparison with ${p.previous}`,
    whatThisMeasures: 'What this measures',
    sparkline: (p: { label: string; n: number; cadence: CadenceKey | null; from: string; to: string }) =>
      `${p.label}, the last ${p.n} ${p.cadence ? { daily: 'days', weekly: 'weeks', monthly: 'months', quarterly: 'quarters', annual: 'years' }[p.cadence] : 'periods'}: from ${p.from} to ${p.to}`,
    kpiTable: { kpi: 'KPI', change: 'Change' },
    anomalies: {
      empty: 'No spike or drop: every day was within its typical range for the weekday.',
      caption: 'Spikes and drops against the typical day, with their drivers',
      columns: { day: 'Day', series: 'Series', observed: 'Observed', typical: 'Typical', explainedBy: 'Explained by' },
      spike: '↑ spike',
      drop: '↓ drop',
      driver: (p: { dimension: DimensionKey; value: string; share: number; singleSource: boolean }) =>
        `${en.dimensions[p.dimension]} ${p.value} (${share(p.share)})${p.singleSource ? ', single source' : ''}`,
    },
    people: {
      empty: (p: { kind: 'advocates' | 'detractors' }) => `Nobody wrote two or more ${p.kind === 'advocates' ? 'positive' : 'negative'} mentions in this period.`,
      caption: (p: { kind: 'advocates' | 'detractors' }): string =>
        p.kind === 'advocates' ? 'Advocates: authors by positive mentions' : 'Detractors: authors by negative mentions',
      columns: { author: 'Author', positive: 'Positive', negative: 'Negative', audience: 'Audience', where: 'Where', when: 'When' },
      employee: ' (employee)',
      ofMentions: (p: { n: string; of: string }) => `${p.n} of ${p.of}`,
      notShown: (p: { reason: string }) => `Not shown: ${p.reason}.`,
    },
    shareOfVoice: {
      measures: { mentions: 'Mentions', engagement: 'Engagement', reach: 'Reach' },
      sentiment: 'How people feel',
      negativeShare: 'Negative share of mentions',
      netSentiment: 'Net sentiment',
      caption: 'Share of voice by tracked name and measure, with each name’s sentiment',
      columns: { measure: 'Measure', competitorAverage: 'Competitor average', landscapeAverage: 'Landscape average' },
      unavailable: (p: { reason: string }) => `Share of voice is not available: ${p.reason}.`,
    },
    coverage: {
      caption: 'Rows per entity in the data folder',
      columns: { data: 'Data', rows: 'Rows', firstDay: 'First day', lastDay: 'Last day', gaps: 'Without data' },
      notImported: 'not imported',
      noGaps: 'none',
      gap: (p: { from: string; to: string; days: string }) => `${p.from} – ${p.to} (${p.days} days)`,
      moreGaps: (p: { n: number; count: string }) => `and ${p.count} more ${p.n === 1 ? 'gap' : 'gaps'}, none longer`,
      noDataAt: (p: { gaps: string[] }) => `No data at all ${p.gaps.length === 1 ? 'from' : 'in these stretches:'} ${p.gaps.join('; ')}: no report covers ${p.gaps.length === 1 ? 'it' : 'them'}.`,
      stretch: (p: { from: string; to: string; days: string }) => `${p.from} to ${p.to} (${p.days} days)`,
    },
    home: {
      description: (p: { brand: string }) => `Social media reports for ${p.brand}.`,
      lede: (p: { brand: string; month: string }) => `Reports for ${p.brand}, built from the data folder. The latest month with data is ${p.month}.`,
      noData: 'No data has been imported yet.',
      latest: 'Latest reports',
      latestIntro: 'One site, a report per audience and cadence; each opens with what stands out and compares every figure with the period before.',
      reportLink: (p: { cadence: CadenceKey; period: string; soFar: string | null }) => `${en.report.cadences[p.cadence]}: ${p.period}${p.soFar ? ` (${p.soFar})` : ''}`,
      reportCount: (p: { n: number; count: string }) => `${p.count} ${s(p.n, 'report', 'reports')} in all; each links to the periods before and after it.`,
      noReports: 'There are no reports yet. Run <code>cadence pull</code> to import data, then <code>cadence build</code>.',
      decks: 'Roadshow decks',
      decksIntro: 'Slides per department for each quarter, to present from the browser (arrow keys, full screen, speaker notes) or from the single file, which works offline.',
      coverage: 'Data coverage',
      coverageIntro:
        'What the data folder holds, per kind of data, and the stretches of a week or more it has no data for. Reports are built only for periods with data; figures that need data not imported show as not available.',
    },
    kpiPage: {
      title: (p: { label: string }) => `${p.label} · what it measures`,
      description: (p: { label: string; brand: string }) => `${p.label}: definition and history for ${p.brand}.`,
      eyebrow: (p: { stage: string; custom: boolean }) => `${p.stage} · KPI${p.custom ? ' of this project' : ''}`,
      about: 'About this figure',
      id: 'Id',
      unit: 'Unit',
      units: { count: 'a count', number: 'an average', percent: 'a percentage', hours: 'hours', days: 'days' } as Record<Exclude<UnitKey, 'currency'>, string>,
      currency: (p: { currency: string }) => `an amount in ${p.currency}`,
      goodWhen: 'Good news when',
      rises: 'it rises',
      falls: 'it falls',
      reads: 'Reads',
      history: 'History',
      /** The history chart (src/site/charts/specs/kpi-history.ts): its title, what it shows, and its partial periods. */
      chartTitle: (p: { label: string }) => `${p.label} by period`,
      chartDescription: (p: { label: string; first: string; last: string; from: string; to: string; high: { value: string; period: string } | null; low: { value: string; period: string } | null; missing: number }) =>
        `${p.label} from ${p.first} to ${p.last}: from ${p.from} to ${p.to}` +
        (p.high && p.low ? `, highest ${p.high.value} (${p.high.period}), lowest ${p.low.value} (${p.low.period})` : '') +
        '.' +
        (p.missing ? ` ${p.missing} ${s(p.missing, 'period has', 'periods have')} no value.` : ''),
      chartPartial: (p: { periods: string[] }) =>
        `${p.periods.join(', ')} ${s(p.periods.length, 'is', 'are')} partial (still running, or covered only in part by the data): ${s(p.periods.length, 'its value is', 'their values are')} not comparable with a whole period's, and drawn hollow.`,
      chartOne: (p: { label: string; period: string; value: string }) => `${p.label} in ${p.period}: ${p.value}. One period so far: no history to draw yet.`,
      axisPeriod: 'Period',
      partial: 'Partial period',
      whole: 'Whole period',
      partialSuffix: ' (partial)',
      empty: 'No report holds this figure yet.',
      caption: (p: { label: string }) => `${p.label} by period`,
      period: 'Period',
      value: 'Value',
      notAvailable: 'not available',
    },
  },
  /**
   * The "How to read these reports" page (src/site/pages/about): `body` is Markdown (## headings,
   * paragraphs, **bold**, *emphasis*; no HTML), rendered through the same tree as the findings.
   */
  about: {
    title: 'How to read these reports',
    description: 'What the reports show, where the numbers come from, and how to read a comparison.',
    lede: 'What each report shows, where its numbers come from, and how to read a comparison.',
    body: (p: { timezone: string }) => `## One report per audience

Each period — a day, a week, a month, a quarter, a year — has three reports built from the same data. The **social team** report covers every stage of the social success cycle — listening, influencing, networking and selling. The **sales** report speaks in leads, deals, win rate and revenue. The **leadership** report keeps to the headline figures and share of voice against competitors.

## Every number with its comparison

A figure is shown next to the same figure for the period before: the month before in a monthly report, the week before in a weekly one. The arrow says which way it moved; its colour says whether that is good news *for that figure* — fewer negative mentions is green even though the number went down. Counts and amounts change in percent (+12%); rates change in percentage points (+1.5 pp), the difference between two percentages.

## Where the numbers come from

The reports are computed from the exports and APIs of the tools the social team already uses — listening, publishing, CRM and web analytics — imported into one data folder. Days and months are cut in the ${p.timezone} time zone. Each figure links to its definition.

## When a figure is missing

A figure whose data was not imported is marked **unavailable, with the reason** — for example "no care cases imported". It is never shown as 0: a missing number and a zero are different stories.`,
  },
  /** The PDF's running footer (src/pdf/paper.ts): page and total arrive as placeholders the printer fills. */
  pdf: {
    pageOf: (p: { page: string; total: string }) => `${p.page} of ${p.total}`,
  },
  deck: {
    departments: { product: 'Product', sales: 'Sales', marketing: 'Marketing', 'all-hands': 'All hands' } as Record<'product' | 'sales' | 'marketing' | 'all-hands', string>,
    title: (p: { dept: string; period: string }) => `${p.dept} roadshow: ${p.period}`,
    /** The all-hands deck's title. */
    storyTitle: (p: { dept: string; period: string }) => `${p.dept}: the story of ${p.period}`,
    /**
     * Titles and speaker notes of the built-in decks' slides (templates/decks/*.mdx: `<Slide use="productGaps">`);
     * a project's own deck writes its own.
     */
    slides: {
      productGaps: { title: 'Product gaps and feedback themes', notes: 'What customers told us through care and social this quarter: the themes with most cases first. Negative first messages point at the sharpest gaps.' },
      productListening: { title: 'What people say about us', notes: 'The listening figures that speak to the product, against the quarter before. Every listening figure is in the team report of the quarter.' },
      productMentions: { title: 'Brand mentions, day by day', notes: 'Spikes are explained in the team report of the quarter.' },
      productStandsOut: { title: 'What stands out', notes: 'The three findings that matter most for product this quarter.' },
      salesPipeline: { title: 'Social-sourced pipeline', notes: 'Leads, deals and revenue that came from social this quarter, against the quarter before. Every selling figure is in the sales report of the quarter.' },
      salesProspects: { title: 'What prospects ask about', notes: 'The themes prospects raised with care or sales this quarter, most asked first, against the quarter before.' },
      salesOffers: { title: 'Offers that drew interest', notes: 'Which offers and services got clicks, leads and orders.' },
      salesTraffic: { title: 'Where site visits come from', notes: 'Visits to the site by channel, and the share social brings: the top of the funnel our leads grow from.' },
      salesStandsOut: { title: 'What stands out', notes: 'The findings that matter most for sales.' },
      marketingVoice: { title: 'Share of voice and campaigns', notes: 'Our share of the conversation against each competitor, then how every campaign of the quarter did.' },
      marketingContent: { title: 'Content and influence', notes: 'Engagement with our own content and the audience it grows, against the quarter before. Every influencing figure is in the team report of the quarter.' },
      marketingMentions: { title: 'Mentions against competitors', notes: 'Brand and competitor mentions per day.' },
      marketingStandsOut: { title: 'What stands out', notes: 'The findings that matter most for marketing, and what we do next.' },
      allHandsStory: { title: 'The story of the quarter', notes: 'The one thing to remember, what went well and what needs watching, in the words of one customer.' },
      allHandsMonths: { title: 'Month by month', notes: 'The main event of each month of the quarter.' },
      allHandsFigures: { title: 'The quarter in figures', notes: 'The headline figures, each against the quarter before.' },
      allHandsWinsRisks: { title: 'Wins and risks', notes: 'What went well, what needs watching.' },
      allHandsNext: { title: 'What we do next', notes: 'One action per finding that calls for one.' },
    } as Record<DeckSlideKey, { title: string; notes: string }>,
    /** Titles of the built-in decks' charts (`<Chart use="mentionsPerDay" …>`). */
    charts: { mentionsPerDay: 'Mentions per day', mentionsWithCompetitors: 'Mentions per day, brand and competitors' } as Record<DeckChartKey, string>,
    description: (p: { dept: string; period: string; brand: string }) => `${p.brand}: the ${p.dept.toLowerCase()} roadshow deck for ${p.period}.`,
    eyebrow: (p: { brand: string }) => `${p.brand} · quarterly roadshow`,
    coverNotes: (p: { range: string; previous: string }) => `The quarter runs ${p.range}; every figure is compared with ${p.previous}.`,
    slideLabel: (p: { n: number; total: number; title: string }) => `Slide ${p.n} of ${p.total}: ${p.title}`,
    counterLabel: 'Current slide',
    notes: 'Notes:',
    help: 'Keys: arrows, space, Page Up/Down, Home/End move between slides; f full screen; n speaker notes. Without JavaScript the slides read top to bottom.',
    gaps: { product: 'Product gaps', content: 'Feedback themes (content gaps)' } as Record<'product' | 'content', string>,
    gapCases: (p: { cases: string; negative: string }) => `${p.cases} ${p.cases === '1' ? 'case' : 'cases'}, ${p.negative} negative`,
    noGaps: 'No theme came up this quarter.',
    unavailable: (p: { reason: string }) => `Not available: ${p.reason}`,
    decksOf: (p: { period: string }) => `Roadshow decks for ${p.period}`,
    standalone: 'single file',
  },
  /** Digests: the weekly chat update, the monthly employee digest and the leadership e-mail (src/digest/). */
  digest: {
    fullReport: 'Open the full report',
    relativeLinks: 'Links are paths on the report site: set site.url in cadence.config.ts to make them absolute.',
    dataUntil: (p: { day: string }) => `Data up to ${p.day}.`,
    employee: {
      subject: (p: { brand: string; month: string }) => `${p.brand} on social: ${p.month}`,
      intro: (p: { brand: string; month: string }) => `What ${p.brand} did on social in ${p.month}, and posts you can share.`,
      topContent: 'Our best posts this month',
      topContentIntro: 'The posts of our own accounts with the most engagements.',
      noTopContent: 'No post of our own accounts reported engagements this month.',
      columns: { post: 'Post', platform: 'Platform', result: 'Result' },
      result: (p: { metric: 'reach' | 'impressions' | 'engagements'; value: string }) =>
        p.metric === 'reach' ? `${p.value} people reached` : p.metric === 'impressions' ? `${p.value} impressions` : `${p.value} engagements`,
      untitled: 'A post without text',
      samplePosts: 'Ready to share',
      samplePostsIntro: 'Copy a post as it is, or make it your own.',
      samplePost: (p: { month: string; platform: string; metric: 'reach' | 'impressions' | 'engagements'; value: string }) =>
        `Our ${p.month} post on ${p.platform} ${p.metric === 'reach' ? `reached ${p.value} people` : p.metric === 'impressions' ? `was seen ${p.value} times` : `drew ${p.value} likes, comments and shares`} — thank you to everyone who liked, commented and shared it!`,
      roundup: (p: { month: string; n: number; count: string; engagements: string; brand: string }) =>
        `Our ${p.count} best ${s(p.n, 'post', 'posts')} of ${p.month} drew ${p.engagements} likes, comments and shares. Follow ${p.brand} so you don't miss the next ones!`,
    },
    leadership: {
      subject: (p: { brand: string; month: string }) => `${p.brand}: the ${p.month} social report for leadership`,
      goals: (p: { met: number; missed: number; onTrack: number; offTrack: number; unknown: number }) => {
        const parts = [
          p.met ? `${p.met} met` : '',
          p.onTrack ? `${p.onTrack} on track` : '',
          p.offTrack ? `${p.offTrack} off track` : '',
          p.missed ? `${p.missed} missed` : '',
          p.unknown ? `${p.unknown} not known yet` : '',
        ].filter(Boolean);
        return `Goals: ${parts.join(', ')}.`;
      },
      noGoals: 'Goals: none of the configured goals concerns these figures.',
      nothingElse: 'Nothing else stands out.',
      fullReport: (p: { url: string }) => `Full report: ${p.url}`,
    },
  },
};
