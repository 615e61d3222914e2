/**
 * Listening data: the everyday chatter about Alpenglow, its competitors, topics, creators and
 * public faces, with weekday and yearly seasonality. Events (the crisis, campaigns) are added by
 * mention-events.ts; brandwatch-export.ts writes the lot as a Brandwatch-style export.
 */
import type { Author, AuthorPool, Site } from './authors.ts';
import { SITES } from './authors.ts';
import { CHATTER_WEEK, OUTDOOR_WEEK, type Day, weekFactor, yearlyFactor } from './calendar.ts';
import { mentionText, mentionTitle, slug } from './mention-text.ts';
import { type Rng, WeightedTable } from './random.ts';
import { BRAND_SITE, CREATORS, EMPLOYEES, QUERIES, type Query, type TrackedKind } from './world.ts';

export type Tone = 'positive' | 'neutral' | 'negative';
export type PageType = 'twitter' | 'instagram' | 'facebook' | 'tiktok' | 'youtube' | 'reddit' | 'news' | 'blog' | 'forum' | 'review';

export interface MentionDraft {
  at: number;
  query: Query;
  pageType: PageType;
  url: string;
  domain: string;
  authorName: string;
  authorHandle: string;
  followers: number;
  title?: string;
  text: string;
  language: string;
  country: string;
  tone: Tone;
  reach: number;
  impressions?: number;
  likes: number;
  comments: number;
  shares: number;
  hashtags: string[];
  links: string[];
  threadId?: string;
  employee: boolean;
}

const PLATFORMS: Record<'name' | 'topic' | 'person', [PageType, number][]> = {
  name: [['twitter', 30], ['instagram', 20], ['facebook', 10], ['tiktok', 7], ['youtube', 4], ['reddit', 10], ['news', 7], ['blog', 5], ['forum', 5], ['review', 2]],
  topic: [['instagram', 30], ['twitter', 15], ['reddit', 15], ['forum', 12], ['blog', 10], ['youtube', 8], ['tiktok', 8], ['news', 2]],
  person: [['instagram', 35], ['twitter', 20], ['youtube', 12], ['tiktok', 12], ['facebook', 8], ['news', 8], ['blog', 5]],
};

const HOURS: [number, number][] = [0.3, 0.2, 0.15, 0.1, 0.1, 0.2, 0.6, 1.2, 1.6, 1.7, 1.7, 1.8, 2.0, 1.9, 1.7, 1.6, 1.6, 1.7, 1.9, 2.1, 2.1, 1.8, 1.2, 0.6].map(
  (w, h) => [h, w] as [number, number],
);
const tables = new WeakMap<readonly (readonly [unknown, number])[], WeightedTable<unknown>>();
/** Draws from a constant weight table (cached cumulative weights: this runs ~100k times). */
function fast<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let table = tables.get(items);
  if (!table) {
    table = new WeightedTable(items.map((x) => x[0]), items.map((x) => x[1]));
    tables.set(items, table);
  }
  return table.draw(rng) as T;
}
const SITES_OF = new Map<string, Site[]>(['news', 'blog', 'forum', 'review'].map((k) => [k, SITES.filter((x) => x.kind === k)]));

const SUBREDDITS = ['Ultralight', 'CampingGear', 'trailrunning', 'hiking', 'Alps', 'BuyItForLife'];
const GENERAL_TAGS = ['hiking', 'outdoors', 'mountains', 'wandern', 'alps'];

export function familyOf(kind: TrackedKind): 'name' | 'topic' | 'person' {
  return kind === 'brand' || kind === 'competitor' ? 'name' : kind === 'topic' ? 'topic' : 'person';
}

export const SOCIAL: ReadonlySet<PageType> = new Set(['twitter', 'instagram', 'facebook', 'tiktok', 'youtube', 'reddit']);

/** A random instant in a Berlin day, following the daily rhythm of posting. */
export function instantIn(rng: Rng, day: Day, hours: readonly [number, number][] = HOURS): number {
  const h = fast(rng, hours);
  const at = day.start + h * 3_600_000 + rng.int(3_600_000);
  return Math.min(at, day.end - 1);
}

