/**
 * The shapes benchmarks produce: plain JSON-able data that the report model carries and the
 * story layer narrates. Every number keeps what it is compared with.
 */
import type { Reason } from '../i18n/reason.ts';

/** The daily series a typical-day baseline is kept for. */
export const baselineMetrics = ['mentions', 'negative_mentions', 'shares', 'hashtag_uses', 'new_followers'] as const;
export type BaselineMetric = (typeof baselineMetrics)[number];

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** A day's value of one metric (a local calendar day of the reporting time zone). */
export interface DailyPoint {
  day: string;
  value: number;
  /** For a sum (shares): how many rows added to it, and the sum of their squares. */
  units?: number;
  squares?: number;
}

/** What is typical for one weekday, from the same weekday in the window before a day. */
export interface TypicalDay {
  metric: BaselineMetric;
  weekday: Weekday;
  /** Median of the same weekday over the window. */
  median: number;
  /** Median absolute deviation (raw, not scaled). */
  mad: number;
  /** Robust spread used for scores: 1.4826 × MAD, floored, widened for the median's own error (see typical-day.ts). */
  scale: number;
  /** How many same-weekday days the window held. */
  samples: number;
  /** First and last day of the window. */
  window: { firstDay: string; lastDay: string };
}

/** One contributor to a spike or drop. */
export interface Driver {
  dimension: 'source' | 'domain' | 'author' | 'hashtag' | 'url';
  value: string;
  /** Fraction of the excess (observed − expected) this value explains, 0–1 (can exceed 1 when others fell). */
  share: number;
  /** The value's count on the day, and on a typical day. */
  observed: number;
  expected: number;
}

export interface Anomaly {
  /** Local day, "YYYY-MM-DD". */
  date: string;
  metric: BaselineMetric;
  direction: 'spike' | 'drop';
  observed: number;
  /** The typical-day median for that weekday. */
  expected: number;
  /** Robust z: (observed − expected) ÷ scale. */
  score: number;
  baseline: TypicalDay;
  /** Drivers ranked by share of the excess, largest first (mention metrics only; [] otherwise). */
  drivers: Driver[];
  /** Set when one driver explains most (≥ 50%) of the excess: "traced to a single source". */
  singleSource: Driver | null;
}

/** Settings of the typical day and the spike detector (config `benchmarks`). */
export interface BenchmarkSettings {
  /** Days before a day that its baseline looks at (same weekdays only). */
  windowDays: number;
  /** |robust z| at or above which a day is a spike or drop. */
  threshold: number;
  /** A spike needs at least this many (observed for spikes, expected for drops). */
  minVolume: number;
  /** Days after a flagged day during which the same metric and direction is not flagged again. */
  cooldownDays: number;
  /** Same-weekday samples needed before a baseline is trusted. */
  minSamples: number;
}

export const defaultBenchmarkSettings: BenchmarkSettings = { windowDays: 56, threshold: 3.5, minVolume: 20, cooldownDays: 2, minSamples: 4 };

/** One tracked name's voice on one measure. */
export interface VoiceShare {
  name: string;
  isBrand: boolean;
  value: number;
  /** Fraction of the landscape total (0–1); shares of all names sum to 1. */
  share: number;
}

export interface VoiceMeasure {
  measure: 'mentions' | 'engagement' | 'reach';
  total: number;
  names: VoiceShare[];
  /** The brand's share. */
  brand: number;
  /** Mean share of the competitors (without the brand), Rival IQ's "competitor average". */
  competitorAverage: number;
  /** Mean share of every name (with the brand), Rival IQ's "landscape average": 1 ÷ names. */
  landscapeAverage: number;
  /** The brand's share minus each competitor's, by competitor name. */
  gapTo: Record<string, number>;
}

/** How a tracked name's mentions feel, beside its share of voice. */
export interface VoiceSentiment {
  name: string;
  isBrand: boolean;
  positive: number;
  neutral: number;
  negative: number;
  /** Negative ÷ mentions with a sentiment; null without any. */
  negativeShare: number | null;
  /** (Positive − negative) ÷ (positive + negative); null without either. */
  netSentiment: number | null;
}

export type ShareOfVoice =
  | { available: true; period: string; measures: VoiceMeasure[]; sentiment: VoiceSentiment[]; previous: { period: string; measures: VoiceMeasure[] } | null }
  | { available: false; reason: string; why?: Reason };

export const lifecycleClasses = ['growing', 'steady', 'burst_and_fade', 'too_early'] as const;
export type LifecycleClass = (typeof lifecycleClasses)[number];

/** Reach and engagement of a campaign's posts and mentions in one week of its age. */
export interface CampaignWeek {
  /** Week of age: 0 = the first 7 days from the start. */
  week: number;
  firstDay: string;
  reach: number;
  engagement: number;
  posts: number;
  mentions: number;
}

export interface CampaignLifecycle {
  id: string;
  name: string;
  startedOn: string;
  endedOn: string | null;
  objective: string | null;
  /** The campaign hashtag (lower case, without #), or null. */
  hashtag: string | null;
  lifecycle: LifecycleClass;
  /** The numbers behind the class. */
  numbers: {
    weeks: number;
    /** Week of age with the most engagement. */
    peakWeek: number;
    /** Engagement of the last full week ÷ the peak week. */
    lastToPeak: number;
    /** Share of all engagement in the first two weeks. */
    firstTwoWeeksShare: number;
    /** Relative weekly trend of engagement (least-squares slope ÷ mean), per week. */
    trend: number;
  };
  /** One sentence saying why it got its class. */
  why: string;
  byAge: CampaignWeek[];
  totals: { reach: number; engagement: number; posts: number; mentions: number };
}

/** A real mention quoted as evidence of what happened (an event's voices, a report's "What people said"). */
export interface Quote {
  id: string;
  /** The text (or the headline when there is none), whitespace collapsed, at most 280 characters. */
  text: string;
  /** The headline of an article, when it has one besides the text. */
  title: string | null;
  platform: string;
  /** Local day of publication. */
  day: string;
  reach: number | null;
  engagement: number | null;
  /** Link to the mention (http or https only). */
  url: string | null;
  /** Handle, else display name; null in reports that do not name people (sales, leadership). */
  author: string | null;
  sentiment: 'positive' | 'neutral' | 'negative' | null;
}
