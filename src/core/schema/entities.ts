/**
 * The normalized data model: one zod schema per entity. This file is the single source of truth
 * for record validation, TypeScript types (`Mention`, `Post`, …), DuckDB columns and the README's
 * field reference. Timestamps are UTC instants; `date` fields are calendar days in the reporting
 * time zone. Rates are fractions (0–1), durations seconds.
 */
import { z } from 'zod';
import { defineEntity, type EntityDefinition } from './entity.ts';
import { boolean, count, date, duration, list, number, oneOf, optional, ratio, text, timestamp } from './fields.ts';

export const sentiments = ['positive', 'neutral', 'negative'] as const;
export const trackedKinds = ['brand', 'competitor', 'topic', 'influencer', 'public_face'] as const;
export const sourceTypes = ['social', 'news', 'blog', 'forum', 'review', 'video', 'podcast', 'other'] as const;
export const channels = [
  'organic_social', 'paid_social', 'organic_search', 'paid_search', 'direct', 'referral', 'email',
  'display', 'affiliate', 'other',
] as const;

const id = (what: string) => text(`Stable primary key of the ${what} (the source’s own id where it has one).`);

export const mentions = defineEntity({
  name: 'mentions',
  description: 'Listening: a post, article or comment found by a listening tool that mentions a tracked name.',
  naturalKey: ['url', 'published_at'],
  partitionBy: 'published_at',
  clusterBy: ['matched_kind', 'matched_name'],
  schema: z.object({
    id: id('mention'),
    published_at: timestamp('When the mention was published.'),
    platform: text('Network or site kind, lower case: twitter, facebook, instagram, tiktok, youtube, reddit, news, blog, forum, …'),
    source_type: optional(oneOf(sourceTypes, 'Broad kind of source.')),
    url: optional(text('Link to the mention.')),
    domain: optional(text('Site domain, e.g. twitter.com or a news site.')),
    author_name: optional(text('Display name of the author.')),
    author_handle: optional(text('Handle of the author, without @.')),
    author_followers: optional(count('Followers of the author when the mention was found.')),
    title: optional(text('Headline or title.')),
    text: optional(text('Full text or snippet.')),
    language: optional(text('ISO 639-1 language code.')),
    country: optional(text('Country name or ISO code of the author or source.')),
    sentiment: optional(oneOf(sentiments, 'Sentiment normalized to positive, neutral or negative.')),
    sentiment_original: optional(text('Sentiment exactly as the vendor gave it.')),
    reach: optional(count('Potential audience, as the vendor defines it (see reach_kind).')),
    reach_kind: optional(text('What reach means for this row: followers, fans, page_views, estimated, unknown.')),
    impressions: optional(count('Impressions, when the vendor gives them.')),
    engagement: optional(count('Total engagements (likes + comments + shares + …).')),
    likes: optional(count('Likes or reactions.')),
    comments: optional(count('Comments or replies.')),
    shares: optional(count('Shares, reposts or retweets.')),
    query: optional(text('The listening query or topic that matched.')),
    matched_kind: optional(oneOf(trackedKinds, 'Which kind of tracked name the mention is about.')),
    matched_name: optional(text('The tracked name it matched (brand, competitor, topic, influencer or public face).')),
    hashtags: optional(list('Hashtags in the mention, lower case without #.')),
    links: optional(list('URLs shared in the mention.')),
    thread_id: optional(text('Conversation or thread id.')),
    is_employee: optional(boolean('Whether the author is a known employee or public face.')),
  }),
});

export const posts = defineEntity({
  name: 'posts',
  description: 'Owned channels: a post published by one of the brand’s own accounts, with its lifetime metrics.',
  naturalKey: ['platform', 'url', 'published_at'],
  partitionBy: 'published_at',
  schema: z.object({
    id: id('post'),
    published_at: timestamp('When the post was published.'),
    platform: text('Network, lower case: facebook, instagram, linkedin, x, tiktok, youtube, …'),
    account_id: optional(text('Id of the owned account or page.')),
    account_name: optional(text('Name of the owned account or page.')),
    post_type: optional(text('photo, video, link, status, reel, story, carousel, …')),
    url: optional(text('Link to the post.')),
    text: optional(text('Text of the post.')),
    impressions: optional(count('Lifetime impressions.')),
    reach: optional(count('Lifetime reach (unique people).')),
    engagements: optional(count('Total engagements as the network counts them.')),
    reactions: optional(count('Reactions of every kind (likes, loves, wows, …).')),
    likes: optional(count('Likes.')),
    comments: optional(count('Comments.')),
    shares: optional(count('Shares or reposts.')),
    saves: optional(count('Saves.')),
    clicks: optional(count('Link clicks.')),
    video_views: optional(count('Video views.')),
    followers_at_post: optional(count('Followers of the account when the post was published.')),
    paid: optional(boolean('Whether the post was boosted or paid.')),
    campaign_id: optional(text('Campaign the post belongs to.')),
    hashtags: optional(list('Hashtags used, lower case without #.')),
  }),
});

