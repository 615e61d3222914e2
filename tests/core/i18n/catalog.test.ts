/**
 * The message catalogs (src/core/i18n): Italian has every key of the English reference (deep,
 * every built-in KPI id included), every message gives a whole sentence for sample parameters in
 * both languages, the English texts core writes (unavailable reasons, notes) are recognised and
 * re-worded, and the demo's September 2026 team model built with locale it-IT reads Italian, with
 * Italian number formatting (decimal comma, "." for thousands). The story layer's sentences
 * (`story`, `tone`, `readable`) are sampled one by one in story-catalog.test.ts.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it as test } from 'vitest';
import { en } from '../../../src/core/i18n/en.ts';
import { it } from '../../../src/core/i18n/it.ts';
import { languageOf, messagesFor, supportedLanguages, type Messages } from '../../../src/core/i18n/catalog.ts';
import { localiseNote, localiseReason } from '../../../src/core/i18n/localise.ts';
import { because, reasonText, type Because } from '../../../src/core/i18n/reason.ts';
import { loadConfig } from '../../../src/core/config/load.ts';
import { coverageGap } from '../../../src/core/metrics/coverage.ts';
import { builtinKpis } from '../../../src/core/metrics/registry.ts';
import { monthPeriod } from '../../../src/core/periods/period.ts';
import { buildReportModels } from '../../../src/core/report/build.ts';
import { buildChecklist } from '../../../src/core/report/checklist.ts';
import type { ReportModel } from '../../../src/core/report/model.ts';
import type { CadenceConfig } from '../../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../../src/core/store/reader.ts';
import { createFormat } from '../../../src/core/story/format.ts';
import { periodLabel } from '../../../src/core/story/period-label.ts';

type Tree = { [key: string]: unknown };

/** Every key path of a catalog ("findings.anomaly", "kpis.listening.reach.label"). */
function keys(o: unknown, path: string[] = []): string[] {
  if (typeof o !== 'object' || o === null) return [path.join('\u0000')];
  return Object.entries(o as Tree).flatMap(([k, v]) => keys(v, [...path, k]));
}

const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((x, k) => (x as Tree)?.[k], o);

