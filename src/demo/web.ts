/**
 * Web analytics, GA4 style: sessions per day, channel group, source / medium and campaign, as the
 * GA4 "Traffic acquisition" report downloads them (`#` comment lines above the header, Date as
 * YYYYMMDD, rates as fractions, engagement time in seconds). Campaigns lift social traffic; the
 * crisis sends readers from news.example.
 */
import { type Day, SHOP_WEEK, daysSince, trendFactor, weekFactor, yearlyFactor } from './calendar.ts';
import { compactDate, fraction } from './format.ts';
import type { Rng } from './random.ts';
import { AUTUMN, CAMPAIGNS, CRISIS, TRAIL_STORIES, type Campaign } from './world.ts';
import type { ExportFile } from './write-csv.ts';

export const WEB_FILE = 'ga4-sessions.csv';

export const CHANNEL_GROUPS = ['Organic Search', 'Direct', 'Organic Social', 'Paid Social', 'Email', 'Referral', 'Paid Search', 'Affiliates'] as const;
type Group = (typeof CHANNEL_GROUPS)[number];

interface Line {
  group: Group;
  sourceMedium: string;
  perDay: number;
  /** 'campaign' = the running campaign's UTM, else a fixed value. */
  campaign: string;
  engagedRate: number;
  conversionRate: number;
}

const LINES: Line[] = [
  { group: 'Organic Search', sourceMedium: 'google / organic', perDay: 2100, campaign: '(organic)', engagedRate: 0.68, conversionRate: 0.018 },
  { group: 'Organic Search', sourceMedium: 'bing / organic', perDay: 180, campaign: '(organic)', engagedRate: 0.66, conversionRate: 0.017 },
  { group: 'Organic Search', sourceMedium: 'duckduckgo / organic', perDay: 60, campaign: '(organic)', engagedRate: 0.7, conversionRate: 0.019 },
  { group: 'Direct', sourceMedium: '(direct) / (none)', perDay: 1400, campaign: '(direct)', engagedRate: 0.6, conversionRate: 0.025 },
  { group: 'Organic Social', sourceMedium: 'l.instagram.com / referral', perDay: 260, campaign: '(referral)', engagedRate: 0.52, conversionRate: 0.011 },
  { group: 'Organic Social', sourceMedium: 'facebook.com / referral', perDay: 120, campaign: '(referral)', engagedRate: 0.5, conversionRate: 0.01 },
  { group: 'Organic Social', sourceMedium: 't.co / referral', perDay: 45, campaign: '(referral)', engagedRate: 0.44, conversionRate: 0.006 },
  { group: 'Organic Social', sourceMedium: 'tiktok.com / referral', perDay: 70, campaign: '(referral)', engagedRate: 0.4, conversionRate: 0.007 },
  { group: 'Organic Social', sourceMedium: 'youtube.com / referral', perDay: 55, campaign: '(referral)', engagedRate: 0.58, conversionRate: 0.012 },
  { group: 'Organic Social', sourceMedium: 'linkedin.com / referral', perDay: 20, campaign: '(referral)', engagedRate: 0.55, conversionRate: 0.008 },
  { group: 'Paid Social', sourceMedium: 'meta / paid_social', perDay: 180, campaign: 'campaign', engagedRate: 0.41, conversionRate: 0.009 },
  { group: 'Paid Social', sourceMedium: 'tiktok / paid_social', perDay: 60, campaign: 'campaign', engagedRate: 0.36, conversionRate: 0.006 },
  { group: 'Email', sourceMedium: 'newsletter / email', perDay: 150, campaign: 'campaign', engagedRate: 0.7, conversionRate: 0.03 },
  { group: 'Referral', sourceMedium: 'news.example / referral', perDay: 30, campaign: '(referral)', engagedRate: 0.62, conversionRate: 0.01 },
  { group: 'Referral', sourceMedium: 'bergwelt-magazin.example / referral', perDay: 25, campaign: '(referral)', engagedRate: 0.64, conversionRate: 0.013 },
  { group: 'Referral', sourceMedium: 'ultralightdiaries.example / referral', perDay: 15, campaign: '(referral)', engagedRate: 0.7, conversionRate: 0.015 },
  { group: 'Paid Search', sourceMedium: 'google / cpc', perDay: 300, campaign: 'brand_search', engagedRate: 0.6, conversionRate: 0.022 },
  { group: 'Affiliates', sourceMedium: 'awin / affiliate', perDay: 40, campaign: '(not set)', engagedRate: 0.55, conversionRate: 0.03 },
];

