/**
 * Selling: the web shop's orders. Customers arrive every day and some come back again and again
 * (one-timers, regulars, loyal fans), so recency and frequency mean something. A year of history
 * before the demo period is simulated and dropped, so returning customers exist from day one.
 * Sales campaigns and offer codes lift orders; the Firn recall refunds jackets bought since March.
 */
import { buildCalendar, type Day, DEMO_FIRST_DAY, DEMO_LAST_DAY, SHOP_WEEK, atLocal, daysSince, weekFactor, yearlyFactor } from './calendar.ts';
import { localWithOffset, plainMoney } from './format.ts';
import type { Rng } from './random.ts';
import { AUTUMN, CAMPAIGNS, CRISIS, PRODUCTS, type Campaign } from './world.ts';
import type { ExportFile } from './write-csv.ts';

export const ORDERS_FILE = 'orders.csv';

/** Channel groups as the shop's attribution app names them (GA4 default channel groups). */
export type ChannelGroup = 'Organic Search' | 'Direct' | 'Organic Social' | 'Paid Social' | 'Email' | 'Referral' | 'Paid Search' | 'Affiliates';
export type OfferChannel = 'Instagram' | 'Facebook' | 'TikTok' | 'Email';

export interface Offer {
  id: string;
  name: string;
  campaign?: Campaign;
  discount: number;
  start: string;
  end: string;
  channels: OfferChannel[];
}

export const OFFERS: Offer[] = [
  { id: 'TRAIL10', name: 'Newsletter welcome 10%', discount: 0.1, start: DEMO_FIRST_DAY, end: DEMO_LAST_DAY, channels: ['Email', 'Instagram'] },
  { id: 'SUMMER20', name: 'Summer sale 20%', campaign: CAMPAIGNS[0], discount: 0.2, start: CAMPAIGNS[0].start, end: CAMPAIGNS[0].end, channels: ['Instagram', 'Facebook', 'Email'] },
  { id: 'BLACKWEEK30', name: 'Black Week 30%', campaign: CAMPAIGNS[2], discount: 0.3, start: CAMPAIGNS[2].start, end: CAMPAIGNS[2].end, channels: ['Instagram', 'Facebook', 'TikTok', 'Email'] },
  { id: 'SPRING15', name: 'Spring trail days 15%', campaign: CAMPAIGNS[4], discount: 0.15, start: CAMPAIGNS[4].start, end: CAMPAIGNS[4].end, channels: ['Instagram', 'Facebook', 'Email'] },
  { id: 'AUTUMN15', name: 'Autumn launch 15%', campaign: AUTUMN, discount: 0.15, start: AUTUMN.start, end: AUTUMN.end, channels: ['Instagram', 'Facebook', 'TikTok', 'Email'] },
];

export interface Order {
  at: number;
  day: Day;
  number: number;
  customer: string;
  items: number;
  amount: number;
  firn: boolean;
  channel: ChannelGroup;
  campaign?: Campaign;
  offer?: Offer;
  offerChannel?: OfferChannel;
  status: 'paid' | 'refunded' | 'partially_refunded';
}

const CHANNELS: [ChannelGroup, number][] = [
  ['Organic Search', 30], ['Direct', 24], ['Organic Social', 9], ['Paid Social', 7], ['Email', 12], ['Referral', 5], ['Paid Search', 9], ['Affiliates', 4],
];
const PRODUCT_WEIGHTS = PRODUCTS.map((p) => [p, p.price < 100 ? 5 : p.price < 200 ? 3 : 2] as const);
const ORDER_HOURS: [number, number][] = [[7, 1], [8, 2], [9, 3], [10, 3], [11, 3], [12, 4], [13, 3], [14, 3], [15, 3], [16, 3], [17, 3], [18, 4], [19, 5], [20, 6], [21, 5], [22, 3], [23, 1]];

function salesCampaign(day: Day): Campaign | undefined {
  return CAMPAIGNS.find((c) => c.objective === 'sales' && day.iso >= c.start && day.iso <= c.end);
}

function newCustomersPerDay(day: Day): number {
  const sinceStart = daysSince(day, DEMO_FIRST_DAY);
  let n = 34 * weekFactor(SHOP_WEEK, day) * yearlyFactor(day, 0.3) * (1 + (0.1 * sinceStart) / 365);
  const c = salesCampaign(day);
  if (c) n *= c.id === AUTUMN.id ? 1.1 + 1.2 * Math.exp(-daysSince(day, c.start) / 4) : c.id.startsWith('black_week') ? 2.6 : 1.6;
  const crisis = daysSince(day, CRISIS.day);
  if (crisis >= 0 && crisis <= 3) n *= [0.7, 0.75, 0.85, 0.95][crisis];
  return n;
}

