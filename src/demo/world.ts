/**
 * The fictional world of the demo: Alpenglow (outdoor gear), its competitors, the topics,
 * creators and public faces it listens for, its products, owned accounts and campaigns.
 * `cadence.config.ts` at the project root names the same people and hashtags.
 */

export const BRAND = 'Alpenglow';
export const BRAND_SITE = 'alpenglow.example';

export type TrackedKind = 'brand' | 'competitor' | 'topic' | 'influencer' | 'public_face';

export interface Sentiments {
  positive: number;
  neutral: number;
  negative: number;
}

/** One listening query: a tracked name with its daily volume and tone. */
export interface Query {
  id: number;
  name: string;
  kind: TrackedKind;
  /** Mentions a day before seasonality and trend. */
  perDay: number;
  /** Growth of the volume per year (brand grows faster than the market). */
  growth: number;
  sentiment: Sentiments;
  /** Handle of the person or brand, when the query is about an account. */
  handle?: string;
  /** Hashtags that mentions of this name often carry. */
  hashtags: string[];
  /** Products or aliases used in the text. */
  things: string[];
  weekly: 'chatter' | 'outdoor';
}

const s = (positive: number, neutral: number, negative: number): Sentiments => ({ positive, neutral, negative });

export const QUERIES: Query[] = [
  { id: 2003911801, name: 'Alpenglow', kind: 'brand', perDay: 44, growth: 0.12, sentiment: s(0.36, 0.51, 0.13), handle: 'alpenglow', hashtags: ['alpenglow', 'alpenglowcrew'], things: ['Firn shell jacket', 'Grat 30 pack', 'Sella trail shoes', 'Kamm UL tent', 'Glut down hoodie', 'Alpenglow'], weekly: 'chatter' },
  { id: 2003911802, name: 'Summitra', kind: 'competitor', perDay: 45, growth: 0.03, sentiment: s(0.3, 0.52, 0.18), handle: 'summitra', hashtags: ['summitra'], things: ['Apex Pro jacket', 'Cirrus 40 pack', 'Summitra'], weekly: 'chatter' },
  { id: 2003911803, name: 'Trailhaus', kind: 'competitor', perDay: 30, growth: 0.02, sentiment: s(0.33, 0.52, 0.15), handle: 'trailhaus', hashtags: ['trailhaus'], things: ['Trailhaus Vento shoes', 'Trailhaus', 'Basislager tent'], weekly: 'chatter' },
  { id: 2003911804, name: 'Nordpeak', kind: 'competitor', perDay: 24, growth: 0.04, sentiment: s(0.28, 0.55, 0.17), handle: 'nordpeak', hashtags: ['nordpeak'], things: ['Nordpeak Fjell parka', 'Nordpeak'], weekly: 'chatter' },
  { id: 2003911805, name: 'ultralight hiking', kind: 'topic', perDay: 12, growth: 0.05, sentiment: s(0.4, 0.55, 0.05), hashtags: ['ultralight', 'ultralighthiking', 'hikinggear'], things: ['base weight', 'a frameless pack', 'a 900 g tent', 'trekking poles'], weekly: 'outdoor' },
  { id: 2003911806, name: 'trail running', kind: 'topic', perDay: 14, growth: 0.06, sentiment: s(0.42, 0.53, 0.05), hashtags: ['trailrunning', 'trailrun', 'ultratrail'], things: ['vert', 'a 30 km loop', 'trail shoes', 'a running vest'], weekly: 'outdoor' },
  { id: 2003911807, name: 'Lena Hofer', kind: 'influencer', perDay: 3, growth: 0.2, sentiment: s(0.5, 0.46, 0.04), handle: 'lenaruns', hashtags: ['trailrunning'], things: ['Lena Hofer'], weekly: 'outdoor' },
  { id: 2003911808, name: 'Jonas Brandt', kind: 'influencer', perDay: 2.5, growth: 0.15, sentiment: s(0.48, 0.48, 0.04), handle: 'jonasgoeslight', hashtags: ['ultralight'], things: ['Jonas Brandt'], weekly: 'outdoor' },
  { id: 2003911809, name: 'Mia Castell', kind: 'influencer', perDay: 2, growth: 0.15, sentiment: s(0.52, 0.44, 0.04), handle: 'miaclimbs', hashtags: ['alpinism'], things: ['Mia Castell'], weekly: 'outdoor' },
  { id: 2003911810, name: 'Tom Okafor', kind: 'influencer', perDay: 2.5, growth: 0.05, sentiment: s(0.4, 0.5, 0.1), handle: 'gearwithtom', hashtags: ['gearreview'], things: ['Tom Okafor'], weekly: 'chatter' },
  { id: 2003911811, name: 'Katrin Vogel', kind: 'public_face', perDay: 1.2, growth: 0.05, sentiment: s(0.35, 0.58, 0.07), handle: 'katrinvogel', hashtags: [], things: ['Katrin Vogel'], weekly: 'chatter' },
  { id: 2003911812, name: 'Felix Moser', kind: 'public_face', perDay: 0.6, growth: 0.05, sentiment: s(0.33, 0.6, 0.07), handle: 'felixmoser', hashtags: [], things: ['Felix Moser'], weekly: 'chatter' },
  { id: 2003911813, name: 'Sara Lindqvist', kind: 'public_face', perDay: 1, growth: 0.08, sentiment: s(0.45, 0.5, 0.05), handle: 'saralindqvist', hashtags: ['alpenglowcrew'], things: ['Sara Lindqvist'], weekly: 'outdoor' },
];

