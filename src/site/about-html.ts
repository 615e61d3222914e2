/**
 * The "How to read these reports" page's body (the catalog's `about.body`, Markdown) as HTML:
 * parsed by `mdast-util-from-markdown` and rendered through the same tree as the findings
 * (story-html.ts), so no raw HTML in a catalog reaches the page and text is escaped.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Messages } from '../core/i18n/catalog.ts';
import { storyHtml } from './story-html.ts';

export function aboutHtml(t: Messages, timezone: string): string {
  const tree = fromMarkdown(t.about.body({ timezone }));
  return storyHtml(tree.children, null);
}
