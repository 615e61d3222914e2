/**
 * mdast → e-mail-safe HTML: the tree goes through `mdast-util-to-hast` (no raw HTML is allowed
 * through), every element gets an inline `style` from the site's colours and font (mail clients
 * drop <style> and external CSS), classes and unknown attributes are removed, links that are not
 * http(s) or site paths lose their href, and the page is laid out with tables (a 100%-wide outer
 * table and a 600-pixel content table), as mail clients expect. No <script>, <link>, <style> or
 * on* attribute can come out: text is escaped by `hast-util-to-html` and no element carries
 * attributes besides the ones listed in `keep`.
 */
import type { Element, ElementContent, Properties, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

export interface EmailTheme {
  primary: string;
  text: string;
  background: string;
  /** CSS font-family. */
  font?: string;
}

const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

function styles(theme: EmailTheme): Record<string, string> {
  const base = `font-family:${theme.font ?? FONT};color:${theme.text};`;
  return {
    h1: `${base}font-size:22px;line-height:1.3;margin:0 0 12px;color:${theme.primary};`,
    h2: `${base}font-size:17px;line-height:1.3;margin:20px 0 8px;color:${theme.primary};`,
    h3: `${base}font-size:15px;line-height:1.3;margin:16px 0 6px;`,
    p: `${base}font-size:15px;line-height:1.5;margin:0 0 12px;`,
    ol: `${base}font-size:15px;line-height:1.5;margin:0 0 12px;padding-left:22px;`,
    ul: `${base}font-size:15px;line-height:1.5;margin:0 0 12px;padding-left:22px;`,
    li: `${base}margin:0 0 6px;`,
    a: `color:${theme.primary};text-decoration:underline;`,
    strong: 'font-weight:bold;',
    em: 'font-style:italic;',
    blockquote: `${base}font-size:15px;line-height:1.5;margin:0 0 12px;padding:10px 14px;border-left:4px solid ${theme.primary};background:#f6f8fa;`,
    table: `border-collapse:collapse;width:100%;margin:0 0 12px;`,
    th: `${base}font-size:14px;text-align:left;padding:6px 8px;border-bottom:2px solid ${theme.primary};`,
    td: `${base}font-size:14px;vertical-align:top;padding:6px 8px;border-bottom:1px solid #d0d7de;`,
    hr: 'border:0;border-top:1px solid #d0d7de;margin:16px 0;',
  };
}

/** Attributes an element keeps (besides the inline style). */
const keep: Record<string, string[]> = { a: ['href'], ol: ['start'], td: ['align'], th: ['align'] };

const safeHref = (href: unknown): string | null => (typeof href === 'string' && (/^https?:\/\//i.test(href) || /^\/(?!\/)/.test(href)) ? href : null);

function styleTree(node: HastRoot | Element, css: Record<string, string>): void {
  node.children = node.children.filter((c) => c.type !== 'raw' && c.type !== 'doctype' && c.type !== 'comment') as typeof node.children;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const props: Properties = {};
    for (const name of keep[child.tagName] ?? []) {
      const v = child.properties[name];
      if (v !== undefined && v !== null) props[name] = v;
    }
    if (child.tagName === 'a') {
      const href = safeHref(child.properties.href);
      if (href) props.href = href;
      else delete props.href;
    }
    const style = css[child.tagName];
    if (style) props.style = style;
    child.properties = props;
    styleTree(child, css);
  }
}

/** The tree as styled HTML elements (no wrapper). */
export function toEmailFragment(tree: Root, theme: EmailTheme): ElementContent[] {
  const hast = toHast(tree) as HastRoot;
  styleTree(hast, styles(theme));
  return hast.children.filter((c): c is ElementContent => c.type === 'element' || c.type === 'text');
}

const el = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

/** A whole e-mail document: the content in a 600-pixel table, centred on the background colour. */
export function emailDocument(o: { lang: string; title: string; content: ElementContent[]; theme: EmailTheme }): string {
  const cell = el('td', { style: `padding:24px;background:#ffffff;font-family:${o.theme.font ?? FONT};color:${o.theme.text};` }, o.content);
  const inner = el('table', { role: 'presentation', width: '600', cellPadding: '0', cellSpacing: '0', border: '0', style: 'width:600px;max-width:100%;border-collapse:collapse;' }, [el('tr', {}, [cell])]);
  const outer = el('table', { role: 'presentation', width: '100%', cellPadding: '0', cellSpacing: '0', border: '0', style: `width:100%;border-collapse:collapse;background:${o.theme.background};` }, [
    el('tr', {}, [el('td', { align: 'center', style: 'padding:16px 8px;' }, [inner])]),
  ]);
  const head = el('head', {}, [
    el('meta', { charSet: 'utf-8' }, []),
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
    el('title', {}, [{ type: 'text', value: o.title }]),
  ]);
  const body = el('body', { style: `margin:0;padding:0;background:${o.theme.background};` }, [outer]);
  const root: HastRoot = { type: 'root', children: [{ type: 'doctype' }, el('html', { lang: o.lang }, [head, body])] };
  return `${toHtml(root)}\n`;
}

/** The tree as a whole e-mail document. */
export function toEmailHtml(tree: Root, o: { lang: string; title: string; theme: EmailTheme }): string {
  return emailDocument({ ...o, content: toEmailFragment(tree, o.theme) });
}
