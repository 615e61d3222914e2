/**
 * The English sentences of the story layer (src/core/story): tone notes, readable numbers,
 * events, talking points, the sales summary, honest-comparison notes, next steps per audience,
 * voices and the employee digest's sharing guidance. Part of the English catalog (`en.story`,
 * `en.tone`, `en.readable`); every other language matches it key for key.
 *
 * Numbers and dates arrive formatted; a message places them and picks singular or plural.
 */
import type { FractionWord, RiseForm } from '../story/readable.ts';
import type { SampleNoun } from '../metrics/sample.ts';

type WeekdayKey = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';
type SeriesKey = 'mentions' | 'negative_mentions' | 'shares' | 'hashtag_uses' | 'new_followers';

const s = (n: number, one: string, other: string) => (n === 1 ? one : other);
const weekdays: Record<WeekdayKey, string> = { Mon: 'Monday', Tue: 'Tuesday', Wed: 'Wednesday', Thu: 'Thursday', Fri: 'Friday', Sat: 'Saturday', Sun: 'Sunday' };
const nouns: Record<SampleNoun, [string, string]> = {
  cases: ['case', 'cases'],
  deals: ['deal', 'deals'],
  leads: ['lead', 'leads'],
  mentions: ['mention', 'mentions'],
  buyers: ['buyer', 'buyers'],
  clicks: ['click', 'clicks'],
  posts: ['post', 'posts'],
  followers: ['follower', 'followers'],
  people: ['person', 'people'],
};
const seriesNames: Record<SeriesKey, string> = {
  mentions: 'brand mentions',
  negative_mentions: 'negative mentions',
  shares: 'shares',
  hashtag_uses: 'uses of the brand hashtags',
  new_followers: 'new followers',
};
const smallNumbers = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const fractionWords: Record<FractionWord, string> = {
  tenth: 'a tenth',
  fifth: 'a fifth',
  quarter: 'a quarter',
  third: 'a third',
  half: 'half',
  two_thirds: 'two thirds',
  three_quarters: 'three quarters',
  all: 'all',
};

/** "five times", "2.5 times", "twice". */
const times = (n: number) => (n === 2 ? 'twice' : Number.isInteger(n) && n <= 10 ? `${smallNumbers[n]} times` : `${n} times`);

/** How a story is named in a sentence: its page, its hashtag, its account, its site, its network or its words. */
export type StorySource =
  | { kind: 'page'; domain: string | null; title: string | null; sourceType: string | null }
  | { kind: 'hashtag'; value: string }
  | { kind: 'account'; value: string | null }
  | { kind: 'domain'; value: string }
  | { kind: 'platform'; value: string }
  | { kind: 'words'; words: string[] };

const pageNoun: Record<string, string> = { news: 'story', blog: 'blog post', forum: 'forum thread', review: 'review', video: 'video', podcast: 'podcast', social: 'post', other: 'page' };

/** "a news.example story, “Alpenglow recalls …”", "#trailstories", "one account", "posts on reddit". */
export function sourcePhrase(src: StorySource): string {
  switch (src.kind) {
    case 'page': {
      const noun = pageNoun[src.sourceType ?? ''] ?? 'page';
      // "an other.example page", "a news.example story" (the article as the domain is read).
      const where = src.domain ? `${/^[aeio]/i.test(src.domain) ? 'an' : 'a'} ${src.domain} ${noun}` : `a ${noun}`;
      return src.title ? `${where}, “${src.title}”` : where;
    }
    case 'hashtag':
      return `#${src.value}`;
    case 'account':
      return src.value ? `posts by @${src.value}` : 'posts by one account';
    case 'domain':
      return `posts on ${src.value}`;
    case 'platform':
      return `posts on ${src.value}`;
    case 'words':
      return `talk of “${src.words.join('”, “')}”`;
  }
}

/** A rise as a headline says it: "22-fold", "five times", "by 40%", "from none". */
function riseWords(f: RiseForm, count: string): string {
  switch (f.form) {
    case 'fold':
      return `${f.fold}-fold`;
    case 'times':
      return f.times === 2 ? 'twofold' : `${times(f.times)} over`;
    case 'percent':
      return `by ${f.percent}%`;
    case 'from_none':
      return `from none to ${count}`;
  }
}

