/**
 * The monthly leadership e-mail (leadership audience, a month): five lines, from the story tree
 * of the leadership model —
 *   1. the subject (brand and month);
 *   2–3. the first two findings' headlines (when there are fewer: the catalog's "nothing stands
 *        out" and "nothing else stands out");
 *   4. goal progress: how many goals are met, on track, off track, missed, not known yet;
 *   5. the link to the full report (the data's last day for a range, which has no page).
 * As plain text (exactly five lines) and as simple e-mail HTML (a heading, a two-item list and
 * two paragraphs), both rendered from one five-part mdast tree taken from the story tree.
 * The relative-links note is left out to keep five lines; set site.url for clickable links.
 */
import type { Root, RootContent } from 'mdast';
import type { ReportModel } from '../core/report/model.ts';
import { findingsTree, nodesWithRole } from '../core/story/narrative.ts';
import { noFindingsText, periodWithStatus } from '../core/story/period-status.ts';
import { toEmailHtml } from './html.ts';
import { plainText, toMarkdown } from './markdown.ts';
import type { Digest, DigestContext } from './types.ts';

const text = (value: string) => ({ type: 'text' as const, value });

export function leadershipDigest(model: ReportModel, ctx: DigestContext): Digest {
  const l = ctx.t.digest.leadership;
  const subject = l.subject({ brand: model.brand, month: periodWithStatus(model, ctx.format) });
  const story = findingsTree(model, { t: ctx.t, format: ctx.format, link: ctx.link, findingsLimit: 2, nextStepsLimit: 0, goals: true });

  const found = nodesWithRole(story, 'findings')[0];
  const headlines = found?.type === 'list' ? found.children.map((li) => plainText(li)) : [];
  const findings = [headlines[0] ?? noFindingsText(model, ctx.t), headlines[1] ?? l.nothingElse];
  const goals = plainText(nodesWithRole(story, 'goals')[0]!);
  const linkNode = nodesWithRole(story, 'link')[0];
  const url = linkNode?.type === 'paragraph' && linkNode.children[0]?.type === 'link' ? linkNode.children[0].url : null;
  const last = url ? l.fullReport({ url }) : model.dataUntil ? ctx.t.digest.dataUntil({ day: ctx.format.day(model.dataUntil) }) : noFindingsText(model, ctx.t);

  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [text(subject)], data: { cadenceRole: 'title' } },
    { type: 'list', ordered: false, spread: false, children: findings.map((f) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [text(f)] }] })), data: { cadenceRole: 'findings' } },
    { type: 'paragraph', children: [text(goals)], data: { cadenceRole: 'goals' } },
    { type: 'paragraph', children: url ? [text(`${l.fullReport({ url: '' }).trimEnd()} `), { type: 'link', url, children: [text(url)] }] : [text(last)], data: { cadenceRole: 'link' } },
  ];
  const tree: Root = { type: 'root', children };
  const lines = [subject, ...findings, goals, last];
  const plain = `${lines.map((s) => s.replace(/\s*\n\s*/g, ' ')).join('\n')}\n`;
  const html = toEmailHtml(tree, { lang: ctx.format.locale, title: subject, theme: ctx.theme });
  return { kind: 'leadership', period: model.period.id, audience: model.audience, subject, tree, markdown: toMarkdown(tree), html, text: plain, payload: { kind: 'leadership', period: model.period.id, audience: model.audience, subject, text: plain, html } };
}
