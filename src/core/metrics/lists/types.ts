/**
 * The shapes of the lists a report shows next to its KPIs: advocates and detractors, top owned
 * content, top brand mentions, product and content gaps, and for sales what prospects ask about
 * and which offers drew interest. Like KPI values, every list is either available (its rows,
 * possibly none) or unavailable with the reason, never silently empty when its input is missing.
 */
import type { Reason } from '../../i18n/reason.ts';
import type { UnavailableCode } from '../kpi.ts';

/** Rows a list keeps per period when no limit is given. */
export const DEFAULT_LIST_LIMIT = 10;

/** Longest text snippet a list row carries (characters, the ellipsis included). */
export const SNIPPET_MAX_CHARS = 200;

/** A list for one period: its rows best first, or why it could not be made. */
export type ListResult<Row> =
  | { available: true; rows: Row[] }
  | { available: false; code: UnavailableCode; reason: string; why?: Reason };

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

/** A channel group's web sessions in the period (see traffic-channels.ts). */
export interface TrafficChannelRow {
  rank: number;
  /** Channel group, normalized: organic_social, paid_social, organic_search, direct, … */
  channel: string;
  sessions: number;
  /** `sessions` ÷ all sessions of the period (a fraction). */
  share: number;
  /** Organic or paid social. */
  isSocial: boolean;
  /** The channel's sessions in the previous period; null when web sessions do not cover all of it. */
  previous: number | null;
  /** `sessions` − `previous`; null when `previous` is. */
  change: number | null;
}

/** A theme social-sourced prospects asked about (care cases; see prospects.ts). */
export interface ProspectTopicRow {
  rank: number;
  /** The theme's most common spelling (trimmed, inner spaces collapsed). */
  theme: string;
  /** Prospect cases with this theme opened in the period. */
  cases: number;
  /** Of those, cases routed to the sales team. */
  toSales: number;
  /** `cases` ÷ all prospect cases with a theme in the period (a fraction). */
  share: number;
  /** Prospect cases with this theme in the previous period; null when care cases do not cover it. */
  previous: number | null;
  /** `cases` − `previous`; null when `previous` is. */
  change: number | null;
}

/**
 * An offer (discount, trial, download) or a service (the landing page of enterprise leads that
 * named no offer) and the interest it drew in the period (see offers.ts).
 */
export interface OfferInterestRow {
  rank: number;
  kind: 'offer' | 'service';
  /** The offer id, or the service's landing page path ("/b2b/team-outfitting"). */
  id: string;
  /** The offer's name as the offer report gives it; null for services and unnamed offers. */
  name: string | null;
  /** From the offer report (offers entity): null when it has no rows for the offer in the period. */
  impressions: number | null;
  clicks: number | null;
  /** clicks ÷ impressions (a fraction); null without impressions. */
  clickRate: number | null;
  /** Redemptions and their revenue as the offer report counts them; null as above. */
  redemptions: number | null;
  revenue: number | null;
  /** Live (not archived) leads created in the period that name the offer (services: enterprise leads landing on the page). */
  leads: number;
  /** Of those, social-sourced leads. */
  socialLeads: number;
  /** Of those, enterprise (B2B) leads: a business segment, or a company when no segment is given. */
  enterpriseLeads: number;
  /** Orders placed in the period that redeemed the offer, refunded orders left out; null for services or without imported orders. */
  orders: number | null;
  /** Their amounts (after discounts), to the cent; null as `orders`. */
  orderRevenue: number | null;
}

/** The lists of one report period. */
export interface ReportLists {
  advocates: ListResult<AuthorRow>;
  detractors: ListResult<AuthorRow>;
  topContent: ListResult<TopContentRow>;
  topMentions: ListResult<TopMentionRow>;
  productGaps: ListResult<GapRow>;
  contentGaps: ListResult<GapRow>;
  /** Sales: what social-sourced prospects ask about. */
  prospectTopics: ListResult<ProspectTopicRow>;
  /** Sales: which offers and services drew interest (leads, enterprise leads, clicks, orders). */
  offerInterest: ListResult<OfferInterestRow>;
  /** Web sessions by channel group, social's among them. */
  trafficChannels: ListResult<TrafficChannelRow>;
}

/** What each list means, for report readers. */
export const listDefinitions: Record<keyof ReportLists, string> = {
  trafficChannels:
    'Web sessions on the days of the period per channel group (organic and paid social, search, direct, referral, e-mail, …) as the web analytics export groups them, each with its share of all sessions and its sessions in the previous period of the same length.',
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
  prospectTopics:
    'Themes of prospect conversations: care cases (conversations started on social) opened in the period (local day the case was opened) that were routed to the sales team, or that are questions from someone not known as a customer (no customer id). Ranked by cases, then by cases routed to sales. Share is the theme’s cases ÷ all such cases with a theme in the period; the previous figure counts the same cases in the previous period. Themes are grouped ignoring case and extra spaces; cases without a theme are left out.',
  offerInterest:
    'Offers with activity in the period, and the services enterprise leads came for. Impressions, clicks and redemptions are summed from the offer report over the days of the period and every channel; click-through rate is clicks ÷ impressions. Leads are CRM leads created in the period (local day of creation) that name the offer, archived leads left out; social leads are those from social, enterprise leads those with a business segment (or a company where no segment is given). Orders are orders placed in the period that redeemed the offer, refunded orders left out, with their amounts after discounts. A service is the landing page of enterprise leads that named no offer. Ranked by leads, then by clicks.',
};
