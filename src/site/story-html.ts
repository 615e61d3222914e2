/**
 * The story's mdast nodes (src/core/story/narrative.ts: the findings, the next steps) as HTML for
 * the report pages, through the same tree the digests render: `mdast-util-to-hast` (no raw HTML
 * passes) and `hast-util-to-html` (text escaped). The one thing the site adds is for screen
 * readers: a finding's tone, which sighted readers get from the marker's colour, is spoken before
 * it ("Bad news: …") from a visually hidden span; and print leaves out a quote's "Open" link.
 */
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

export type ToneLabels = Record<'good' | 'bad' | 'mixed' | 'neutral', string>;

/** HTML of the nodes; `toneLabels` null leaves tones unspoken (findings already grouped under "Wins" and "Risks"). */
export function storyHtml(nodes: RootContent[], toneLabels: ToneLabels | null): string {
  const hast = toHast({ type: 'root', children: nodes }) as HastRoot;
  if (toneLabels) labelTones(hast, toneLabels);
  markScreenOnly(hast);
  return toHtml(hast);
}

/**
 * A quote's " · Open" (the separator and the link to the mention) in a `span.screen-only`, which
 * print hides: on paper the link cannot be followed, and the meta line ends cleanly.
 */
function markScreenOnly(node: HastRoot | Element): void {
  const children = node.children as HastContent[];
  const classes = node.type === 'element' && Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  if (classes.includes('quote-meta')) {
    const last = children.at(-1);
    const before = children.at(-2);
    if (last?.type === 'element' && last.tagName === 'a' && before?.type === 'text' && before.value === ' · ') {
      children.splice(-2, 2, { type: 'element', tagName: 'span', properties: { className: ['screen-only'] }, children: [before, last] });
    }
    return;
  }
  for (const child of children) if (child.type === 'element') markScreenOnly(child);
}

function labelTones(node: HastRoot | Element, labels: ToneLabels): void {
  for (const child of node.children as HastContent[]) {
    if (child.type !== 'element') continue;
    const classes = Array.isArray(child.properties.className) ? child.properties.className.map(String) : [];
    const tone = classes.includes('finding') ? (classes.find((c) => c in labels) as keyof ToneLabels | undefined) : undefined;
    if (child.tagName === 'li' && tone) {
      child.children.unshift({ type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `${labels[tone]}: ` }] });
    }
    labelTones(child, labels);
  }
}
