/**
 * The shapes of the story layer: the ranked items a report tells (`Finding`), the story of a
 * period for one audience (`Story`), and what they carry (links, quotes). Plain JSON-able data in
 * the report model; pages, decks, PDFs, digests and chat render them (narrative.ts builds the
 * shared mdast tree).
 */
import type { BaselineComparison, Comparison, TargetProgress } from '../benchmarks/comparisons.ts';
import type { Quote } from '../benchmarks/types.ts';
import type { KpiUnit } from '../metrics/kpi.ts';
import type { KpiSample } from '../metrics/sample.ts';
import type { KpiTone, Tone } from './tone.ts';

export type { Quote } from '../benchmarks/types.ts';
export type { Tone } from './tone.ts';

export const findingKinds = [
  'event',
  'sales_summary',
  'talking_point',
  'target_off_track',
  'target_missed',
  'care_cost',
  'sla_missed',
  'campaign_result',
  'spike',
  'drop',
  'kpi_change',
  'competitor_gained',
  'share_of_voice_change',
  'campaign_fading',
  'campaign_growing',
  'target_met',
  'target_on_track',
] as const;
export type FindingKind = (typeof findingKinds)[number];

/** A span of a headline or detail that links somewhere: `text` is found in the sentence and becomes the link. */
export interface StoryLink {
  text: string;
  url: string;
}

/** One thing a report says, ranked: an event, a goal, a moved figure, a talking point. */
export interface Finding {
  /** Stable id ("event:negative:2026-09-14", "kpi:selling.social_leads", "goal:listening.share_of_voice"). */
  id: string;
  kind: FindingKind;
  tone: Tone;
  /** 0–100 for this audience; items are sorted by it, most important first. */
  score: number;
  /** One sentence of at most about 30 words, leading with the so-what. */
  headline: string;
  /** Parts of the headline and details to show as links (the news story's domain). */
  links?: StoryLink[];
  /** What follows the headline: the detail sentences (other series, drivers, the SLA it broke). */
  details?: string[];
  /** Two or three real mentions behind it. */
  quotes?: Quote[];
  /** KPI the finding is about, when there is one. */
  kpi?: string;
  /** Day the finding is about (events: the peak day). */
  date?: string;
  /** Month ("YYYY-MM") of the day, for the month-by-month story of longer periods. */
  month?: string;
  data: Record<string, unknown>;
}

/** One action, owned by someone the reader knows. */
export interface NextStep {
  text: string;
  /** The finding it answers. */
  about: string;
}

/** A month of a quarter or year, and its main story item (null when nothing stood out). */
export interface MonthStory {
  month: string;
  label: string;
  item: Finding | null;
}

/** The story of one period for one audience. */
export interface Story {
  /** The period's story in one sentence: the top item's headline (null when nothing stands out). */
  headline: string | null;
  /** Sentences on what the data cannot show or compare honestly (no typical day yet, a partial period, sentiments that diverge). */
  notes: string[];
  /** Sentences a reader needs to read two figures rightly (reputation up while net sentiment falls), told after the items. */
  explanations: string[];
  /** The note on typical days alone (also among `notes`): what the spikes-and-drops section says when it can find none yet. */
  typicalNote: string | null;
  /** What to do now: distinct, for this audience (leadership: the asks). */
  nextSteps: NextStep[];
  /** "What people said": representative mentions of the period (authors only in team reports). */
  voices: Quote[];
  /** Quarters and years: each month's main item. */
  months: MonthStory[];
}

/** What the story reads of a KPI result (the report model's KpiResult has all of it). */
export interface StoryKpi {
  id: string;
  stage: string;
  label: string;
  unit: KpiUnit;
  direction: 'up' | 'down';
  available: boolean;
  value: number | null;
  inputs?: Record<string, number>;
  partial?: { firstDay: string; lastDay: string };
  sample?: KpiSample;
  tone: KpiTone;
  comparisons: {
    previous: Comparison;
    target?: TargetProgress;
    baseline?: BaselineComparison;
    noBaseline?: { weekday: number; samples: number; needed: number };
  };
}
