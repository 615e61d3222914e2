/**
 * Slack: mdast → mrkdwn (*bold*, _italic_, <url|text>, "1." and "•" bullets; &, < and > escaped
 * as Slack asks), and a validator for the Block Kit blocks the digests use, with Slack's limits:
 * at most 50 blocks; header: plain_text of at most 150 characters; section: a text object of at
 * most 3000 characters; context: 1 to 10 text elements of at most 3000 characters each; divider:
 * nothing else. Texts must not be empty; block_id, when given, at most 255 characters.
 */
import type { Nodes, PhrasingContent } from 'mdast';

export const SLACK_LIMITS = { blocks: 50, header: 150, section: 3000, contextElements: 10, contextText: 3000, blockId: 255 } as const;

export interface TextObject {
  type: 'plain_text' | 'mrkdwn';
  text: string;
  emoji?: boolean;
}
export type Block =
  | { type: 'header'; text: TextObject; block_id?: string }
  | { type: 'section'; text: TextObject; block_id?: string }
  | { type: 'context'; elements: TextObject[]; block_id?: string }
  | { type: 'divider'; block_id?: string };

/** Slack's three escapes for message text. */
export const escapeSlack = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Mentions in text from data never notify anyone: a WORD JOINER (U+2060, invisible) after every
 * "@" breaks `@here`, `@channel`, `@everyone`, `@all` and `@user` for Slack and for Mattermost
 * (which reads the same payload through its Slack-compatible webhooks and notifies on plain
 * `@here`). `<!channel>` and `<@U123>` are already inert once `<` is escaped.
 */
export const muteMentions = (s: string): string => s.replace(/@(?!\u2060)/g, '@\u2060');

/**
 * mrkdwn has no escape character, so the formatting marks in text from data are replaced with
 * look-alikes that Slack does not read as marks: `*` → `∗`, `~` → `∼`, a backtick → `ˋ`, and `_`
 * where it could open or close italics (at the edge of a word: `_hi_`, not `user_name`) → `ˍ`.
 */
export const muteMrkdwn = (s: string): string =>
  s
    .replace(/\*/g, '∗')
    .replace(/~/g, '∼')
    .replace(/`/g, 'ˋ')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=$|[^\p{L}\p{N}])/gu, (m, before: string | undefined) => (before !== undefined ? `${before}ˍ` : 'ˍ'));

/** Text from data, safe in a mrkdwn field (blocks and the message's `text` fallback alike). */
export const slackText = (s: string): string => muteMentions(muteMrkdwn(escapeSlack(s)));

function phrasing(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return slackText(n.value);
        case 'strong':
          return `*${phrasing(n.children)}*`;
        case 'emphasis':
          return `_${phrasing(n.children)}_`;
        case 'link':
          // The label ends at "|" or ">": neither may appear inside it.
          return `<${n.url.replace(/[|>\s]/g, encodeURIComponent)}|${phrasing(n.children).replace(/\|/g, '¦')}>`;
        case 'break':
          return '\n';
        case 'inlineCode':
          return `\`${muteMentions(escapeSlack(n.value).replace(/`/g, 'ˋ'))}\``;
        default:
          throw new Error(`slack mrkdwn: node type "${n.type}" is not supported`);
      }
    })
    .join('');
}

/** A node as Slack mrkdwn. Headings become bold lines. */
export function toMrkdwn(node: Nodes): string {
  switch (node.type) {
    case 'root':
      return node.children.map(toMrkdwn).join('\n\n');
    case 'heading':
      return `*${phrasing(node.children)}*`;
    case 'paragraph':
      return phrasing(node.children);
    case 'list':
      return node.children.map((li, i) => `${node.ordered ? `${(node.start ?? 1) + i}.` : '•'} ${li.children.map(toMrkdwn).join('\n')}`).join('\n');
    case 'blockquote':
      return node.children.map(toMrkdwn).join('\n').replace(/^/gm, '>');
    case 'thematicBreak':
      return '———';
    default:
      if ('children' in node) return phrasing(node.children as PhrasingContent[]);
      if (node.type === 'text') return slackText(node.value);
      throw new Error(`slack mrkdwn: node type "${node.type}" is not supported`);
  }
}

/** Cuts a text to `max` characters, with an ellipsis. */
export const clip = (s: string, max: number): string => (s.length <= max ? s : `${s.slice(0, max - 1)}…`);

/** The problems of a Block Kit payload (`{ blocks }`), none when it is valid for the types above. */
export function validateBlocks(payload: unknown): string[] {
  const problems: string[] = [];
  const blocks = (payload as { blocks?: unknown } | null)?.blocks;
  if (!Array.isArray(blocks)) return ['payload.blocks is not an array'];
  if (blocks.length === 0) problems.push('there are no blocks');
  if (blocks.length > SLACK_LIMITS.blocks) problems.push(`${blocks.length} blocks, more than ${SLACK_LIMITS.blocks}`);
  const textProblem = (t: unknown, where: string, types: readonly string[], max: number): string | null => {
    const o = t as { type?: unknown; text?: unknown } | null;
    if (!o || typeof o !== 'object') return `${where}: no text object`;
    if (!types.includes(o.type as string)) return `${where}: text type ${String(o.type)} is not ${types.join(' or ')}`;
    if (typeof o.text !== 'string' || o.text.length === 0) return `${where}: empty text`;
    if (o.text.length > max) return `${where}: text of ${o.text.length} characters, more than ${max}`;
    return null;
  };
  blocks.forEach((b: unknown, i) => {
    const where = `blocks[${i}]`;
    const block = b as { type?: unknown; block_id?: unknown; text?: unknown; elements?: unknown } | null;
    if (!block || typeof block !== 'object') return void problems.push(`${where}: not an object`);
    if (block.block_id !== undefined && (typeof block.block_id !== 'string' || block.block_id.length > SLACK_LIMITS.blockId)) problems.push(`${where}: block_id longer than ${SLACK_LIMITS.blockId}`);
    const allowed: Record<string, string[]> = { header: ['type', 'text', 'block_id'], section: ['type', 'text', 'block_id'], context: ['type', 'elements', 'block_id'], divider: ['type', 'block_id'] };
    const keys = allowed[block.type as string];
    if (!keys) return void problems.push(`${where}: block type ${String(block.type)} is not header, section, context or divider`);
    for (const k of Object.keys(block)) if (!keys.includes(k)) problems.push(`${where}: ${String(block.type)} has an unknown field ${k}`);
    if (block.type === 'header') {
      const p = textProblem(block.text, where, ['plain_text'], SLACK_LIMITS.header);
      if (p) problems.push(p);
    } else if (block.type === 'section') {
      const p = textProblem(block.text, where, ['mrkdwn', 'plain_text'], SLACK_LIMITS.section);
      if (p) problems.push(p);
    } else if (block.type === 'context') {
      const elements = block.elements;
      if (!Array.isArray(elements) || elements.length === 0) problems.push(`${where}: context without elements`);
      else {
        if (elements.length > SLACK_LIMITS.contextElements) problems.push(`${where}: ${elements.length} context elements, more than ${SLACK_LIMITS.contextElements}`);
        elements.forEach((e, j) => {
          const p = textProblem(e, `${where}.elements[${j}]`, ['mrkdwn', 'plain_text'], SLACK_LIMITS.contextText);
          if (p) problems.push(p);
        });
      }
    }
  });
  return problems;
}
