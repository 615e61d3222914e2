/**
 * Campaigns, offers and retargeting audiences. Offer redemptions are counted from the shop's
 * orders (same code, channel and day), so the offer report and the orders agree; impressions and
 * clicks are worked back from them. Retargeting audiences grow from web visits and video views.
 */
import type { Day } from './calendar.ts';
import { britishDate, thousands } from './format.ts';
import { OFFERS, type Order } from './orders.ts';
import type { PostDraft } from './owned-posts.ts';
import type { Rng } from './random.ts';
import type { WebDay } from './web.ts';
import { CAMPAIGNS } from './world.ts';
import type { ExportFile } from './write-csv.ts';

export const CAMPAIGNS_FILE = 'campaigns.csv';
export const OFFERS_FILE = 'offers.csv';
export const AUDIENCES_FILE = 'retargeting-audiences.csv';

export function campaignsExport(): ExportFile {
  return {
    name: CAMPAIGNS_FILE,
    entity: 'campaigns',
    header: ['Campaign ID', 'Campaign', 'Start', 'End', 'Objective', 'Type', 'Hashtag', 'Budget (EUR)', 'Channels'],
    rows: CAMPAIGNS.map((c) => [c.id, c.name, c.start, c.end, c.objective[0].toUpperCase() + c.objective.slice(1), c.kind, `#${c.hashtag}`, thousands(c.budget), c.channels.join(', ')]),
  };
}

export function offersExport(rng: Rng, days: readonly Day[], orders: readonly Order[]): ExportFile {
  const redemptions = new Map<string, { n: number; revenue: number }>();
  for (const o of orders) {
    if (!o.offer || !o.offerChannel) continue;
    const key = `${o.day.iso}|${o.offer.id}|${o.offerChannel}`;
    const r = redemptions.get(key) ?? { n: 0, revenue: 0 };
    r.n++;
    r.revenue += o.amount;
    redemptions.set(key, r);
  }
  const rows = [];
  for (const day of days) {
    for (const offer of OFFERS) {
      if (day.iso < offer.start || day.iso > offer.end) continue;
      for (const channel of offer.channels) {
        const r = redemptions.get(`${day.iso}|${offer.id}|${channel}`) ?? { n: 0, revenue: 0 };
        const conversionRate = channel === 'Email' ? rng.range(0.05, 0.08) : rng.range(0.02, 0.045);
        const clicks = Math.max(r.n, Math.round((r.n + rng.range(0.5, 3)) / conversionRate));
        const ctr = channel === 'Email' ? rng.range(0.025, 0.04) : rng.range(0.007, 0.014);
        rows.push([day.iso, offer.id, offer.name, offer.campaign?.id ?? '', channel, thousands(Math.round(clicks / ctr)), thousands(clicks), r.n, r.revenue.toFixed(2)]);
      }
    }
  }
  return {
    name: OFFERS_FILE,
    entity: 'offers',
    header: ['Day', 'Offer ID', 'Offer Name', 'Campaign ID', 'Channel', 'Impressions', 'Clicks', 'Conversions', 'Revenue (EUR)'],
    rows,
  };
}

interface Audience {
  platform: 'Meta' | 'TikTok' | 'Google Ads';
  id: string;
  name: string;
  /** Daily inflow of the day, from the day's data. */
  inflow: (day: Day) => number;
  windowDays: number;
  matchRate: number;
}

export function audiencesExport(rng: Rng, days: readonly Day[], web: readonly WebDay[], posts: readonly PostDraft[], orders: readonly Order[]): ExportFile {
  const users = new Float64Array(days.length);
  const social = new Float64Array(days.length);
  for (const w of web) {
    users[w.day.index] += w.users;
    if (w.line.group === 'Organic Social' || w.line.group === 'Paid Social') social[w.day.index] += w.users;
  }
  const views = new Float64Array(days.length);
  const engagers = new Float64Array(days.length);
  for (const p of posts) {
    if (p.account.network === 'TikTok' || p.account.network === 'Instagram') views[p.day.index] += p.videoViews;
    if (p.account.network === 'Instagram' || p.account.network === 'Facebook') engagers[p.day.index] += p.reactions + p.comments + p.shares + p.saves;
  }
  const buyers = new Float64Array(days.length);
  for (const o of orders) buyers[o.day.index]++;
  const audiences: Audience[] = [
    { platform: 'Meta', id: '23851190427730561', name: 'Website visitors 30d', inflow: (d) => users[d.index] * 0.55, windowDays: 30, matchRate: 0.62 },
    { platform: 'Meta', id: '23851190427730577', name: 'Instagram & Facebook engagers 90d', inflow: (d) => engagers[d.index] * 0.7, windowDays: 90, matchRate: 1 },
    { platform: 'Meta', id: '23851190427730590', name: 'Social visitors 14d', inflow: (d) => social[d.index] * 0.8, windowDays: 14, matchRate: 0.7 },
    { platform: 'TikTok', id: '7391045521803', name: 'Video viewers 50% 30d', inflow: (d) => views[d.index] * 0.18, windowDays: 30, matchRate: 1 },
    { platform: 'Google Ads', id: 'userlists/8812345061', name: 'Past purchasers 180d', inflow: (d) => buyers[d.index], windowDays: 180, matchRate: 0.48 },
  ];
  const rows = [];
  for (const a of audiences) {
    let size = 0;
    const window: number[] = [];
    for (const day of days) {
      // Before the period the audience already held a window's worth of people (at the level of
      // the first four weeks).
      if (day.index === 0) {
        const early = days.slice(0, 28).reduce((s, d) => s + a.inflow(d), 0) / 28;
        for (let i = 0; i < a.windowDays; i++) window.push(early * 0.9);
      }
      const inflow = a.inflow(day);
      window.push(inflow);
      if (window.length > a.windowDays) window.shift();
      size = window.reduce((s, x) => s + x, 0) * a.matchRate * 0.82 * rng.range(0.99, 1.01);
      const shown = size < 1000 ? Math.round(size) : Math.round(size / 100) * 100;
      rows.push([britishDate(day.iso), a.platform, a.id, a.name, thousands(shown)]);
    }
  }
  return {
    name: AUDIENCES_FILE,
    entity: 'retargeting_audiences',
    header: ['Date', 'Platform', 'Audience ID', 'Audience Name', 'Size'],
    rows,
  };
}
