/**
 * Owned-channel exports, Sprout Social style: post performance (Date `09/14/2026 10:30 am` in
 * Berlin time, numbers with thousands separators, engagement rate as "4.21%") and profile
 * performance (one row per profile and day, Date `09-14-2026`). Both start with a UTF-8 BOM.
 */
import { percent, sproutDateTime, thousands, usDashDate } from './format.ts';
import type { ProfileDay } from './owned-accounts.ts';
import type { PostDraft } from './owned-posts.ts';
import type { ExportFile } from './write-csv.ts';

export const POSTS_FILE = 'sprout-post-performance.csv';
export const PROFILES_FILE = 'sprout-profile-performance.csv';

function postType(p: PostDraft): string {
  if (p.account.network === 'X') return 'Tweet';
  if (p.account.network === 'YouTube') return 'Video';
  if (p.contentType === 'Reel') return 'Reel';
  return 'Post';
}

export function sproutPostsExport(posts: readonly PostDraft[]): ExportFile {
  return {
    name: POSTS_FILE,
    entity: 'posts',
    bom: true,
    header: [
      'Date', 'Post ID', 'Network', 'Post Type', 'Content Type', 'Profile', 'Link', 'Post', 'Impressions', 'Organic Impressions',
      'Paid Impressions', 'Reach', 'Engagement Rate (per Impression)', 'Engagements', 'Reactions', 'Comments', 'Shares', 'Saves',
      'Post Link Clicks', 'Video Views', 'Boosted', 'Tags', 'Hashtags',
    ],
    rows: posts.map((p) => {
      const engagements = p.reactions + p.comments + p.shares + p.saves + p.clicks;
      return [
        sproutDateTime(p.at),
        p.postId,
        p.account.network,
        postType(p),
        p.contentType,
        p.account.profile,
        p.link,
        p.text,
        thousands(p.impressions),
        thousands(p.impressions - p.paidImpressions),
        thousands(p.paidImpressions),
        thousands(p.reach),
        percent(p.impressions ? engagements / p.impressions : 0, 2),
        thousands(engagements),
        thousands(p.reactions),
        thousands(p.comments),
        thousands(p.shares),
        thousands(p.saves),
        thousands(p.clicks),
        p.videoViews ? thousands(p.videoViews) : '',
        p.paid ? 'Yes' : 'No',
        p.campaign?.tag ?? '',
        p.hashtags.join(' '),
      ];
    }),
  };
}

export function sproutProfilesExport(rows: readonly ProfileDay[]): ExportFile {
  return {
    name: PROFILES_FILE,
    entity: 'account_snapshots',
    bom: true,
    header: [
      'Date', 'Network', 'Profile', 'Audience', 'Net Audience Growth', 'Audience Gained', 'Audience Lost', 'Impressions',
      'Engagements', 'Engagement Rate (per Impression)', 'Profile Views', 'Published Posts',
    ],
    rows: rows.map((r) => [
      usDashDate(r.day.iso),
      r.account.network,
      r.account.profile,
      thousands(r.audience.followers),
      thousands(r.audience.gained - r.audience.lost),
      thousands(r.audience.gained),
      thousands(r.audience.lost),
      thousands(r.impressions),
      thousands(r.engagements),
      percent(r.impressions ? r.engagements / r.impressions : 0, 2),
      thousands(r.profileViews),
      r.published,
    ]),
  };
}