/** Parameters to call each message with (several sets where a message has branches). */
const samples: Record<string, object[]> = {
  'units.hours': [{ value: '4,5' }],
  'units.days': [{ value: '12' }],
  'units.points': [{ value: '+1,5' }],
  'period.week': [{ week: '37', year: '2026' }],
  'period.quarter': [{ quarter: 'Q3', year: '2026' }],
  'period.range': [{ from: '1 Sept 2026', to: '9 Sept 2026' }],
  'findings.slaMissed': [{ value: '71%', step: 'triage', target: '90%' }, { value: '71%', step: 'resolution', target: '90%' }],
  'findings.competitorGained': [{ competitor: 'Nordwand', points: '+3 pp', share: '31%', brand: 'Alpenglow', brandShare: '40%' }],
  'findings.campaignFading': [{ name: 'Autumn launch', why: 'Peak in week 2.' }],
  'findings.campaignGrowing': [{ name: 'Trail series', why: 'Growing.' }],
  'findings.goalMet': [{ label: 'Leads', value: '120', target: '100', goalPeriod: '2026-Q3' }],
  'findings.goalMissed': [{ label: 'Leads', value: '80', target: '100', goalPeriod: '2026-Q3' }],
  'findings.onTrack': [{ label: 'Leads', projected: '120', target: '100', elapsed: 30, total: 92, goalPeriod: '2026-Q3' }],
  'findings.offTrack': [{ label: 'Leads', projected: '80', target: '100', elapsed: 30, total: 92, goalPeriod: '2026-Q3' }],
  'checklist.noFigure': [{ what: 'shares', reason: 'no mentions imported' }],
  'checklist.noTypical': [{ value: '12', what: 'shares' }],
  'checklist.versusTypical': [{ value: '12', what: 'shares', level: 'high', expected: '4' }, { value: '12', what: 'shares', level: 'low', expected: '40' }, { value: '12', what: 'shares', level: 'typical', expected: '11' }],
  'checklist.notShown': [{ reason: 'no mentions imported' }],
  'checklist.noActivationOnly': [{ measured: 'shares', reason: 'no source maps hashtags' }, { measured: 'hashtags', reason: 'no source maps shares' }],
  'checklist.notAvailable': [{ reason: 'no mentions imported' }],
  'checklist.person': [{ author: '@anna', platform: 'x', weekday: 'Mon', hours: '18–21' }],
  'checklist.activations': [{ n: 1, count: '1', day: '14 September 2026', observed: '90', expected: '20', source: { dimension: 'hashtag', value: '#alpenglow' } }, { n: 3, count: '3', day: '14 September 2026', observed: '90', expected: '20', source: null }],
  'checklist.competitive': [{ brand: 'Alpenglow', share: '40%', rank: 1, of: 3, change: '+2 pp', average: '30%' }, { brand: 'Alpenglow', share: '20%', rank: 2, of: 3, change: null, average: '30%' }],
  'checklist.campaigns': [{ campaigns: [{ name: 'Autumn launch', lifecycle: 'burst_and_fade' }, { name: 'Trail', lifecycle: 'growing' }, { name: 'Base', lifecycle: 'steady' }] }],
  'checklist.weekly.reputation': [{ trend: 'up', change: '+3 pp' }, { trend: 'down', change: '−3 pp' }, { trend: 'flat', change: '0 pp' }],
  'checklist.annual.better': [{ better: '20', of: '30' }],
  'checklist.annual.sessions': [{ sessions: '12,000' }],
  'campaigns.why': [
    { lifecycle: 'too_early', weeks: 1, needed: 3, peakWeek: 1, lastToPeak: 1, trend: 0, lastWeekAfterEnd: false, noEngagement: false },
    { lifecycle: 'steady', weeks: 4, needed: 3, peakWeek: 1, lastToPeak: 0, trend: 0, lastWeekAfterEnd: false, noEngagement: true },
    { lifecycle: 'burst_and_fade', weeks: 6, needed: 3, peakWeek: 2, lastToPeak: 0.2, trend: -0.3, lastWeekAfterEnd: true, noEngagement: false },
    { lifecycle: 'growing', weeks: 6, needed: 3, peakWeek: 6, lastToPeak: 1, trend: 0.12, lastWeekAfterEnd: false, noEngagement: false },
    { lifecycle: 'steady', weeks: 6, needed: 3, peakWeek: 3, lastToPeak: 0.8, trend: -0.01, lastWeekAfterEnd: false, noEngagement: false },
  ],
  'campaigns.since': [{ day: '1 September 2026', engagement: '1,200', reach: '40,000' }],
  'goals.target': [{ kpi: 'Leads', target: '120' }],
  'goals.change': [{ kpi: 'Leads', change: '+10%' }],
  'goals.days': [{ goalPeriod: '2026-Q3', elapsed: 30, total: 92 }],
  'goals.withReason': [{ status: 'Not known yet', reason: 'no base period' }],
  'reasons.noData': [{ entity: 'care cases' }],
  'reasons.notProvided': [{ entity: 'mentions', fields: ['shares'] }, { entity: 'mentions', fields: ['engagement', 'likes', 'comments'] }],
  'reasons.notCovered': [{ entity: 'care cases', period: '2026-09', from: '2025-07-01', to: '2026-08-31' }],
  'reasons.noTrackedMentionsIn': [{ period: '2026-09' }],
  'reasons.basePartial': [{ period: '2025-Q3', from: '2025-07-02', to: '2025-09-30' }],
  'reasons.noBaseValue': [{ period: '2025-Q3', reason: 'no base period' }],
  'reasons.noOffersOrLeadsFor': [{ period: '2026-09' }],
  'deck.title': [{ dept: 'Product', period: 'Q3 2026' }],
  'deck.description': [{ dept: 'Product', period: 'Q3 2026', brand: 'Alpenglow' }],
  'deck.eyebrow': [{ brand: 'Alpenglow' }],
  'deck.coverNotes': [{ range: '1 July 2026 to 30 September 2026', previous: 'Q2 2026' }],
  'deck.slideLabel': [{ n: 2, total: 5, title: 'Product gaps' }],
  'deck.gapCases': [{ cases: '1', negative: '0' }, { cases: '12', negative: '3' }],
  'deck.unavailable': [{ reason: 'no care cases imported' }],
  'deck.decksOf': [{ period: 'Q3 2026' }],
  'digest.dataUntil': [{ day: '30 September 2026' }],
  'digest.employee.subject': [{ brand: 'Alpenglow', month: 'September 2026' }],
  'digest.employee.intro': [{ brand: 'Alpenglow', month: 'September 2026' }],
  'digest.employee.result': [{ metric: 'reach', value: '12,950' }, { metric: 'engagements', value: '1,204' }],
  'digest.employee.samplePost': [{ month: 'September 2026', platform: 'Instagram', metric: 'impressions', value: '18,420' }],
  'digest.employee.roundup': [{ month: 'September 2026', n: 1, count: '1', engagements: '1,204', brand: 'Alpenglow' }, { month: 'September 2026', n: 3, count: '3', engagements: '2,500', brand: 'Alpenglow' }],
  'digest.leadership.subject': [{ brand: 'Alpenglow', month: 'September 2026' }],
  'digest.leadership.goals': [{ met: 2, missed: 1, onTrack: 0, offTrack: 0, unknown: 0 }, { met: 0, missed: 0, onTrack: 0, offTrack: 0, unknown: 0 }],
  'digest.leadership.fullReport': [{ url: 'https://reports.example.com/monthly/2026-09/leadership/' }],
  'notes.followersFromSnapshot': [{ estimated: '3', posts: '40' }],
  'notes.reachEstimated': [{ share: '12.5' }],
  'notes.openDealsWithoutAmount': [{ missing: '12', open: '40' }],
  'notes.wonDealsWithoutAmount': [{ missing: '2', won: '9' }],
  'report.soFar': [{ day: '24 February 2026', time: '11:53' }, { day: '30 September 2026', time: null }],
  'traffic.notShown': [{ reason: 'no web sessions imported' }],
  'site.coverage.gap': [{ from: '16 June 2016', to: '9 January 2017', days: '208' }],
  'site.coverage.moreGaps': [{ n: 1, count: '1' }, { n: 4, count: '4' }],
  'site.coverage.noDataAt': [{ gaps: ['21 October 2011 to 31 December 2013 (803 days)'] }, { gaps: ['1 March 2015 to 9 March 2015 (9 days)', '2 December 2014 to 13 June 2017 (925 days)'] }],
  'site.coverage.stretch': [{ from: '21 October 2011', to: '31 December 2013', days: '803' }, { from: '8 agosto 2016', to: '1 gennaio 2017', days: '146' }],
  'report.eyebrow': [{ cadence: 'monthly', brand: 'Alpenglow' }],
  'report.pageTitle': [{ audience: 'Social team', period: 'September 2026' }],
  'report.description': [{ cadence: 'weekly', audience: 'Social team', brand: 'Alpenglow', period: 'September 2026' }],
  'report.heading': [{ audience: 'Social team', period: 'September 2026' }],
  'report.range': [{ from: '1 September 2026', to: '30 September 2026' }],
  'report.lede': [{ range: '1 September 2026 to 30 September 2026', previous: 'August 2026' }],
  'report.ledeDay': [{ day: '14 September 2026', weekday: 'Mon', previous: '13 September 2026' }, { day: '13 September 2026', weekday: 'Sun', previous: '12 September 2026' }],
  'report.keyFiguresIntroDay': [{ day: '14 September 2026', weekday: 'Mon', previous: '13 September 2026' }],
  'report.incomplete': [{ dataUntil: '20 September 2026' }],
  'report.keyFiguresIntro': [{ period: 'September 2026', previous: 'August 2026' }],
  'report.keyFiguresCaption': [{ period: 'September 2026', previous: 'August 2026' }],
  'report.noStageKpis': [{ stage: 'Listening' }],
  'report.moreReports': [{ audience: 'Sales' }],
  'report.chartDescription': [{ title: 'Brand mentions per day' }],
  'report.tableFirstRows': [{ title: 'Top posts', shown: 10, total: 40 }],
  'report.tableNoRows': [{ caption: 'Top posts' }],
  'charts.notAvailable': [{ reason: 'no mentions imported' }],
  'charts.marks.negative': [{ source: 'news.example' }, { source: null }],
  'charts.marked': [{ marks: [{ label: 'Autumn launch starts', day: '1 Sept' }, { label: 'Negative: news.example', day: '14 Sept' }], more: 0 }, { marks: [{ label: 'Spike', day: '4 Aug' }], more: 3 }],
  'charts.coverage': [{ from: '6 March 2026', until: null, time: null }, { from: null, until: '24 February 2026', time: null }, { from: null, until: '24 February 2026', time: '11:53' }, { from: '6 March 2026', until: '24 March 2026', time: null }],
  'charts.dailyMentions.negative': [{ brand: 'Alpenglow' }],
  'charts.weeklyLeads.partialWeeks': [{ weeks: [{ week: '1 Sept – 6 Sept', days: 6 }] }, { weeks: [{ week: '1 Sept – 6 Sept', days: 6 }, { week: '28 Sept – 28 Sept', days: 1 }] }],
  'charts.trailingDays.legend.own': [{ days: 1 }, { days: 7 }],
  'site.kpiPage.chartTitle': [{ label: 'Reach' }],
  'site.kpiPage.chartDescription': [
    { label: 'Reach', first: 'July 2025', last: 'September 2026', from: '1', to: '2', high: { value: '3', period: 'May 2026' }, low: { value: '1', period: 'July 2025' }, missing: 0 },
    { label: 'Reach', first: 'July 2025', last: 'August 2025', from: '1', to: '2', high: null, low: null, missing: 1 },
  ],
  'site.kpiPage.chartPartial': [{ periods: ['September 2026'] }, { periods: ['2025', '2026'] }],
  'site.kpiPage.chartOne': [{ label: 'Reach', period: 'September 2026', value: '1,234' }],
  'charts.marks.campaign': [{ name: 'Autumn launch' }],
  'charts.marks.campaignStart': [{ name: 'Autumn launch' }],
  'charts.marks.spike': [{ series: 'new_followers' }, { series: 'shares' }],
  'charts.marks.drop': [{ series: 'mentions' }],
  'charts.dailyMentions.description': [
    { brand: 'Alpenglow', mentions: '3,130', period: 'September 2026', peak: { day: '14 September 2026', mentions: '412' }, competitors: [{ name: 'Nordwand', mentions: '2,000' }] },
    { brand: 'Alpenglow', mentions: '0', period: 'September 2026', peak: null, competitors: [] },
  ],
  'charts.dailyMentions.caption': [{ period: 'September 2026' }],
  'charts.shareOfVoice.description': [
    { brand: 'Alpenglow', share: '40%', period: 'September 2026', rank: 1, of: 3, leader: 'Alpenglow', leaderShare: '40%' },
    { brand: 'Alpenglow', share: '20%', period: 'September 2026', rank: 2, of: 3, leader: 'Nordwand', leaderShare: '45%' },
  ],
  'charts.shareOfVoice.caption': [{ period: 'September 2026' }],
  'charts.weeklyLeads.none': [{ period: 'September 2026' }],
  'charts.weeklyLeads.description': [{ total: '120', period: 'September 2026', social: '40', share: '33.3%', week: '7 Sept – 13 Sept', busiest: '41' }],
  'charts.weeklyLeads.caption': [{ period: 'September 2026' }],
  'charts.trailingDays.day': [
    { day: '14 September 2026', weekday: 'Mon', n: 412, mentions: '412', typical: '95', mark: 'spike' },
    { day: '1 September 2026', weekday: 'Sun', n: 3, mentions: '3', typical: '40', mark: 'drop' },
    { day: '8 September 2026', weekday: 'Tue', n: 41, mentions: '41', typical: '40', mark: null },
    { day: '10 July 2026', weekday: 'Fri', n: 1, mentions: '1', typical: null, mark: null },
  ],
  'charts.trailingDays.period': [
    { period: 'week 38 of 2026', n: 1200, mentions: '1,200', typical: '700', days: 7 },
    { period: 'week 27 of 2026', n: 1, mentions: '1', typical: '6', days: 1 },
    { period: 'week 27 of 2026', n: 30, mentions: '30', typical: null, days: 5 },
  ],
  'charts.trailingDays.window': [
    { own: true, lastDay: '20 September 2026', spikes: null, drops: null },
    { own: false, lastDay: '1 September 2026', spikes: { days: [{ day: '8 Aug', mentions: '300' }], more: 0 }, drops: null },
    {
      own: true,
      lastDay: '20 September 2026',
      spikes: { days: ['25 Aug', '26 Aug', '27 Aug', '28 Aug'].map((day) => ({ day, mentions: '300' })), more: 2 },
      drops: { days: [{ day: '1 Sept', mentions: '2' }, { day: '2 Sept', mentions: '3' }], more: 0 },
    },
  ],
  'charts.trailingDays.caption': [{ lastDay: '14 September 2026' }],
  'sales.prospects.notShown': [{ reason: 'no care cases imported' }],
  'sales.offers.service': [{ id: '/b2b/team' }],
  'sales.offers.notShown': [{ reason: 'no offers or leads imported' }],
  'site.footer.dataUntil': [{ day: '30 September 2026', timezone: 'Europe/Berlin' }],
  'site.versus': [{ previous: 'August 2026' }],
  'site.noComparisonWith': [{ previous: 'August 2026' }],
  'site.sparkline': [{ label: 'Reach', n: 12, cadence: 'monthly', from: '1', to: '2' }, { label: 'Reach', n: 5, cadence: null, from: '1', to: '2' }],
  'site.anomalies.driver': [{ dimension: 'domain', value: 'news.example', share: 0.6, singleSource: true }, { dimension: 'author', value: 'one author', share: 1, singleSource: false }],
  'site.people.empty': [{ kind: 'advocates' }, { kind: 'detractors' }],
  'site.people.caption': [{ kind: 'advocates' }, { kind: 'detractors' }],
  'site.people.ofMentions': [{ n: '3', of: '5' }],
  'site.people.notShown': [{ reason: 'no mentions imported' }],
  'site.shareOfVoice.unavailable': [{ reason: 'no competitors configured' }],
  'site.home.description': [{ brand: 'Alpenglow' }],
  'site.home.lede': [{ brand: 'Alpenglow', month: 'September 2026' }],
  'site.home.reportLink': [{ cadence: 'monthly', period: 'September 2026', soFar: null }, { cadence: 'daily', period: '30 September 2026', soFar: 'so far: data to 11:53 on 30 September 2026' }],
  'site.home.reportCount': [{ n: 1, count: '1' }, { n: 40, count: '40' }],
  'site.kpiPage.title': [{ label: 'Reach' }],
  'site.kpiPage.description': [{ label: 'Reach', brand: 'Alpenglow' }],
  'site.kpiPage.eyebrow': [{ stage: 'Listening', custom: true }, { stage: 'Listening', custom: false }],
  'site.kpiPage.currency': [{ currency: 'EUR' }],
  'site.kpiPage.caption': [{ label: 'Reach' }],
};

