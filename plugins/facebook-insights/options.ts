/**
 * Options of the facebook-insights source: the legacy Page Insights "Post data" CSV export (one
 * row per post), its time zone (Pacific, as Facebook writes it) and overrides for the built-in
 * mapping.
 */
import { delimitedFileOptions, fieldMapping, isTimeZone, z } from 'cadence/plugin';

/** Facebook writes Insights exports in Pacific time, whatever the Page's or the user's zone. */
export const FACEBOOK_TIMEZONE = 'America/Los_Angeles';

export const facebookInsightsOptions = delimitedFileOptions
  .extend({
    timezone: z
      .string()
      .refine(isTimeZone, 'not an IANA time zone (e.g. America/Los_Angeles)')
      .default(FACEBOOK_TIMEZONE)
      .describe('Time zone of the `Posted` dates, which carry none. Default America/Los_Angeles: Facebook writes its Insights exports in Pacific time.'),
    page: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe('Name of the Page (account_name). Default: from the file name, "Facebook Insights Data Export (Post Level) - <Page> - <from> - <to>.csv".'),
    columns: z
      .record(z.string(), fieldMapping)
      .optional()
      .describe("posts field → column, value, template, hash, sum or match, applied over the built-in mapping (e.g. likes: 'Lifetime Talking About This (Post) by action type - like'). { value: null } leaves a field empty."),
  })
  .strict();

export type FacebookInsightsOptions = z.output<typeof facebookInsightsOptions>;
