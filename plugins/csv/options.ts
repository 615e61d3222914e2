/**
 * Options of the csv source: one file (or glob) mapped onto one entity.
 */
import { entityNames, z } from 'cadence/plugin';

const columnName = z.string().min(1);

/** How one field is read. A bare string is the column name. */
export const fieldMapping = z.union([
  columnName.describe('Column name in the header (case-insensitive).'),
  z
    .object({
      column: columnName.describe('Column name in the header (case-insensitive).'),
      format: z
        .union([z.string(), z.array(z.string()).min(1)])
        .optional()
        .describe('strptime format(s) for dates, tried in order, e.g. "%m/%d/%Y %H:%M". Detected when absent.'),
      map: z
        .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
        .optional()
        .describe('Translate raw values (case-insensitive), e.g. { "pos": "positive" }; "*" catches every other non-empty value.'),
      pattern: z.string().optional().describe('Regular expression; the first capture group is kept.'),
      split: z.string().optional().describe('Separator of list items (default: spaces or commas).'),
      default: z.union([z.string(), z.number(), z.boolean()]).optional().describe('Value used when the cell is empty.'),
    })
    .strict(),
  z.object({ value: z.union([z.string(), z.number(), z.boolean(), z.null()]) }).strict().describe('A fixed value for every row.'),
  z
    .object({
      template: z.string().min(1),
      format: z.union([z.string(), z.array(z.string()).min(1)]).optional().describe('strptime format(s) when the template makes a date.'),
    })
    .strict()
    .describe('Text made of columns: "{Network}:{Profile}".'),
  z.object({ hash: z.array(columnName).min(1) }).strict().describe('A stable hash of these columns ("*" = all), for ids.'),
  z.object({ sum: z.array(columnName).min(1) }).strict().describe('Sum of numeric columns (blank counts as 0).'),
]);
export type FieldMapping = z.infer<typeof fieldMapping>;

export const csvOptions = z
  .object({
    file: z.string().min(1).describe('Path of the export, relative to the project; a glob (*.csv) reads every match.'),
    entity: z.enum(entityNames as [string, ...string[]]).describe('Entity the rows become (posts, mentions, leads, …).'),
    columns: z.record(z.string(), fieldMapping).describe('Entity field → column, fixed value, template, hash or sum.'),
    stream: z.string().regex(/^[a-z0-9_]+$/).optional().describe('Stream name (default: the entity name).'),
    timezone: z.string().optional().describe('Time zone of dates without an offset (default: the project’s).'),
    encoding: z
      .enum(['auto', 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'latin1'])
      .default('auto')
      .describe('Text encoding; auto reads the byte-order mark (which always wins), then tells UTF-8 from Windows-1252 (and Shift_JIS, GB18030, Big5, EUC-KR). latin1 is read as Windows-1252, as browsers do.'),
    delimiter: z.string().length(1).optional().describe('Field separator; detected (, ; tab |) when absent.'),
    headerRow: z.number().int().positive().optional().describe('1-based line of the header; detected when absent.'),
    decimal: z.enum(['.', ',']).default('.').describe('Decimal mark of numbers ("," for many European exports).'),
  })
  .strict();

export type CsvOptions = z.output<typeof csvOptions>;
