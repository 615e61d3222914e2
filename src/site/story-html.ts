/**
 * The story's mdast nodes (src/core/story/narrative.ts: the findings, the next steps) as HTML for
 * the report pages, through the same tree the digests render: `mdast-util-to-hast` (no raw HTML
 * passes) and `hast-util-to-html` (text escaped). The one thing the site adds is for screen
 * readers: a finding's tone, which sighted readers get from the marker's colour, is spoken before
 * it ("Bad news: …") from a visually hidden span.
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
  return toHtml(hast);
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
