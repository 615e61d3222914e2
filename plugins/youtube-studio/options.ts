/**
 * Options of the youtube-studio source: a YouTube Studio "Advanced mode → Export" table.
 */
import { isTimeZone, z } from 'cadence/plugin';

export const youtubeStudioOptions = z
  .object({
    file: z
      .string()
      .min(1)
      .describe('Path of the exported `Table data.csv` of the Content tab (one row per video), relative to the project; a * in the file name reads every match.'),
    channel: z.string().trim().min(1).optional().describe('Name of the channel, stored as each video’s account_name (the export does not say it).'),
    timezone: z
      .string()
      .refine(isTimeZone, 'not an IANA time zone (e.g. Europe/Madrid)')
      .optional()
      .describe('Time zone of the channel: a video published "Sep 10, 2026" is stored at midnight there (default: the project’s).'),
  })
  .strict();

export type YoutubeStudioOptions = z.output<typeof youtubeStudioOptions>;
