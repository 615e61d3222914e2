/**
 * One mention of the API (`results[]` of /data/mentions) as a mentions record. Field names follow
 * Brandwatch's Mention Field Definitions; absent or null fields stay empty.
 */
import { matchTracked, normalizeSentiment, type TrackedPattern } from 'cadence/plugin';
import { platformOf, reachKind, sourceTypeOf, unknownPlatform } from '../vocabulary.ts';

export type ApiMention = Record<string, unknown>;

const str = (v: unknown): string | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return null;
  const t = v.trim();
  return t === '' ? null : t;
};

/** A non-negative whole count, or null ("1,701" and 12.0 are read; anything else is not). */
const count = (v: unknown): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v.replaceAll(',', '')) : NaN;
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
};

/** The first of these fields that holds a count. */
const firstCount = (m: ApiMention, ...keys: string[]) => keys.map((k) => count(m[k])).find((n) => n !== null) ?? null;

/** Sum of the per-network counts present, or null when none is. */
const sumCounts = (m: ApiMention, keys: string[]) => {
  const values = keys.map((k) => count(m[k])).filter((n): n is number => n !== null);
  return values.length ? values.reduce((a, b) => a + b, 0) : null;
};

/** A list given as an array or as "a, b c" text. */
const list = (v: unknown): string[] | null => {
  const items = Array.isArray(v) ? v.map(str) : typeof v === 'string' ? v.split(/[\s,;|]+/) : [];
  const out = items.filter((x): x is string => !!x && x.trim() !== '').map((x) => x.trim());
  return out.length ? out : null;
};

/** Brandwatch dates ("2024-03-01T09:15:00.000+0000") as instants; null when unreadable. */
export function parseApiDate(v: unknown): Date | null {
  const s = str(v);
  if (!s) return null;
  const d = new Date(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The mention's id: Brandwatch's resourceId, else its guid. */
export const mentionId = (m: ApiMention) => str(m.resourceId) ?? str(m.guid);

export function mentionRecord(m: ApiMention, patterns: TrackedPattern[]): Record<string, unknown> {
  const pageType = str(m.pageType);
  const text = str(m.fullText) ?? str(m.snippet);
  const title = str(m.title);
  const queryName = str(m.queryName);
  const matched = matchTracked([text, title, queryName].filter(Boolean).join(' '), patterns);
  const sentiment = str(m.sentiment);
  const reach = firstCount(m, 'reachEstimate', 'reach');
  const author = str(m.author);
  return {
    id: mentionId(m),
    published_at: parseApiDate(m.date),
    platform: platformOf(pageType) ?? unknownPlatform,
    source_type: sourceTypeOf(pageType),
    url: str(m.url),
    domain: str(m.domain),
    author_name: str(m.fullname) ?? author,
    author_handle: author ? author.replace(/^@/, '') : null,
    author_followers: firstCount(m, 'twitterFollowers', 'instagramFollowerCount', 'facebookFollowers', 'tiktokFollowers', 'blueskyFollowers', 'youtubeSubscriberCount', 'followers'),
    title,
    text,
    language: str(m.language),
    country: str(m.country) ?? str(m.countryCode),
    sentiment: normalizeSentiment(sentiment),
    sentiment_original: sentiment,
    reach,
    reach_kind: reach !== null ? reachKind : null,
    impressions: firstCount(m, 'impressions'),
    engagement: firstCount(m, 'engagement', 'engagementScore', 'totalEngagement'),
    likes: firstCount(m, 'likes') ?? sumCounts(m, ['twitterLikeCount', 'facebookLikes', 'instagramLikeCount', 'youtubeLikeCount', 'tiktokLikes', 'blueskyLikes', 'threadsLikes', 'linkedinLikes']),
    comments: firstCount(m, 'comments', 'replies') ?? sumCounts(m, ['twitterReplyCount', 'facebookComments', 'instagramCommentCount', 'redditComments', 'youtubeCommentCount', 'tiktokComments', 'blueskyReplies', 'threadsReplies', 'linkedinComments']),
    shares: firstCount(m, 'shares', 'reposts') ?? sumCounts(m, ['twitterRetweets', 'facebookShares', 'tiktokShares', 'blueskyReposts', 'threadsReposts', 'linkedinShares']),
    query: queryName,
    matched_kind: matched?.kind ?? null,
    matched_name: matched?.name ?? null,
    hashtags: list(m.hashtags)?.map((h) => h.replace(/^#/, '').toLowerCase()) ?? null,
    links: list(m.expandedUrls),
    thread_id: str(m.threadId),
  };
}
