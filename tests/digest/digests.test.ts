/**
 * The digests over the demo company (tests/fixtures/demo-data.ts), as of 2026-10-01: the weekly
 * chat update of 2026-W38 (team), the employee digest and the leadership e-mail of September
 * 2026, in English and Italian. They render the story tree (src/core/story/narrative.ts), so
 * their findings are the site's: the site's Findings, NextSteps, WinsAndRisks and Asks render
 * the same mdast nodes (findingsNode, nextStepsNode) to HTML (src/site/story-html.ts).
 */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { List, Paragraph } from 'mdast';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load.ts';
import type { TopContentRow } from '../../src/core/metrics/lists/types.ts';
import { monthPeriod, weekPeriod } from '../../src/core/periods/period.ts';
import { buildReportModels } from '../../src/core/report/build.ts';
import type { ReportModel } from '../../src/core/report/model.ts';
import type { CadenceConfig } from '../../src/core/schema/config.ts';
import { openReader, type DataReader } from '../../src/core/store/reader.ts';
import { createFormat } from '../../src/core/story/format.ts';
import { findingsNode, findingsTree, goalCounts, nextStepsNode, nodesWithRole } from '../../src/core/story/narrative.ts';
import { storyHtml } from '../../src/site/story-html.ts';
import { plainText } from '../../src/digest/markdown.ts';
import { digestContext, digestOutput, renderDigest } from '../../src/digest/run.ts';
import { samplePosts } from '../../src/digest/employee.ts';
import { escapeSlack, slackText, toMrkdwn, validateBlocks, type Block } from '../../src/digest/slack.ts';
import { siteLinks } from '../../src/digest/links.ts';

let config: CadenceConfig;
let reader: DataReader;
const models = new Map<string, ReportModel>();
let italian: ReportModel;

const get = (period: string, audience: string): ReportModel => {
  const m = models.get(`${period}/${audience}`);
  if (!m) throw new Error(`no model ${period}/${audience}`);
  return m;
};

beforeAll(async () => {
  const dir = inject('demoProjectDir');
  ({ config } = await loadConfig({ projectDir: dir }));
  reader = await openReader(join(dir, config.dataDir));
  const tz = config.timezone;
  const built = await buildReportModels({ reader, config, periods: [weekPeriod('2026-W38', tz), monthPeriod('2026-09', tz)], audiences: ['team', 'leadership'], asOf: '2026-10-01' });
  for (const m of built) models.set(`${m.period.id}/${m.audience}`, m);
  [italian] = await buildReportModels({ reader, config: { ...config, locale: 'it-IT' }, periods: [monthPeriod('2026-09', tz)], audiences: ['team'], asOf: '2026-10-01' });
}, 180_000);

afterAll(async () => {
  await reader?.close();
});

const ctx = () => digestContext(config);

