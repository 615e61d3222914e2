/**
 * The weekly chat update (team audience, a week): the story tree with at most five findings and
 * three next steps, as Slack Block Kit (header, sections in mrkdwn, dividers, context) and as
 * Markdown, HTML and plain text. The top-level `text` of the payload is the notification
 * fallback Slack shows where blocks cannot be (the title and the first finding).
 *
 * Blocks: a header (the tree's title, clipped to 150 characters); a context line with the data's
 * last day (and the note when the period is incomplete); per section of the tree (findings, next
 * steps) a section block whose mrkdwn starts with the section's heading in bold — a section
 * longer than 3000 characters is cut at the last whole line that fits; a divider between
 * sections; a context with the link to the full report (and the note when links are relative).
 */
import type { Root, RootContent } from 'mdast';
import type { ReportModel } from '../core/report/model.ts';
import { findingsTree } from '../core/story/narrative.ts';
import { toEmailHtml } from './html.ts';
import { plainText, toMarkdown, toPlainText } from './markdown.ts';
import { clip, muteMentions, SLACK_LIMITS, slackText, toMrkdwn, type Block } from './slack.ts';
import type { Digest, DigestContext } from './types.ts';

const role = (n: RootContent) => n.data?.cadenceRole;

/** mrkdwn of at most `max` characters, cut at a line break. */
function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n', max - 2);
  return `${text.slice(0, cut > 0 ? cut : max - 2)}\n…`;
}

export function chatBlocks(tree: Root, ctx: Pick<DigestContext, 't' | 'format' | 'absoluteLinks'>, model: Pick<ReportModel, 'dataUntil'>): Block[] {
  const blocks: Block[] = [];
  const context: string[] = [];
  const sections: string[][] = [];
  const footer: string[] = [];
  for (const node of tree.children) {
    const r = role(node);
    if (r === 'title') blocks.push({ type: 'header', text: { type: 'plain_text', text: clip(muteMentions(plainText(node)), SLACK_LIMITS.header), emoji: false } });
    else if (r === 'note') context.push(toMrkdwn(node));
    else if (r === 'link') footer.push(toMrkdwn(node));
    else if (node.type === 'heading') sections.push([toMrkdwn(node)]);
    else if (sections.length) sections[sections.length - 1]!.push(toMrkdwn(node));
  }
  if (model.dataUntil) context.unshift(ctx.t.digest.dataUntil({ day: ctx.format.day(model.dataUntil) }));
  if (context.length) blocks.push({ type: 'context', elements: context.slice(0, SLACK_LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text })) });
  sections.forEach((lines, i) => {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: fit(lines.join('\n'), SLACK_LIMITS.section) } });
  });
  if (!ctx.absoluteLinks) footer.push(ctx.t.digest.relativeLinks);
  if (footer.length) blocks.push({ type: 'divider' }, { type: 'context', elements: footer.map((text) => ({ type: 'mrkdwn', text })) });
  return blocks.slice(0, SLACK_LIMITS.blocks);
}

export function chatDigest(model: ReportModel, ctx: DigestContext): Digest {
  const tree = findingsTree(model, { t: ctx.t, format: ctx.format, link: ctx.link, findingsLimit: 5, nextStepsLimit: 3 });
  const title = plainText(tree.children[0]!);
  const first = model.findings[0]?.headline;
  const blocks = chatBlocks(tree, ctx, model);
  const markdown = toMarkdown(tree) + (ctx.absoluteLinks ? '' : `\n${ctx.t.digest.relativeLinks}\n`);
  return {
    kind: 'chat',
    period: model.period.id,
    audience: model.audience,
    subject: title,
    tree,
    markdown,
    html: toEmailHtml(tree, { lang: ctx.format.locale, title, theme: ctx.theme }),
    text: toPlainText(tree),
    // The notification fallback is mrkdwn too: escaped like the blocks, so no mention, link or mark from data is live.
    payload: { text: slackText(first ? `${title}: ${first}` : title), blocks },
  };
}
