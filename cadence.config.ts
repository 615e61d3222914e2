/**
 * The demo project: Alpenglow, a fictional outdoor gear brand. `cadence demo` writes the export
 * files below into data/exports/ (see src/demo/); each `csv` source reads one of them, the way a
 * team would read the files they download from their tools.
 */
import { defineConfig, defineMetric } from 'cadence/config';

/**
 * The demo's own KPI (a project metric, next to the built-in ones): how many of the owned posts'
 * engagements are saves — a sign that content is worth coming back to.
 */
const saveRate = defineMetric({
  id: 'influencing.save_rate',
  stage: 'influencing',
  label: 'Save rate',
  unit: 'percent',
  direction: 'up',
  definition: 'Saves ÷ engagements of the owned posts published in the period (posts without a save count are left out).',
  entities: ['posts'],
  whenEmpty: 'no posts with saves and engagements published in the period',
  sql: (c) => `
    SELECT pd.period, sum(p.saves) / nullif(sum(p.engagements), 0) AS value, sum(p.saves) AS saves, sum(p.engagements) AS engagements
    FROM posts p ${c.byPeriod('p.published_at')}
    WHERE p.saves IS NOT NULL AND p.engagements > 0
    GROUP BY pd.period`,
});

/** GA4 / HubSpot-style channel groups → Cadence channels. */
const channel = {
  'organic search': 'organic_search',
  'paid search': 'paid_search',
  'organic social': 'organic_social',
  'paid social': 'paid_social',
  direct: 'direct',
  'direct traffic': 'direct',
  email: 'email',
  'email marketing': 'email',
  referral: 'referral',
  referrals: 'referral',
  affiliates: 'affiliate',
  display: 'display',
  'offline sources': 'other',
  'other campaigns': 'other',
  unassigned: 'other',
};

/** The same channel groups → whether the traffic, lead or order came from social. */
const fromSocial = {
  'organic social': true,
  'paid social': true,
  'organic search': false,
  'paid search': false,
  direct: false,
  'direct traffic': false,
  email: false,
  'email marketing': false,
  referral: false,
  referrals: false,
  affiliates: false,
  display: false,
  'offline sources': false,
  'other campaigns': false,
  unassigned: false,
};

/** Sprout's network names → lower-case platform names. */
const network = { instagram: 'instagram', facebook: 'facebook', linkedin: 'linkedin', x: 'x', tiktok: 'tiktok', youtube: 'youtube', messenger: 'messenger' };

const sentiment = { positive: 'positive', neutral: 'neutral', negative: 'negative' };

/** Sprout tags on owned posts → campaign ids (campaigns.csv). */
const campaignTag = {
  'summer sale': 'summer_sale_2025',
  'hut to hut': 'hut_to_hut_2025',
  'black week': 'black_week_2025',
  'layering guide': 'layering_guide_2026',
  'spring trail days': 'spring_trail_days_2026',
  'trail stories': 'trail_stories_2026',
  'autumn launch': 'autumn_launch_2026',
};

const folder = 'data/exports';

