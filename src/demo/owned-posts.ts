/**
 * Owned channels: the posts of Alpenglow's six accounts, with lifetime metrics that depend on the
 * account's audience that day, the content type and the campaign calendar. The Autumn launch
 * posts burst then fade; Trail stories episodes reach more people every week.
 */
import { type Day, OFFICE_WEEK, atLocal, daysSince, weekFactor } from './calendar.ts';
import type { Rng } from './random.ts';
import { ACCOUNTS, AUTUMN, type Account, CAMPAIGNS, type Campaign, CRISIS, PRODUCTS, TRAIL_STORIES } from './world.ts';

export type ContentType = 'Photo' | 'Carousel' | 'Reel' | 'Video' | 'Link' | 'Text';

export interface PostDraft {
  at: number;
  day: Day;
  account: Account;
  contentType: ContentType;
  text: string;
  campaign?: Campaign;
  hashtags: string[];
  boost: number;
  paid: boolean;
  /** Filled by measure(). */
  postId: string;
  link: string;
  impressions: number;
  paidImpressions: number;
  reach: number;
  reactions: number;
  comments: number;
  shares: number;
  saves: number;
  clicks: number;
  videoViews: number;
}

const CONTENT: Record<Account['network'], [ContentType, number][]> = {
  Instagram: [['Photo', 40], ['Carousel', 25], ['Reel', 35]],
  Facebook: [['Photo', 40], ['Link', 35], ['Video', 25]],
  LinkedIn: [['Photo', 30], ['Link', 50], ['Text', 20]],
  X: [['Text', 50], ['Photo', 30], ['Link', 20]],
  TikTok: [['Video', 1]],
  YouTube: [['Video', 1]],
};

const TEXTS = [
  'Meet the {p}: built for long days above the tree line.',
  'Your weekend plan, sorted. Where are you heading? Tell us below',
  'Behind the scenes at our repair workshop in Innsbruck: 1,200 jackets fixed this year.',
  'Layering 101: base, mid, shell. Which one do you skip?',
  'Sunrise, 2,900 m, and a flask of tea. Photo by our community.',
  'Five ways to make your {p} last longer.',
  'New colourway of the {p} just dropped.',
  '"The best gear is the gear you forget you\'re wearing." — our head of design',
];
const POST_HOURS: [number, number][] = [[7, 1], [8, 2], [9, 2], [10, 2], [11, 2], [12, 3], [13, 2], [15, 1], [17, 2], [18, 3], [19, 3], [20, 2], [21, 1]];

function digits(rng: Rng, n: number): string {
  let s = String(rng.between(1, 9));
  for (let i = 1; i < n; i++) s += String(rng.int(10));
  return s;
}

function place(rng: Rng, a: Account): { postId: string; link: string } {
  switch (a.network) {
    case 'Instagram': { const code = rng.token(11); return { postId: digits(rng, 17), link: `https://www.instagram.com/p/${code}/` }; }
    case 'Facebook': { const id = `104872233410568_${digits(rng, 15)}`; return { postId: id, link: `https://www.facebook.com/${id.replace('_', '/posts/')}` }; }
    case 'LinkedIn': { const id = `urn:li:activity:${digits(rng, 19)}`; return { postId: id, link: `https://www.linkedin.com/feed/update/${id}/` }; }
    case 'X': { const id = digits(rng, 19); return { postId: id, link: `https://x.com/alpenglow/status/${id}` }; }
    case 'TikTok': { const id = digits(rng, 19); return { postId: id, link: `https://www.tiktok.com/@alpenglow.outdoor/video/${id}` }; }
    case 'YouTube': { const id = rng.token(11); return { postId: id, link: `https://www.youtube.com/watch?v=${id}` }; }
  }
}

function activeCampaign(day: Day): Campaign | undefined {
  return CAMPAIGNS.find((c) => c.id !== TRAIL_STORIES.id && day.iso >= c.start && day.iso <= c.end);
}

function draft(rng: Rng, day: Day, account: Account, opts: Partial<PostDraft> = {}): PostDraft {
  const product = rng.pick(PRODUCTS).name;
  const hour = rng.weighted(POST_HOURS);
  return {
    at: atLocal(day, hour, rng.pick([0, 0, 15, 30, 30, 45]), 0),
    day,
    account,
    contentType: rng.weighted(CONTENT[account.network]),
    text: rng.pick(TEXTS).replaceAll('{p}', product),
    hashtags: [],
    boost: 1,
    paid: false,
    postId: '', link: '', impressions: 0, paidImpressions: 0, reach: 0, reactions: 0, comments: 0, shares: 0, saves: 0, clicks: 0, videoViews: 0,
    ...opts,
  };
}

