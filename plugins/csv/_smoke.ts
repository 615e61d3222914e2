import plugin from './index.ts';
const silent = { debug: console.log, info: console.log, warn: console.log, error: console.log };
async function run(file: string, entity: string, columns: Record<string, unknown>) {
  const options = plugin.options.parse({ file, entity, columns });
  const ctx = { source: 's', options, signal: new AbortController().signal, log: silent, fetch, clock: { now: () => new Date() }, projectDir: '/work/shared/real-data', timezone: 'UTC', tracked: {} as never, cursor: () => undefined };
  try {
    console.log(await plugin.check(ctx as never));
    for await (const item of plugin.pull(ctx as never)) console.log(JSON.stringify(item));
  } catch (e) { console.log(String(e)); }
}
await run('uci_facebook_live_sellers_thailand/Live.csv', 'posts', { id: 'status_id', published_at: { column: 'status_published', format: '%m/%d/%Y %H:%M' }, platform: { value: 'facebook' }, post_type: 'status_type', reactions: 'num_reactions', comments: 'NUM_COMMENTS', shares: 'num_shares' });
await run('ga_ua_blog_analytics_bbva/blog_analytics.csv', 'web_sessions', { date: { value: '2018-01-01' }, channel: { value: 'other' }, source: 'Source', landing_page: 'Page', country: 'Country', device: 'Device Category', sessions: 'Sessions', bounce_rate: 'Bounce Rate', avg_time_on_page: 'Avg. Time on Page', pageviews: 'Page Views', users: 'Users', is_social: { value: false } });
await run('ga_ua_blog_analytics_bbva/blog_analytics.csv', 'web_sessions', { date: { value: '2018-01-01' }, channel: { value: 'other' }, sessions: 'Sesions', is_social: { value: false } });
await run('*/*.csv', 'posts', {});
await run('uci_facebook_live_sellers_thailand/*.csv', 'posts', { published_at: 'status_published', platform: { value: 'x' } , likes: {sum: ['num_likes', 'num_loves']}, id: {hash: ['*']}, url: {template: 'https://fb.com/{STATUS_ID}'}});
