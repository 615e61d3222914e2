/**
 * The monthly employee digest (team audience, a month), an e-mail: the month's headline findings
 * (the story tree, at most three, no next steps — those are the team's), the month's three
 * best-performing owned posts (lists.topContent: ranked by engagements) with platform, result and
 * link, and one or two ready-to-copy posts for employees to share: a sentence on the best post
 * with its link, and a round-up of the top posts' engagements. Sentences are the catalog's
 * (`t.digest.employee`), in the configured language.
 *
 * Decisions: a post's result is its reach when reported, else its impressions, else its
 * engagements (the one number a reader understands first). Post links are kept only when they
 * are http(s). The sample posts do not link to the report site (it is internal).
 */
import type { BlockContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import type { TopContentRow } from '../core/metrics/lists/types.ts';
import type { ReportModel } from '../core/report/model.ts';
import { findingsTree } from '../core/story/narrative.ts';
import { periodLabel } from '../core/story/period-label.ts';
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
const snippet = (s: string | null, fallback: string): string => {
  const one = (s ?? '').replace(/\s+/g, ' ').trim();
  return one ? (one.length > 90 ? `${one.slice(0, 89)}…` : one) : fallback;
};

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

export function employeeDigest(model: ReportModel, ctx: DigestContext): Digest {
  const e = ctx.t.digest.employee;
  const month = periodLabel(model.period, ctx.format);
  const subject = e.subject({ brand: model.brand, month });
  const story = findingsTree(model, { t: ctx.t, format: ctx.format, link: ctx.link, findingsLimit: 3, nextStepsLimit: 0 });
  const [, ...rest] = story.children;
  const link = rest.filter((n) => n.data?.cadenceRole === 'link');
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(subject)], data: { cadenceRole: 'title' } },
    { type: 'paragraph', children: [text(e.intro({ brand: model.brand, month }))] },
    ...rest.filter((n) => n.data?.cadenceRole !== 'link'),
    { type: 'heading', depth: 2, children: [text(e.topContent)] },
  ];

  const list = model.lists.topContent;
  const rows = list.available ? list.rows.slice(0, 3) : [];
  if (rows.length) {
    children.push({ type: 'paragraph', children: [text(e.topContentIntro)] });
    const head: TableRow = { type: 'tableRow', children: [cell([text(e.columns.post)]), cell([text(e.columns.platform)]), cell([text(e.columns.result)])] };
    const body = rows.map((row): TableRow => {
      const r = postResult(row);
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
      const quote: BlockContent[] = [{ type: 'paragraph', children: s.url ? [text(`${s.text} `), { type: 'link', url: s.url, children: [text(s.url)] }] : [text(s.text)] }];
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
