/**
 * Sample arguments for every message function of a catalog, with numbers and dates formatted in
 * the locale under review (`Format`), as the generator would pass them. Two readers use them:
 * `cadence catalog --lang xx` (the review print a native speaker reads in one go) and the catalog
 * tests (every message of every catalog gives a whole text). A message added to `en` needs its
 * samples here; the test names the ones missing.
 *
 * Counts come as 0, 1, 2, 5 and 21 wherever a message takes one (the forms Romanian, Greek,
 * Italian and Hungarian grammar tell apart); names, themes and titles are data, left in English as
 * the demo's data is.
 */
import type { CostText, StorySource } from './en-story.ts';
import { sampleNouns } from '../metrics/sample.ts';
import type { Format } from '../story/format.ts';
import { periodIdLabel } from '../story/period-label.ts';
import type { FractionWord, RiseForm } from '../story/readable.ts';

/** Argument lists per message path ("findings.goalMet", "story.negativeEvent"). */
export type Samples = Record<string, unknown[][]>;

/** Every combination of the values of each axis. */
function product<T extends Record<string, readonly unknown[]>>(axes: T): { [K in keyof T]: T[K][number] }[] {
  let out: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(axes)) out = out.flatMap((o) => values.map((v) => ({ ...o, [key]: v })));
  return out as { [K in keyof T]: T[K][number] }[];
}

export const sampleCounts = [0, 1, 2, 5, 21] as const;
const weekdays = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const series = ['mentions', 'negative_mentions', 'shares', 'hashtag_uses', 'new_followers'] as const;
const fractions: FractionWord[] = ['tenth', 'fifth', 'quarter', 'third', 'half', 'two_thirds', 'three_quarters', 'all'];
const rises: RiseForm[] = [{ form: 'percent', percent: 40 }, { form: 'percent', percent: 8 }, { form: 'times', times: 2 }, { form: 'times', times: 2.5 }, { form: 'times', times: 5 }, { form: 'fold', fold: 22 }, { form: 'from_none' }];
const bools = [true, false];

const sources: StorySource[] = [
  { kind: 'page', domain: 'news.example', title: 'Alpenglow recalls Summit 2 boots', sourceType: 'news' },
  { kind: 'page', domain: 'news.example', title: null, sourceType: 'news' },
  ...['blog', 'forum', 'review', 'video', 'podcast', 'social', 'other', 'magazine'].map((sourceType): StorySource => ({ kind: 'page', domain: `${sourceType}.example`, title: null, sourceType })),
  { kind: 'page', domain: null, title: 'Boot recall', sourceType: 'forum' },
  { kind: 'page', domain: null, title: null, sourceType: null },
  { kind: 'hashtag', value: 'trailstories' },
  { kind: 'account', value: 'anna_trail' },
  { kind: 'account', value: null },
  { kind: 'domain', value: 'forum.example' },
  { kind: 'platform', value: 'reddit' },
  { kind: 'words', words: ['recall', 'refund'] },
  { kind: 'words', words: ['recall', 'refund', 'soles'] },
];