function activeOffers(day: Day): Offer[] {
  return OFFERS.filter((o) => day.iso >= o.start && day.iso <= o.end);
}

/** Orders of the demo period; `demoDays` is the demo calendar (the orders' `day` is one of them). */
export function generateOrders(rng: Rng, demoDays: readonly Day[]): Order[] {
  // Burn-in: a year before the demo period, so that regular customers exist on day one.
  const days = buildCalendar('2024-07-01', DEMO_LAST_DAY);
  const demoDay = new Map(demoDays.map((d) => [d.iso, d]));
  const scheduled: string[][] = days.map(() => []);
  const out: Order[] = [];
  let customers = 0;
  let number = 10_000;
  for (const day of days) {
    const fresh = rng.poisson(newCustomersPerDay(day));
    const who: string[] = [...scheduled[day.index]];
    for (let i = 0; i < fresh; i++) {
      customers++;
      const id = `C${String(100_000 + customers)}`;
      who.push(id);
      // Future orders of this customer: one-timers, regulars or loyal fans.
      const loyalty = rng.weighted([[0.08, 60], [0.4, 30], [0.72, 10]] as [number, number][]);
      const gap = rng.pick([150, 90, 55]);
      let at = day.index;
      while (rng.chance(loyalty)) {
        at += Math.max(3, Math.round(rng.exponential(gap)));
        if (at >= days.length) break;
        scheduled[at].push(id);
      }
    }
    if (day.iso < DEMO_FIRST_DAY) continue;
    const campaign = salesCampaign(day);
    const offers = activeOffers(day);
    for (const customer of who) {
      let items = 1 + rng.poisson(0.6);
      let amount = 0;
      let firn = false;
      for (let k = 0; k < items; k++) {
        const product = rng.weighted(PRODUCT_WEIGHTS);
        if (product.name.startsWith('Firn')) firn = true;
        amount += product.price;
      }
      let channel = rng.weighted(CHANNELS);
      let offer: Offer | undefined;
      let offerChannel: OfferChannel | undefined;
      const campaignOffer = offers.find((o) => o.campaign);
      if (campaignOffer && rng.chance(0.42)) offer = campaignOffer;
      else if (rng.chance(0.05)) offer = OFFERS[0];
      if (offer) {
        offerChannel = rng.pick(offer.channels);
        channel = offerChannel === 'Email' ? 'Email' : rng.chance(0.55) ? 'Paid Social' : 'Organic Social';
        amount *= 1 - offer.discount;
      }
      const attributed = campaign && (channel === 'Paid Social' || channel === 'Organic Social' || channel === 'Email') ? campaign : offer?.campaign;
      const recalled = firn && day.iso >= '2026-03-01' && day.iso < CRISIS.day && rng.chance(0.35);
      const status = recalled ? (items > 1 ? 'partially_refunded' : 'refunded') : rng.chance(0.025) ? 'refunded' : 'paid';
      const hour = rng.weighted(ORDER_HOURS);
      out.push({
        at: atLocal(day, hour, rng.int(60), rng.int(60)),
        day: demoDay.get(day.iso)!,
        number: number++,
        customer,
        items,
        amount: Math.round(amount * 100) / 100,
        firn,
        channel,
        campaign: attributed,
        offer,
        offerChannel,
        status,
      });
    }
  }
  return out.sort((a, b) => a.at - b.at || a.number - b.number);
}

/** Shopify-style order export (one row per order): `Created at` is Berlin time with its offset. */
export function ordersExport(orders: readonly Order[]): ExportFile {
  return {
    name: ORDERS_FILE,
    entity: 'orders',
    header: ['Id', 'Name', 'Created at', 'Customer ID', 'Financial Status', 'Currency', 'Lineitem quantity', 'Total', 'Discount Code', 'Attributed Channel', 'UTM Campaign'],
    rows: orders.map((o) => [
      String(5_904_000_000_000 + o.number * 13),
      `#AG${o.number}`,
      localWithOffset(o.at),
      o.customer,
      o.status,
      'EUR',
      o.items,
      plainMoney(o.amount),
      o.offer?.id ?? '',
      o.channel,
      o.campaign?.id ?? '',
    ]),
  };
}