/** Messages that may read the same in both languages (names, numbers, loan words). */
const sameInBoth = new Set(['charts.marks.campaign', 'units.hours', 'period.range', 'report.pageTitle', 'report.heading', 'goals.change', 'goals.withReason', 'checklist.person', 'site.kpiPage.title', 'charts.shareOfVoice.caption']);

const words = (s: string) => s.trim().split(/\s+/).length;
const clean = (s: string) => {
  expect(s.length).toBeGreaterThan(0);
  expect(s).not.toMatch(/undefined|NaN|null|\[object|\{|\}/);
};

describe('catalogs', () => {
  test('Italian has exactly the keys of English, every built-in KPI included', () => {
    expect(keys(it).sort()).toEqual(keys(en).sort());
    expect(Object.keys(en.kpis).sort()).toEqual(builtinKpis.map((k) => k.id).sort());
    expect(builtinKpis.length).toBe(49);
    for (const k of builtinKpis) {
      const text = it.kpis[k.id];
      expect(text, k.id).toBeDefined();
      expect(text!.label.trim().length, k.id).toBeGreaterThan(0);
      expect(text!.definition.trim().length, k.id).toBeGreaterThan(40);
      expect(text!.definition, k.id).not.toBe(k.definition);
      // An Italian reason exactly where the KPI has an English one.
      expect(Boolean(text!.whenEmpty), k.id).toBe(Boolean(k.whenEmpty));
      // English reports read what the KPI definitions say (the README is generated from them).
      expect(en.kpis[k.id]).toEqual({ label: k.label, definition: k.definition, ...(k.whenEmpty ? { whenEmpty: k.whenEmpty } : {}) });
    }
  });

  test('every message gives a whole text for sample parameters, in both languages', () => {
    // The story layer's messages take structured parameters: story-catalog.test.ts samples them.
    const storyLayer = (p: string) => p.startsWith('story.') || p.startsWith('tone.') || p.startsWith('readable.');
    const paths = keys(en).map((p) => p.split('\u0000').join('.')).filter((p) => !p.startsWith('kpis.') && !storyLayer(p));
    const fns = paths.filter((p) => typeof at(en, p) === 'function');
    // Every message function has samples (a new one must get some).
    expect(fns.filter((p) => !samples[p])).toEqual([]);
    for (const path of paths) {
      const variants = typeof at(en, path) === 'function' ? samples[path]! : [undefined];
      for (const params of variants) {
        const run = (t: Messages) => {
          const m = at(t, path);
          return typeof m === 'function' ? (m as (p: unknown) => string)(params) : (m as string);
        };
        const english = run(en);
        const italian = run(it);
        expect(typeof italian, path).toBe('string');
        clean(english);
        clean(italian);
        if (path !== 'language' && words(english) >= 4 && !sameInBoth.has(path)) expect(italian, path).not.toBe(english);
      }
    }
  });

  test('a locale picks its language by the language subtag', () => {
    expect(supportedLanguages).toEqual(['en', 'it']);
    expect(messagesFor('it-IT')).toBe(it);
    expect(messagesFor('it-CH')).toBe(it);
    expect(messagesFor('IT')).toBe(it);
    expect(messagesFor('en-GB')).toBe(en);
    expect(messagesFor('de-DE')).toBe(en);
    expect(messagesFor('')).toBe(en);
    expect(languageOf('it_IT')).toBe('it');
    expect(createFormat('it-IT', 'EUR').t).toBe(it);
    expect(createFormat('en-GB', 'EUR').t).toBe(en);
  });

  test('plural forms follow the count', () => {
    expect(en.site.home.reportCount({ n: 1, count: '1' })).toMatch(/^1 report in all/);
    expect(en.site.home.reportCount({ n: 2, count: '2' })).toMatch(/^2 reports in all/);
    expect(en.checklist.activations({ n: 1, count: '1', day: 'd', observed: '1', expected: '1', source: null })).toMatch(/^1 spike;/);
    expect(it.checklist.activations({ n: 1, count: '1', day: 'd', observed: '1', expected: '1', source: null })).toMatch(/^1 picco;/);
    expect(it.checklist.activations({ n: 2, count: '2', day: 'd', observed: '1', expected: '1', source: null })).toMatch(/^2 picchi;/);
  });

  test('the trailing-days sentences agree with their counts and weekdays, and elide in Italian', () => {
    const d = { typical: '6', mark: null } as const;
    // English: one/other forms of the week total and its typical days.
    expect(en.charts.trailingDays.period({ period: 'week 27 of 2026', n: 1, mentions: '1', typical: '6', days: 1 })).toBe('In week 27 of 2026 the brand had 1 mention, against 6 in 1 typical day.');
    expect(en.charts.trailingDays.period({ period: 'week 38 of 2026', n: 2, mentions: '2', typical: '6', days: 7 })).toBe('In week 38 of 2026 the brand had 2 mentions, against 6 in a typical week.');
    const one = { days: [{ day: '8 Aug', mentions: '300' }], more: 0 };
    const six = { days: ['1', '2', '3', '4'].map((x) => ({ day: `${x} Sept`, mentions: '9' })), more: 2 };
    expect(en.charts.trailingDays.window({ own: true, lastDay: 'x', spikes: one, drops: six })).toBe(
      'Earlier in the 28 days: a spike on 8 Aug (300); drops on 1 Sept (9), 2 Sept (9), 3 Sept (9), 4 Sept (9) and 2 more.',
    );
    // Italian: "l'1", "l'8", "dell'"/"della" before the day and the weekday; Sunday is feminine.
    expect(it.charts.trailingDays.day({ day: '1 settembre 2026', weekday: 'Sun', n: 3, mentions: '3', ...d })).toBe(
      "L'1 settembre 2026 il brand ha avuto 3 menzioni, nell'intervallo abituale della domenica (valore tipico 6).",
    );
    expect(it.charts.trailingDays.day({ day: '14 settembre 2026', weekday: 'Mon', n: 1, mentions: '1', typical: null, mark: null })).toBe(
      "Il 14 settembre 2026 il brand ha avuto 1 menzione; non c'è ancora un valore tipico per il lunedì.",
    );
    expect(it.charts.trailingDays.window({ own: false, lastDay: '8 settembre 2026', spikes: { days: [{ day: '8 ago', mentions: '300' }], more: 0 }, drops: null })).toBe(
      "Nei 28 giorni fino all'8 settembre 2026: un picco l'8 ago (300).",
    );
    expect(it.charts.trailingDays.window({ own: true, lastDay: 'x', spikes: null, drops: { days: [{ day: '1 set', mentions: '2' }, { day: '2 set', mentions: '3' }], more: 0 } })).toBe(
      'Nel resto dei 28 giorni: cali nei giorni 1 set (2) e 2 set (3).',
    );
    const five = { days: ['1', '2', '3', '4'].map((x) => ({ day: `${x} set`, mentions: '9' })), more: 1 };
    expect(it.charts.trailingDays.window({ own: true, lastDay: 'x', spikes: five, drops: null })).toBe('Nel resto dei 28 giorni: picchi nei giorni 1 set (9), 2 set (9), 3 set (9), 4 set (9) e un altro.');
  });

  test('Italian formats units, periods and changes', () => {
    const f = createFormat('it-IT', 'EUR');
    expect(f.value('days', 12.5)).toBe('12,5 giorni');
    expect(f.value('percent', 0.123)).toBe('12,3%');
    expect(f.points(0.015)).toBe('+1,5 p.p.');
    expect(f.change('percent', { absolute: 0.015, relative: 0.1, show: 'points', trend: 'up', good: true })).toBe('+1,5 p.p.');
    expect(periodLabel({ kind: 'week', id: '2026-W37' } as never, f)).toBe('settimana 37 del 2026');
    expect(periodLabel({ kind: 'quarter', id: '2026-Q3' } as never, f)).toBe('3º trimestre 2026');
    expect(periodLabel({ kind: 'month', id: '2026-09' } as never, f)).toBe('settembre 2026');
    // English is unchanged.
    const g = createFormat('en-GB', 'EUR');
    expect(g.value('days', 12.5)).toBe('12.5 days');
    expect(g.points(0.015)).toBe('+1.5 pp');
    expect(periodLabel({ kind: 'week', id: '2026-W37' } as never, g)).toBe('week 37 of 2026');
  });
});

describe('reasons and notes core writes', () => {
  const manifest = { entities: { care_cases: { rows: 10, firstDate: '2025-07-01', lastDate: '2026-08-31' } } } as never;
  const sept = { id: '2026-09', firstDay: '2026-09-01', lastDay: '2026-09-30' } as never;

  const asBecause = (v: unknown) => v as Because;

  test('coverage gaps read in Italian with the entity and the range, from the key and values they carry', () => {
    const notCovered = coverageGap(manifest, ['care_cases'], sept);
    const noData = coverageGap(manifest, ['orders'], sept);
    expect(notCovered).toEqual({ available: false, code: 'not_covered', reason: 'no care cases imported for 2026-09 (care cases cover 2025-07-01 to 2026-08-31)', why: { key: 'notCovered', entity: 'care_cases', period: '2026-09', from: '2025-07-01', to: '2026-08-31' } });
    expect(localiseReason(asBecause(notCovered), it)).toBe('nessun dato importato per 2026-09 (casi di assistenza: i dati coprono dal 2025-07-01 al 2026-08-31)');
    expect(localiseReason(asBecause(noData), it)).toBe('nessun dato importato (ordini)');
    // English is kept as written.
    expect(localiseReason(asBecause(noData), en)).toBe('no orders imported');
    // Every key of the catalog's reasons words the same in English through reason.ts as en.ts.
    expect(reasonText({ key: 'noOffersOrLeadsFor', period: '2026-09' })).toBe(en.reasons.noOffersOrLeadsFor({ period: '2026-09' }));
    expect(reasonText({ key: 'noOffersOrLeadsFor', period: '2026-09' }, it)).toBe('nessuna offerta né lead importati per 2026-09');
    for (const key of ['notComputed', 'noCompetitors', 'noCompetitorsVoice', 'noTrackedMentions', 'noVoice', 'noBase', 'noOffersOrLeads', 'noOfferNamed', 'peopleWithheld'] as const) {
      expect(reasonText({ key }), key).toBe(en.reasons[key]);
      expect(reasonText({ key }, it), key).toBe(it.reasons[key]);
    }
  });

  test('every KPI reason, and the benchmark reasons, have an Italian wording', () => {
    for (const k of builtinKpis) {
      if (k.whenEmpty) expect(reasonText({ key: 'whenEmpty', kpi: k.id, text: k.whenEmpty }, it), k.id).toBe(it.kpis[k.id]!.whenEmpty);
      const required = k.requires?.({ brand: { name: 'B' }, competitors: [], timezone: 'UTC', currency: 'EUR' } as never);
      if (required) expect(typeof required === 'string' ? required : reasonText(required, it), k.id).toBe(it.reasons.noCompetitors);
    }
    const nested = because({ key: 'noBaseValue', period: '2025-Q3', base: because({ key: 'noData', entity: 'orders' }) });
    expect(nested.reason).toBe('no value for 2025-Q3 to measure the change against (no orders imported)');
    expect(localiseReason(nested, it)).toBe('nessun valore per 2025-Q3 rispetto a cui misurare la variazione (nessun dato importato (ordini))');
    expect(localiseReason(because({ key: 'noTrackedMentionsIn', period: '2026-09' }), it)).toBe('nessuna menzione del brand o dei suoi concorrenti in 2026-09');
    // A project metric's own reason (no key) is kept, and so is its own "when empty" text.
    expect(localiseReason({ reason: 'the CRM export is late' }, it)).toBe('the CRM export is late');
    expect(reasonText({ key: 'whenEmpty', kpi: 'project.crm_calls', text: 'no calls logged' }, it)).toBe('no calls logged');
  });

  test('notes keep their numbers, formatted in Italian', () => {
    const f = createFormat('it-IT', 'EUR');
    expect(localiseNote('12.5% of the reach is estimated (reach kind estimated, unknown or not given)', it, f)).toBe('il 12,5% della copertura è stimato (tipo di copertura stimato, sconosciuto o non indicato)');
    // Italian groups thousands from five digits on (CLDR): 12.000, but 1200.
    expect(localiseNote("12000 of 15000 posts have no follower count of their own; the account's follower snapshot on the publishing day stands in for it", it, f)).toMatch(/^12\.000 post su 15\.000 non hanno/);
  });
});

describe('the demo September 2026 team model in Italian', () => {
  let reader: DataReader;
  let config: CadenceConfig;
  let italian: ReportModel;
  let english: ReportModel;
  const f = createFormat('it-IT', 'EUR');
  const englishWords = /\b(the|compared with|against|of the|and|rose|fell|was|were)\b/;
  /** The config's own goal names (the project's text, in whatever language it is written) left out. */
  const own = (s: string) => config.goals.reduce((x, g) => (g.label ? x.replaceAll(g.label, '«goal»') : x), s);

  beforeAll(async () => {
    const dir = inject('demoProjectDir');
    ({ config } = await loadConfig({ projectDir: dir }));
    reader = await openReader(join(dir, config.dataDir));
    const periods = [monthPeriod('2026-09', config.timezone)];
    [italian] = await buildReportModels({ reader, config: { ...config, locale: 'it-IT' }, periods, audiences: ['team'], asOf: '2026-10-01' });
    [english] = await buildReportModels({ reader, config: { ...config, locale: 'en-GB' }, periods, audiences: ['team'], asOf: '2026-10-01' });
  }, 180_000);

  afterAll(async () => {
    await reader?.close();
  });

  test('findings are the same, told in Italian', () => {
    expect(italian.findings.map((x) => x.kind)).toEqual(english.findings.map((x) => x.kind));
    expect(italian.findings.length).toBeGreaterThan(0);
    for (const finding of italian.findings) {
      expect(own(finding.headline), finding.headline).not.toMatch(englishWords);
      clean(finding.headline);
    }
    // The planted recall of 14 September: the same event, told in Italian with an Italian date.
    const recall = italian.findings.find((x) => x.kind === 'event' && x.date === '2026-09-14')!;
    expect(recall.headline).toMatch(/14 settembre/);
    expect(recall.headline).toContain('news.example');
    for (const d of recall.details ?? []) expect(own(d), d).not.toMatch(englishWords);
    // Numbers use the Italian decimal comma somewhere (percentages, changes).
    expect(italian.findings.some((x) => /\d,\d/.test(x.headline))).toBe(true);
    expect(italian.findings.some((x) => /\d\.\d/.test(x.headline) && !/\d\.\d{3}\b/.test(x.headline))).toBe(false);
  });

  test('next steps and the checklist are Italian', () => {
    const steps = italian.story.nextSteps.map((x) => x.text);
    expect(steps.length).toBeGreaterThan(0);
    for (const s of [...steps, ...italian.story.notes]) {
      expect(own(s)).not.toMatch(englishWords);
      clean(s);
    }
    const checklist = buildChecklist(italian, f);
    expect(checklist.map((c) => c.question)).toEqual([it.checklist.competitiveQuestion, it.checklist.monthly.campaigns]);
    for (const item of checklist) {
      expect(own(item.answer), item.answer).not.toMatch(englishWords);
      clean(item.answer);
    }
    // "Alpenglow ha il 41,2% delle menzioni …": the share with a decimal comma.
    expect(checklist[0]!.answer).toMatch(/ ha il \d+,\d%/);
  });

  test('KPI labels, definitions and reasons come from the Italian table', () => {
    for (const k of italian.kpis) {
      if (k.custom) continue;
      expect(k.label).toBe(it.kpis[k.id]!.label);
      expect(k.definition).toBe(it.kpis[k.id]!.definition);
      if (k.reason) expect(k.reason, k.id).not.toMatch(englishWords);
    }
    const mentions = italian.kpis.find((k) => k.id === 'listening.mentions')!;
    expect(mentions.label).toBe('Menzioni del brand');
    // Same values as the English model: only the words change.
    expect(italian.kpis.map((k) => k.value)).toEqual(english.kpis.map((k) => k.value));
    // Campaign sentences are Italian too.
    for (const c of italian.campaigns) expect(c.why).not.toMatch(englishWords);
    // English stays as the KPI definitions say.
    expect(english.kpis.find((k) => k.id === 'listening.mentions')!.label).toBe('Brand mentions');
  });
});