describe('the story tree', () => {
  it('lists the findings as the site does: the same headlines in the same order, each linked to the report page', () => {
    const m = get('2026-W38', 'team');
    const f = createFormat(config.locale, config.currency);
    const tree = findingsTree(m, { t: f.t, format: f, link: siteLinks(config.site).link });
    const list = nodesWithRole(tree, 'findings')[0] as List;
    expect(list.type).toBe('list');
    // The site's Findings component shows the first 5 findings' headlines (limit 5).
    expect(list.children.map((li) => plainText(li))).toEqual(m.findings.slice(0, 5).map((x) => x.headline));
    const first = (list.children[0]!.children[0] as Paragraph).children[0]!;
    expect(first).toMatchObject({ type: 'link', url: '/weekly/2026-W38/team/' });
  });

  it('is what the site renders: the same nodes, to HTML with the tone spoken and text escaped', () => {
    const m = get('2026-W38', 'team');
    const f = createFormat(config.locale, config.currency);
    const tree = findingsTree(m, { t: f.t, format: f, link: () => '/r/' });
    // The tree's lists are the builders' lists (with links); the site renders them without links.
    expect(nodesWithRole(tree, 'findings')[0]).toEqual(findingsNode(m.findings.slice(0, 5), { url: '/r/', empty: f.t.site.findingsEmpty }));
    expect(nodesWithRole(tree, 'next-steps')[0]).toEqual(nextStepsNode(m.story.nextSteps, { limit: 5, empty: f.t.report.noNextSteps }));
    const html = storyHtml([findingsNode(m.findings.slice(0, 5), { url: null, empty: f.t.site.findingsEmpty })], f.t.site.tone);
    // On the page a headline carries its own links (the story's site), so the text is read without tags.
    const items = [...html.matchAll(/<li class="finding (good|bad|mixed|neutral)"><span class="sr-only">([^<]*)<\/span>(.*?)<\/li>/g)];
    expect(items.map((i) => i[3]!.replace(/<[^>]+>/g, '').replaceAll('&#x26;', '&'))).toEqual(m.findings.slice(0, 5).map((x) => x.headline));
    expect(html).toContain('<a href="https://news.example/alpenglow-jacket-recall">news.example</a>');
    expect(items.map((i) => [i[1], i[2]])).toEqual(m.findings.slice(0, 5).map((x) => [x.tone, `${f.t.site.tone[x.tone]}: `]));
    expect(html.startsWith('<ol class="findings">')).toBe(true);
    // Text from data is escaped; an empty list is the "nothing stands out" paragraph.
    const hostile = storyHtml([findingsNode([{ ...m.findings[0]!, headline: '<script>alert(1)</script> & <b>' }], { url: null, empty: '' })], f.t.site.tone);
    expect(hostile).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; &#x3C;b>');
    expect(hostile).not.toContain('<script>');
    expect(storyHtml([findingsNode([], { url: null, empty: f.t.site.findingsEmpty })], f.t.site.tone)).toBe(`<p class="empty">${f.t.site.findingsEmpty}</p>`);
    const asks = storyHtml([nextStepsNode(get('2026-09', 'leadership').story.nextSteps, { limit: 3, empty: 'none', ordered: true, className: 'asks' })], null);
    expect(asks).toMatch(/^<ol class="asks">\n<li>/);
  });

  it('makes links absolute with site.url, under the base path', () => {
    const links = siteLinks({ base: '/reports/', url: 'https://reports.example.com' });
    expect(links.absolute).toBe(true);
    expect(links.link('weekly/2026-W38/team/')).toBe('https://reports.example.com/reports/weekly/2026-W38/team/');
    expect(siteLinks({ base: '/' }).link('weekly/2026-W38/team/')).toBe('/weekly/2026-W38/team/');
  });
});

