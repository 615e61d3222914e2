/**
 * Options of the csv source: one file (or glob) mapped onto one entity. The file-level options and
 * the field mapping are the host's delimited-file engine's (`delimitedFileOptions`, `fieldMapping`).
 */
import { delimitedFileOptions, entityNames, fieldMapping, z } from 'cadence/plugin';

export const csvOptions = delimitedFileOptions
  .extend({
    entity: z.enum(entityNames as [string, ...string[]]).describe('Entity the rows become (posts, mentions, leads, …).'),
    columns: z.record(z.string(), fieldMapping).describe('Entity field → column, fixed value, template, hash or sum.'),
    stream: z.string().regex(/^[a-z0-9_]+$/).optional().describe('Stream name (default: the entity name).'),
  })
  .strict();

export type CsvOptions = z.output<typeof csvOptions>;