export function queryByName(name: string): Query {
  const q = QUERIES.find((x) => x.name === name);
  if (!q) throw new Error(`unknown demo query ${name}`);
  return q;
}

/** The creators of the Trail stories series (their own accounts). */
export const CREATORS = [
  { name: 'Lena Hofer', handle: 'lenaruns', followers: 84_000 },
  { name: 'Jonas Brandt', handle: 'jonasgoeslight', followers: 52_000 },
  { name: 'Mia Castell', handle: 'miaclimbs', followers: 61_000 },
] as const;

/** Public faces who are employees (their own posts are flagged in listening). */
export const EMPLOYEES = [
  { name: 'Katrin Vogel', handle: 'katrinvogel', followers: 14_200 },
  { name: 'Felix Moser', handle: 'felixmoser', followers: 3_900 },
  { name: 'Sara Lindqvist', handle: 'saralindqvist', followers: 38_000 },
] as const;

export interface Campaign {
  id: string;
  name: string;
  start: string;
  end: string;
  objective: 'awareness' | 'engagement' | 'traffic' | 'leads' | 'sales' | 'advocacy';
  kind: string;
  hashtag: string;
  budget: number;
  channels: string[];
  /** Sprout tag on owned posts of the campaign. */
  tag: string;
  /** UTM campaign on links (the same as the id: the shop and the CRM use it as the campaign key). */
  utm: string;
}

export const CAMPAIGNS: Campaign[] = [
  { id: 'summer_sale_2025', name: 'Summer sale 2025', start: '2025-07-03', end: '2025-07-20', objective: 'sales', kind: 'sale', hashtag: 'alpenglowsummer', budget: 18_000, channels: ['Instagram', 'Facebook', 'Email'], tag: 'Summer sale', utm: 'summer_sale_2025' },
  { id: 'hut_to_hut_2025', name: 'Hut to hut', start: '2025-09-04', end: '2025-10-12', objective: 'engagement', kind: 'series', hashtag: 'huttohut', budget: 12_500, channels: ['Instagram', 'YouTube'], tag: 'Hut to hut', utm: 'hut_to_hut_2025' },
  { id: 'black_week_2025', name: 'Black Week 2025', start: '2025-11-24', end: '2025-12-01', objective: 'sales', kind: 'sale', hashtag: 'alpenglowblackweek', budget: 30_000, channels: ['Instagram', 'Facebook', 'TikTok', 'Email'], tag: 'Black Week', utm: 'black_week_2025' },
  { id: 'layering_guide_2026', name: 'Winter layering guide', start: '2026-01-12', end: '2026-02-22', objective: 'traffic', kind: 'content', hashtag: 'layerup', budget: 9_000, channels: ['Instagram', 'YouTube', 'LinkedIn'], tag: 'Layering guide', utm: 'layering_guide_2026' },
  { id: 'spring_trail_days_2026', name: 'Spring trail days', start: '2026-04-13', end: '2026-05-10', objective: 'leads', kind: 'event', hashtag: 'springtraildays', budget: 15_000, channels: ['Instagram', 'Facebook', 'Email'], tag: 'Spring trail days', utm: 'spring_trail_days_2026' },
  { id: 'trail_stories_2026', name: 'Trail stories', start: '2026-06-01', end: '2026-09-30', objective: 'awareness', kind: 'creator series', hashtag: 'trailstories', budget: 42_000, channels: ['Instagram', 'TikTok', 'YouTube'], tag: 'Trail stories', utm: 'trail_stories_2026' },
  { id: 'autumn_launch_2026', name: 'Autumn launch', start: '2026-09-01', end: '2026-09-30', objective: 'sales', kind: 'launch', hashtag: 'alpenglowautumn', budget: 65_000, channels: ['Instagram', 'Facebook', 'TikTok', 'YouTube', 'X', 'Email'], tag: 'Autumn launch', utm: 'autumn_launch_2026' },
];