/** "five times a typical Tuesday", "40% above a typical Tuesday". */
function againstTypical(f: RiseForm, weekday: WeekdayKey): string {
  const typical = `a typical ${weekdays[weekday]}`;
  switch (f.form) {
    case 'fold':
      return `${f.fold} times ${typical}`;
    case 'times':
      return `${times(f.times)} ${typical}`;
    case 'percent':
      return `${f.percent}% above ${typical}`;
    case 'from_none':
      return `where ${typical} has none`;
  }
}

export interface CostText {
  rate: string;
  refunds: string;
  cases: string;
  amount: string | null;
  /** "this month", "this week", "that day". */
  when: string;
}

export const tone = {
  labels: { good: 'Good news', bad: 'Needs attention', mixed: 'Mixed news', neutral: 'Of note' },
  few: (p: { n: number; count: string; noun: SampleNoun }) => `${p.count} ${s(p.n, nouns[p.noun][0], nouns[p.noun][1])}: too few to compare`,
  duringNegative: 'rose while negative mentions rose: not counted as good news',
  negativeOf: (p: { negative: string; volume: string; mostly: boolean }) => `${p.mostly ? 'mostly' : 'partly'} negative: ${p.negative} of ${p.volume}`,
  /** A large sum (reach, engagement): how much of its rise came from negative mentions. */
  negativeShare: (p: { share: string; mostly: boolean }) => `${p.mostly ? 'mostly' : 'partly'} negative: ${p.share} of the rise came from negative mentions`,
  partial: 'so far: not compared',
  noise: 'within the usual variation',
  typical: 'within the typical range',
  /** A rate's count: "15 of 15 cases". */
  ofCount: (p: { part: string; n: number; count: string; noun: SampleNoun }) => `${p.part} of ${p.count} ${s(p.n, nouns[p.noun][0], nouns[p.noun][1])}`,
  /** A day report's first comparison: the typical weekday. */
  versusTypical: (p: { weekday: WeekdayKey; expected: string; times: string | null }) =>
    p.times ? `${p.times} a typical ${weekdays[p.weekday]} (${p.expected})` : `typical ${weekdays[p.weekday]}: ${p.expected}`,
  timesOf: (p: { times: number }) => `${p.times >= 10 ? Math.round(p.times) : Math.round(p.times * 10) / 10}×`,
  noTypical: (p: { weekday: WeekdayKey; samples: number; needed: number }) => `no typical ${weekdays[p.weekday]} yet (${p.samples} of ${p.needed})`,
};

export const readable = {
  times,
  fraction: (w: FractionWord) => fractionWords[w],
  rise: riseWords,
  againstTypical,
};

