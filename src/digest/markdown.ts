/**
 * mdast → Markdown and → plain text, for the small set of nodes the digests use: root, heading,
 * paragraph, text, strong, emphasis, link, list / listItem, blockquote, table (GFM pipe table),
 * thematicBreak and break. `mdast-util-to-markdown` is not installed, so this is a deliberately
 * small serializer; an unknown node is an error (a digest must not drop text silently).
 *
 * Markdown: text escapes the characters that would start markup inside a line (\ ` * _ ~ [ ] < >
 * and |), and a leading "#", "+", "-", ">" or "1." of a paragraph line. An "@" in text is followed
 * by U+2060 WORD JOINER (invisible), so `@here`, `@channel`, `@all` and `@user` from data notify
 * nobody where the Markdown is posted (Mattermost, Teams, GitHub); links and headings the digest
 * writes itself are not text and keep their syntax.
 * Plain text: links read "text (url)" unless `urls: false`; lists keep their "1." and "-" marks.
 */
import type { Nodes, PhrasingContent, Root, RootContent, TableRow } from 'mdast';

const escapeInline = (s: string): string => s.replace(/[\\`*_~[\]<>|]/g, (c) => `\\${c}`).replace(/@(?!\u2060)/g, '@\u2060');
const escapeLineStart = (s: string): string => s.replace(/^(#|\+|-|>|\d+\.)/, (m) => (m.endsWith('.') ? `${m.slice(0, -1)}\\.` : `\\${m}`));

function unknown(node: { type: string }): never {
  throw new Error(`digest markdown: node type "${node.type}" is not supported`);
}

function phrasing(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return escapeInline(n.value);
        case 'strong':
          return `**${phrasing(n.children)}**`;
        case 'emphasis':
          return `_${phrasing(n.children)}_`;
        case 'link':
          return `[${phrasing(n.children)}](${/[\s()<>]/.test(n.url) ? `<${n.url.replace(/[<>\s]/g, encodeURIComponent)}>` : n.url})`;
        case 'break':
          return '\\\n';
        case 'inlineCode':
          return `\`${n.value.replace(/`/g, '')}\``;
        default:
          return unknown(n);
      }
    })
    .join('');
}

const indent = (text: string, by: string): string => text.replace(/\n(?=.)/g, `\n${by}`);

function block(node: RootContent): string {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(node.depth)} ${phrasing(node.children)}`;
    case 'paragraph':
      return escapeLineStart(phrasing(node.children));
    case 'thematicBreak':
      return '---';
    case 'blockquote':
      return node.children.map(block).join('\n\n').replace(/^/gm, '> ');
    case 'list':
      return node.children
        .map((li, i) => {
          const mark = node.ordered ? `${(node.start ?? 1) + i}.` : '-';
          const body = li.children.map(block).join(li.spread ? '\n\n' : '\n');
          return `${mark} ${indent(body, ' '.repeat(mark.length + 1))}`;
        })
        .join(node.spread ? '\n\n' : '\n');
    case 'table': {
      const row = (r: TableRow) => `| ${r.children.map((c) => phrasing(c.children)).join(' | ')} |`;
      const [head, ...rows] = node.children;
      if (!head) return '';
      const marks: Record<string, string> = { left: ':---', right: '---:', center: ':---:' };
      const align = head.children.map((_, i) => marks[node.align?.[i] ?? ''] ?? '---');
      return [row(head), `| ${align.join(' | ')} |`, ...rows.map(row)].join('\n');
    }
    default:
      return unknown(node);
  }
}

/** The tree as Markdown (blocks separated by a blank line, ending with a newline). */
export function toMarkdown(tree: Root): string {
  return `${tree.children.map(block).join('\n\n')}\n`;
}

/** The text of a node without markup; links add their URL in brackets when `urls` is true. */
export function plainText(node: Nodes, o: { urls?: boolean } = {}): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'link': {
      const label = node.children.map((c) => plainText(c, o)).join('');
      return o.urls ? `${label} (${node.url})` : label;
    }
    case 'strong':
    case 'emphasis':
    case 'heading':
    case 'paragraph':
    case 'tableCell':
      return node.children.map((c) => plainText(c, o)).join('');
    case 'list':
      return node.children.map((li, i) => `${node.ordered ? `${(node.start ?? 1) + i}.` : '-'} ${plainText(li, o)}`).join('\n');
    case 'listItem':
    case 'blockquote':
      return node.children.map((c) => plainText(c, o)).join('\n');
    case 'tableRow':
      return node.children.map((c) => plainText(c, o)).join(' · ');
    case 'table':
      return node.children.map((c) => plainText(c, o)).join('\n');
    case 'thematicBreak':
      return '—';
    case 'root':
      return node.children.map((c) => plainText(c, o)).join('\n\n');
    default:
      return unknown(node);
  }
}

/** The tree as plain text (blocks separated by a blank line, links with their URL). */
export function toPlainText(tree: Root): string {
  return `${plainText(tree, { urls: true })}\n`;
}
