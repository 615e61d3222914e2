/**
 * Options of the sprout-social source: the Post Performance export, the Profile Performance
 * export, or both, and the time zone Sprout wrote their dates in.
 */
import { delimitedFileOptions, fieldMapping, z } from 'cadence/plugin';

/** One report: the host's file-level options plus field overrides. */
const report = (what: string) =>
  delimitedFileOptions
    .extend({
      columns: z
        .record(z.string(), fieldMapping)
        .optional()
        .describe(`${what} field → column, value, template, hash, sum or match, applied over the built-in mapping.`),
    })
    .strict();

export const sproutOptions = z
  .object({
    posts: report('Posts').optional().describe('The Post Performance report export (one row per post) → posts.'),
    profiles: report('Account snapshot').optional().describe('The Profile Performance report export (one row per profile and day) → account_snapshots.'),
    timezone: z
      .string()
      .optional()
      .describe('Time zone Sprout wrote the dates in (Sprout exports in the time zone of your Sprout settings); default: the project’s. A report’s own `timezone` wins.'),
  })
  .strict()
  .refine((o) => o.posts !== undefined || o.profiles !== undefined, { message: 'Give `posts`, `profiles` or both (each with its `file`).' });

export type SproutOptions = z.output<typeof sproutOptions>;
export type SproutReportOptions = NonNullable<SproutOptions['posts']>;
