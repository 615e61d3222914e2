/**
 * Options of the hootsuite source: a posts export, a profile metrics export, or both, with
 * overrides for the columns the built-in dictionary does not know.
 */
import { delimitedFileOptions, fieldMapping, z } from 'cadence/plugin';

/** One export: the host's file-level options plus field overrides. */
const report = (entity: string) =>
  delimitedFileOptions
    .extend({
      columns: z
        .record(z.string(), fieldMapping)
        .optional()
        .describe(`${entity} field → column, value, template, hash, sum or match, applied over the header dictionary (for columns it does not know, or to change its choice). { value: null } leaves a field empty.`),
    })
    .strict();

export const hootsuiteOptions = z
  .object({
    posts: report('posts').optional().describe('An export with one row per post (post performance) → posts.'),
    profiles: report('account_snapshots').optional().describe('An export with one row per social profile and day (followers, net new followers, …) → account_snapshots.'),
    timezone: z
      .string()
      .optional()
      .describe('Time zone of dates without an offset, default: the project’s. Columns named "… (GMT)" or "(UTC)" are read as UTC whatever this says. An export’s own `timezone` wins.'),
  })
  .strict()
  .refine((o) => o.posts !== undefined || o.profiles !== undefined, { message: 'Give `posts`, `profiles` or both (each with its `file`).' });

export type HootsuiteOptions = z.output<typeof hootsuiteOptions>;
export type HootsuiteReportOptions = NonNullable<HootsuiteOptions['posts']>;