export default defineConfig({
  brand: {
    name: 'Alpenglow',
    aliases: ['Alpenglow Outdoor', 'Alpenglow GmbH', 'Firn shell jacket', 'Grat 30 pack', 'Sella trail shoes', 'Kamm UL tent', 'Glut down hoodie'],
    keywords: ['alpenglow', 'alpenglow outdoor', 'alpenglow jacket', 'firn jacket'],
    handles: ['alpenglow', 'alpenglow.outdoor'],
    hashtags: ['alpenglow', 'alpenglowcrew', 'alpenglowautumn', 'trailstories'],
    website: 'alpenglow.example',
  },
  competitors: [
    { name: 'Summitra', aliases: ['Apex Pro jacket', 'Cirrus 40 pack'], keywords: ['summitra'], handles: ['summitra'], hashtags: ['summitra'], website: 'summitra.example' },
    { name: 'Trailhaus', aliases: ['Trailhaus Vento shoes', 'Basislager tent'], keywords: ['trailhaus'], handles: ['trailhaus'], hashtags: ['trailhaus'], website: 'trailhaus.example' },
    { name: 'Nordpeak', aliases: ['Nordpeak Fjell parka'], keywords: ['nordpeak'], handles: ['nordpeak', 'nordpeak_official'], hashtags: ['nordpeak'], website: 'nordpeak.example' },
  ],
  topics: [
    { name: 'ultralight hiking', keywords: ['ultralight', 'UL hiking', 'base weight', 'ultraleicht'] },
    { name: 'trail running', keywords: ['trail running', 'trailrun', 'ultra trail', 'Traillauf'] },
  ],
  influencers: [
    { name: 'Lena Hofer', role: 'trail runner', handles: ['lenaruns'] },
    { name: 'Jonas Brandt', role: 'ultralight hiker', handles: ['jonasgoeslight'] },
    { name: 'Mia Castell', role: 'alpinist', handles: ['miaclimbs'] },
    { name: 'Tom Okafor', role: 'gear reviewer', handles: ['gearwithtom'] },
  ],
  publicFaces: [
    { name: 'Katrin Vogel', role: 'CEO', handles: ['katrinvogel'] },
    { name: 'Felix Moser', role: 'Head of Product', handles: ['felixmoser'] },
    { name: 'Sara Lindqvist', role: 'brand ambassador', handles: ['saralindqvist'] },
  ],
  timezone: 'Europe/Berlin',
  locale: 'en-GB',
  currency: 'EUR',
  goals: [
    { kpi: 'selling.revenue', label: 'Revenue +10% on the same quarter last year', period: 'quarter', change: 0.1, versus: 'previous_year' },
    { kpi: 'listening.share_of_voice', label: 'Share of voice of 35%', period: 'quarter', target: 35 },
    { kpi: 'influencing.audience_growth_rate', label: 'Audience +5% a quarter', period: 'quarter', target: 5 },
  ],
  metrics: [saveRate],
  site: {
    title: 'Alpenglow social report',
    colors: {
      primary: '#7a2e3a',
      accent: '#f08a3c',
      positive: '#2f855a',
      negative: '#c53030',
      text: '#1f2328',
      background: '#fffdf9',
    },
  },
  sources: {
    // The Brandwatch-style mentions export (metadata lines above the header), through the
    // brandwatch plugin. Beyond its built-in mapping, the demo's queries are named after the
    // tracked names (so they say which one a mention is about), and the Tags column marks employees.
    mentions: {
      plugin: 'brandwatch',
      options: {
        file: `${folder}/mentions-brandwatch-style.csv`,
        timezone: 'UTC',
        columns: {
          matched_name: 'Query Name',
          matched_kind: {
            column: 'Query Name',
            map: {
              alpenglow: 'brand',
              summitra: 'competitor',
              trailhaus: 'competitor',
              nordpeak: 'competitor',
              'ultralight hiking': 'topic',
              'trail running': 'topic',
              'lena hofer': 'influencer',
              'jonas brandt': 'influencer',
              'mia castell': 'influencer',
              'tom okafor': 'influencer',
              'katrin vogel': 'public_face',
              'felix moser': 'public_face',
              'sara lindqvist': 'public_face',
            },
          },
          hashtags: 'Hashtags',
          links: 'Expanded URLs',
          thread_id: 'Thread Id',
          is_employee: { column: 'Tags', map: { employee: true } },
        },
      },
    },
    // Sprout Social exports, through the sprout-social plugin: post performance (`09/14/2026 10:30 am`
    // in Berlin time, "1,234", "4.21%") and profile performance (one row per profile and day).
    sprout: {
      plugin: 'sprout-social',
      options: {
        timezone: 'Europe/Berlin',
        posts: {
          file: `${folder}/sprout-post-performance.csv`,
          // Beyond the plugin's built-in mapping: the demo tags posts with their campaign.
          columns: { campaign_id: { column: 'Tags', map: campaignTag }, hashtags: 'Hashtags' },
        },
        profiles: { file: `${folder}/sprout-profile-performance.csv` },
      },
    },
    // GA4 traffic acquisition: `#` comment lines above the header, Date `20260914`.
    web_sessions: {
      plugin: 'csv',
      options: {
        file: `${folder}/ga4-sessions.csv`,
        entity: 'web_sessions',
        columns: {
          id: { hash: ['Date', 'Session primary channel group (Default Channel Group)', 'Session source / medium', 'Session campaign'] },
          date: { column: 'Date', format: '%Y%m%d' },
          channel: { column: 'Session primary channel group (Default Channel Group)', map: channel },
          channel_original: 'Session primary channel group (Default Channel Group)',
          source: { column: 'Session source / medium', pattern: '^(.*?) / ' },
          medium: { column: 'Session source / medium', pattern: ' / (.*)$' },
          campaign: 'Session campaign',
          sessions: 'Sessions',
          engaged_sessions: 'Engaged sessions',
          users: 'Total users',
          pageviews: 'Views',
          conversions: 'Key events',
          bounce_rate: 'Bounce rate',
          avg_time_on_page: 'Average engagement time per session',
          is_social: { column: 'Session primary channel group (Default Channel Group)', map: fromSocial },
        },
      },
    },
    // Social care desk: ISO 8601 times in UTC with Z.
    care_cases: {
      plugin: 'csv',
      options: {
        file: `${folder}/care-cases.csv`,
        entity: 'care_cases',
        timezone: 'UTC',
        columns: {
          id: 'Case ID',
          opened_at: { column: 'Created', format: '%Y-%m-%dT%H:%M:%SZ' },
          first_response_at: { column: 'First Reply', format: '%Y-%m-%dT%H:%M:%SZ' },
          triaged_at: { column: 'Triaged', format: '%Y-%m-%dT%H:%M:%SZ' },
          resolved_at: { column: 'Solved', format: '%Y-%m-%dT%H:%M:%SZ' },
          platform: { column: 'Network', map: network },
          customer_handle: 'Customer',
          kind: { column: 'Case Type', map: { complaint: 'complaint', question: 'question', 'product gap': 'product_gap', 'content gap': 'content_gap', praise: 'praise', other: 'other' } },
          routed_team: { column: 'Assigned Team', map: { 'customer care': 'customer_care', content: 'content', product: 'product', sales: 'sales', other: 'other' } },
          theme: 'Theme',
          sentiment: { column: 'Sentiment', map: sentiment },
          refund: 'Refund',
          refund_amount: 'Refund Amount',
          retained: 'Customer Retained',
          customer_id: 'Customer ID',
        },
      },
    },
    // SEO tool backlinks: First seen in UTC.
    inbound_links: {
      plugin: 'csv',
      options: {
        file: `${folder}/inbound-links.csv`,
        entity: 'inbound_links',
        timezone: 'UTC',
        columns: {
          id: { hash: ['Referring page URL', 'Target URL'] },
          first_seen_at: { column: 'First seen', format: '%Y-%m-%d %H:%M:%S' },
          source_url: 'Referring page URL',
          source_domain: 'Referring domain',
          target_url: 'Target URL',
          anchor_text: 'Anchor',
          domain_authority: 'Domain rating',
          from_social: 'From social',
        },
      },
    },
    // Media monitoring: `14 Sep 2026 08:05` in Berlin time, relevance "85%", AVE "1,234.50".
    earned_media: {
      plugin: 'csv',
      options: {
        file: `${folder}/earned-media.csv`,
        entity: 'earned_media',
        timezone: 'Europe/Berlin',
        columns: {
          id: { hash: ['URL'] },
          published_at: { column: 'Published', format: '%d %b %Y %H:%M' },
          outlet: 'Outlet',
          url: 'URL',
          title: 'Headline',
          author: 'Author',
          reach: 'Reach',
          sentiment: { column: 'Sentiment', map: sentiment },
          relevance: 'Relevance',
          value: 'AVE (EUR)',
          matched_name: 'About',
          matched_kind: { column: 'About', map: { alpenglow: 'brand', summitra: 'competitor', trailhaus: 'competitor', nordpeak: 'competitor' } },
        },
      },
    },
    // The team's partnership sheet: German dates `14.09.2026`.
    partnerships: {
      plugin: 'csv',
      options: {
        file: `${folder}/partnerships.csv`,
        entity: 'partnerships',
        columns: {
          id: { hash: ['Partner', 'Start date'] },
          partner: 'Partner',
          kind: 'Type',
          started_on: { column: 'Start date', format: '%d.%m.%Y' },
          ended_on: { column: 'End date', format: '%d.%m.%Y' },
          initiated_by: { column: 'Initiated by', map: { us: 'us', partner: 'partner' } },
          status: { column: 'Status', map: { proposed: 'proposed', active: 'active', ended: 'ended' } },
          relevance: 'Relevance',
          value: 'Estimated value (EUR)',
        },
      },
    },
    // HubSpot UI exports (contacts → leads, deals → deals) through the hubspot plugin: Berlin time
    // without offset, Close Date with or without a time, e-mail hashed on import.
    hubspot: {
      plugin: 'hubspot',
      options: {
        timezone: 'Europe/Berlin',
        exports: {
          contacts: {
            file: `${folder}/hubspot-crm-exports-all-contacts-2026-09-30.csv`,
            // Beyond the plugin's built-in mapping: the demo's UTM campaign and offer code.
            columns: { campaign_id: 'UTM Campaign', offer_id: 'Offer Code' },
          },
          deals: { file: `${folder}/hubspot-crm-exports-all-deals-2026-09-30.csv` },
        },
      },
    },
    // Shopify-style orders: `2026-09-14 10:30:05 +0200` (the offset makes the zone explicit).
    orders: {
      plugin: 'csv',
      options: {
        file: `${folder}/orders.csv`,
        entity: 'orders',
        timezone: 'Europe/Berlin',
        columns: {
          id: 'Id',
          ordered_at: { column: 'Created at', format: '%Y-%m-%d %H:%M:%S %z' },
          customer_id: 'Customer ID',
          amount: 'Total',
          currency: 'Currency',
          items: 'Lineitem quantity',
          channel: { column: 'Attributed Channel', map: channel },
          is_social: { column: 'Attributed Channel', map: fromSocial },
          campaign_id: 'UTM Campaign',
          offer_id: 'Discount Code',
          refunded: { column: 'Financial Status', map: { paid: false, refunded: true, partially_refunded: true } },
        },
      },
    },
    campaigns: {
      plugin: 'csv',
      options: {
        file: `${folder}/campaigns.csv`,
        entity: 'campaigns',
        columns: {
          id: 'Campaign ID',
          name: 'Campaign',
          started_on: { column: 'Start', format: '%Y-%m-%d' },
          ended_on: { column: 'End', format: '%Y-%m-%d' },
          objective: { column: 'Objective', map: { awareness: 'awareness', engagement: 'engagement', traffic: 'traffic', leads: 'leads', sales: 'sales', advocacy: 'advocacy' } },
          kind: 'Type',
          hashtag: { column: 'Hashtag', pattern: '^#?(.+)$' },
          budget: 'Budget (EUR)',
          channels: 'Channels',
        },
      },
    },
    offers: {
      plugin: 'csv',
      options: {
        file: `${folder}/offers.csv`,
        entity: 'offers',
        columns: {
          id: { hash: ['Day', 'Offer ID', 'Channel'] },
          date: { column: 'Day', format: '%Y-%m-%d' },
          offer_id: 'Offer ID',
          offer_name: 'Offer Name',
          campaign_id: 'Campaign ID',
          channel: { column: 'Channel', map: { instagram: 'instagram', facebook: 'facebook', tiktok: 'tiktok', email: 'email' } },
          impressions: 'Impressions',
          clicks: 'Clicks',
          conversions: 'Conversions',
          revenue: 'Revenue (EUR)',
        },
      },
    },
    // Ad managers' audience sizes: British dates `14/09/2026`, sizes rounded "12,400".
    retargeting_audiences: {
      plugin: 'csv',
      options: {
        file: `${folder}/retargeting-audiences.csv`,
        entity: 'retargeting_audiences',
        columns: {
          id: { hash: ['Date', 'Platform', 'Audience ID'] },
          date: { column: 'Date', format: '%d/%m/%Y' },
          platform: { column: 'Platform', map: { meta: 'meta', tiktok: 'tiktok', 'google ads': 'google_ads' } },
          audience_id: 'Audience ID',
          audience_name: 'Audience Name',
          size: 'Size',
        },
      },
    },
  },
});
