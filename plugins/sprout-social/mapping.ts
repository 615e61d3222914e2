/**
 * How Sprout Social's report columns become posts and account snapshots. The mappings are made
 * from each file's header: columns Sprout always writes are always mapped (a file without them
 * fails with CADENCE_CSV_MISSING_COLUMN), the ones a report's column picker may leave out are
 * mapped when present.
 */
import { CadenceError, type FieldMapping } from 'cadence/plugin';

/** Names that identify the header row of either report. */
export const headerHint = ['Date', 'Profile'];

/** Post Performance Date: `09/14/2026 10:30 am` (the time zone of the Sprout settings). */
export const postDateFormats = ['%m/%d/%Y %I:%M %p', '%m/%d/%Y %I:%M:%S %p', '%m/%d/%Y %H:%M', '%m/%d/%Y %H:%M:%S', '%Y-%m-%d %H:%M:%S', '%Y-%m-%d %H:%M'];

/** Profile Performance Date: `09-14-2026` (a calendar day). */
export const profileDateFormats = ['%m-%d-%Y', '%m/%d/%Y', '%Y-%m-%d'];

/** Sprout's Network → platform (lower case). Other values are kept as Sprout wrote them. */
export const networkMap: Record<string, string> = {
  instagram: 'instagram',
  'instagram business': 'instagram',
  facebook: 'facebook',
  linkedin: 'linkedin',
  'linkedin company': 'linkedin',
  x: 'x',
  twitter: 'x',
  'x (twitter)': 'x',
  tiktok: 'tiktok',
  youtube: 'youtube',
  pinterest: 'pinterest',
  threads: 'threads',
  bluesky: 'bluesky',
  'google business profile': 'google_business',
  messenger: 'messenger',
};

/** Content Type → post_type. */
export const contentTypeMap: Record<string, string> = {
  photo: 'photo',
  image: 'photo',
  video: 'video',
  link: 'link',
  text: 'status',
  status: 'status',
  carousel: 'carousel',
  album: 'carousel',
  reel: 'reel',
  story: 'story',
};

/** The first of `names` the header holds (trimmed, case-insensitive), as the header spells it. */
export function pick(header: string[], ...names: string[]): string | undefined {
  const fold = (s: string) => s.trim().toLowerCase();
  for (const name of names) {
    const found = header.find((h) => fold(h) === fold(name));
    if (found !== undefined) return found;
  }
  return undefined;
}

type Optional = [field: string, mapping: (column: string) => FieldMapping, ...names: string[]];

function addOptional(header: string[], m: Record<string, FieldMapping>, optional: Optional[]): void {
  for (const [field, mapping, ...names] of optional) {
    const column = pick(header, ...names);
    if (column !== undefined && m[field] === undefined) m[field] = mapping(column);
  }
}

/** Throws when a file is the other report (a common mix-up of the two downloads). */
function refuseOtherReport(header: string[], want: 'posts' | 'profiles'): void {
  const isPosts = pick(header, 'Post ID', 'Post', 'Link') !== undefined;
  const isProfiles = pick(header, 'Audience', 'Net Audience Growth') !== undefined;
  if (want === 'posts' && isProfiles && !isPosts) {
    throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', 'This file is a Profile Performance export (it has Audience, no Post ID, Post or Link): set it as `profiles`, not `posts`.', { details: { header } });
  }
  if (want === 'profiles' && isPosts && !isProfiles) {
    throw new CadenceError('CADENCE_CSV_MAPPING_INVALID', 'This file is a Post Performance export (it has Post ID, Post or Link, no Audience): set it as `posts`, not `profiles`.', { details: { header } });
  }
}

/** Post Performance → posts. */
export function postsMapping(header: string[], overrides: Record<string, FieldMapping> = {}): Record<string, FieldMapping> {
  refuseOtherReport(header, 'posts');
  const network = pick(header, 'Network') ?? 'Network';
  const profile = pick(header, 'Profile') ?? 'Profile';
  const m: Record<string, FieldMapping> = {
    published_at: { column: pick(header, 'Date') ?? 'Date', format: postDateFormats },
    platform: { column: network, map: networkMap },
    account_id: profile,
    account_name: profile,
  };
  addOptional(header, m, [
    // Without Post ID the store derives the id from platform, url and published_at.
    ['id', (c) => c, 'Post ID'],
    ['post_type', (c) => ({ column: c, map: contentTypeMap }), 'Content Type', 'Post Type'],
    ['url', (c) => c, 'Link', 'Permalink'],
    ['text', (c) => c, 'Post', 'Message'],
    ['impressions', (c) => c, 'Impressions'],
    ['reach', (c) => c, 'Reach'],
    ['engagements', (c) => c, 'Engagements'],
    ['reactions', (c) => c, 'Reactions'],
    ['likes', (c) => c, 'Likes'],
    ['comments', (c) => c, 'Comments'],
    ['shares', (c) => c, 'Shares'],
    ['saves', (c) => c, 'Saves'],
    ['clicks', (c) => c, 'Post Link Clicks', 'Link Clicks'],
    ['video_views', (c) => c, 'Video Views'],
    // A Boosted column says it; else any paid impressions do ("0" → organic, blank → unknown).
    ['paid', (c) => c, 'Boosted'],
    ['paid', (c) => ({ column: c, map: { '0': false, '*': true } }), 'Paid Impressions'],
    ['hashtags', (c) => c, 'Hashtags'],
  ]);
  return { ...m, ...overrides };
}

/** Profile Performance → account_snapshots (the id is derived from platform, account and day). */
export function profilesMapping(header: string[], overrides: Record<string, FieldMapping> = {}): Record<string, FieldMapping> {
  refuseOtherReport(header, 'profiles');
  const profile = pick(header, 'Profile') ?? 'Profile';
  const m: Record<string, FieldMapping> = {
    date: { column: pick(header, 'Date') ?? 'Date', format: profileDateFormats },
    platform: { column: pick(header, 'Network') ?? 'Network', map: networkMap },
    account_id: profile,
    account_name: profile,
  };
  addOptional(header, m, [
    ['followers', (c) => c, 'Audience', 'Followers'],
    ['net_follower_growth', (c) => c, 'Net Audience Growth', 'Net Follower Growth'],
    ['new_followers', (c) => c, 'Audience Gained', 'Followers Gained'],
    ['impressions', (c) => c, 'Impressions'],
    ['engagements', (c) => c, 'Engagements'],
    ['profile_visits', (c) => c, 'Profile Views', 'Profile Visits'],
    ['posts_published', (c) => c, 'Published Posts', 'Posts Published'],
  ]);
  return { ...m, ...overrides };
}
