/**
 * Cadence configuration. `npx cadence check` validates it; every key is described in the README's
 * config reference (and in your editor, through defineConfig's types).
 */
import { defineConfig } from 'cadence/config';

export default defineConfig({
  // The brand the reports are about. Aliases, keywords, handles and hashtags help match mentions.
  brand: {
    name: 'Alpenglow',
    aliases: ['Alpenglow Outdoor'],
    handles: ['alpenglow'],
    hashtags: ['alpenglow', 'hikelight'],
    website: 'alpenglow.example',
  },
  // Competitors, for share of voice.
  competitors: [{ name: 'Summit Supply', handles: ['summitsupply'], hashtags: ['summitsupply'] }],
  topics: [{ name: 'ultralight hiking', keywords: ['ultralight', 'thru-hike', 'base weight'] }],

  // Days, weeks and months are cut in this time zone; numbers, dates and the reports' language follow
  // the locale (complete: en, it-IT, ko-KR, ro-RO, el-GR, hu-HU; README "Adding a language").
  timezone: 'Europe/Berlin',
  locale: 'en-GB',
  currency: 'EUR',

  // Queries run on embedded DuckDB. Past one machine, run them on ClickHouse over the same data
  // folder (README: "Engines"):
  // engine: { kind: 'clickhouse', url: 'http://clickhouse.internal:8123', user: 'cadence', password: { env: 'CLICKHOUSE_PASSWORD' } },

  // Where data comes from. Each key is a source name (`npx cadence pull posts` pulls one).
  sources: {
    posts: {
      plugin: 'csv',
      options: {
        file: 'exports/posts.csv',
        entity: 'posts',
        // Entity field → column of the export (names are matched case-insensitively).
        columns: {
          published_at: { column: 'Date', format: ['%Y-%m-%d %H:%M'] },
          platform: 'Network',
          account_name: 'Profile',
          post_type: 'Type',
          text: 'Message',
          url: 'Link',
          impressions: 'Impressions',
          reach: 'Reach',
          engagements: 'Engagements',
          likes: 'Likes',
          comments: 'Comments',
          shares: 'Shares',
          clicks: 'Link Clicks',
          video_views: 'Video Views',
        },
      },
    },
    // An API source keeps its credentials in the environment, never in this file:
    // hubspot: { plugin: 'hubspot', options: { token: { env: 'HUBSPOT_TOKEN' } } },
  },

  // Business and brand goals shown in leadership reports.
  goals: [{ kpi: 'listening.share_of_voice', label: 'Share of voice', period: 'year', target: 35 }],

  site: {
    title: 'Alpenglow social reports',
    // Serve the site under a sub-path (e.g. '/reports/') when it does not live at the domain root.
    base: '/',
    outDir: 'dist',
  },
});