describe('the weekly chat update (2026-W38, team)', () => {
  it('opens with the site’s first finding, linked to /weekly/2026-W38/team/', () => {
    const m = get('2026-W38', 'team');
    expect(m.findings.length).toBeGreaterThan(0);
    const d = renderDigest('chat', m, ctx());
    const blocks = (d.payload as { blocks: Block[] }).blocks;
    const findings = blocks.find((b) => b.type === 'section' && b.text.text.startsWith('*What stands out*'));
    expect(findings).toBeDefined();
    const line = (findings as { text: { text: string } }).text.text.split('\n')[1]!;
    expect(line).toBe(`1. </weekly/2026-W38/team/|${slackText(m.findings[0]!.headline)}>`);
    // Markdown: an ordered list of links, the first the first headline.
    const md = d.markdown.split('\n');
    const items = md.filter((l) => /^\d+\. \[/.test(l));
    expect(items.length).toBe(Math.min(5, m.findings.length));
    expect(items[0]).toMatch(/^1\. \[.+\]\(\/weekly\/2026-W38\/team\/\)$/);
    expect(plainText(nodesWithRole(d.tree, 'findings')[0]!).startsWith(`1. ${m.findings[0]!.headline}`)).toBe(true);
    // Relative links come with the note.
    expect(d.markdown).toContain('set site.url');
  });

  it('is valid Block Kit (header, sections, dividers, context within Slack’s limits)', () => {
    const d = renderDigest('chat', get('2026-W38', 'team'), ctx());
    expect(validateBlocks(d.payload)).toEqual([]);
    const types = (d.payload as { blocks: Block[] }).blocks.map((b) => b.type);
    expect(types[0]).toBe('header');
    expect(types).toContain('section');
    expect(types).toContain('divider');
    expect(types).toContain('context');
    expect(typeof d.payload.text).toBe('string');
    expect(JSON.parse(digestOutput(d, 'json'))).toEqual(d.payload);
  });

  it('text from data has no live mention, link or formatting mark, in the blocks and in the fallback text', () => {
    const hostile = '<!channel> @here @channel @everyone @all <@U024BE7LH> <https://evil.example|slack link> *bold* ~strike~ `code` _italic_ user_name';
    const m = get('2026-W38', 'team');
    const first = { ...m.findings[0]!, headline: hostile };
    const d = renderDigest('chat', { ...m, brand: `Brand @here`, findings: [first, ...m.findings.slice(1)] }, ctx());
    const json = JSON.stringify(d.payload);
    const texts = [d.payload.text as string, ...(d.payload as { blocks: Block[] }).blocks.flatMap((b) => ('text' in b ? [b.text.text] : 'elements' in b ? b.elements.map((e) => e.text) : []))];
    for (const t of texts) {
      // No raw "<" from data: Slack's only link and mention syntax starts with it.
      expect(t).not.toMatch(/<!|<@|<https:\/\/evil/);
      // No "@" directly followed by a name: Mattermost notifies on plain @here/@channel/@user.
      expect(t).not.toMatch(/@(here|channel|everyone|all)\b/);
      // No mrkdwn mark from data ("*bold*" and the others come through as look-alikes).
      expect(t).not.toMatch(/\*bold\*|~strike~|`code`|(^|\s)_italic_/);
    }
    expect(d.payload.text).toContain('&lt;!channel&gt;');
    expect(d.payload.text).toContain('∗bold∗');
    expect(d.payload.text).toContain('user_name');
    expect(json).toContain('slack link');
    expect(validateBlocks(d.payload)).toEqual([]);
    // The mrkdwn of one text node, exactly.
    expect(toMrkdwn({ type: 'text', value: '@here *x* _y_ a_b' })).toBe('@\u2060here ∗x∗ ˍyˍ a_b');
    expect(escapeSlack('<&>')).toBe('&lt;&amp;&gt;');
  });

  it('still renders, and validates, when nothing stands out', () => {
    const m = { ...get('2026-W38', 'team'), findings: [] };
    const d = renderDigest('chat', m, ctx());
    expect(validateBlocks(d.payload)).toEqual([]);
    expect(d.markdown).toContain('Nothing stands out in this period');
  });
});

describe('the Block Kit validator', () => {
  const ok = { blocks: [{ type: 'header', text: { type: 'plain_text', text: 'Week 38' } }, { type: 'section', text: { type: 'mrkdwn', text: '*x*' } }, { type: 'divider' }, { type: 'context', elements: [{ type: 'mrkdwn', text: 'y' }] }] };
  it('accepts a good payload', () => expect(validateBlocks(ok)).toEqual([]));
  it('fails on each broken limit', () => {
    const one = (block: unknown) => validateBlocks({ blocks: [block] });
    expect(one({ type: 'header', text: { type: 'plain_text', text: 'x'.repeat(151) } })[0]).toMatch(/151 characters, more than 150/);
    expect(one({ type: 'header', text: { type: 'mrkdwn', text: 'x' } })[0]).toMatch(/not plain_text/);
    expect(one({ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(3001) } })[0]).toMatch(/more than 3000/);
    expect(one({ type: 'section', text: { type: 'mrkdwn', text: '' } })[0]).toMatch(/empty text/);
    expect(one({ type: 'context', elements: Array.from({ length: 11 }, () => ({ type: 'mrkdwn', text: 'a' })) })[0]).toMatch(/11 context elements/);
    expect(one({ type: 'context', elements: [] })[0]).toMatch(/without elements/);
    expect(one({ type: 'image', image_url: 'x' })[0]).toMatch(/not header, section, context or divider/);
    expect(one({ type: 'divider', text: 'x' })[0]).toMatch(/unknown field text/);
    expect(validateBlocks({ blocks: Array.from({ length: 51 }, () => ({ type: 'divider' })) })).toContain('51 blocks, more than 50');
    expect(validateBlocks({})).toEqual(['payload.blocks is not an array']);
  });
});