export function campaign(id: string): Campaign {
  const c = CAMPAIGNS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown demo campaign ${id}`);
  return c;
}

/** The crisis of 2026-09-14: one news article and everybody who shared it. */
export const CRISIS = {
  day: '2026-09-14',
  url: 'https://news.example/alpenglow-jacket-recall',
  domain: 'news.example',
  title: 'Alpenglow recalls Firn rain jackets after seams fail in storm tests',
  outlet: 'Outdoor News Daily',
  author: 'Petra Albers',
  /** Mentions of the URL (the article and its sharers) on the day. */
  sharers: 105,
  /** Other negative brand mentions the story set off that day. */
  otherNegatives: 42,
} as const;

export const AUTUMN = campaign('autumn_launch_2026');
export const TRAIL_STORIES = campaign('trail_stories_2026');

/** Owned social accounts (Sprout profiles). */
export interface Account {
  network: 'Instagram' | 'Facebook' | 'LinkedIn' | 'X' | 'TikTok' | 'YouTube';
  profile: string;
  followers: number;
  /** Net follower growth per year as a fraction. */
  growth: number;
  postsPerDay: number;
  /** Typical engagement rate per impression. */
  engagementRate: number;
  /** Typical impressions of a post as a fraction of followers. */
  impressionRate: number;
}

export const ACCOUNTS: Account[] = [
  { network: 'Instagram', profile: 'alpenglow.outdoor', followers: 118_000, growth: 0.22, postsPerDay: 1.1, engagementRate: 0.046, impressionRate: 0.32 },
  { network: 'Facebook', profile: 'Alpenglow', followers: 64_000, growth: 0.03, postsPerDay: 0.7, engagementRate: 0.021, impressionRate: 0.18 },
  { network: 'LinkedIn', profile: 'Alpenglow GmbH', followers: 9_400, growth: 0.18, postsPerDay: 0.4, engagementRate: 0.038, impressionRate: 0.45 },
  { network: 'X', profile: 'alpenglow', followers: 27_500, growth: 0.01, postsPerDay: 0.9, engagementRate: 0.012, impressionRate: 0.25 },
  { network: 'TikTok', profile: 'alpenglow.outdoor', followers: 41_000, growth: 0.55, postsPerDay: 0.5, engagementRate: 0.071, impressionRate: 0.9 },
  { network: 'YouTube', profile: 'Alpenglow Outdoor', followers: 15_800, growth: 0.2, postsPerDay: 0.12, engagementRate: 0.052, impressionRate: 0.6 },
];

export const PRODUCTS = [
  { name: 'Firn shell jacket', price: 289 },
  { name: 'Grat 30 pack', price: 159 },
  { name: 'Sella trail shoes', price: 149 },
  { name: 'Kamm UL tent', price: 449 },
  { name: 'Glut down hoodie', price: 229 },
  { name: 'Merino base layer', price: 79 },
  { name: 'Trail socks (3-pack)', price: 29 },
  { name: 'Hüttenschlafsack liner', price: 49 },
] as const;
