/**
 * The feedback loop: customer conversations from social, with first response, triage and
 * resolution times (most within the 12 h / 24 h SLA, some not), the team they were routed to,
 * refunds, themes, and whether the customer bought again. The recall floods the desk in the week
 * of 14 September. Times are UTC ISO 8601 (`2026-09-14T08:05:12Z`), as help-desk APIs give them.
 */
import type { AuthorPool } from './authors.ts';
import { type Day, DAY, HOUR, OFFICE_WEEK, daysSince, weekFactor } from './calendar.ts';
import { berlinDay, plainMoney, utcIsoZ } from './format.ts';
import { instantIn } from './mentions.ts';
import type { Order } from './orders.ts';
import type { Rng } from './random.ts';
import { CRISIS, PRODUCTS } from './world.ts';
import type { ExportFile } from './write-csv.ts';

export const CARE_FILE = 'care-cases.csv';

type Kind = 'Complaint' | 'Question' | 'Product gap' | 'Content gap' | 'Praise' | 'Other';
type Team = 'Customer Care' | 'Content' | 'Product' | 'Sales' | 'Other';

const KINDS: [Kind, number][] = [['Question', 45], ['Complaint', 25], ['Product gap', 10], ['Content gap', 8], ['Praise', 10], ['Other', 2]];
const THEMES: Record<Kind, string[]> = {
  Complaint: ['zipper breaks', 'delivery delay', 'wrong size sent', 'seam leaking', 'refund slow', 'sole peeling'],
  Question: ['size guide', 'order status', 'repair service', 'waterproofing care', 'stock availability', 'returns'],
  'Product gap': ['no tall sizes for women', 'no vegan down option', 'no kids\' rain jacket', 'lighter tent poles wanted', 'pack without hip belt'],
  'Content gap': ['no video on pack fitting', 'layering guide unclear', 'care instructions missing in German', 'no size chart for socks'],
  Praise: ['great service', 'jacket survived a storm', 'fast repair'],
  Other: ['partnership request', 'job question', 'press enquiry'],
};
const ROUTING: Record<Kind, [Team, number][]> = {
  Complaint: [['Customer Care', 85], ['Product', 15]],
  Question: [['Customer Care', 80], ['Sales', 10], ['Content', 10]],
  'Product gap': [['Product', 100]],
  'Content gap': [['Content', 100]],
  Praise: [['Customer Care', 70], ['Other', 30]],
  Other: [['Other', 60], ['Sales', 40]],
};
const NETWORKS: [string, number][] = [['Instagram', 35], ['Facebook', 25], ['X', 20], ['TikTok', 6], ['YouTube', 4], ['LinkedIn', 3], ['Messenger', 7]];
const CARE_HOURS: [number, number][] = Array.from({ length: 24 }, (_, h) => [h, h < 7 ? 0.3 : h < 22 ? 2 : 0.8] as [number, number]);

interface Case {
  id: string;
  opened: number;
  firstResponse?: number;
  triaged?: number;
  resolved?: number;
  network: string;
  handle: string;
  kind: Kind;
  team: Team;
  theme: string;
  sentiment: 'Positive' | 'Neutral' | 'Negative';
  refund: boolean;
  refundAmount?: number;
  customer?: string;
  retained?: boolean;
}

/** Next instant the desk is staffed (08:00–20:00 Berlin ≈ 06:00–18:00 UTC). */
function staffed(t: number): number {
  const hour = new Date(t).getUTCHours();
  if (hour < 6) return t - (t % HOUR) + (6 - hour) * HOUR;
  if (hour >= 18) return t - (t % HOUR) + (30 - hour) * HOUR;
  return t;
}

