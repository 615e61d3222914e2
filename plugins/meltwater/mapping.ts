/**
 * How a Meltwater export's columns become mentions. The mapping is made from the file's header,
 * so both layouts read with one plugin: the current one (Title, Author Handle) and the older one
 * (Headline, Influencer, and a Date cell that carries the time as well).
 */
import { sentimentMap, type FieldMapping, type TrackedPattern } from 'cadence/plugin';

/** Names that identify the header row of a Meltwater export (whatever junk lines precede it). */
export const headerHint = ['Date', 'URL'];

/**
 * strptime formats of `{Date} {Time}`, tried in order. Meltwater writes the day as `02-Apr-2024`
 * and the time as `07:12 AM`; the older layout's Date already holds the time (`02-Apr-2024
 * 07:12AM`), so the joined text repeats it, which the formats with two times read. US and ISO
 * forms follow for exports made with another date setting.
 */
export const dateTimeFormats = [
  '%d-%b-%Y %I:%M %p',
  '%d-%b-%Y %I:%M%p',
  '%d-%b-%Y %H:%M',
  '%d-%b-%Y %H:%M:%S',
  '%d-%b-%Y %I:%M%p %I:%M %p',
  '%d-%b-%Y %I:%M %p %I:%M %p',
  '%d-%b-%Y %I:%M%p %I:%M%p',
  '%d-%b-%Y %H:%M %H:%M',
  '%m/%d/%Y %I:%M %p',
  '%m/%d/%Y %H:%M',
  '%m/%d/%Y %H:%M:%S',
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%d %H:%M',
];