function planPosts(rng: Rng, days: readonly Day[]): PostDraft[] {
  const posts: PostDraft[] = [];
  let episode = 0;
  for (const day of days) {
    const running = activeCampaign(day);
    for (const account of ACCOUNTS) {
      const n = rng.poisson(account.postsPerDay * weekFactor(OFFICE_WEEK, day) * 0.95);
      for (let i = 0; i < n; i++) {
        const tagged = running && running.channels.includes(account.network) && rng.chance(0.35);
        posts.push(draft(rng, day, account, tagged ? { campaign: running, hashtags: [running.hashtag] } : {}));
      }
    }
    // Autumn launch: a wave of posts on launch day, fewer every day after.
    const k = daysSince(day, AUTUMN.start);
    if (k >= 0 && day.iso <= AUTUMN.end) {
      const wave = k === 0 ? 6 : k === 1 ? 3 : k === 2 ? 2 : rng.chance(0.35) ? 1 : 0;
      for (let i = 0; i < wave; i++) {
        const account = ACCOUNTS[(i + k) % ACCOUNTS.length];
        posts.push(
          draft(rng, day, account, {
            campaign: AUTUMN,
            hashtags: ['alpenglowautumn', 'alpenglow'],
            text: k === 0 ? 'It\'s here: the Autumn collection. Warmer, lighter, repairable. #alpenglowautumn' : 'Autumn, sorted: which piece of the new collection is your favourite? #alpenglowautumn',
            boost: 1 + 3 * Math.exp(-k / 4),
            paid: account.network === 'Instagram' || account.network === 'Facebook',
          }),
        );
      }
    }
    // Trail stories: an episode every Thursday on Instagram and YouTube, a TikTok cut on Friday.
    if (day.iso >= TRAIL_STORIES.start && day.iso <= TRAIL_STORIES.end && (day.weekday === 4 || day.weekday === 5)) {
      const age = (episode - (day.weekday === 5 ? 1 : 0)) / 16;
      const networks = day.weekday === 4 ? ['Instagram', 'YouTube'] : ['TikTok'];
      for (const network of networks) {
        const account = ACCOUNTS.find((a) => a.network === network)!;
        posts.push(
          draft(rng, day, account, {
            at: atLocal(day, 18, 0, 0),
            contentType: network === 'Instagram' ? 'Reel' : 'Video',
            campaign: TRAIL_STORIES,
            hashtags: ['trailstories'],
            text: `Trail stories, episode ${Math.round(age * 16) + 1}. Out now with our creators.`,
            boost: 1 + 3 * age,
          }),
        );
      }
      if (day.weekday === 4) episode++;
    }
    // The crisis: an apology on three networks in the evening of 14 September.
    if (day.iso === CRISIS.day) {
      for (const network of ['X', 'Facebook', 'Instagram']) {
        const account = ACCOUNTS.find((a) => a.network === network)!;
        posts.push(
          draft(rng, day, account, {
            at: atLocal(day, 17, 30, 0),
            contentType: 'Text',
            text: 'An update on the Firn jacket: we are recalling it, and every customer gets a full refund.\nDetails: https://alpenglow.example/firn-recall',
            boost: 2.5,
          }),
        );
      }
    }
  }
  return posts.sort((a, b) => a.at - b.at || a.account.network.localeCompare(b.account.network));
}

/** Lifetime metrics of each post, given the account's audience on its day. */
function measure(rng: Rng, p: PostDraft, followers: number, crisisPost: boolean): void {
  Object.assign(p, place(rng, p.account));
  const video = p.contentType === 'Reel' || p.contentType === 'Video';
  // Series episodes perform steadily; everyday posts are hit and miss.
  const spread = p.campaign === TRAIL_STORIES ? 0.15 : 0.45;
  const organic = Math.round(followers * p.account.impressionRate * rng.lognormal(1, spread) * p.boost * (p.contentType === 'Reel' ? 1.6 : 1));
  p.paidImpressions = p.paid ? Math.round(organic * rng.range(0.8, 2.2)) : 0;
  p.impressions = organic + p.paidImpressions;
  p.reach = Math.round(p.impressions * rng.range(0.68, 0.9));
  const engagements = Math.round(p.impressions * p.account.engagementRate * rng.lognormal(1, 0.35));
  p.comments = Math.round(engagements * (crisisPost ? 0.35 : rng.range(0.03, 0.08)));
  p.shares = Math.round(engagements * rng.range(0.03, 0.09));
  p.saves = p.account.network === 'Instagram' || p.account.network === 'TikTok' ? Math.round(engagements * rng.range(0.03, 0.08)) : 0;
  p.clicks = p.contentType === 'Link' ? Math.round(engagements * rng.range(0.2, 0.4)) : Math.round(engagements * rng.range(0, 0.05));
  p.reactions = Math.max(0, engagements - p.comments - p.shares - p.saves - p.clicks);
  p.videoViews = video ? Math.round(p.impressions * rng.range(0.35, 0.75)) : 0;
  if (p.hashtags.length) p.text = p.text.includes('#') ? p.text : `${p.text} ${p.hashtags.map((h) => `#${h}`).join(' ')}`;
}

/** Plans the posts; metrics need the account's audience, given by `followersOn`. */
export function ownedPosts(rng: Rng, days: readonly Day[], followersOn: (account: Account, day: Day) => number): PostDraft[] {
  const posts = planPosts(rng, days);
  for (const p of posts) measure(rng, p, followersOn(p.account, p.day), p.day.iso === CRISIS.day && p.text.startsWith('An update'));
  return posts;
}
