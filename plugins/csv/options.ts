/**
 * Options of the csv source: one file (or glob) mapped onto one entity. The file-level options and
 * the field mapping are the host's delimited-file engine's (`delimitedFileOptions`, `fieldMapping`).
 */
import { delimitedFileOptions, entityNames, fieldMapping, z } from 'cadence/plugin';

export const csvOptions = delimitedFileOptions
  .extend({
    entity: z.enum(entityNames as [string, ...string[]]).describe('Entity the rows become (posts, mentions, leads, …).'),
    columns: z.record(z.string(), fieldMapping).describe('Entity field → column, fixed value, template, hash or sum.'),
    columnNames: z
      .array(z.string().trim().min(1))
      .min(1)
      .optional()
      .describe('Names of the columns, in file order, of a file without a header row: its first line is then data, and the mapping refers to these names.'),
    stream: z.string().regex(/^[a-z0-9_]+$/).optional().describe('Stream name (default: the entity name).'),
  })
  .strict();

export type CsvOptions = z.output<typeof csvOptions>;