/** The samples of every message, formatted by `f` (its locale and currency). */
export function messageSamples(f: Format): Samples {
  const c = (n: number) => f.count(n);
  const day = (d: string) => f.day(d);
  const short = (d: string) => f.shortDay(d);
  const dm = (d: string) => f.dayMonth(d);
  const pct = (x: number) => f.percent(x);
  const whole = (x: number) => f.wholePercent(x);
  const money = (x: number) => f.value('currency', x);
  const period = (id: string) => periodIdLabel(id, f);
  const counted = sampleCounts.map((n) => ({ n, count: c(n) }));
  const maybeSources = [null, ...sources];
  const costs: (CostText | null)[] = [
    null,
    { rate: pct(0.355), refunds: c(41), cases: c(115), amount: money(48153), when: f.t.story.costWhen.month },
    { rate: pct(0.082), refunds: c(1), cases: c(12), amount: null, when: f.t.story.costWhen.day },
  ];
  const previous = [period('2026-08'), period('2026-W37'), period('2026-Q2'), period('2026-09-13'), period('2025'), f.t.period.range({ from: day('2026-08-01'), to: day('2026-08-31') })];
  const sept = period('2026-09');
  const q3 = period('2026-Q3');
  const one = (p: object) => [p];

  const messages: Record<string, object[]> = {
    'units.hours': [{ value: f.count(4.5) }],
    'units.days': [{ value: c(12) }],
    'units.points': [{ value: `+${f.count(1.5)}` }],
    'period.week': [{ week: '37', year: '2026' }],
    'period.quarter': [{ quarter: 'Q3', year: '2026' }],
    'period.range': [{ from: day('2026-09-01'), to: day('2026-09-09') }],
    'period.year': [{ year: '2025' }],
    'findings.slaMissed': [{ value: whole(0.71), step: 'triage', target: whole(0.9) }, { value: whole(0.71), step: 'resolution', target: whole(0.9) }],
    'findings.competitorGained': [{ competitor: 'Nordwand', points: f.points(0.03), share: whole(0.31), brand: 'Alpenglow', brandShare: whole(0.4) }],
    'findings.campaignFading': [{ name: 'Autumn launch', why: 'Peak in week 2.' }],
    'findings.campaignGrowing': [{ name: 'Trail series', why: 'Growing.' }],
    'findings.goalMet': [{ label: 'Leads', value: c(120), target: c(100), goalPeriod: q3 }],
    'findings.goalMissed': [{ label: 'Leads', value: c(80), target: c(100), goalPeriod: q3 }],
    'findings.onTrack': [{ label: 'Leads', projected: c(120), target: c(100), elapsed: 30, total: 92, goalPeriod: q3 }],
    'findings.offTrack': [{ label: 'Leads', projected: c(80), target: c(100), elapsed: 30, total: 92, goalPeriod: q3 }],
    'checklist.noFigure': [{ what: 'shares', reason: 'no mentions imported' }],
    'checklist.noTypical': [{ value: c(12), what: 'shares' }],
    'checklist.versusTypical': [
      { value: c(12), what: 'shares', level: 'high', expected: c(4) },
      { value: c(12), what: 'shares', level: 'low', expected: c(40) },
      { value: c(12), what: 'shares', level: 'typical', expected: c(11) },
    ],
    'checklist.notShown': [{ reason: 'no mentions imported' }],
    'checklist.noActivationOnly': [{ measured: 'shares', reason: 'no source maps hashtags' }, { measured: 'hashtags', reason: 'no source maps shares' }],
    'checklist.notAvailable': [{ reason: 'no mentions imported' }],
    'checklist.person': [{ author: '@anna', platform: 'x', weekday: 'Mon', hours: '18–21' }],
    'checklist.activations': [
      ...counted.map(({ n, count }) => ({ n, count, day: day('2026-09-14'), observed: c(90), expected: c(20), source: { dimension: 'hashtag', value: '#alpenglow' } })),
      { n: 3, count: c(3), day: day('2026-09-14'), observed: c(90), expected: c(20), source: null },
    ],
    'checklist.competitive': [
      { brand: 'Alpenglow', share: pct(0.4), rank: 1, of: 3, change: f.points(0.02), average: pct(0.3) },
      { brand: 'Alpenglow', share: pct(0.2), rank: 2, of: 3, change: null, average: pct(0.3) },
    ],
    'checklist.campaigns': [{ campaigns: [{ name: 'Autumn launch', lifecycle: 'burst_and_fade' }, { name: 'Trail', lifecycle: 'growing' }, { name: 'Base', lifecycle: 'steady' }] }],
    'checklist.weekly.reputation': [{ trend: 'up', change: f.points(0.03) }, { trend: 'down', change: f.points(-0.03) }, { trend: 'flat', change: f.points(0) }],
    'checklist.annual.better': [{ better: c(20), of: c(30) }],
    'checklist.annual.sessions': [{ sessions: c(12000) }],
    'campaigns.why': [
      { lifecycle: 'too_early', weeks: 1, needed: 3, peakWeek: 1, lastToPeak: 1, trend: 0, lastWeekAfterEnd: false, noEngagement: false },
      { lifecycle: 'too_early', weeks: 2, needed: 3, peakWeek: 2, lastToPeak: 1, trend: 0, lastWeekAfterEnd: false, noEngagement: false },
      { lifecycle: 'steady', weeks: 4, needed: 3, peakWeek: 1, lastToPeak: 0, trend: 0, lastWeekAfterEnd: false, noEngagement: true },
      { lifecycle: 'burst_and_fade', weeks: 6, needed: 3, peakWeek: 2, lastToPeak: 0.2, trend: -0.3, lastWeekAfterEnd: true, noEngagement: false },
      { lifecycle: 'burst_and_fade', weeks: 21, needed: 3, peakWeek: 1, lastToPeak: 0.2, trend: -0.3, lastWeekAfterEnd: false, noEngagement: false },
      { lifecycle: 'growing', weeks: 6, needed: 3, peakWeek: 6, lastToPeak: 1, trend: 0.12, lastWeekAfterEnd: false, noEngagement: false },
      { lifecycle: 'steady', weeks: 5, needed: 3, peakWeek: 3, lastToPeak: 0.8, trend: -0.01, lastWeekAfterEnd: false, noEngagement: false },
    ],
    'campaigns.since': [{ day: day('2026-09-01'), engagement: c(1200), reach: c(40000) }],
    'goals.target': [{ kpi: 'Leads', target: c(120) }],
    'goals.change': [{ kpi: 'Leads', change: `+${whole(0.1)}` }],
    'goals.days': [{ goalPeriod: q3, elapsed: 30, total: 92 }, { goalPeriod: q3, elapsed: 1, total: 92 }, { goalPeriod: q3, elapsed: 21, total: 92 }],
    'goals.withReason': [{ status: 'Not known yet', reason: 'no base period' }],
    'reasons.noData': [{ entity: f.t.entities.care_cases }],
    'reasons.notProvided': [{ entity: f.t.entities.mentions, fields: [f.t.fields.shares!] }, { entity: f.t.entities.mentions, fields: [f.t.fields.engagement!, f.t.fields.likes!, f.t.fields.comments!] }],
    'reasons.notCovered': [{ entity: f.t.entities.care_cases, period: '2026-09', from: '2025-07-01', to: '2026-08-31' }],
    'reasons.noTrackedMentionsIn': [{ period: '2026-09' }],
    'reasons.basePartial': [{ period: '2025-Q3', from: '2025-07-02', to: '2025-09-30' }],
    'reasons.noBaseValue': [{ period: '2025-Q3', reason: 'no base period' }],
    'reasons.noOffersOrLeadsFor': [{ period: '2026-09' }],
    'deck.title': [{ dept: f.t.deck.departments.product, period: q3 }],
    'deck.storyTitle': [{ dept: f.t.deck.departments['all-hands'], period: q3 }],
    'deck.description': [{ dept: f.t.deck.departments.product, period: q3, brand: 'Alpenglow' }],
    'deck.eyebrow': [{ brand: 'Alpenglow' }],
    // The deck's cover gets the report's range sentence (report.range), as DeckView passes it.
    'deck.coverNotes': [{ range: f.t.report.range({ from: day('2026-07-01'), to: day('2026-09-30') }), previous: period('2026-Q2') }],
    'deck.slideLabel': [{ n: 2, total: 5, title: f.t.deck.gaps.product }],
    'deck.gapCases': counted.map(({ count }) => ({ cases: count, negative: c(0) })).concat([{ cases: c(12), negative: c(3) }]),
    'deck.unavailable': [{ reason: 'no care cases imported' }],
    'deck.decksOf': [{ period: q3 }],
    'digest.dataUntil': [{ day: day('2026-09-30') }],
    'digest.employee.subject': [{ brand: 'Alpenglow', month: sept }],
    'digest.employee.intro': [{ brand: 'Alpenglow', month: sept }],
    'digest.employee.result': [{ metric: 'reach', value: c(12950) }, { metric: 'impressions', value: c(18420) }, { metric: 'engagements', value: c(1204) }],
    'digest.employee.samplePost': ['reach', 'impressions', 'engagements'].map((metric) => ({ month: sept, platform: 'Instagram', metric, value: c(18420) })),
    'digest.employee.roundup': counted.filter(({ n }) => n > 0).map(({ n, count }) => ({ month: sept, n, count, engagements: c(2500), brand: 'Alpenglow' })),
    'digest.leadership.subject': [{ brand: 'Alpenglow', month: sept }],
    'digest.leadership.goals': [{ met: 2, missed: 1, onTrack: 0, offTrack: 0, unknown: 0 }, { met: 1, missed: 0, onTrack: 1, offTrack: 1, unknown: 5 }, { met: 0, missed: 0, onTrack: 0, offTrack: 0, unknown: 1 }],
    'digest.leadership.fullReport': [{ url: 'https://reports.example.com/monthly/2026-09/leadership/' }],
    'notes.followersFromSnapshot': [{ estimated: c(3), posts: c(40) }, { estimated: c(1), posts: c(21) }],
    'notes.reachEstimated': [{ share: f.count(12.5) }],
    'notes.openDealsWithoutAmount': [{ missing: c(12), open: c(40) }, { missing: c(1), open: c(2) }],
    'notes.wonDealsWithoutAmount': [{ missing: c(2), won: c(9) }, { missing: c(1), won: c(1) }],
    'report.soFar': [{ day: day('2026-02-24'), time: f.time('11:53') }, { day: day('2026-09-30'), time: null }],
    'traffic.notShown': [{ reason: 'no web sessions imported' }],
    'site.coverage.gap': [{ from: day('2016-06-16'), to: day('2017-01-09'), days: c(208) }],
    'site.coverage.moreGaps': counted.filter(({ n }) => n > 0).map((x) => x),
    'site.coverage.noDataAt': [{ gaps: [`${day('2011-10-21')} – ${day('2013-12-31')} (${c(803)})`] }, { gaps: [`${day('2015-03-01')} – ${day('2015-03-09')} (${c(9)})`, `${day('2014-12-02')} – ${day('2017-06-13')} (${c(925)})`] }],
    'site.coverage.stretch': [{ from: day('2011-10-21'), to: day('2013-12-31'), days: c(803) }, { from: day('2016-08-08'), to: day('2017-01-01'), days: c(146) }, { from: day('2016-08-08'), to: day('2016-08-08'), days: c(1) }],
    'report.eyebrow': (['daily', 'weekly', 'monthly', 'quarterly', 'annual'] as const).map((cadence) => ({ cadence, brand: 'Alpenglow' })),
    'report.pageTitle': [{ audience: f.t.audiences.team.title, period: sept }],
    'report.description': [{ cadence: 'weekly', audience: f.t.audiences.team.title, brand: 'Alpenglow', period: period('2026-W37') }],
    'report.heading': [{ audience: f.t.audiences.team.title, period: sept }],
    'report.range': [{ from: day('2026-09-01'), to: day('2026-09-30') }],
    'report.lede': [{ range: f.t.period.range({ from: day('2026-09-01'), to: day('2026-09-30') }), previous: period('2026-08') }],
    'report.ledeDay': [{ day: day('2026-09-14'), weekday: 'Mon', previous: day('2026-09-13') }, { day: day('2026-09-13'), weekday: 'Sun', previous: day('2026-09-12') }],
    'report.keyFiguresIntroDay': [{ day: day('2026-09-14'), weekday: 'Mon', previous: day('2026-09-13') }],
    'report.incomplete': [{ dataUntil: day('2026-09-20') }],
    'report.keyFiguresIntro': [{ period: sept, previous: period('2026-08') }, { period: period('2026-W38'), previous: period('2026-W37') }],
    'report.keyFiguresCaption': [{ period: sept, previous: period('2026-08') }],
    'report.noStageKpis': [{ stage: f.t.stages.listening }],
    'report.moreReports': [{ audience: f.t.audiences.sales.title }],
    'report.chartDescription': [{ title: 'Brand mentions per day' }],
    'report.tableFirstRows': [{ title: 'Top posts', shown: 10, total: 40 }, { title: 'Top posts', shown: 1, total: 21 }],
    'report.tableNoRows': [{ caption: 'Top posts' }],
    'charts.notAvailable': [{ reason: 'no mentions imported' }],
    'charts.marks.negative': [{ source: 'news.example' }, { source: null }],
    'charts.marked': [{ marks: [{ label: 'Autumn launch', day: short('2026-09-01') }, { label: 'news.example', day: short('2026-09-14') }], more: 0 }, { marks: [{ label: 'Spike', day: short('2026-08-04') }], more: 3 }],
    'charts.coverage': [
      { from: day('2026-03-06'), until: null, time: null },
      { from: null, until: day('2026-02-24'), time: null },
      { from: null, until: day('2026-02-24'), time: f.time('11:53') },
      { from: day('2026-03-06'), until: day('2026-03-24'), time: null },
    ],
    'charts.dailyMentions.negative': [{ brand: 'Alpenglow' }],
    'charts.weeklyLeads.partialWeeks': [{ weeks: [{ week: `${short('2026-09-01')} – ${short('2026-09-06')}`, days: 6 }] }, { weeks: [{ week: `${short('2026-09-01')} – ${short('2026-09-06')}`, days: 6 }, { week: `${short('2026-09-28')} – ${short('2026-09-28')}`, days: 1 }] }],
    'charts.trailingDays.legend.own': [{ days: 1 }, { days: 7 }, { days: 21 }],
    'site.kpiPage.chartTitle': [{ label: 'Reach' }],
    'site.kpiPage.chartDescription': [
      { label: 'Reach', first: period('2025-07'), last: sept, from: c(1), to: c(2), high: { value: c(3), period: period('2026-05') }, low: { value: c(1), period: period('2025-07') }, missing: 0 },
      { label: 'Reach', first: period('2025-07'), last: period('2025-08'), from: c(1), to: c(2), high: null, low: null, missing: 1 },
      { label: 'Reach', first: period('2025-07'), last: period('2025-08'), from: c(1), to: c(2), high: null, low: null, missing: 5 },
    ],
    'site.kpiPage.chartPartial': [{ periods: [sept] }, { periods: ['2025', '2026'] }],
    'site.kpiPage.chartOne': [{ label: 'Reach', period: sept, value: c(1234) }],
    'charts.marks.campaign': [{ name: 'Autumn launch' }],
    'charts.marks.campaignStart': [{ name: 'Autumn launch' }],
    'charts.marks.spike': series.map((s) => ({ series: s })),
    'charts.marks.drop': series.map((s) => ({ series: s })),
    'charts.dailyMentions.description': [
      { brand: 'Alpenglow', mentions: c(3130), period: sept, peak: { day: day('2026-09-14'), mentions: c(412) }, competitors: [{ name: 'Nordwand', mentions: c(2000) }] },
      { brand: 'Alpenglow', mentions: c(0), period: sept, peak: null, competitors: [] },
    ],
    'charts.dailyMentions.caption': [{ period: sept }],
    'charts.shareOfVoice.description': [
      { brand: 'Alpenglow', share: pct(0.4), period: sept, rank: 1, of: 3, leader: 'Alpenglow', leaderShare: pct(0.4) },
      { brand: 'Alpenglow', share: pct(0.2), period: sept, rank: 2, of: 3, leader: 'Nordwand', leaderShare: pct(0.45) },
    ],
    'charts.shareOfVoice.caption': [{ period: sept }],
    'charts.weeklyLeads.none': [{ period: sept }],
    'charts.weeklyLeads.description': [{ total: c(120), period: sept, social: c(40), share: pct(0.333), week: `${short('2026-09-07')} – ${short('2026-09-13')}`, busiest: c(41) }],
    'charts.weeklyLeads.caption': [{ period: sept }],
    'charts.trailingDays.day': [
      { day: day('2026-09-14'), weekday: 'Mon', n: 412, mentions: c(412), typical: c(95), mark: 'spike' },
      { day: day('2026-09-01'), weekday: 'Sun', n: 3, mentions: c(3), typical: c(40), mark: 'drop' },
      { day: day('2026-09-08'), weekday: 'Tue', n: 41, mentions: c(41), typical: c(40), mark: null },
      ...counted.map(({ n, count }) => ({ day: day('2026-07-10'), weekday: 'Fri', n, mentions: count, typical: null, mark: null })),
    ],
    'charts.trailingDays.period': [
      { period: period('2026-W38'), n: 1200, mentions: c(1200), typical: c(700), days: 7 },
      { period: period('2026-W27'), n: 1, mentions: c(1), typical: c(6), days: 1 },
      { period: period('2026-W27'), n: 21, mentions: c(21), typical: null, days: 5 },
      { period: period('2026-W27'), n: 0, mentions: c(0), typical: c(6), days: 2 },
    ],
    'charts.trailingDays.window': [
      { own: true, lastDay: day('2026-09-20'), spikes: null, drops: null },
      { own: false, lastDay: day('2026-09-01'), spikes: { days: [{ day: short('2026-08-08'), mentions: c(300) }], more: 0 }, drops: null },
      {
        own: true,
        lastDay: day('2026-09-20'),
        spikes: { days: ['2026-08-25', '2026-08-26', '2026-08-27', '2026-08-28'].map((d) => ({ day: short(d), mentions: c(300) })), more: 2 },
        drops: { days: [{ day: short('2026-09-01'), mentions: c(2) }, { day: short('2026-09-02'), mentions: c(3) }], more: 0 },
      },
      { own: true, lastDay: day('2026-09-20'), spikes: { days: ['2026-08-25', '2026-08-26', '2026-08-27', '2026-08-28'].map((d) => ({ day: short(d), mentions: c(300) })), more: 1 }, drops: null },
    ],
    'charts.trailingDays.caption': [{ lastDay: day('2026-09-14') }],
    'sales.prospects.notShown': [{ reason: 'no care cases imported' }],
    'sales.offers.service': [{ id: '/b2b/team' }],
    'sales.offers.notShown': [{ reason: 'no offers or leads imported' }],
    'site.footer.dataUntil': [{ day: day('2026-09-30'), timezone: 'Europe/Berlin' }],
    'site.versus': [{ previous: period('2026-08') }, { previous: period('2026-W37') }, { previous: day('2026-09-13') }],
    'site.noComparisonWith': [{ previous: period('2026-08') }],
    'site.sparkline': [{ label: 'Reach', n: 12, cadence: 'monthly', from: c(1), to: c(2) }, { label: 'Reach', n: 5, cadence: null, from: c(1), to: c(2) }, { label: 'Reach', n: 21, cadence: 'weekly', from: c(1), to: c(2) }],
    'site.anomalies.driver': [{ dimension: 'domain', value: 'news.example', share: 0.6, singleSource: true }, { dimension: 'author', value: 'one author', share: 1, singleSource: false }],
    'site.people.empty': [{ kind: 'advocates' }, { kind: 'detractors' }],
    'site.people.caption': [{ kind: 'advocates' }, { kind: 'detractors' }],
    'site.people.ofMentions': [{ n: c(3), of: c(5) }, { n: c(1), of: c(21) }],
    'site.people.notShown': [{ reason: 'no mentions imported' }],
    'site.shareOfVoice.unavailable': [{ reason: 'no competitors configured' }],
    'site.home.description': [{ brand: 'Alpenglow' }],
    'site.home.lede': [{ brand: 'Alpenglow', month: sept }],
    'site.home.reportLink': [{ cadence: 'monthly', period: sept, soFar: null }, { cadence: 'daily', period: day('2026-09-30'), soFar: f.t.report.soFar({ day: day('2026-09-30'), time: f.time('11:53') }) }],
    'site.home.reportCount': counted.filter(({ n }) => n > 0),
    'site.kpiPage.title': [{ label: 'Reach' }],
    'site.kpiPage.description': [{ label: 'Reach', brand: 'Alpenglow' }],
    'site.kpiPage.eyebrow': [{ stage: f.t.stages.listening, custom: true }, { stage: f.t.stages.listening, custom: false }],
    'site.kpiPage.currency': [{ currency: 'EUR' }],
    'site.kpiPage.caption': [{ label: 'Reach' }],
    'about.body': [{ timezone: 'Europe/Berlin' }],
    'pdf.pageOf': [{ page: '3', total: '7' }],
  };

  const story: Samples = {
    'tone.few': product({ k: counted, noun: sampleNouns }).map(({ k, noun }) => [{ ...k, noun }]),
    'tone.negativeOf': bools.map((mostly) => [{ negative: c(155), volume: c(214), mostly }]),
    'tone.negativeShare': bools.map((mostly) => [{ share: pct(0.724), mostly }]),
    'tone.ofCount': product({ k: counted, noun: sampleNouns }).map(({ k, noun }) => [{ part: k.count, ...k, noun }]),
    'tone.versusTypical': product({ weekday: weekdays, times: [`${f.count(5)}×`, `${f.count(2.5)}×`, null] }).map((p) => [{ ...p, expected: c(12) }]),
    'tone.timesOf': [1.04, 2.5, 5, 9.96, 22.4].map((times) => [{ times }]),
    'tone.noTypical': product({ weekday: weekdays, samples: sampleCounts }).map((p) => [{ ...p, needed: 4 }]),
    'readable.times': [1, 2, 2.5, 3, 5, 10, 12, 21, 22].map((n) => [n]),
    'readable.fraction': fractions.map((w) => [w]),
    'readable.rise': rises.map((r) => [r, c(412)]),
    'readable.againstTypical': product({ r: rises, w: weekdays }).map(({ r, w }) => [r, w]),
    'story.negativeEvent': product({ rise: rises, weekday: ['Mon', 'Sun'], source: maybeSources, cost: costs, costFirst: bools }).map((p) => [{ ...p, count: c(412), day: dm('2026-09-14') }]),
    'story.campaignEvent': product({ metric: series, rise: rises, weekday: ['Tue', 'Sun'], firstDay: bools }).map((p) => [{ ...p, name: 'Autumn launch', observed: c(313), day: dm('2026-09-01') }]),
    'story.spikeEvent': product({ metric: series, rise: rises, weekday: ['Mon', 'Sun'], source: maybeSources }).map((p) => [{ ...p, observed: c(900), day: dm('2026-09-08') }]),
    'story.dropEvent': product({ metric: series, weekday: weekdays }).map((p) => [{ ...p, observed: c(4), expected: c(95), day: dm('2026-09-11') }]),
    'story.details.others': [[{ others: [{ metric: 'shares', observed: c(900), expected: c(200) }] }], [{ others: series.map((metric) => ({ metric, observed: c(40), expected: c(12) })) }]],
    'story.details.traced': product({ source: sources, single: bools, share: [whole(0.71), whole(0.08), whole(1)] }).map((p) => [p]),
    'story.details.words': [[{ words: ['recall'] }], [{ words: ['recall', 'refund', 'soles'] }]],
    'story.details.days': counted.map((k) => [{ ...k, from: dm('2026-09-08'), to: dm('2026-09-11') }]),
    'story.details.care': product({ k: counted, expected: [null, c(0), c(1), c(6)], amount: [null, money(3400)] }).map(({ k, expected, amount }) => [
      { theme: 'returns', cases: k.n === 0 ? c(41) : k.count, expected, refunds: k.n, refundCount: k.count, amount },
    ]),
    'story.details.sla': (['triage', 'resolution'] as const).map((step) => [{ step, value: pct(0.71), target: pct(0.9) }]),
    'story.details.campaignClass': (['growing', 'steady', 'burst_and_fade'] as const).map((lifecycle) => [{ lifecycle, why: 'Peak in week 2.' }]),
    'story.details.campaignDays': product({ k: counted, hashtag: [null, 'autumn'] }).map(({ k, hashtag }) => [{ ...k, hashtag }]),
    'story.details.shareOfVoice': [[{ share: pct(0.4), previous: pct(0.31) }]],
    'story.careCost': product({ amount: [null, money(48153)], previousRate: [null, pct(0.11), pct(0.2)], previous }).map((p) => [{ ...p, rate: pct(0.355), refunds: c(41), cases: c(115) }]),
    'story.kpiChange': product({ up: bools, note: [null, 'mostly negative: 155 of 214'], previous }).map((p) => [{ ...p, label: 'Reach', value: c(1234567), change: `+${pct(0.12)}` }]),
    'story.salesSummary': product({
      pipeline: [null, money(565000)],
      pipelineChange: [null, { up: true, percent: pct(0.12) }, { up: false, percent: pct(0.08) }],
      won: [
        null,
        ...counted.map((k) => ({ ...k, average: money(12000), smaller: null, larger: null })),
        { n: 4, count: c(4), average: money(12000), smaller: f.t.readable.fraction('third'), larger: null },
        { n: 4, count: c(4), average: money(12000), smaller: null, larger: f.t.readable.fraction('half') },
      ],
      winRate: [null, { rate: pct(0.25), closed: c(16), previous: pct(0.3) }, { rate: pct(1), closed: c(1), previous: null }, { rate: pct(0.5), closed: c(2), previous: null }],
    })
      // With no figure at all the summary is empty (no item).
      .filter((p) => p.pipeline || p.won || p.winRate)
      .map((p) => [{ ...p, previous: period('2026-08') }]),
    'story.talkingPoint': product({ theme: [null, 'returns'], previousCases: [null, c(6)], source: maybeSources, previous: [period('2026-08'), period('2026-W37')] }).map((p) => [{ ...p, cases: p.theme ? c(17) : null }]),
    'story.prospectsRising': previous.map((p) => [{ theme: 'returns', cases: c(17), previousCases: c(6), previous: p }]),
    'story.notes.noBaseline': product({ weekday: weekdays, samples: sampleCounts, needed: [1, 4] }).map((p) => [p]),
    'story.notes.noBaselinePeriod': product({ k: counted, needed: [1, 4] }).map(({ k, needed }) => [{ needed, days: k.n, count: k.count }]),
    'story.notes.baselineFrom': [[{ day: day('2026-09-08') }], [{ day: day('2026-09-14') }], [{ day: day('2026-09-01') }]],
    'story.notes.partialUntil': [[{ day: day('2026-02-24'), time: f.time('11:53') }], [{ day: day('2026-03-01'), time: f.time('08:05') }]],
    'story.notes.partialFrom': [[{ day: day('2026-03-06') }], [{ day: day('2026-03-11') }], [{ day: day('2026-03-01') }]],
    'story.notes.partialTo': [[{ day: day('2026-02-24') }], [{ day: day('2026-02-08') }]],
    'story.notes.unmatched': [
      [{ unmatched: c(120), listened: c(1450), share: pct(0.083), all: false }],
      [{ unmatched: c(1), listened: c(40), share: pct(0.025), all: false }],
      [{ unmatched: c(9093), listened: c(9093), share: pct(1), all: true }],
    ],
    'story.notes.sentimentApart': product({ reputationUp: bools, ratioBefore: [f.count(1.9), f.count(2.1)] }).map((p) => [
      { ...p, reputation: f.points(p.reputationUp ? 0.05 : -0.05), net: f.points(p.reputationUp ? -0.03 : 0.03), neutralNow: pct(0.2), neutralBefore: pct(0.3), previous: period('2026-08'), ratioNow: f.count(2.1) },
    ]),
    'story.months.item': [[{ month: sept, text: 'Negative mentions doubled.' }]],
    'story.voices.meta': product({ author: [null, 'anna_trail', '@anna_trail'], reach: [null, c(12000)] }).map((p) => [{ ...p, platform: 'x', day: short('2026-09-14') }]),
    'story.nextSteps.team.negative': product({ source: maybeSources, today: bools }).map((p) => [{ ...p, day: day('2026-09-11') }]),
    'story.nextSteps.team.careSurge': [[{ theme: 'returns' }]],
    'story.nextSteps.team.campaign': [[{ name: 'Autumn launch' }]],
    'story.nextSteps.team.spike': maybeSources.map((source) => [{ day: day('2026-09-08'), source }]),
    'story.nextSteps.team.drop': [[{ day: day('2026-09-14') }], [{ day: day('2026-09-01') }]],
    'story.nextSteps.team.goal': [[{ label: 'Social leads +10%' }]],
    'story.nextSteps.team.kpiWorse': [[{ label: 'Reach' }]],
    'story.nextSteps.team.competitor': [[{ competitor: 'Nordwand' }]],
    'story.nextSteps.team.campaignFading': [[{ name: 'Autumn launch' }]],
    'story.nextSteps.team.campaignGrowing': [[{ name: 'Trail series' }]],
    'story.nextSteps.sales.talkingPoint': [[{ theme: null }], [{ theme: 'returns' }]],
    'story.nextSteps.sales.socialLeads': [...sampleCounts, 8, 11, 1200].map((n) => [{ count: c(n) }]),
    'story.nextSteps.sales.prospects': [[{ theme: 'returns' }]],
    'story.nextSteps.sales.goal': [[{ label: 'Social leads +10%' }]],
    'story.nextSteps.leadership.negative': product({ theme: [null, 'returns'], amount: [null, money(3400)] }).map((p) => [p]),
    'story.nextSteps.leadership.goalMissed': [[{ label: 'Social leads +10%' }]],
    'story.nextSteps.leadership.goalOffTrack': [[{ label: 'Social leads +10%' }]],
    'story.nextSteps.leadership.competitor': [[{ competitor: 'Nordwand' }]],
    'story.employee.guidance': maybeSources.map((source) => [{ source }]),
    'story.employee.campaign': [[{ name: 'Autumn launch' }]],
    'story.employee.goalMet': [[{ label: 'Social leads +10%' }]],
    'story.employee.growing': [[{ name: 'Trail series' }]],
  };

  return { ...Object.fromEntries(Object.entries(messages).map(([path, list]) => [path, list.map(one)])), ...story };
}
