/**
 * The field mapping of a Brandwatch export, made from the header of each file: exports differ by
 * version and by the columns the user picked, so only columns the header has are mapped.
 */
import { CadenceError, sentimentMap, trackedPatterns, type FieldMapping, type TrackedNames } from 'cadence/plugin';
import { platformOfPageType, reachKind, sourceTypeOfPageType, unknownPlatform } from '../vocabulary.ts';

/** Names that identify the header row (all of them must be in it). */
export const headerHint = ['Date', 'Url'];

/** Date formats of the Date column: "2024-03-01 09:15:00.0" in CSV, without fraction in XLSX copies. */
export const dateFormats = ['%Y-%m-%d %H:%M:%S.%g', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M', '%Y-%m-%dT%H:%M:%S.%g', '%Y-%m-%dT%H:%M:%S', '%Y-%m-%d'];

/** Per-network counters of older and wider exports, summed when the export has no total column. */
const likeColumns = ['Twitter Likes', 'Facebook Likes', 'Instagram Likes', 'Youtube Likes', 'YouTube Likes', 'Tiktok Likes', 'TikTok Likes', 'Bluesky Likes', 'Threads Likes', 'Linkedin Likes', 'LinkedIn Likes'];
const commentColumns = ['Twitter Reply Count', 'Twitter Replies', 'Facebook Comments', 'Instagram Comments', 'Reddit Comments', 'Youtube Comments', 'YouTube Comments', 'Tiktok Comments', 'TikTok Comments', 'Bluesky Replies', 'Threads Replies', 'Linkedin Comments', 'LinkedIn Comments'];
const shareColumns = ['Twitter Retweets', 'Facebook Shares', 'Tiktok Shares', 'TikTok Shares', 'Bluesky Reposts', 'Threads Reposts', 'Linkedin Shares', 'LinkedIn Shares'];
const followerColumns = ['Twitter Followers', 'Instagram Followers', 'Facebook Followers', 'Tiktok Followers', 'TikTok Followers', 'Bluesky Followers', 'Youtube Subscribers', 'YouTube Subscribers', 'Threads Followers', 'Linkedin Followers', 'LinkedIn Followers'];

const fold = (s: string) => s.trim().toLowerCase();

/** What a header has: the exact header name of the first of `names` present. */
function lookup(header: string[]) {
  const byName = new Map<string, string>();
  for (const h of header) if (!byName.has(fold(h))) byName.set(fold(h), h);
  const first = (...names: string[]) => names.map((n) => byName.get(fold(n))).find((h) => h !== undefined);
  const all = (names: string[]) => [...new Set(names.map((n) => byName.get(fold(n))).filter((h): h is string => h !== undefined))];
  return { first, all };
}

/** A count: the total column when there is one, else the sum of the per-network ones. */
function countOf(has: ReturnType<typeof lookup>, totals: string[], perNetwork: string[]): FieldMapping | undefined {
  const total = has.first(...totals);
  if (total) return total;
  const parts = has.all(perNetwork);
  return parts.length ? { sum: parts } : undefined;
}

/**
 * Field → mapping for a file with this header. `tracked` gives the patterns of matched_name and
 * matched_kind: the first tracked name (brand, competitors, public faces, influencers, topics)
 * that the full text, title or query name of a row contains.
 */
export function exportColumns(header: string[], tracked: TrackedNames): Record<string, FieldMapping> {
  const has = lookup(header);
  if (!has.first('Query Id') && !has.first('Full Text')) {
    throw new CadenceError('CADENCE_CSV_HEADER_NOT_FOUND', `The row holding Date and Url has neither "Query Id" nor "Full Text", so it is not the header of a Brandwatch mentions export. Its columns: ${header.join(', ')}.`, {
      hint: 'Export the mentions again from Brandwatch Consumer Research (Mentions → Download, CSV or XLSX), or read this file with the csv source and a mapping of your own.',
    });
  }
  const m: Record<string, FieldMapping | undefined> = {};
  const date = has.first('Date')!;
  const url = has.first('Url');
  const queryName = has.first('Query Name');
  const pageType = has.first('Page Type');
  const domain = has.first('Domain');

  const resourceId = has.first('Resource Id');
  m.id = resourceId ?? url ?? { hash: has.all(['Date', 'Query Id', 'Author', 'Title', 'Full Text', 'Snippet']) };
  m.published_at = { column: date, format: dateFormats };
  m.platform = pageType
    ? { column: pageType, map: platformOfPageType, default: unknownPlatform }
    : domain
      ? { column: domain, map: { 'twitter.com': 'twitter', 'x.com': 'twitter', 'facebook.com': 'facebook', 'instagram.com': 'instagram', 'reddit.com': 'reddit', 'youtube.com': 'youtube', 'tiktok.com': 'tiktok', '*': unknownPlatform }, default: unknownPlatform }
      : { value: unknownPlatform };
  if (pageType) m.source_type = { column: pageType, map: { ...sourceTypeOfPageType, '*': 'other' } };
  if (url) m.url = url;
  if (domain) m.domain = domain;
  const author = has.first('Author');
  if (author) m.author_handle = { column: author, pattern: '^@?(.+)$' };
  const authorName = has.first('Full Name') ?? author;
  if (authorName) m.author_name = authorName;
  const followers = has.all(followerColumns);
  if (followers.length) m.author_followers = followers.length === 1 ? followers[0]! : { sum: followers };
  const title = has.first('Title');
  if (title) m.title = title;
  const text = has.first('Full Text', 'Snippet');
  if (text) m.text = text;
  const language = has.first('Language');
  if (language) m.language = language;
  const country = has.first('Country', 'Country Code');
  if (country) m.country = country;
  const sentiment = has.first('Sentiment');
  if (sentiment) {
    m.sentiment = { column: sentiment, map: sentimentMap };
    m.sentiment_original = sentiment;
  }
  const reach = has.first('Reach', 'Reach (new)', 'Reach Estimate');
  if (reach) {
    m.reach = reach;
    m.reach_kind = { value: reachKind };
  }
  const impressions = has.first('Impressions');
  if (impressions) m.impressions = impressions;
  const engagement = has.first('Engagement', 'Engagement Score', 'Total Engagement');
  if (engagement) m.engagement = engagement;
  m.likes = countOf(has, ['Likes'], likeColumns);
  m.comments = countOf(has, ['Comments', 'Replies'], commentColumns);
  m.shares = countOf(has, ['Shares', 'Reposts'], shareColumns);
  if (queryName) m.query = queryName;
  const matchText = [text, title, queryName].filter((c): c is string => c !== undefined);
  const patterns = trackedPatterns(tracked);
  if (matchText.length && patterns.length) {
    m.matched_name = { match: matchText, patterns: patterns.map((p) => ({ value: p.name, regex: p.regex })) } as FieldMapping;
    m.matched_kind = { match: matchText, patterns: patterns.map((p) => ({ value: p.kind, regex: p.regex })) } as FieldMapping;
  }
  const hashtags = has.first('Hashtags');
  if (hashtags) m.hashtags = hashtags;
  const links = has.first('Expanded URLs', 'Expanded Urls', 'Links');
  if (links) m.links = links;
  const thread = has.first('Thread Id');
  if (thread) m.thread_id = thread;
  return Object.fromEntries(Object.entries(m).filter((e): e is [string, FieldMapping] => e[1] !== undefined));
}