function digits(rng: Rng, n: number): string {
  let s = String(rng.between(1, 9));
  for (let i = 1; i < n; i++) s += String(rng.int(10));
  return s;
}

/** A plausible URL for a mention on a platform. */
export function mentionUrl(rng: Rng, pageType: PageType, handle: string, title: string, site?: Site): { url: string; domain: string; threadId?: string } {
  switch (pageType) {
    case 'twitter':
      return { url: `https://x.com/${handle}/status/${digits(rng, 19)}`, domain: 'x.com' };
    case 'instagram':
      return { url: `https://www.instagram.com/p/${rng.token(11)}/`, domain: 'instagram.com' };
    case 'facebook':
      return { url: `https://www.facebook.com/${handle}/posts/${digits(rng, 16)}`, domain: 'facebook.com' };
    case 'tiktok':
      return { url: `https://www.tiktok.com/@${handle}/video/${digits(rng, 19)}`, domain: 'tiktok.com' };
    case 'youtube':
      return { url: `https://www.youtube.com/watch?v=${rng.token(11)}`, domain: 'youtube.com' };
    case 'reddit': {
      const thread = rng.token(6);
      return { url: `https://www.reddit.com/r/${rng.pick(SUBREDDITS)}/comments/${thread}/${slug(title)}/`, domain: 'reddit.com', threadId: `t3_${thread}` };
    }
    case 'forum': {
      const thread = digits(rng, 6);
      return { url: `https://${site!.domain}/t/${slug(title)}/${thread}`, domain: site!.domain, threadId: thread };
    }
    case 'review':
      return { url: `https://${site!.domain}/review/${digits(rng, 8)}`, domain: site!.domain };
    default:
      return { url: `https://${site!.domain}/${slug(title)}-${digits(rng, 5)}`, domain: site!.domain };
  }
}

export interface DraftOptions {
  at: number;
  query: Query;
  tone: Tone;
  pageType?: PageType;
  author?: Author;
  text?: string;
  hashtags?: string[];
  links?: string[];
  /** Multiplies the engagement (viral content). */
  engagementBoost?: number;
}

/** Makes one mention with everything a listening tool would report about it. */
export function draftMention(rng: Rng, pool: AuthorPool, o: DraftOptions): MentionDraft {
  const fam = familyOf(o.query.kind);
  const pageType = o.pageType ?? fast(rng, PLATFORMS[fam]);
  const social = SOCIAL.has(pageType);
  const site = social ? undefined : rng.pick(SITES_OF.get(pageType)!);
  let author = o.author ?? pool.anyone.draw(rng);
  if (!o.author && o.query.kind === 'brand' && o.tone !== 'neutral' && rng.chance(0.22)) {
    const leaning = o.tone === 'positive' ? pool.advocates : pool.detractors;
    if (leaning.length) author = rng.pick(leaning);
  }
  const employee = EMPLOYEES.some((e) => e.handle === author.handle);
  const lang = social ? (author.language === 'de' && rng.chance(0.8) ? 'de' : 'en') : site!.language === 'de' ? 'de' : 'en';
  const thing = rng.pick(o.query.things);
  const text = o.text ?? mentionText(rng, o.query.kind, o.tone, lang, o.query.name, thing);
  const title = social && pageType !== 'reddit' && pageType !== 'youtube' ? undefined : mentionTitle(rng, o.tone, o.query.name, thing);
  const place = mentionUrl(rng, pageType, author.handle, title ?? text, site);

  const boost = o.engagementBoost ?? 1;
  let reach: number;
  let likes = 0;
  let comments = 0;
  let shares = 0;
  let impressions: number | undefined;
  if (social) {
    reach = author.followers;
    const rate = Math.min(0.25, rng.lognormal(0.018, 0.7));
    likes = rng.poisson(Math.max(0.5, reach * rate * boost));
    comments = Math.round(likes * rng.range(0.02, 0.12));
    shares = Math.round(likes * rng.range(0.01, 0.07) * (o.tone === 'negative' ? 2 : 1));
    if (pageType !== 'reddit') impressions = Math.round(reach * rng.range(0.12, 0.7) * Math.sqrt(boost));
  } else {
    reach = Math.round((site!.monthlyVisits / 30) * rng.lognormal(1, 0.35));
    comments = rng.poisson(pageType === 'forum' ? 6 : 1.5);
    shares = rng.poisson(Math.max(0.2, reach * 0.0006 * boost));
  }

  const hashtags = new Set<string>(o.hashtags ?? []);
  if (social) {
    const p = fam === 'topic' ? 0.45 : 0.28;
    if (o.query.hashtags.length && rng.chance(p)) hashtags.add(rng.pick(o.query.hashtags));
    if (rng.chance(0.18)) hashtags.add(rng.pick(GENERAL_TAGS));
  }
  const links = [...(o.links ?? [])];
  if (!o.links && o.query.kind === 'brand' && rng.chance(0.1)) links.push(`https://${BRAND_SITE}/products/${slug(thing)}`);

  return {
    at: o.at,
    query: o.query,
    pageType,
    url: place.url,
    domain: place.domain,
    // On news sites, blogs and forums the listening tool knows the byline, not a handle or followers.
    authorName: author.name,
    authorHandle: social ? author.handle : '',
    followers: social ? author.followers : 0,
    title,
    text,
    language: lang,
    country: social ? author.country : site!.country,
    tone: o.tone,
    reach,
    impressions,
    likes,
    comments,
    shares,
    hashtags: [...hashtags],
    links,
    threadId: place.threadId,
    employee,
  };
}

