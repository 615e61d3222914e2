/** Mentions per local day of the period for the brand and each competitor (zeros filled in). */
import type { TrackedName } from '../tracked-names.ts';
import type { SeriesUnavailable } from './series.ts';
import type { TrailingDays } from './trailing-days.ts';

export interface DailyMentionsPoint {
  /** Local day, "YYYY-MM-DD". */
  day: string;
  name: string;
  mentions: number;
  /** Of those, negative mentions (the brand's points only). */
  negative?: number;
}

/**
 * What a chart marks on a day: a detected event (a negative story, a campaign's rise, another
 * spike, a drop) or a campaign's start, with a short label from the catalog.
 */
export interface ChartMark {
  day: string;
  kind: 'negative' | 'campaign' | 'spike' | 'drop' | 'campaign_start';
  label: string;
}

export type DailyMentionsSeries = { kind: 'daily_mentions' } & (
  | {
      available: true;
      names: TrackedName[];
      points: DailyMentionsPoint[];
      /** Day and week reports: the brand's mentions on the 28 days ending on the period's last day. */
      trailing?: TrailingDays;
      /** Events and campaign starts on the days the chart shows (the period, or the trailing 28 days), by day. */
      marks?: ChartMark[];
    }
  | SeriesUnavailable
);