export const story = {
  /** Events (src/core/story/event-items.ts). */
  negativeEvent: (p: { rise: RiseForm; count: string; weekday: WeekdayKey; day: string; source: StorySource | null; cost: CostText | null; costFirst: boolean }) => {
    const after = p.source ? ` after ${sourcePhrase(p.source)}` : '';
    const cost = p.cost ? `; refunds reached ${p.cost.rate} of care cases${p.cost.amount ? `, ${p.cost.amount}` : ''} ${p.cost.when}` : '';
    if (p.costFirst && p.source) {
      const named = sourcePhrase(p.source);
      return `${capital(named)}${named.endsWith('”') ? ',' : ''} drove negative mentions up ${riseWords(p.rise, p.count)} against a typical ${weekdays[p.weekday]} on ${p.day}${cost}.`;
    }
    return `Negative mentions rose ${riseWords(p.rise, p.count)} against a typical ${weekdays[p.weekday]} on ${p.day}${after}${cost}.`;
  },
  campaignEvent: (p: { name: string; metric: SeriesKey; observed: string; rise: RiseForm; weekday: WeekdayKey; day: string; firstDay: boolean }) =>
    p.firstDay
      ? `“${p.name}” drew ${p.observed} ${seriesNames[p.metric]} on its first day, ${p.day}, ${againstTypical(p.rise, p.weekday)}.`
      : `“${p.name}” drew ${p.observed} ${seriesNames[p.metric]} on ${weekdays[p.weekday]} ${p.day}, ${againstTypical(p.rise, p.weekday)}.`,
  spikeEvent: (p: { metric: SeriesKey; observed: string; rise: RiseForm; weekday: WeekdayKey; day: string; source: StorySource | null }) =>
    `${capital(seriesNames[p.metric])} rose to ${p.observed} on ${weekdays[p.weekday]} ${p.day}, ${againstTypical(p.rise, p.weekday)}${p.source ? `, led by ${sourcePhrase(p.source)}` : '; no one account, site or hashtag explains it'}.`,
  dropEvent: (p: { metric: SeriesKey; observed: string; expected: string; weekday: WeekdayKey; day: string }) =>
    `${capital(seriesNames[p.metric])} fell to ${p.observed} on ${weekdays[p.weekday]} ${p.day}, against a typical ${p.expected}: check the listening queries and connections before reading anything into it.`,
  /** Detail sentences under an event's headline. */
  details: {
    others: (p: { others: { metric: SeriesKey; observed: string; expected: string }[] }) =>
      `The same day: ${p.others.map((o) => `${seriesNames[o.metric]} ${o.observed} against a typical ${o.expected}`).join('; ')}.`,
    traced: (p: { share: string; source: StorySource; single: boolean }) =>
      p.single ? `${p.share} of the rise traces to ${sourcePhrase(p.source)} and the accounts sharing it.` : `The largest part of the rise (${p.share}) came from ${sourcePhrase(p.source)}.`,
    words: (p: { words: string[] }) => `Most used words: ${p.words.map((w) => `“${w}”`).join(', ')}.`,
    days: (p: { n: number; count: string; from: string; to: string }) => `It stood out on ${p.count} ${s(p.n, 'day', 'days')}, from ${p.from} to ${p.to}.`,
    care: (p: { theme: string; cases: string; expected: string | null; refunds: number; refundCount: string; amount: string | null }) =>
      `Care received ${p.cases} ${p.cases === '1' ? 'case' : 'cases'} about “${p.theme}” that week (${p.expected === null ? 'usually none' : `about ${p.expected} expected`})${p.refunds ? `; ${p.refundCount} ended in a refund${p.amount ? ` (${p.amount})` : ''}` : ''}.`,
    sla: (p: { step: 'triage' | 'resolution'; value: string; target: string }) =>
      `Care missed its ${p.step === 'triage' ? '12-hour triage' : '24-hour resolution'} target: ${p.value} of cases in time, against ${p.target}.`,
    campaignClass: (p: { lifecycle: 'growing' | 'steady' | 'burst_and_fade'; why: string }) =>
      `${{ growing: 'It keeps growing', steady: 'It holds steady', burst_and_fade: 'It burst and faded' }[p.lifecycle]}: ${p.why}`,
    campaignDays: (p: { n: number; count: string; hashtag: string | null }) =>
      `${p.hashtag ? `#${p.hashtag}` : 'The campaign'} lifted the conversation on ${p.count} ${s(p.n, 'day', 'days')} of this period.`,
    shareOfVoice: (p: { share: string; previous: string }) => `Share of voice that day: ${p.share} (${p.previous} the day before).`,
  },
  /** The leadership headline's cost when the event has no care surge but the period's refunds rose. */
  costWhen: { day: 'that day', week: 'this week', month: 'this month', quarter: 'this quarter', year: 'this year', range: 'in this period' } as Record<'day' | 'week' | 'month' | 'quarter' | 'year' | 'range', string>,
  careCost: (p: { rate: string; refunds: string; cases: string; amount: string | null; previousRate: string | null; previous: string }) =>
    `Refunds reached ${p.rate} of care cases (${p.refunds} of ${p.cases})${p.amount ? `, ${p.amount}` : ''}${p.previousRate ? `, against ${p.previousRate} in ${p.previous}` : ''}.`,
  /** A moved figure; `note` says why its tone is not its direction ("partly negative: …"). */
  kpiChange: (p: { label: string; up: boolean; value: string; change: string; previous: string; note: string | null }) =>
    `${p.label} ${p.up ? 'rose' : 'fell'} to ${p.value}, ${p.change} on ${p.previous}${p.note ? ` (${p.note})` : ''}.`,
  /** Sales. */
  salesSummary: (p: {
    pipeline: string | null;
    pipelineChange: { up: boolean; percent: string } | null;
    won: { n: number; count: string; average: string; smaller: string | null; larger: string | null } | null;
    winRate: { rate: string; closed: string; previous: string | null } | null;
    previous: string;
  }) => {
    const parts: string[] = [];
    if (p.pipeline) parts.push(`Pipeline is ${p.pipeline}${p.pipelineChange ? `, ${p.pipelineChange.up ? 'up' : 'down'} ${p.pipelineChange.percent} on ${p.previous}` : ''}`);
    if (p.won) parts.push(`the ${p.won.count} ${s(p.won.n, 'deal', 'deals')} won averaged ${p.won.average}${p.won.smaller ? `, ${p.won.smaller} smaller` : p.won.larger ? `, ${p.won.larger} larger` : ''}`);
    if (p.winRate) parts.push(`win rate ${p.winRate.rate} of ${p.winRate.closed} closed${p.winRate.previous ? ` (${p.winRate.previous} in ${p.previous})` : ''}`);
    return parts.length ? `${capital(parts.join('; '))}.` : '';
  },
  talkingPoint: (p: { theme: string | null; cases: string | null; previousCases: string | null; previous: string; source: StorySource | null }) => {
    const about = p.source ? ` after ${sourcePhrase(p.source)}` : '';
    return p.theme
      ? `Customers are asking about ${p.theme} (${p.cases} ${p.cases === '1' ? 'question' : 'questions'}${p.previousCases ? `, ${p.previousCases} in ${p.previous}` : ''})${about}: expect the question, and point them to the company’s statement.`
      : `Customers may ask about ${p.source ? sourcePhrase(p.source) : 'the news'}: expect the question, and point them to the company’s statement.`;
  },
  prospectsRising: (p: { theme: string; cases: string; previousCases: string; previous: string }) =>
    `Prospects ask more about ${p.theme}: ${p.cases} questions, against ${p.previousCases} in ${p.previous}.`,
  /** Honest comparisons (notes under "What happened"). */
  notes: {
    noBaseline: (p: { weekday: WeekdayKey; samples: number; needed: number }) =>
      `No typical day yet: a typical ${weekdays[p.weekday]} needs ${p.needed} ${weekdays[p.weekday]}s of data; this data has ${p.samples}.`,
    noBaselinePeriod: (p: { needed: number; days: number; count: string }) =>
      `No typical day yet: spikes and drops need ${p.needed} weeks of data for each weekday; this data has ${p.count} ${s(p.days, 'day', 'days')}.`,
    baselineFrom: (p: { day: string }) => `Spikes and drops are checked from ${p.day} on: before that, a weekday had too few earlier weeks of data.`,
    partialUntil: (p: { day: string; time: string }) => `So far: data to ${p.time} on ${p.day}. Figures are not compared with complete periods.`,
    partialFrom: (p: { day: string }) => `The data starts on ${p.day}: this period is counted from then, and not compared as if complete.`,
    partialTo: (p: { day: string }) => `So far: data to ${p.day}. Figures are not compared with complete periods.`,
    unmatched: (p: { unmatched: string; listened: string; share: string; all: boolean }) =>
      p.all
        ? `None of the ${p.listened} mentions collected names the brand, a competitor or a tracked topic, so none is counted as a brand mention or in share of voice.`
        : `${p.unmatched} of the ${p.listened} mentions collected (${p.share}) name neither the brand nor a competitor or tracked topic; they are not counted as brand mentions or in share of voice.`,
    sentimentApart: (p: { reputation: string; net: string; neutralNow: string; neutralBefore: string; previous: string; ratioNow: string; ratioBefore: string; reputationUp: boolean }) =>
      `Reputation ${p.reputationUp ? 'rose' : 'fell'} (${p.reputation}) while net sentiment ${p.reputationUp ? 'fell' : 'rose'} (${p.net}): ${p.reputationUp ? 'fewer' : 'more'} mentions were neutral (${p.neutralNow} against ${p.neutralBefore} in ${p.previous}), which moves reputation, while positive mentions per negative one ${p.ratioBefore === p.ratioNow ? `stayed at ${p.ratioNow}` : `went from ${p.ratioBefore} to ${p.ratioNow}`}.`,
  },
  months: {
    heading: 'Month by month',
    nothing: 'Nothing stood out.',
    item: (p: { month: string; text: string }) => `${p.month}: ${p.text}`,
  },
  voices: {
    heading: 'What people said',
    intro: 'Real mentions behind the period’s story, as the listening tool found them.',
    empty: 'No mention with text in this period.',
    meta: (p: { platform: string; day: string; reach: string | null; author: string | null }) =>
      [p.author ? (/^[\p{L}\p{N}_.]+$/u.test(p.author) ? `@${p.author}` : p.author) : null, p.platform, p.day, p.reach ? `${p.reach} reach` : null].filter(Boolean).join(' · '),
    open: 'Open',
    quotesLabel: 'What people said about it',
  },
  /** Next steps: one per item, for the audience reading them. */
  nextSteps: {
    team: {
      negative: (p: { day: string; source: StorySource | null; today: boolean }) =>
        `Brief care and the spokespeople on ${p.source ? sourcePhrase(p.source) : `the negative mentions of ${p.day}`}${p.today ? ' today' : ''}, agree a holding statement, and answer where it is discussed.`,
      careSurge: (p: { theme: string }) => `Add care cover until the “${p.theme}” cases are cleared, and check the SLA again next period.`,
      campaign: (p: { name: string }) => `Note what made “${p.name}” take off (its best posts and accounts) for the next launch.`,
      spike: (p: { day: string; source: StorySource | null }) =>
        `Thank and amplify the accounts behind the rise of ${p.day}${p.source ? ` (${sourcePhrase(p.source)})` : ''}.`,
      drop: (p: { day: string }) => `Check that the listening queries and source connections ran on ${p.day}, then look for a paused campaign or channel.`,
      goal: (p: { label: string }) => `Review the plan for “${p.label}” with its owner: decide what changes, or reset the goal.`,
      sla: 'Add care cover for the busiest hours or tighten the triage rules, and check the SLA again next period.',
      kpiWorse: (p: { label: string }) => `Look into why ${p.label.toLowerCase()} moved: its page has the definition and history.`,
      competitor: (p: { competitor: string }) => `Look at what ${p.competitor} published this period, and whether it answers something your audience asks for.`,
      campaignFading: (p: { name: string }) => `Refresh “${p.name}” with new content or retire it, and plan the follow-up before the next launch.`,
      campaignGrowing: (p: { name: string }) => `Keep feeding “${p.name}” and give it budget while it still grows.`,
      refunds: 'Ask care and product which orders the refunds came from, and whether the cause is fixed.',
    },
    sales: {
      talkingPoint: (p: { theme: string | null }) => `Agree with the social team a short answer on ${p.theme ?? 'the story'} for customer calls, based on the company’s statement.`,
      pipeline: 'Review the deals that left the pipeline this month with their owners, and which of the open ones can close next month.',
      socialLeads: (p: { count: string }) => (p.count === '1' ? 'Follow up the one lead from social while it is warm.' : `Follow up the ${p.count} leads from social while they are warm.`),
      prospects: (p: { theme: string }) => `Prepare an answer on ${p.theme}: prospects ask about it more.`,
      winRate: 'Look at the deals lost this month for a common reason.',
      goal: (p: { label: string }) => `Agree with leadership what changes for “${p.label}”.`,
    },
    leadership: {
      negative: (p: { theme: string | null; amount: string | null }) =>
        `Decide on extra care staff until the ${p.theme ? `“${p.theme}” ` : ''}cases are cleared${p.amount ? `: their refunds cost ${p.amount} so far` : ''}.`,
      goalMissed: (p: { label: string }) => `Decide whether to change the plan for “${p.label}” or reset the goal.`,
      goalOffTrack: (p: { label: string }) => `Decide what support “${p.label}” needs to get back on track.`,
      sla: 'Approve care cover for the busiest hours: the service-level target was missed.',
      competitor: (p: { competitor: string }) => `Ask marketing for an answer to ${p.competitor}’s gains in share of voice.`,
      pipeline: 'Ask sales for the plan to refill the pipeline.',
    },
  },
  /** The employee digest: what staff may share, and what to do in a crisis. */
  employee: {
    guidanceHeading: 'If you are asked',
    guidance: (p: { source: StorySource | null }) =>
      `You may be asked about ${p.source ? sourcePhrase(p.source) : 'a story about us in the news'}. Please don’t comment yourself: point people to the company’s statement, and pass questions from journalists to the communications team.`,
    proudHeading: 'What we can be proud of',
    campaign: (p: { name: string }) => `“${p.name}” got people talking about us this month.`,
    goalMet: (p: { label: string }) => `We met our goal: ${p.label}.`,
    growing: (p: { name: string }) => `“${p.name}” keeps growing week after week.`,
    nothingProud: 'No campaign or goal to celebrate this month; our best posts are below.',
  },
};

function capital(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}