export function careCases(rng: Rng, pool: AuthorPool, days: readonly Day[], orders: readonly Order[]): ExportFile {
  const end = days[days.length - 1].end;
  const byCustomer = new Map<string, number[]>();
  for (const o of orders) {
    const list = byCustomer.get(o.customer) ?? [];
    list.push(o.at);
    byCustomer.set(o.customer, list);
  }
  const recentBuyers: string[][] = days.map(() => []);
  const dayOf = new Map(days.map((d) => [d.iso, d.index]));
  for (const o of orders) recentBuyers[dayOf.get(berlinDay(o.at))!].push(o.customer);

  const cases: Case[] = [];
  let seq = 0;
  for (const day of days) {
    const crisis = daysSince(day, CRISIS.day);
    const recall = crisis >= 0 && crisis <= 6 ? Math.round(70 * Math.exp(-crisis / 2.2)) : 0;
    const n = rng.poisson(11 * weekFactor(OFFICE_WEEK, day) ** 0.5) + recall;
    for (let i = 0; i < n; i++) {
      const isRecall = i >= n - recall;
      const kind: Kind = isRecall ? 'Complaint' : rng.weighted(KINDS);
      const opened = isRecall ? Math.max(day.start + 8 * HOUR, instantIn(rng, day, CARE_HOURS)) : instantIn(rng, day, CARE_HOURS);
      // The desk answers slower while the recall floods it.
      const load = isRecall || (crisis >= 0 && crisis <= 3) ? 3.2 : 1;
      const wanted = opened + rng.lognormal(0.9 * HOUR, 0.8) * load;
      const firstResponse = staffed(wanted) === wanted ? wanted : staffed(wanted) + rng.int(45 * 60_000);
      const triaged = staffed(firstResponse + rng.lognormal(1.6 * HOUR, 0.8) * load);
      const resolved = triaged + rng.lognormal(5 * HOUR, 0.9) * load * (kind === 'Product gap' ? 2 : 1);
      const team = isRecall ? 'Customer Care' : rng.weighted(ROUTING[kind]);
      const buyer = (kind === 'Complaint' || kind === 'Question' || isRecall) && rng.chance(0.7) ? pickBuyer(rng, recentBuyers, day.index) : undefined;
      const refund = isRecall ? rng.chance(0.85) : kind === 'Complaint' && rng.chance(0.2);
      const after = buyer ? byCustomer.get(buyer)!.some((t) => t > resolved) : false;
      cases.push({
        id: `CS-${day.iso.slice(0, 4)}-${String(++seq).padStart(6, '0')}`,
        opened,
        firstResponse: firstResponse < end ? firstResponse : undefined,
        triaged: triaged < end ? triaged : undefined,
        resolved: resolved < end ? resolved : undefined,
        network: rng.weighted(NETWORKS),
        handle: pool.anyone.draw(rng).handle,
        kind,
        team,
        theme: isRecall ? 'Firn jacket recall' : rng.pick(THEMES[kind]),
        sentiment: kind === 'Praise' ? 'Positive' : kind === 'Complaint' ? (rng.chance(0.88) ? 'Negative' : 'Neutral') : rng.chance(0.8) ? 'Neutral' : rng.pick(['Positive', 'Negative']),
        refund,
        refundAmount: refund ? (isRecall ? 289 : rng.pick(PRODUCTS).price) : undefined,
        customer: buyer,
        retained: buyer ? after || (resolved >= end - 30 * DAY ? undefined : false) : undefined,
      });
    }
  }
  cases.sort((a, b) => a.opened - b.opened || a.id.localeCompare(b.id));
  const t = (x: number | undefined) => (x === undefined ? '' : utcIsoZ(x));
  const yesNo = (x: boolean | undefined) => (x === undefined ? '' : x ? 'Yes' : 'No');
  return {
    name: CARE_FILE,
    entity: 'care_cases',
    header: [
      'Case ID', 'Created', 'First Reply', 'Triaged', 'Solved', 'Network', 'Customer', 'Case Type', 'Assigned Team', 'Theme', 'Sentiment',
      'Refund', 'Refund Amount', 'Customer Retained', 'Customer ID',
    ],
    rows: cases.map((c) => [
      c.id, t(c.opened), t(c.firstResponse), t(c.triaged), t(c.resolved), c.network, c.handle, c.kind, c.team, c.theme, c.sentiment,
      yesNo(c.refund), c.refundAmount === undefined ? '' : plainMoney(c.refundAmount), yesNo(c.retained), c.customer ?? '',
    ]),
  };
}

/** A customer who ordered in the 60 days before. */
function pickBuyer(rng: Rng, recentBuyers: string[][], index: number): string | undefined {
  for (let attempt = 0; attempt < 5; attempt++) {
    const list = recentBuyers[Math.max(0, index - rng.int(60))];
    if (list.length) return rng.pick(list);
  }
  return undefined;
}