describe('the monthly employee digest (2026-09, team)', () => {
  it('is e-mail-safe HTML: tables, inline styles only, no script, handlers, link or style tags', () => {
    const d = renderDigest('employee', get('2026-09', 'team'), ctx());
    expect(d.html).toMatch(/^<!doctype html>/i);
    expect(d.html).toContain('<table');
    expect(d.html).not.toMatch(/<script/i);
    expect(d.html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(d.html).not.toMatch(/<link[\s>]/i);
    expect(d.html).not.toMatch(/<style[\s>]/i);
    expect(d.html).not.toMatch(/\sclass=/i);
    expect(d.html).toContain('style="');
  });

  it('tells staff what to say about the recall and what to be proud of, without an SLA figure or spike statistics', () => {
    const m = get('2026-09', 'team');
    const d = renderDigest('employee', m, ctx());
    // The guidance, naming the story; never the internal detail.
    expect(d.text).toContain('If you are asked');
    expect(d.text).toContain('You may be asked about a news.example story, “Alpenglow recalls Firn rain jackets after seams fail in storm tests”. Please don’t comment yourself: point people to the company’s statement');
    for (const internal of [/SLA/i, /within (12|24) hours/, /triag/i, /resol/i, /refund/i, /typical/i, /-fold/, /\bspike/i, /negative mentions/i, /against a typical/]) expect(d.text).not.toMatch(internal);
    // What staff can be proud of: the launch and the goals met, named.
    expect(d.text).toContain('“Autumn launch” got people talking about us this month.');
    expect(d.text).toMatch(/We met our goal: (Share of voice of 35%|Audience \+5% a quarter)\./);
  });

  it('sorts the best posts by the figure it shows (engagements)', () => {
    const m = get('2026-09', 'team');
    const d = renderDigest('employee', m, ctx());
    const table = d.markdown.split('\n').filter((l) => /^\| .*engagements \|$/.test(l));
    const shown = table.map((l) => Number(/([\d,]+) engagements \|$/.exec(l)![1]!.replaceAll(',', '')));
    expect(shown.length).toBe(3);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    const list = m.lists.topContent;
    if (!list.available) throw new Error('top content unavailable in the demo');
    expect(shown).toEqual(list.rows.slice(0, 3).map((r) => r.engagements));
  });

  it('shows the three best owned posts with platform, result and link, and two ready-to-copy posts', () => {
    const m = get('2026-09', 'team');
    const list = m.lists.topContent;
    if (!list.available) throw new Error('top content unavailable in the demo');
    const top = list.rows.slice(0, 3);
    expect(top.length).toBe(3);
    const d = renderDigest('employee', m, ctx());
    for (const row of top) {
      expect(d.html).toContain(`href="${row.url}"`);
    }
    const r = top[0]!;
    const value = new Intl.NumberFormat(config.locale).format(r.reach ?? r.impressions ?? r.engagements);
    const metric = r.reach ? `reached ${value} people` : r.impressions ? `was seen ${value} times` : `drew ${value} likes`;
    expect(d.text).toContain(`Our September 2026 post on ${r.platform === 'instagram' ? 'Instagram' : r.platform.charAt(0).toUpperCase() + r.platform.slice(1)} ${metric}`);
    const sum = top.reduce((s, x) => s + x.engagements, 0);
    expect(d.text).toContain(`Our 3 best posts of September 2026 drew ${new Intl.NumberFormat(config.locale).format(sum)} likes, comments and shares.`);
    // No finding of the team's report reaches all staff.
    expect(d.text).not.toContain(m.findings[0]!.headline);
  });

  it('builds the sample posts from the catalog: reach, else impressions, else engagements', () => {
    const row = (over: Partial<TopContentRow>): TopContentRow => ({ rank: 1, id: 'p', platform: 'instagram', account: null, postType: null, url: 'https://x.example/p', text: 'hi', day: '2026-09-03', engagements: 100, impressions: null, reach: null, engagementRate: null, campaignId: null, ...over });
    const c = ctx();
    const a = samplePosts([row({ reach: 12950 })], c, { month: 'September 2026', brand: 'Alpenglow' });
    expect(a).toEqual([{ text: 'Our September 2026 post on Instagram reached 12,950 people — thank you to everyone who liked, commented and shared it!', url: 'https://x.example/p' }]);
    // No reach, no impressions: engagements. Round-up: 100 + 50 = 150 engagements over 2 posts.
    const b = samplePosts([row({ platform: 'linkedin' }), row({ engagements: 50, url: 'javascript:alert(1)' })], c, { month: 'September 2026', brand: 'Alpenglow' });
    expect(b[0]!.text).toContain('Our September 2026 post on LinkedIn drew 100 likes, comments and shares');
    expect(b[1]).toEqual({ text: "Our 2 best posts of September 2026 drew 150 likes, comments and shares. Follow Alpenglow so you don't miss the next ones!", url: null });
    expect(samplePosts([], c, { month: 'September 2026', brand: 'Alpenglow' })).toEqual([]);
  });

  it('says so when no owned post had engagements (and offers no sample post)', () => {
    const m = get('2026-09', 'team');
    const d = renderDigest('employee', { ...m, lists: { ...m.lists, topContent: { available: true, rows: [] } } }, ctx());
    expect(d.text).toContain('No post of our own accounts reported engagements this month.');
    expect(d.text).not.toContain('Ready to share');
  });

  const chromium = '/usr/bin/chromium';
  it.skipIf(!existsSync(chromium))('renders in Chromium with JavaScript off: a visible heading and the top post', async () => {
    const { chromium: browserType } = await import('playwright-core');
    const m = get('2026-09', 'team');
    const d = renderDigest('employee', m, ctx());
    const browser = await browserType.launch({ executablePath: chromium });
    try {
      const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await page.setContent(d.html);
      expect(await page.getByRole('heading', { level: 1, name: 'Alpenglow on social: September 2026' }).isVisible()).toBe(true);
      const top = m.lists.topContent.available ? m.lists.topContent.rows[0]! : null;
      const words = top!.text!.replace(/\s+/g, ' ').slice(0, 30);
      expect(await page.getByRole('link', { name: words }).first().isVisible()).toBe(true);
    } finally {
      await browser.close();
    }
  });
});

describe('the monthly leadership e-mail (2026-09, leadership)', () => {
  it('is exactly five lines: subject, two findings, goal progress, link', () => {
    const m = get('2026-09', 'leadership');
    const d = renderDigest('leadership', m, ctx());
    const lines = d.text.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 1).toBe(5);
    expect(lines[0]).toBe('Alpenglow: the September 2026 social report for leadership');
    expect(lines[1]).toBe(m.findings[0]!.headline);
    expect(lines[2]).toBe(m.findings[1]!.headline);
    const g = goalCounts(m);
    expect(g.total).toBeGreaterThan(0);
    expect(lines[3]).toMatch(/^Goals: /);
    if (g.met) expect(lines[3]).toContain(`${g.met} met`);
    expect(lines[4]).toBe('Full report: /monthly/2026-09/leadership/');
    expect(d.html).toContain('<table');
    expect(d.html).not.toMatch(/<script|<style|<link[\s>]/i);
  });

  it('keeps five lines when nothing stands out and no goal applies', () => {
    const m = get('2026-09', 'leadership');
    const d = renderDigest('leadership', { ...m, findings: [], kpis: m.kpis.map((k) => ({ ...k, comparisons: { previous: k.comparisons.previous, yearAgo: k.comparisons.yearAgo } })) }, ctx());
    expect(d.text.trimEnd().split('\n')).toEqual([
      'Alpenglow: the September 2026 social report for leadership',
      'Nothing stands out in this period: every figure is within its usual range.',
      'Nothing else stands out.',
      'Goals: none of the configured goals concerns these figures.',
      'Full report: /monthly/2026-09/leadership/',
    ]);
  });
});

describe('Italian (it-IT)', () => {
  it('writes the digests in Italian', () => {
    const c = digestContext({ ...config, locale: 'it-IT' });
    const d = renderDigest('employee', italian, c);
    expect(d.subject).toBe('Alpenglow sui social: settembre 2026');
    expect(d.text).toContain('Il nostro post di settembre 2026 su ');
    expect(d.text).toContain('Pronti da condividere');
    expect(d.text).toContain('I nostri 3 post migliori di settembre 2026 hanno raccolto');
    expect(d.text).toContain('news.example');
    expect(d.text).not.toContain(italian.findings[0]!.headline);
    expect(d.html).toContain('lang="it-IT"');
    expect(d.text).not.toMatch(/\b(Our|thank you|Ready to share|What stands out)\b/);
    const chat = renderDigest('chat', italian, c);
    expect(chat.markdown).toContain('## Cosa spicca');
  });
});