export function pickTone(rng: Rng, q: Query): Tone {
  const r = rng.next();
  const { positive, neutral, negative } = q.sentiment;
  const total = positive + neutral + negative;
  return r * total < positive ? 'positive' : r * total < positive + neutral ? 'neutral' : 'negative';
}

/** Expected mentions of a query on a day (seasonality and trend, no events). */
export function expectedMentions(q: Query, day: Day): number {
  const week = weekFactor(q.weekly === 'outdoor' ? OUTDOOR_WEEK : CHATTER_WEEK, day);
  return q.perDay * week * yearlyFactor(day) * (1 + (q.growth * day.index) / 365);
}

const PEOPLE: { name: string; handle: string; followers: number; employee: boolean }[] = [
  ...CREATORS.map((c) => ({ ...c, employee: false })),
  { name: 'Tom Okafor', handle: 'gearwithtom', followers: 126_000, employee: false },
  ...EMPLOYEES.map((e) => ({ ...e, employee: true })),
];

/** The account of a tracked person (creator or public face), as an author. */
export function personAuthor(handle: string, followersGrowth = 1): Author {
  const p = PEOPLE.find((x) => x.handle === handle);
  if (!p) throw new Error(`unknown demo person ${handle}`);
  return {
    name: p.name,
    handle: p.handle,
    followers: Math.round(p.followers * followersGrowth),
    country: p.employee ? 'Germany' : 'Austria',
    language: p.employee ? 'de' : 'en',
    leaning: 'none',
  };
}

/** Everyday chatter for every query and day. A third of a person's mentions are their own posts. */
export function baselineMentions(rng: Rng, pool: AuthorPool, days: readonly Day[]): MentionDraft[] {
  const out: MentionDraft[] = [];
  for (const day of days) {
    for (const query of QUERIES) {
      const n = rng.poisson(expectedMentions(query, day) * Math.exp(rng.normal(0, 0.1)));
      const person = query.kind === 'influencer' || query.kind === 'public_face';
      for (let i = 0; i < n; i++) {
        const own = person && query.handle !== undefined && rng.chance(0.33);
        const author = own ? personAuthor(query.handle!, 1 + (0.25 * day.index) / 365) : undefined;
        const tone = own && rng.chance(0.9) ? 'positive' : pickTone(rng, query);
        out.push(draftMention(rng, pool, { at: instantIn(rng, day), query, tone, author, pageType: own ? rng.pick(['instagram', 'twitter', 'youtube'] as const) : undefined }));
      }
    }
  }
  return out;
}
