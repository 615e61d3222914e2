/**
 * Owned channels: the daily audience of each account (followers gained and lost, with campaign
 * bumps and the unfollows of the crisis) and its daily activity, from the posts of that day and
 * the tail of the days before.
 */
import { type Day, SHOP_WEEK, daysSince, weekFactor } from './calendar.ts';
import { berlinDay } from './format.ts';
import type { PostDraft } from './owned-posts.ts';
import type { Rng } from './random.ts';
import { ACCOUNTS, AUTUMN, type Account, CRISIS, TRAIL_STORIES } from './world.ts';

export interface AccountDay {
  followers: number;
  gained: number;
  lost: number;
}

export type FollowerSeries = Map<Account, AccountDay[]>;

const CRISIS_UNFOLLOWS: Partial<Record<Account['network'], [number, number]>> = { X: [460, 170], Facebook: [230, 90], Instagram: [320, 140] };

export function followerSeries(rng: Rng, days: readonly Day[]): FollowerSeries {
  const series: FollowerSeries = new Map();
  for (const account of ACCOUNTS) {
    let followers = account.followers;
    const out: AccountDay[] = [];
    for (const day of days) {
      const k = daysSince(day, AUTUMN.start);
      let wanted = ((followers * Math.max(account.growth, 0.02)) / 365) * weekFactor(SHOP_WEEK, day) * rng.lognormal(1, 0.35);
      if (k >= 0 && day.iso <= AUTUMN.end) wanted += followers * 0.004 * Math.exp(-k / 3);
      if (day.iso >= TRAIL_STORIES.start && day.iso <= TRAIL_STORIES.end && (day.weekday === 4 || day.weekday === 5) && account.network !== 'X') {
        wanted += followers * 0.0006 * (1 + (2 * daysSince(day, TRAIL_STORIES.start)) / 120);
      }
      let lossMean = followers * 0.00035;
      const crisisDay = daysSince(day, CRISIS.day);
      const unfollows = CRISIS_UNFOLLOWS[account.network];
      if (unfollows && (crisisDay === 0 || crisisDay === 1)) lossMean += unfollows[crisisDay];
      const lost = rng.poisson(lossMean);
      const gained = rng.poisson(wanted + followers * 0.00035 - (account.growth < 0.02 ? followers * 0.00003 : 0));
      followers += gained - lost;
      out.push({ followers, gained, lost });
    }
    series.set(account, out);
  }
  return series;
}

/** Audience at the start of a day (end of the day before). */
export function followersAtStart(series: FollowerSeries, account: Account, day: Day): number {
  return day.index === 0 ? account.followers : series.get(account)![day.index - 1].followers;
}

export interface ProfileDay {
  day: Day;
  account: Account;
  audience: AccountDay;
  impressions: number;
  engagements: number;
  profileViews: number;
  published: number;
}

const TAIL = [0.55, 0.22, 0.1, 0.06, 0.04, 0.03];

/** Daily activity per account: a share of each recent post's lifetime metrics plus background. */
export function profileDays(rng: Rng, days: readonly Day[], series: FollowerSeries, posts: readonly PostDraft[]): ProfileDay[] {
  const impressions = new Map<Account, Float64Array>();
  const engagements = new Map<Account, Float64Array>();
  const published = new Map<Account, Int32Array>();
  for (const a of ACCOUNTS) {
    impressions.set(a, new Float64Array(days.length));
    engagements.set(a, new Float64Array(days.length));
    published.set(a, new Int32Array(days.length));
  }
  const indexOf = new Map(days.map((d) => [d.iso, d.index]));
  for (const p of posts) {
    const i = indexOf.get(berlinDay(p.at))!;
    published.get(p.account)![i]++;
    const eng = p.reactions + p.comments + p.shares + p.saves + p.clicks;
    for (let t = 0; t < TAIL.length && i + t < days.length; t++) {
      impressions.get(p.account)![i + t] += p.impressions * TAIL[t];
      engagements.get(p.account)![i + t] += eng * TAIL[t];
    }
  }
  const out: ProfileDay[] = [];
  for (const day of days) {
    for (const account of ACCOUNTS) {
      const audience = series.get(account)![day.index];
      const background = audience.followers * 0.012 * rng.lognormal(1, 0.25);
      const imp = Math.round(impressions.get(account)![day.index] + background);
      const eng = Math.round(engagements.get(account)![day.index] + background * account.engagementRate * 0.5);
      out.push({
        day,
        account,
        audience,
        impressions: imp,
        engagements: eng,
        profileViews: Math.round(imp * 0.004 * rng.lognormal(1, 0.3)),
        published: published.get(account)![day.index],
      });
    }
  }
  return out;
}