export const accountSnapshots = defineEntity({
  name: 'account_snapshots',
  description: 'Owned channels: one row per account per day with its audience size (follower history).',
  naturalKey: ['platform', 'account_id', 'date'],
  partitionBy: 'date',
  schema: z.object({
    id: id('snapshot'),
    date: date('Day of the snapshot.'),
    platform: text('Network, lower case.'),
    account_id: text('Id or name of the owned account.'),
    account_name: optional(text('Display name of the account.')),
    followers: optional(count('Audience (followers, fans) at the end of the day.')),
    net_follower_growth: optional(z.number().int().meta({ kind: 'integer', description: 'Followers gained minus lost that day.' })),
    new_followers: optional(count('Followers gained that day.')),
    impressions: optional(count('Impressions that day.')),
    engagements: optional(count('Engagements that day.')),
    profile_visits: optional(count('Profile visits that day.')),
    posts_published: optional(count('Posts published that day.')),
  }),
});

export const webSessions = defineEntity({
  name: 'web_sessions',
  description: 'Web analytics: sessions on the brand’s site per day (or hour) and channel.',
  naturalKey: ['date', 'hour', 'channel', 'source', 'medium', 'campaign', 'landing_page', 'country', 'device'],
  partitionBy: 'date',
  schema: z.object({
    id: id('session row'),
    date: date('Day of the sessions.'),
    hour: optional(count('Hour of the day (0–23), when the export is hourly.')),
    channel: oneOf(channels, 'Channel group, normalized.'),
    channel_original: optional(text('Channel group or source exactly as the analytics tool gave it.')),
    source: optional(text('Traffic source (facebook.com, google, newsletter, …).')),
    medium: optional(text('Traffic medium (social, cpc, organic, email, …).')),
    campaign: optional(text('UTM campaign.')),
    landing_page: optional(text('Landing page path.')),
    country: optional(text('Country of the visitor.')),
    device: optional(text('desktop, mobile or tablet.')),
    sessions: count('Sessions.'),
    engaged_sessions: optional(count('Engaged sessions (GA4).')),
    users: optional(count('Users.')),
    pageviews: optional(count('Page views.')),
    conversions: optional(count('Conversions (key events).')),
    bounce_rate: optional(ratio('Bounce rate as a fraction.')),
    avg_time_on_page: optional(duration('Average time on page, seconds.')),
    is_social: boolean('Whether the traffic came from social (organic or paid).'),
  }),
});

export const careCases = defineEntity({
  name: 'care_cases',
  description: 'Feedback loop: a customer conversation from social, with its SLA times, routing and outcome.',
  naturalKey: ['opened_at', 'platform', 'customer_handle'],
  partitionBy: 'opened_at',
  schema: z.object({
    id: id('case'),
    opened_at: timestamp('First inbound message.'),
    first_response_at: optional(timestamp('First reply from the brand.')),
    triaged_at: optional(timestamp('When the case was triaged and routed.')),
    resolved_at: optional(timestamp('When the case was resolved.')),
    platform: optional(text('Network where the case started.')),
    customer_handle: optional(text('Handle of the customer (pseudonymised where required).')),
    kind: oneOf(['complaint', 'question', 'product_gap', 'content_gap', 'praise', 'other'], 'What the case is about.'),
    routed_team: optional(oneOf(['customer_care', 'content', 'product', 'sales', 'other'], 'Team the case was routed to.')),
    theme: optional(text('Short theme label (e.g. "zipper breaks", "size guide").')),
    sentiment: optional(oneOf(sentiments, 'Sentiment of the customer’s first message.')),
    refund: optional(boolean('Whether the case ended in a refund.')),
    refund_amount: optional(number('Refund amount in the reporting currency.')),
    retained: optional(boolean('Whether the customer stayed (bought again or renewed) after the case.')),
    customer_id: optional(text('Customer id, to join with orders.')),
  }),
});

export const inboundLinks = defineEntity({
  name: 'inbound_links',
  description: 'Networking: a link from another site to the brand’s site.',
  naturalKey: ['source_url', 'target_url'],
  partitionBy: 'first_seen_at',
  schema: z.object({
    id: id('link'),
    first_seen_at: timestamp('When the link was first seen.'),
    source_url: text('Page that links to the brand.'),
    source_domain: optional(text('Domain of the linking page.')),
    target_url: optional(text('Brand page linked to.')),
    anchor_text: optional(text('Anchor text.')),
    domain_authority: optional(number('Authority score of the linking domain (0–100), as the SEO tool gives it.')),
    from_social: optional(boolean('Whether the link followed social activity (shared content, partner post).')),
  }),
});

