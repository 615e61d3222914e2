/**
 * Hootsuite publishes no column layout for its exports, so the plugin maps by header name: for
 * each entity field, the names Hootsuite (Analytics, post performance and profile metric
 * exports) and its metric library use for it, most specific first. Matching is trimmed and
 * case-insensitive; the first name the header holds wins.
 */
import type { FieldMapping } from 'cadence/plugin';

/** Hootsuite's social network names → platform (lower case). Others are kept as written. */
export const networkMap: Record<string, string> = {
  facebook: 'facebook',
  'facebook page': 'facebook',
  'facebook pages': 'facebook',
  instagram: 'instagram',
  'instagram business': 'instagram',
  'instagram direct': 'instagram',
  linkedin: 'linkedin',
  'linkedin page': 'linkedin',
  'linkedin company': 'linkedin',
  'linkedin company page': 'linkedin',
  'linkedin profile': 'linkedin',
  twitter: 'x',
  x: 'x',
  'x (twitter)': 'x',
  'x (formerly twitter)': 'x',
  tiktok: 'tiktok',
  'tiktok business': 'tiktok',
  youtube: 'youtube',
  'youtube channel': 'youtube',
  pinterest: 'pinterest',
  threads: 'threads',
  bluesky: 'bluesky',
};

/** Post or media type → post_type. Others are kept as written. */
export const postTypeMap: Record<string, string> = {
  photo: 'photo',
  image: 'photo',
  video: 'video',
  link: 'link',
  text: 'status',
  status: 'status',
  carousel: 'carousel',
  carousel_album: 'carousel',
  album: 'carousel',
  reel: 'reel',
  reels: 'reel',
  story: 'story',
};

/**
 * Formats of a date header that says it is GMT/UTC ("Date (GMT)"): the plugin appends " +0000"
 * to the cell so the store reads it as UTC whatever the project's time zone.
 */
export const gmtFormats = [
  '%Y-%m-%d %H:%M:%S',
  '%Y-%m-%d %H:%M',
  '%Y-%m-%dT%H:%M:%S',
  '%Y-%m-%dT%H:%M:%SZ',
  '%m/%d/%Y %I:%M %p',
  '%m/%d/%Y %I:%M:%S %p',
  '%m/%d/%Y %H:%M',
  '%m/%d/%Y %H:%M:%S',
  '%b %d, %Y %I:%M %p',
  '%b %d, %Y %I:%M:%S %p',
  '%d %b %Y %H:%M',
].map((f) => `${f} %z`);

/** One field: the header names that hold it, and how a found column is read. */
export interface Entry {
  field: string;
  names: string[];
  /** How the column is read (default: as is). `gmt` is true when the header name says GMT/UTC. */
  read?: (column: string, gmt: boolean) => FieldMapping;
}

/**
 * Formats of a date column in the export's time zone: ISO, or US month-first as Hootsuite writes
 * it ("03/05/2026 2:05 PM"). Given rather than detected, so a column whose every day is 12 or less
 * reads month-first instead of being refused as ambiguous.
 */
export const localFormats = [
  'iso',
  '%m/%d/%Y %I:%M %p',
  '%m/%d/%Y %I:%M:%S %p',
  '%m/%d/%Y %H:%M',
  '%m/%d/%Y %H:%M:%S',
  '%m/%d/%Y',
  '%b %d, %Y %I:%M %p',
  '%b %d, %Y %I:%M:%S %p',
  '%d %b %Y %H:%M',
];

const timestamp = (column: string, gmt: boolean): FieldMapping => (gmt ? { template: `{${column}} +0000`, format: gmtFormats } : { column, format: localFormats });

/** Names that say a date column is in UTC. */
export const isGmt = (name: string) => /\((gmt|utc)\)|\b(gmt|utc)\b/i.test(name);

const accountNames = ['Social Profile', 'Social Profile Name', 'Profile', 'Profile Name', 'Social Account', 'Account', 'Account Name', 'Page', 'Page Name', 'Channel'];

