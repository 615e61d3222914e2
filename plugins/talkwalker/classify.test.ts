/**
 * The source classifier and the start date, on the shapes they meet. (Their SQL twins are run by
 * the export tests; parity.test.ts compares the two.)
 */
import { describe, expect, it } from 'vitest';
import { startInstant } from './api/start-date.ts';
import { firstMatch, platformRules, reachKindRules, sourceTypeRules } from './classify.ts';

const classify = (sourceType: string | null, name: string | null, url: string | null, reach: string | null = '100') => ({
  platform: firstMatch(platformRules(), [sourceType, name, url]),
  source_type: firstMatch(sourceTypeRules(), [sourceType, name, url]),
  reach_kind: firstMatch(reachKindRules(), [reach, sourceType, name, url]),
});

describe('classify', () => {
  it.each([
    ['SOCIALMEDIA,SOCIALMEDIA_TWITTER', 'Twitter', 'https://twitter.com/a/status/1', { platform: 'twitter', source_type: 'social', reach_kind: 'followers' }],
    ['SOCIALMEDIA_X', null, null, { platform: 'twitter', source_type: 'social', reach_kind: 'followers' }],
    ['SOCIAL', 'X', null, { platform: 'twitter', source_type: 'social', reach_kind: 'followers' }],
    ['[SOCIALMEDIA, SOCIALMEDIA_FACEBOOK]', 'Acme', 'https://www.facebook.com/acme/posts/1', { platform: 'facebook', source_type: 'social', reach_kind: 'fans' }],
    ['SOCIALMEDIA', 'Acme', 'https://m.facebook.com/acme/posts/1', { platform: 'facebook', source_type: 'social', reach_kind: 'fans' }],
    ['SOCIALMEDIA_YOUTUBE', 'Acme', 'https://youtu.be/abc', { platform: 'youtube', source_type: 'social', reach_kind: 'estimated' }],
    ['SOCIALMEDIA', 'Some page', 'https://social.example/p/1', { platform: 'social', source_type: 'social', reach_kind: 'estimated' }],
    ['ONLINENEWS_NEWSPAPER', 'Twitter Times', 'https://twittertimes.example/a', { platform: 'news', source_type: 'news', reach_kind: 'page_views' }],
    ['[BLOG, BLOG_OTHER]', 'Tech News Blog', 'https://blog.example/a', { platform: 'blog', source_type: 'blog', reach_kind: 'page_views' }],
    ['MESSAGEBOARD', null, 'https://forum.example/t/1', { platform: 'forum', source_type: 'forum', reach_kind: 'page_views' }],
    ['BROADCAST_TV', null, null, { platform: 'news', source_type: 'news', reach_kind: 'estimated' }],
    ['PRINT', 'Le Monde', null, { platform: 'news', source_type: 'news', reach_kind: 'estimated' }],
    ['REVIEWS', null, null, { platform: 'review', source_type: 'review', reach_kind: 'estimated' }],
    ['PODCAST', null, null, { platform: 'podcast', source_type: 'podcast', reach_kind: 'estimated' }],
    ['NEWSLETTER_X', null, null, { platform: 'news', source_type: 'news', reach_kind: 'page_views' }],
    ['OTHERTYPE', null, 'https://somewhere.example/', { platform: 'other', source_type: 'other', reach_kind: 'estimated' }],
    [null, 'News Corp', 'https://newscorp.example/', { platform: 'other', source_type: null, reach_kind: 'estimated' }],
    [null, null, 'https://twitter.com/a/status/1', { platform: 'twitter', source_type: 'social', reach_kind: 'followers' }],
  ])('%s | %s | %s', (type, name, url, expected) => {
    expect(classify(type, name, url)).toEqual(expected);
  });

  it('gives no reach kind without a reach', () => {
    expect(classify('SOCIALMEDIA_TWITTER', null, null, null).reach_kind).toBeNull();
    expect(classify('ONLINENEWS', null, null, '').reach_kind).toBeNull();
  });
});

describe('startDate', () => {
  it.each([
    ['2026-03-01', 'UTC', '2026-03-01T00:00:00.000Z'],
    ['2026-03-01', 'Europe/Paris', '2026-02-28T23:00:00.000Z'],
    ['2026-07-01T08:00', 'Europe/Paris', '2026-07-01T06:00:00.000Z'],
    ['2026-03-29 02:30', 'Europe/Paris', '2026-03-29T01:30:00.000Z'],
    ['2026-03-01T08:00:00+02:00', 'America/New_York', '2026-03-01T06:00:00.000Z'],
    ['2026-03-01T08:00:00.5Z', 'Asia/Tokyo', '2026-03-01T08:00:00.500Z'],
  ])('%s in %s → %s', (text, zone, iso) => {
    expect(new Date(startInstant(text, zone)).toISOString()).toBe(iso);
  });
});