function running(day: Day): Campaign | undefined {
  return CAMPAIGNS.find((c) => c.id !== TRAIL_STORIES.id && day.iso >= c.start && day.iso <= c.end);
}

/** How much a day lifts a line above its seasonal level (campaigns, creator episodes, crisis). */
function lift(line: Line, day: Day): number {
  let f = 1;
  const k = daysSince(day, AUTUMN.start);
  const inAutumn = k >= 0 && day.iso <= AUTUMN.end;
  const c = running(day);
  if (line.group === 'Organic Social') {
    if (inAutumn) f *= 1 + 2.5 * Math.exp(-k / 3);
    if (day.iso >= TRAIL_STORIES.start && day.iso <= TRAIL_STORIES.end && (day.weekday === 4 || day.weekday === 5)) {
      f *= 1.15 + daysSince(day, TRAIL_STORIES.start) / 240;
    }
  }
  if (line.group === 'Paid Social') f *= c ? (inAutumn ? 2.2 : 1.6) : 0.7;
  if (line.group === 'Email' && c) f *= daysSince(day, c.start) <= 1 ? 3 : 1.3;
  const crisis = daysSince(day, CRISIS.day);
  if (line.sourceMedium.startsWith('news.example') && crisis >= 0 && crisis <= 2) f *= [80, 30, 8][crisis];
  if ((line.group === 'Direct' || line.group === 'Organic Search') && crisis >= 0 && crisis <= 1) f *= crisis === 0 ? 1.2 : 1.1;
  return f;
}

export interface WebDay {
  day: Day;
  line: Line;
  campaign: string;
  sessions: number;
  engaged: number;
  users: number;
  views: number;
  keyEvents: number;
  engagementSeconds: number;
}

export function webSessions(rng: Rng, days: readonly Day[]): WebDay[] {
  const out: WebDay[] = [];
  for (const day of days) {
    const season = weekFactor(SHOP_WEEK, day) * yearlyFactor(day) * trendFactor(day, 0.1);
    const c = running(day);
    for (const line of LINES) {
      const sessions = rng.poisson(line.perDay * season * lift(line, day) * rng.lognormal(1, 0.08));
      if (sessions === 0) continue;
      const engaged = Math.min(sessions, Math.round(sessions * line.engagedRate * rng.range(0.94, 1.06)));
      out.push({
        day,
        line,
        campaign: line.campaign === 'campaign' ? (c?.utm ?? (line.group === 'Email' ? 'weekly_newsletter' : 'always_on_prospecting')) : line.campaign,
        sessions,
        engaged,
        users: Math.max(1, Math.round(sessions * rng.range(0.78, 0.9))),
        views: Math.round(sessions * rng.range(2.1, 3.6)),
        keyEvents: rng.poisson(sessions * line.conversionRate),
        engagementSeconds: rng.range(38, 115),
      });
    }
  }
  return out;
}

export function ga4Export(rows: readonly WebDay[], days: readonly Day[]): ExportFile {
  return {
    name: WEB_FILE,
    entity: 'web_sessions',
    preamble: [
      '# ----------------------------------------',
      '# Traffic acquisition: Session primary channel group (Default Channel Group)',
      '# Account: Alpenglow',
      '# Property: alpenglow.example - GA4',
      '# ----------------------------------------',
      '#',
      '# All Users',
      `# Start date: ${compactDate(days[0].iso)}`,
      `# End date: ${compactDate(days[days.length - 1].iso)}`,
    ],
    header: [
      'Date', 'Session primary channel group (Default Channel Group)', 'Session source / medium', 'Session campaign', 'Sessions',
      'Engaged sessions', 'Total users', 'Views', 'Key events', 'Bounce rate', 'Average engagement time per session',
    ],
    rows: rows.map((r) => [
      compactDate(r.day.iso),
      r.line.group,
      r.line.sourceMedium,
      r.campaign,
      r.sessions,
      r.engaged,
      r.users,
      r.views,
      r.keyEvents,
      fraction(1 - r.engaged / r.sessions),
      r.engagementSeconds.toFixed(2),
    ]),
  };
}