/** strptime formats of a Date cell read alone (an export without the Time column). */
export const dateOnlyColumnFormats = ['%d-%b-%Y %I:%M%p', '%d-%b-%Y %I:%M %p', '%d-%b-%Y %H:%M', '%m/%d/%Y %I:%M %p', '%m/%d/%Y %H:%M', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M'];

/** Meltwater's Source Type → platform (lower case). Other values are kept as Meltwater wrote them. */
export const platformMap: Record<string, string> = {
  news: 'news',
  'online news': 'news',
  print: 'print',
  broadcast: 'broadcast',
  blogs: 'blog',
  blog: 'blog',
  forums: 'forum',
  forum: 'forum',
  comments: 'comments',
  reviews: 'review',
  review: 'review',
  podcasts: 'podcast',
  podcast: 'podcast',
  x: 'twitter',
  twitter: 'twitter',
  'x (twitter)': 'twitter',
  facebook: 'facebook',
  instagram: 'instagram',
  reddit: 'reddit',
  youtube: 'youtube',
  tiktok: 'tiktok',
  linkedin: 'linkedin',
  pinterest: 'pinterest',
  threads: 'threads',
  bluesky: 'bluesky',
  twitch: 'twitch',
};

/** Meltwater's Source Type → the entity's source_type; anything else is "other". */
export const sourceTypeMap: Record<string, string> = {
  news: 'news',
  'online news': 'news',
  print: 'news',
  blogs: 'blog',
  blog: 'blog',
  forums: 'forum',
  forum: 'forum',
  comments: 'forum',
  reviews: 'review',
  review: 'review',
  podcasts: 'podcast',
  podcast: 'podcast',
  youtube: 'video',
  twitch: 'video',
  broadcast: 'video',
  x: 'social',
  twitter: 'social',
  'x (twitter)': 'social',
  facebook: 'social',
  instagram: 'social',
  reddit: 'social',
  tiktok: 'social',
  linkedin: 'social',
  pinterest: 'social',
  threads: 'social',
  bluesky: 'social',
  '*': 'other',
};

export interface MeltwaterMappingOptions {
  /** Patterns of the tracked names (trackedPatterns(ctx.tracked)), for matched_kind/matched_name. */
  tracked: TrackedPattern[];
  /** strptime formats replacing the built-in ones. */
  dateFormat?: string[];
  /** Field mappings applied over the built-in ones. */
  overrides?: Record<string, FieldMapping>;
}

export interface MeltwaterMapping {
  columns: Record<string, FieldMapping>;
  /** "current" (Title, Author Handle) or "older" (Headline, Influencer). */
  layout: 'current' | 'older';
}

/** The first of `names` the header holds (trimmed, case-insensitive), as the header spells it. */
export function pick(header: string[], ...names: string[]): string | undefined {
  const fold = (s: string) => s.trim().toLowerCase();
  for (const name of names) {
    const found = header.find((h) => fold(h) === fold(name));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The mentions mapping for a Meltwater header. Columns a layout lacks are left out (their fields
 * stay empty); the ones every export has (Date, URL, Source Type or Source) are always mapped, so a file
 * without them fails with CADENCE_CSV_MISSING_COLUMN naming the column.
 */
export function meltwaterMapping(header: string[], o: MeltwaterMappingOptions): MeltwaterMapping {
  const has = (...names: string[]) => pick(header, ...names);
  const layout = has('Headline', 'Influencer') && !has('Title', 'Author Handle') ? 'older' : 'current';
  const date = has('Date') ?? 'Date';
  // The current layout's Date is the day alone, so its Time is required; the older Date carries the time.
  const time = has('Time') ?? (layout === 'current' ? 'Time' : undefined);
  const title = has('Title', 'Headline');
  const author = has('Author Handle', 'Influencer');
  const sourceType = has('Source Type');
  // Older exports without Source Type name the network in Source (Twitter, Facebook, Blogs, …)
  // and, for news, the outlet: anything not a known network there is news.
  const source = sourceType === undefined ? has('Source') : undefined;
  const text = has('Hit Sentence', 'Opening Text');
  const m: Record<string, FieldMapping> = {
    published_at: time
      ? { template: `{${date}} {${time}}`, format: o.dateFormat ?? dateTimeFormats }
      : { column: date, format: o.dateFormat ?? dateOnlyColumnFormats },
    platform: source ? { column: source, map: { ...platformMap, '*': 'news' } } : { column: sourceType ?? 'Source Type', map: platformMap },
    source_type: source ? { column: source, map: { ...sourceTypeMap, '*': 'news' } } : { column: sourceType ?? 'Source Type', map: sourceTypeMap },
    url: has('URL') ?? 'URL',
  };
  const optional: [field: string, mapping: (column: string) => FieldMapping, ...names: string[]][] = [
    ['id', (c) => c, 'Document ID'],
    ['domain', (c) => c, 'Source Domain'],
    ['author_handle', (c) => ({ column: c, pattern: '^@?(.+)$' }), 'Author Handle', 'Influencer'],
    ['author_name', (c) => c, 'Author Name'],
    ['title', (c) => c, 'Title', 'Headline'],
    ['text', (c) => c, 'Hit Sentence', 'Opening Text'],
    ['language', (c) => c, 'Language'],
    ['country', (c) => c, 'Country'],
    // Unknown labels ("Unknown", "Not Rated", anything new) leave sentiment empty; the original stays.
    ['sentiment', (c) => ({ column: c, map: { ...sentimentMap, '*': null } }), 'Sentiment'],
    ['sentiment_original', (c) => c, 'Sentiment'],
    ['reach', (c) => c, 'Reach'],
    ['engagement', (c) => c, 'Engagement'],
    ['likes', (c) => c, 'Likes'],
    ['comments', (c) => c, 'Replies', 'Comments'],
    ['shares', (c) => c, 'Reposts', 'Shares', 'Retweets'],
    ['query', (c) => c, 'Input Name'],
    ['hashtags', (c) => c, 'Hashtags'],
    ['links', (c) => c, 'Links'],
  ];
  for (const [field, mapping, ...names] of optional) {
    const column = has(...names);
    if (column !== undefined) m[field] = mapping(column);
  }
  if (m['reach']) m['reach_kind'] = { value: 'estimated' };
  const matchOn = [title, text, has('Opening Text'), author].filter((c, i, all): c is string => c !== undefined && all.indexOf(c) === i);
  if (o.tracked.length && matchOn.length) {
    m['matched_kind'] = { match: matchOn, patterns: o.tracked.map((p) => ({ value: p.kind, regex: p.regex })) };
    m['matched_name'] = { match: matchOn, patterns: o.tracked.map((p) => ({ value: p.name, regex: p.regex })) };
  }
  return { columns: { ...m, ...o.overrides }, layout };
}
