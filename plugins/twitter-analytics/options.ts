/**
 * Options of the twitter-analytics source: the analytics.twitter.com "Tweet activity" export (one
 * row per tweet), its daily variant (one row per day), or both, with overrides for the built-in
 * mapping.
 */
import { delimitedFileOptions, fieldMapping, z } from 'cadence/plugin';

/** One export: the host's file-level options plus field overrides. */
const report = (entity: string) =>
  delimitedFileOptions
    .extend({
      columns: z
        .record(z.string(), fieldMapping)
        .optional()
        .describe(`${entity} field → column, value, template, hash, sum or match, applied over the built-in mapping (e.g. video_views: 'media views'). { value: null } leaves a field empty.`),
    })
    .strict();

export const twitterAnalyticsOptions = z
  .object({
    tweets: report('posts')
      .optional()
      .describe('The "Tweets" export (tweet_activity_metrics_<handle>_<from>_<to>_<lang>.csv): one row per tweet → posts.'),
    daily: report('account_snapshots')
      .optional()
      .describe('The "By day" export (daily_tweet_activity_metrics_<handle>_<from>_<to>_<lang>.csv): one row per day → account_snapshots.'),
    account: z
      .string()
      .trim()
      .regex(/^@?\w{1,50}$/, 'a handle: letters, digits and _ (with or without @)')
      .optional()
      .describe('Handle of the account (account_id and account_name), without @. Default: from each tweet’s permalink, else from the file name (tweet_activity_metrics_<handle>_…).'),
  })
  .strict()
  .refine((o) => o.tweets !== undefined || o.daily !== undefined, { message: 'Give `tweets`, `daily` or both (each with its `file`).' });

export type TwitterAnalyticsOptions = z.output<typeof twitterAnalyticsOptions>;
export type TwitterReportOptions = NonNullable<TwitterAnalyticsOptions['tweets']>;