export const earnedMedia = defineEntity({
  name: 'earned_media',
  description: 'Networking: an article, podcast or video in the media about the brand (earned, not paid).',
  naturalKey: ['url'],
  partitionBy: 'published_at',
  schema: z.object({
    id: id('media mention'),
    published_at: timestamp('When it was published.'),
    outlet: text('Publication or channel.'),
    url: optional(text('Link.')),
    title: optional(text('Headline.')),
    author: optional(text('Journalist or creator.')),
    reach: optional(count('Audience of the outlet (monthly visits, circulation, subscribers).')),
    sentiment: optional(oneOf(sentiments, 'Tone towards the brand.')),
    relevance: optional(ratio('How relevant the outlet is to the brand’s audience (0–1).')),
    value: optional(number('Estimated media value (AVE) in the reporting currency.')),
    matched_kind: optional(oneOf(trackedKinds, 'Which tracked name it is about.')),
    matched_name: optional(text('The tracked name it is about.')),
  }),
});

export const partnerships = defineEntity({
  name: 'partnerships',
  description: 'Networking: a strategic partnership with another brand, creator or organisation.',
  naturalKey: ['partner', 'started_on'],
  partitionBy: 'started_on',
  schema: z.object({
    id: id('partnership'),
    started_on: date('First day of the partnership.'),
    ended_on: optional(date('Last day, when it has ended or has a fixed end.')),
    partner: text('Partner name.'),
    kind: optional(text('co-marketing, creator, sponsorship, community, …')),
    initiated_by: optional(oneOf(['us', 'partner'], 'Who initiated it.')),
    status: optional(oneOf(['proposed', 'active', 'ended'], 'Current status.')),
    relevance: optional(ratio('Relevance to the brand’s goals (0–1).')),
    value: optional(number('Estimated value in the reporting currency.')),
  }),
});

export const leads = defineEntity({
  name: 'leads',
  description: 'Selling: a contact who entered the funnel, with lifecycle stage dates and origin.',
  naturalKey: ['created_at', 'email_hash'],
  partitionBy: 'created_at',
  schema: z.object({
    id: id('lead'),
    created_at: timestamp('When the lead was created (first contact).'),
    email_hash: optional(text('Hash of the e-mail, to join across systems without storing it.')),
    lifecycle_stage: optional(oneOf(['subscriber', 'lead', 'mql', 'sql', 'opportunity', 'customer', 'evangelist', 'other'], 'Current lifecycle stage.')),
    became_mql_at: optional(timestamp('Entered the MQL stage.')),
    became_sql_at: optional(timestamp('Entered the SQL stage.')),
    became_opportunity_at: optional(timestamp('Entered the opportunity stage.')),
    became_customer_at: optional(timestamp('Became a customer.')),
    original_source: optional(text('Original source exactly as the CRM gave it.')),
    channel: optional(oneOf(channels, 'Channel the lead came from, normalized.')),
    is_social: boolean('Whether the lead came from social (by channel, original source, lead source or UTM).'),
    campaign_id: optional(text('Campaign that brought the lead.')),
    offer_id: optional(text('Offer the lead responded to.')),
    landing_page: optional(text('Landing page of the first conversion.')),
    company: optional(text('Company name.')),
    segment: optional(text('Segment or industry.')),
    country: optional(text('Country.')),
    archived: optional(boolean('Deleted or archived in the CRM: kept for history, never counted as a live lead.')),
  }),
});

export const deals = defineEntity({
  name: 'deals',
  description: 'Selling: a sales opportunity with its stage, amount and dates.',
  naturalKey: ['created_at', 'name'],
  partitionBy: 'created_at',
  chronology: [
    {
      earlier: 'created_at',
      later: 'closed_at',
      effect:
        'deals won and lost (their count, value and win rate) are counted on closed_at and the pipeline from created_at, so such a deal is never in the pipeline, and one that closed before the first created_at of the data falls in a period the deals do not cover: a report of that period says so instead of counting it',
    },
  ],
  schema: z.object({
    id: id('deal'),
    created_at: timestamp('When the deal was created.'),
    closed_at: optional(timestamp('When it was won or lost.')),
    name: optional(text('Deal name.')),
    stage: optional(text('Stage exactly as the CRM names it.')),
    status: oneOf(['open', 'won', 'lost'], 'Open, won or lost.'),
    amount: optional(number('Amount in the reporting currency.')),
    currency: optional(text('ISO currency code of the amount.')),
    pipeline: optional(text('Pipeline name.')),
    lead_id: optional(text('Lead (contact) the deal came from.')),
    company: optional(text('Company.')),
    segment: optional(text('Segment or industry.')),
    lead_source: optional(text('Lead source exactly as the CRM gave it.')),
    is_social: boolean('Whether the deal is social-sourced.'),
    archived: optional(boolean('Deleted or archived in the CRM: kept for history, never counted as live pipeline.')),
  }),
});

