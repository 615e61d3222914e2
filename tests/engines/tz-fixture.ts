/**
 * Time-zone edge fixtures for the engine parity suite: a year of mentions, posts, care cases,
 * orders and leads whose instants fall every few minutes, thickest around the reporting zone's
 * clock changes, with a news story (a burst of negative brand mentions sharing a URL) on the
 * day of each change, so that days, weeks, the typical day, anomalies and their drivers are all
 * cut across a change. Deterministic (a seeded generator).
 */
import type { CadenceConfig } from '../../src/core/schema/config.ts';
import { configSchema } from '../../src/core/schema/config.ts';
import type { Rows } from '../site/fixtures/data-folder.ts';

/** The zones and the local days of their 2026 clock changes (spring, autumn). */
export const zoneChanges = {
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Europe/Berlin': ['2026-03-29', '2026-10-25'],
  'Australia/Lord_Howe': ['2026-04-05', '2026-10-04'],
} as const;
export type Zone = keyof typeof zoneChanges;

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function tzConfig(zone: Zone): CadenceConfig {
  return configSchema.parse({
    brand: { name: 'Alpenglow', aliases: ['alpenglow gear'], hashtags: ['#alpenglow'] },
    competitors: [{ name: 'Summit Co' }, { name: 'Ridge' }],
    timezone: zone,
    currency: 'EUR',
  });
}

export function tzRows(zone: Zone): Rows {
  const r = rng(zone.length * 7919);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const changes = zoneChanges[zone].map((d) => Date.parse(`${d}T12:00:00Z`));
  const mentions: Record<string, unknown>[] = [];
  const posts: Record<string, unknown>[] = [];
  const care: Record<string, unknown>[] = [];
  const orders: Record<string, unknown>[] = [];
  const leads: Record<string, unknown>[] = [];
  const start = Date.UTC(2026, 0, 1);
  const end = Date.UTC(2026, 11, 1);
  const names = ['Alpenglow', 'alpenglow gear', 'Summit Co', 'Ridge', 'Other Brand'];
  const urls = ['https://news.example/a', 'https://blog.example/b', 'https://forum.example/c', null];
  let t = start;
  let i = 0;
  while (t < end) {
    // Every 20 minutes within two days of a change, else every 1–3 hours.
    const near = changes.some((c) => Math.abs(t - c) < 2 * 86_400_000);
    t += near ? 20 * 60_000 : Math.floor((60 + r() * 120) * 60_000);
    const at = new Date(t).toISOString();
    const name = pick(names);
    const kind = name === 'Summit Co' || name === 'Ridge' ? 'competitor' : name === 'Other Brand' ? null : 'brand';
    mentions.push({
      id: `m${i}`,
      published_at: at,
      platform: pick(['x', 'instagram', 'news', 'reddit']),
      source_type: pick(['social', 'news', 'blog', 'forum']),
      url: pick(urls),
      domain: pick(['news.example', 'blog.example', null]),
      author_name: `Author ${i % 37}`,
      author_handle: `@author${i % 37}`,
      author_followers: Math.floor(r() * 50_000),
      title: `Story ${i % 11}`,
      text: `About ${name} and the trail ${pick(['#alpenglow', '#hiking', '', '#gear'])} today`,
      sentiment: pick(['positive', 'neutral', 'negative', null]),
      reach: r() < 0.8 ? Math.floor(r() * 10_000) : null,
      reach_kind: pick(['estimated', 'actual', null]),
      engagement: r() < 0.7 ? Math.floor(r() * 300) : null,
      likes: Math.floor(r() * 100),
      comments: Math.floor(r() * 20),
      shares: r() < 0.6 ? Math.floor(r() * 40) : null,
      matched_kind: kind,
      matched_name: kind ? name : null,
      hashtags: r() < 0.5 ? [pick(['#alpenglow', '#hiking', '#Gear'])] : null,
    });
    if (i % 4 === 0) {
      posts.push({ id: `p${i}`, published_at: at, platform: pick(['instagram', 'x', 'linkedin']), account_id: 'acc1', impressions: Math.floor(r() * 5000) + 1, reach: Math.floor(r() * 4000) + 1, engagements: Math.floor(r() * 200), likes: Math.floor(r() * 150), comments: Math.floor(r() * 10), shares: Math.floor(r() * 10), saves: Math.floor(r() * 5), clicks: Math.floor(r() * 30) });
    }
    if (i % 6 === 0) {
      const opened = t;
      care.push({
        id: `c${i}`,
        opened_at: at,
        first_response_at: new Date(opened + Math.floor(r() * 30) * 3_600_000).toISOString(),
        resolved_at: r() < 0.8 ? new Date(opened + Math.floor(r() * 96) * 3_600_000).toISOString() : null,
        platform: 'x',
        kind: pick(['complaint', 'question', 'product_gap', 'content_gap', 'praise']),
        routed_team: pick(['customer_care', 'content', 'product']),
        theme: pick(['Zipper', 'zipper ', 'Sizing', 'Delivery']),
        sentiment: pick(['positive', 'neutral', 'negative']),
        refund: r() < 0.2,
        refund_amount: r() < 0.2 ? Math.round(r() * 10_000) / 100 : null,
        retained: r() < 0.5 ? r() < 0.7 : null,
        customer_id: `cu${i % 53}`,
      });
    }
    if (i % 5 === 0) {
      orders.push({ id: `o${i}`, ordered_at: at, customer_id: `cu${i % 97}`, amount: Math.round(r() * 30_000) / 100, currency: 'EUR', items: 1 + (i % 3), channel: pick(['organic_social', 'paid_social', 'direct', 'email']), is_social: r() < 0.4, refunded: r() < 0.05 });
    }
    if (i % 7 === 0) {
      leads.push({ id: `l${i}`, created_at: at, lifecycle_stage: pick(['lead', 'mql', 'sql', 'customer']), channel: pick(['organic_social', 'paid_social', 'direct']), is_social: r() < 0.5, archived: r() < 0.05 });
    }
    i++;
  }
  // A negative news story on each change day: 60 brand mentions at one URL, around local midnight and the change.
  for (const [k, c] of changes.entries()) {
    for (let j = 0; j < 60; j++) {
      const at = new Date(c - 14 * 3_600_000 + j * 23 * 60_000).toISOString();
      mentions.push({ id: `s${k}-${j}`, published_at: at, platform: 'news', source_type: 'news', url: 'https://news.example/recall', domain: 'news.example', author_name: `Reporter ${j % 5}`, author_handle: `@rep${j % 5}`, title: 'Alpenglow recalls stoves', text: `Alpenglow stove recall, story ${j}`, sentiment: 'negative', reach: 20_000 + j, reach_kind: 'actual', shares: j % 9, matched_kind: 'brand', matched_name: 'Alpenglow', links: ['https://news.example/recall'] });
    }
  }
  return { mentions, posts, care_cases: care, orders, leads };
}