export const postsDictionary: Entry[] = [
  { field: 'id', names: ['Post ID', 'Post Id', 'Message ID', 'Social Network Post ID', 'Native Post ID', 'ID'] },
  {
    field: 'published_at',
    names: ['Date (GMT)', 'Date (UTC)', 'Post Date (GMT)', 'Published Date (GMT)', 'Post Date', 'Published Date', 'Date Published', 'Publish Date', 'Published', 'Published Time', 'Sent Date', 'Sent Time', 'Created Time', 'Post Time', 'Date & Time', 'Date'],
    read: timestamp,
  },
  { field: 'platform', names: ['Social Network', 'Network', 'Social Network Type', 'Platform', 'Channel Type'], read: (c) => ({ column: c, map: networkMap }) },
  { field: 'account_id', names: ['Social Profile ID', 'Social Profile Id', 'Profile ID', 'Account ID', 'Page ID', 'Channel ID'] },
  { field: 'account_name', names: accountNames },
  { field: 'post_type', names: ['Post Type', 'Media Type', 'Content Type', 'Message Type', 'Type'], read: (c) => ({ column: c, map: postTypeMap }) },
  { field: 'url', names: ['Post URL', 'Post Link', 'Post Permalink', 'Permalink', 'Link to Post', 'URL', 'Link'] },
  { field: 'text', names: ['Post Message', 'Message', 'Post Text', 'Post Content', 'Text', 'Content', 'Caption', 'Post'] },
  { field: 'impressions', names: ['Impressions', 'Post Impressions', 'Total Impressions', 'Lifetime Impressions', 'Impressions (Total)'] },
  { field: 'reach', names: ['Reach', 'Post Reach', 'Total Reach', 'Lifetime Reach', 'Unique Impressions'] },
  { field: 'engagements', names: ['Engagement', 'Engagements', 'Post Engagement', 'Post Engagements', 'Total Engagement', 'Total Engagements'] },
  { field: 'reactions', names: ['Reactions', 'Post Reactions', 'Total Reactions'] },
  { field: 'likes', names: ['Likes', 'Post Likes', 'Favorites', 'Favourites'] },
  { field: 'comments', names: ['Comments', 'Post Comments', 'Replies'] },
  { field: 'shares', names: ['Shares', 'Post Shares', 'Reposts', 'Retweets', 'Reshares'] },
  { field: 'saves', names: ['Saves', 'Saved', 'Post Saves'] },
  { field: 'clicks', names: ['Link Clicks', 'Post Link Clicks', 'Clicks', 'Post Clicks', 'Total Clicks'] },
  { field: 'video_views', names: ['Video Views', 'Post Video Views', 'Video Plays', 'Views', 'Plays'] },
  { field: 'followers_at_post', names: ['Followers at Time of Post', 'Followers at Post Time'] },
  { field: 'paid', names: ['Boosted', 'Promoted', 'Paid', 'Is Boosted'] },
  { field: 'campaign_id', names: ['Campaign', 'Campaign ID', 'Campaign Name'] },
  { field: 'hashtags', names: ['Hashtags'] },
];

export const profilesDictionary: Entry[] = [
  { field: 'date', names: ['Date (GMT)', 'Date (UTC)', 'Date', 'Day', 'Report Date'] },
  { field: 'platform', names: ['Social Network', 'Network', 'Social Network Type', 'Platform', 'Channel Type'], read: (c) => ({ column: c, map: networkMap }) },
  { field: 'account_id', names: ['Social Profile ID', 'Social Profile Id', 'Profile ID', 'Account ID', 'Page ID', 'Channel ID'] },
  { field: 'account_name', names: accountNames },
  { field: 'followers', names: ['Followers', 'Audience', 'Total Followers', 'Total Audience', 'Fans', 'Page Followers', 'Subscribers'] },
  { field: 'net_follower_growth', names: ['Net New Followers', 'Net Follower Growth', 'Net Followers', 'Net Audience Growth', 'Follower Growth', 'Net Subscribers'] },
  { field: 'new_followers', names: ['New Followers', 'Followers Gained', 'Gained Followers', 'Audience Gained', 'New Fans', 'New Subscribers'] },
  { field: 'impressions', names: ['Impressions', 'Profile Impressions', 'Page Impressions', 'Total Impressions'] },
  { field: 'engagements', names: ['Engagement', 'Engagements', 'Total Engagement', 'Total Engagements', 'Page Engagement'] },
  { field: 'profile_visits', names: ['Profile Visits', 'Profile Views', 'Page Views', 'Page Visits'] },
  { field: 'posts_published', names: ['Posts Published', 'Published Posts', 'Posts', 'Sent Messages', 'Messages Sent', 'Number of Posts'] },
];