export const orders = defineEntity({
  name: 'orders',
  description: 'Selling: a purchase by a customer.',
  naturalKey: ['ordered_at', 'customer_id'],
  partitionBy: 'ordered_at',
  schema: z.object({
    id: id('order'),
    ordered_at: timestamp('When the order was placed.'),
    customer_id: text('Customer id.'),
    amount: number('Order value in the reporting currency, after discounts, before refunds.'),
    currency: optional(text('ISO currency code.')),
    items: optional(count('Number of items.')),
    channel: optional(oneOf(channels, 'Channel that brought the order.')),
    is_social: optional(boolean('Whether the order is attributed to social.')),
    campaign_id: optional(text('Campaign the order is attributed to.')),
    offer_id: optional(text('Offer redeemed.')),
    refunded: optional(boolean('Whether the order was refunded.')),
  }),
});

export const campaigns = defineEntity({
  name: 'campaigns',
  description: 'A campaign or content series with its dates and objective.',
  naturalKey: ['name', 'started_on'],
  partitionBy: 'started_on',
  schema: z.object({
    id: id('campaign'),
    name: text('Campaign name.'),
    started_on: date('First day.'),
    ended_on: optional(date('Last day.')),
    objective: optional(oneOf(['awareness', 'engagement', 'traffic', 'leads', 'sales', 'advocacy'], 'Objective.')),
    kind: optional(text('launch, series, creator, always-on, …')),
    hashtag: optional(text('Campaign hashtag, lower case without #.')),
    budget: optional(number('Budget in the reporting currency.')),
    channels: optional(list('Channels or networks the campaign runs on.')),
  }),
});

export const offers = defineEntity({
  name: 'offers',
  description: 'An offer (discount, trial, download) and its daily performance on one channel.',
  naturalKey: ['offer_id', 'date', 'channel'],
  partitionBy: 'date',
  schema: z.object({
    id: id('offer row'),
    date: date('Day.'),
    offer_id: text('Offer id.'),
    offer_name: optional(text('Offer name.')),
    campaign_id: optional(text('Campaign the offer belongs to.')),
    channel: optional(text('Network or channel the offer was shown on.')),
    impressions: optional(count('People or impressions that saw the offer.')),
    clicks: optional(count('Clicks on the offer.')),
    conversions: optional(count('Redemptions or sign-ups.')),
    revenue: optional(number('Revenue from redemptions.')),
  }),
});

export const retargetingAudiences = defineEntity({
  name: 'retargeting_audiences',
  description: 'Size of a retargeting (custom) audience per day.',
  naturalKey: ['platform', 'audience_id', 'date'],
  partitionBy: 'date',
  schema: z.object({
    id: id('audience snapshot'),
    date: date('Day.'),
    platform: text('Ad platform, lower case.'),
    audience_id: text('Audience id.'),
    audience_name: optional(text('Audience name.')),
    size: count('Audience size that day.'),
  }),
});

/** Every entity, by name. The order is the order of the README reference. */
export const entities = {
  mentions,
  posts,
  account_snapshots: accountSnapshots,
  web_sessions: webSessions,
  care_cases: careCases,
  inbound_links: inboundLinks,
  earned_media: earnedMedia,
  partnerships,
  leads,
  deals,
  orders,
  campaigns,
  offers,
  retargeting_audiences: retargetingAudiences,
} as const;

export type EntityName = keyof typeof entities;
export const entityNames = Object.keys(entities) as EntityName[];

export function getEntity(name: string): EntityDefinition | undefined {
  return (entities as unknown as Record<string, EntityDefinition>)[name];
}

export type Mention = z.infer<typeof mentions.schema>;
export type Post = z.infer<typeof posts.schema>;
export type AccountSnapshot = z.infer<typeof accountSnapshots.schema>;
export type WebSession = z.infer<typeof webSessions.schema>;
export type CareCase = z.infer<typeof careCases.schema>;
export type InboundLink = z.infer<typeof inboundLinks.schema>;
export type EarnedMedia = z.infer<typeof earnedMedia.schema>;
export type Partnership = z.infer<typeof partnerships.schema>;
export type Lead = z.infer<typeof leads.schema>;
export type Deal = z.infer<typeof deals.schema>;
export type Order = z.infer<typeof orders.schema>;
export type Campaign = z.infer<typeof campaigns.schema>;
export type Offer = z.infer<typeof offers.schema>;
export type RetargetingAudience = z.infer<typeof retargetingAudiences.schema>;

/** Bumped when a stored column changes meaning or type; the store refuses newer folders. */
export const SCHEMA_VERSION = 1;
