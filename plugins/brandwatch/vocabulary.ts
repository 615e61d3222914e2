/**
 * Brandwatch's page types (the "Page Type" column, `pageType` in the API) as Cadence platforms
 * and source types. Keys are lower case; both the bulk mapping (case-insensitive `map`) and the
 * API records use these tables, so a file and the API give the same values.
 */

/** Page type → platform. A page type not listed is kept as Brandwatch wrote it. */
export const platformOfPageType: Record<string, string> = {
  twitter: 'twitter',
  x: 'twitter',
  facebook: 'facebook',
  instagram: 'instagram',
  tiktok: 'tiktok',
  youtube: 'youtube',
  reddit: 'reddit',
  linkedin: 'linkedin',
  tumblr: 'tumblr',
  bluesky: 'bluesky',
  threads: 'threads',
  'sina weibo': 'weibo',
  weibo: 'weibo',
  vk: 'vk',
  qq: 'qq',
  twitch: 'twitch',
  news: 'news',
  blog: 'blog',
  forum: 'forum',
  review: 'review',
  podcast: 'podcast',
};

/** Page type → source type (the mentions entity's broad kind); anything else is "other". */
export const sourceTypeOfPageType: Record<string, string> = {
  twitter: 'social',
  x: 'social',
  facebook: 'social',
  instagram: 'social',
  tiktok: 'social',
  linkedin: 'social',
  tumblr: 'social',
  bluesky: 'social',
  threads: 'social',
  'sina weibo': 'social',
  weibo: 'social',
  vk: 'social',
  qq: 'social',
  youtube: 'video',
  twitch: 'video',
  news: 'news',
  blog: 'blog',
  forum: 'forum',
  reddit: 'forum',
  review: 'review',
  podcast: 'podcast',
};

/** Platform of a page type for API records (lower case, unknown ones kept). */
export function platformOf(pageType: string | null | undefined): string | null {
  const key = pageType?.trim().toLowerCase();
  if (!key) return null;
  return platformOfPageType[key] ?? key;
}

export function sourceTypeOf(pageType: string | null | undefined): string | null {
  const key = pageType?.trim().toLowerCase();
  if (!key) return null;
  return sourceTypeOfPageType[key] ?? 'other';
}

/** Platform used when a row names no page type at all. */
export const unknownPlatform = 'other';

/** Brandwatch's reach is its own estimate of the potential audience, for every page type. */
export const reachKind = 'estimated';
