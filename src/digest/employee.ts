/**
 * The monthly employee digest (team model, a month), an e-mail to all staff: what they can share
 * and be proud of, never the internal detail. It holds
 *  - in a month with a negative story (a negative event), the guidance first: "You may be asked
 *    about …: point people to the company's statement" — no spike statistics, no SLA figure, no
 *    refund figure (those are for the social team and leadership);
 *  - what we can be proud of: the month's campaigns that drew people in, goals met, campaigns
 *    still growing — named, without the analyst's numbers;
 *  - the month's three best-performing owned posts (lists.topContent, ranked by engagements),
 *    each shown with its engagements — the figure the table is sorted by — and a link;
 *  - one or two ready-to-copy posts: a sentence on the best post with its link, and a round-up.
 * Sentences are the catalog's (`t.story.employee`, `t.digest.employee`), in the configured language.
 *
 * Decisions: post links are kept only when they are http(s). The sample posts do not link to the
 * report site (it is internal).
 */
import type { BlockContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import type { TopContentRow } from '../core/metrics/lists/types.ts';
import type { ReportModel } from '../core/report/model.ts';
import { displayText } from '../core/story/display-text.ts';
import { findingsTree } from '../core/story/narrative.ts';
import { periodWithStatus } from '../core/story/period-status.ts';
import type { StorySource } from '../core/i18n/en-story.ts';
import { toEmailHtml } from './html.ts';
import { platformName } from './links.ts';
import { toMarkdown, toPlainText } from './markdown.ts';
import type { Digest, DigestContext } from './types.ts';

type Metric = 'reach' | 'impressions' | 'engagements';

/** The number a post is shown with: reach, else impressions, else engagements. */
export function postResult(row: TopContentRow): { metric: Metric; value: number } {
  if (row.reach !== null && row.reach > 0) return { metric: 'reach', value: row.reach };
  if (row.impressions !== null && row.impressions > 0) return { metric: 'impressions', value: row.impressions };
  return { metric: 'engagements', value: row.engagements };
}

const httpUrl = (u: string | null): string | null => (u && /^https?:\/\//i.test(u) ? u : null);
const text = (value: string) => ({ type: 'text' as const, value });
const cell = (children: TableCell['children']): TableCell => ({ type: 'tableCell', children });
/** A post's words on one line, clean and at most 90 graphemes (src/core/story/display-text.ts), else the fallback. */
const snippet = (s: string | null, fallback: string): string => displayText(s, 'label', 90) || fallback;

/** The ready-to-copy posts: one on the best post, and a round-up when the month has posts. */
export function samplePosts(rows: readonly TopContentRow[], ctx: Pick<DigestContext, 't' | 'format'>, o: { month: string; brand: string }): { text: string; url: string | null }[] {
  const e = ctx.t.digest.employee;
  const top = rows[0];
  if (!top) return [];
  const r = postResult(top);
  const out = [{ text: e.samplePost({ month: o.month, platform: platformName(top.platform), metric: r.metric, value: ctx.format.count(r.value) }), url: httpUrl(top.url) }];
  if (rows.length > 1) {
    const engagements = rows.reduce((sum, x) => sum + x.engagements, 0);
    out.push({ text: e.roundup({ month: o.month, n: rows.length, count: ctx.format.count(rows.length), engagements: ctx.format.count(engagements), brand: o.brand }), url: null });
  }
  return out;
}

/** The staff-facing story of the month: the guidance in a crisis, and what to be proud of, without figures. */
export function staffStory(model: Pick<ReportModel, 'findings'>, t: DigestContext['t']): { guidance: string | null; proud: string[] } {
  const e = t.story.employee;
  const crisis = model.findings.find((f) => f.kind === 'event' && f.data.eventKind === 'negative');
  const guidance = crisis ? e.guidance({ source: (crisis.data.source as StorySource | null) ?? null }) : null;
  const proud: string[] = [];
  for (const f of model.findings) {
    if (f.kind === 'campaign_result') proud.push(e.campaign({ name: String(f.data.campaignName) }));
    else if (f.kind === 'target_met') proud.push(e.goalMet({ label: String(f.data.label) }));
    else if (f.kind === 'campaign_growing') proud.push(e.growing({ name: String(f.data.campaignName) }));
  }
  return { guidance, proud: [...new Set(proud)].slice(0, 3) };
}

export function employeeDigest(model: ReportModel, ctx: DigestContext): Digest {
  const e = ctx.t.digest.employee;
  const s = ctx.t.story.employee;
  const month = periodWithStatus(model, ctx.format);
  const subject = e.subject({ brand: model.brand, month });
  const story = findingsTree(model, { t: ctx.t, format: ctx.format, link: ctx.link, findingsLimit: 0, nextStepsLimit: 0 });
  const link = story.children.filter((n) => n.data?.cadenceRole === 'link');
  const staff = staffStory(model, ctx.t);
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(subject)], data: { cadenceRole: 'title' } },
    { type: 'paragraph', children: [text(e.intro({ brand: model.brand, month }))] },
  ];
  if (staff.guidance) {
    children.push({ type: 'heading', depth: 2, children: [text(s.guidanceHeading)] });
    children.push({ type: 'paragraph', children: [text(staff.guidance)], data: { cadenceRole: 'note' } });
  }
  children.push({ type: 'heading', depth: 2, children: [text(s.proudHeading)] });
  if (staff.proud.length) children.push({ type: 'list', ordered: false, spread: false, children: staff.proud.map((p) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(p)] }] })) });
  else children.push({ type: 'paragraph', children: [text(s.nothingProud)] });
  children.push({ type: 'heading', depth: 2, children: [text(e.topContent)] });

  const list = model.lists.topContent;
  const rows = list.available ? list.rows.slice(0, 3) : [];
  if (rows.length) {
    children.push({ type: 'paragraph', children: [text(e.topContentIntro)] });
    const head: TableRow = { type: 'tableRow', children: [cell([text(e.columns.post)]), cell([text(e.columns.platform)]), cell([text(e.columns.result)])] };
    // Ranked by engagements, so the table shows engagements: a reader checks the order against the figure.
    const body = rows.map((row): TableRow => {
      const r = { metric: 'engagements' as const, value: row.engagements };
      const label = `${snippet(row.text, e.untitled)} (${ctx.format.shortDay(row.day)})`;
      const url = httpUrl(row.url);
      return {
        type: 'tableRow',
        children: [cell([url ? { type: 'link', url, children: [text(label)] } : text(label)]), cell([text(platformName(row.platform))]), cell([text(e.result({ metric: r.metric, value: ctx.format.count(r.value) }))])],
      };
    });
    children.push({ type: 'table', align: ['left', 'left', 'right'], children: [head, ...body] });
    children.push({ type: 'heading', depth: 2, children: [text(e.samplePosts)] });
    children.push({ type: 'paragraph', children: [text(e.samplePostsIntro)] });
    for (const s of samplePosts(rows, ctx, { month, brand: model.brand })) {
      const quote: BlockContent[] = [{ type: 'paragraph', children: s.url ? [text(`${s.text} `), { type: 'link', url: s.url, children: [text(displayText(s.url, 'url'))] }] : [text(s.text)] }];
      children.push({ type: 'blockquote', children: quote });
    }
  } else {
    children.push({ type: 'paragraph', children: [text(e.noTopContent)] });
  }
  children.push(...link);
  if (!ctx.absoluteLinks && link.length) children.push({ type: 'paragraph', children: [text(ctx.t.digest.relativeLinks)], data: { cadenceRole: 'note' } });

  const tree: Root = { type: 'root', children };
  const html = toEmailHtml(tree, { lang: ctx.format.locale, title: subject, theme: ctx.theme });
  const markdown = toMarkdown(tree);
  const plain = toPlainText(tree);
  return { kind: 'employee', period: model.period.id, audience: model.audience, subject, tree, markdown, html, text: plain, payload: { kind: 'employee', period: model.period.id, audience: model.audience, subject, html, text: plain, markdown } };
}
