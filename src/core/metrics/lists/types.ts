/**
 * The shapes of the lists a report shows next to its KPIs: advocates and detractors, top owned
 * content, top brand mentions, and product and content gaps. Like KPI values, every list is
 * either available (its rows, possibly none) or unavailable with the reason, never silently empty
 * when its input is missing.
 */
import type { UnavailableCode } from '../kpi.ts';

/** Rows a list keeps per period when no limit is given. */
export const DEFAULT_LIST_LIMIT = 10;

/** Longest text snippet a list row carries (characters, the ellipsis included). */
export const SNIPPET_MAX_CHARS = 200;

/** A list for one period: its rows best first, or why it could not be made. */
export type ListResult<Row> =
  | { available: true; rows: Row[] }
  | { available: false; code: UnavailableCode; reason: string };

/** When an author talks: the most common local weekday and three-hour band of their mentions. */
export interface AuthorWhen {
  /** "Mon" … "Sun" (ISO weekdays, in the reporting time zone). */
  weekday: string;
  /** A three-hour band of local time, "00–03" … "21–24". */
  hours: string;
}

/** An advocate (positive) or detractor (negative) of the brand in the period. */
export interface AuthorRow {
  rank: number;
  /** How to show the author: the handle when there is one, else the display name. */
  author: string;
  handle: string | null;
  name: string | null;
  /** The author's brand mentions in the period, of every sentiment. */
  mentions: number;
  positive: number;
  negative: number;
  /** The author's audience: the largest follower count on their brand mentions (else the largest reach). */
  reach: number | null;
  /** True when any of their mentions marks them as an employee or public face. */
  isEmployee: boolean;
  /** Where they talk: up to three platforms of their mentions of the list's sentiment, most first. */
  platforms: { platform: string; mentions: number }[];
  /** When they talk (mentions of the list's sentiment). */
  when: AuthorWhen;
  /** Local days of their first and last mention of the list's sentiment in the period. */
  firstSeen: string;
  lastSeen: string;
  /** Their most engaging mention of the list's sentiment. */
  sample: { url: string | null; text: string | null };
}

/** An owned post published in the period. */
export interface TopContentRow {
  rank: number;
  id: string;
  platform: string;
  /** Account name, else account id. */
  account: string | null;
  postType: string | null;
  url: string | null;
  /** The post's text, at most 200 characters. */
  text: string | null;
  /** Local day it was published. */
  day: string;
  engagements: number;
  impressions: number | null;
  reach: number | null;
  /** Engagements ÷ impressions (a fraction); null without impressions. */
  engagementRate: number | null;
  campaignId: string | null;
}

/** A brand mention published in the period. */
export interface TopMentionRow {
  rank: number;
  id: string;
  platform: string;
  /** Handle, else author name. */
  author: string | null;
  isEmployee: boolean;
  url: string | null;
  title: string | null;
  /** The mention's text, at most 200 characters. */
  text: string | null;
  sentiment: string | null;
  reach: number | null;
  engagement: number | null;
  /** Local day it was published. */
  day: string;
}

/** A theme of care cases that points at a product or content gap. */
export interface GapRow {
  rank: number;
  /** The theme's most common spelling (trimmed, inner spaces collapsed). */
  theme: string;
  cases: number;
  /** Cases whose first message was negative. */
  negative: number;
  /** Local days of the first and last case in the period. */
  firstDay: string;
  lastDay: string;
  /** Cases per routed team, most first; cases without a team count as "unrouted". */
  teams: { team: string; cases: number }[];
}

/** The lists of one report period. */
export interface ReportLists {
  advocates: ListResult<AuthorRow>;
  detractors: ListResult<AuthorRow>;
  topContent: ListResult<TopContentRow>;
  topMentions: ListResult<TopMentionRow>;
  productGaps: ListResult<GapRow>;
  contentGaps: ListResult<GapRow>;
}

/** What each list means, for report readers. */
export const listDefinitions: Record<keyof ReportLists, string> = {
  advocates:
    'Authors with at least two positive mentions of the brand published in the period (local day of publication), ranked by their positive mentions, then by their audience (the largest follower count on their brand mentions, or the largest reach where no follower count is given). The brand’s own accounts are left out. Platforms, weekday, hours, first and last day and the sample are taken from their positive mentions.',
  detractors:
    'Authors with at least two negative mentions of the brand published in the period (local day of publication), ranked by their negative mentions, then by their audience (the largest follower count on their brand mentions, or the largest reach where no follower count is given). The brand’s own accounts are left out. Platforms, weekday, hours, first and last day and the sample are taken from their negative mentions.',
  topContent:
    'Posts of the brand’s own accounts published in the period (local day of publication) that report engagements, ranked by engagements, then by impressions. Engagement rate is the post’s engagements ÷ its impressions; it is left blank when the post has no impressions.',
  topMentions:
    'Mentions of the brand published in the period (local day of publication), ranked by engagement, then by reach; the brand’s own accounts are left out. Reach and engagement are as the listening tool reports them.',
  productGaps:
    'Themes of care cases opened in the period (local day the case was opened) that are product gaps, or that are routed to the product team without being a content gap; ranked by cases, then by negative cases. Themes are grouped ignoring case and extra spaces; cases without a theme are left out.',
  contentGaps:
    'Themes of care cases opened in the period (local day the case was opened) that are content gaps, or that are routed to the content team without being a product gap; ranked by cases, then by negative cases. Themes are grouped ignoring case and extra spaces; cases without a theme are left out.',
};
