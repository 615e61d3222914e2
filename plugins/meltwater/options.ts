/**
 * Options of the meltwater source: the export file (or a glob of them) and, rarely needed, the
 * date format and field overrides. File-level knobs are the host's delimited-file options.
 */
import { delimitedFileOptions, fieldMapping, z } from 'cadence/plugin';

export const meltwaterOptions = delimitedFileOptions
  .extend({
    dateFormat: z
      .union([z.string(), z.array(z.string()).min(1)])
      .optional()
      .describe('strptime format(s) of "{Date} {Time}" (or of Date alone when the export has no Time column), replacing the built-in ones.'),
    columns: z
      .record(z.string(), fieldMapping)
      .optional()
      .describe('Mentions field → column, value, template, hash, sum or match, applied over the built-in mapping (e.g. { impressions: "Views" }).'),
  })
  .strict();

export type MeltwaterOptions = z.output<typeof meltwaterOptions>;
