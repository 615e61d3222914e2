/** Mentions per local day of the period for the brand and each competitor (zeros filled in). */
import type { TrackedName } from '../tracked-names.ts';
import type { SeriesUnavailable } from './series.ts';
import type { TrailingDays } from './trailing-days.ts';

export interface DailyMentionsPoint {
  /** Local day, "YYYY-MM-DD". */
  day: string;
  name: string;
  mentions: number;
}

export type DailyMentionsSeries = { kind: 'daily_mentions' } & (
  | {
      available: true;
      names: TrackedName[];
      points: DailyMentionsPoint[];
      /** Day and week reports: the brand's mentions on the 28 days ending on the period's last day. */
      trailing?: TrailingDays;
    }
  | SeriesUnavailable
);
