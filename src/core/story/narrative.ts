/**
 * The story of a report as one unified (mdast) tree: a title, the ranked findings (each the
 * finding's headline, linked to the report page), optionally the goal progress, what to do next,
 * and a link to the full report. This is the one wording path of the digests: the chat update,
 * the employee digest and the leadership e-mail all render this tree (to Slack mrkdwn, Markdown,
 * HTML or plain text, src/digest/), so they say exactly what the site says — the headlines are the
 * model's findings, already sentences of the catalog in the configured language.
 *
 * Decisions:
 * - Each top-level node carries `data.cadenceRole` so a renderer can pick a section (the
 *   leadership e-mail takes the title, two findings, the goals and the link) without re-wording.
 * - Links come from the caller (`link(path)` of a site path such as "weekly/2026-W38/team/"), so
 *   the tree knows nothing of site.url or the base path. A custom range has no report page:
 *   its findings are not linked.
 * - Goal progress counts the report's KPIs that carry a goal, by status (met, on track, off
 *   track, missed, not known yet).
 * - The site renders the same nodes: `findingsNode` and `nextStepsNode` build the findings list
 *   and the next steps for the report pages too (src/site/story-html.ts turns them into HTML).
 *   Their HTML classes ride in `data.hProperties` (the finding's tone: "finding bad"), which
 *   mdast-util-to-hast reads and the Markdown, Slack and e-mail renderers ignore or strip.
 */
import { displayText, isolate } from './display-text.ts';
import type { BlockContent, Blockquote, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Messages } from '../i18n/catalog.ts';
import type { ReportModel } from '../report/model.ts';
import type { CadenceName } from '../schema/config.ts';
import type { Format } from './format.ts';
import { noFindingsText, periodWithStatus } from './period-status.ts';
import type { Finding, NextStep, Quote, StoryLink } from './types.ts';

/** What a top-level node of the tree is. */
export type NarrativeRole = 'title' | 'note' | 'findings-heading' | 'findings' | 'goals-heading' | 'goals' | 'next-steps-heading' | 'next-steps' | 'link' | 'months-heading' | 'months' | 'voices-heading' | 'voices';

declare module 'mdast' {
  interface Data {
    cadenceRole?: NarrativeRole;
  }
}

export interface NarrativeOptions {
  t: Messages;
  format: Format;
  /** The URL of a site path ("weekly/2026-W38/team/"). */
  link: (path: string) => string;
  /** Findings shown (default 5, as the site's Findings). */
  findingsLimit?: number;
  /** Next steps shown; 0 leaves the section out (default 5, as the site's NextSteps). */
  nextStepsLimit?: number;
  /** Add the goal progress line (leadership). */
  goals?: boolean;
  /** Add the month-by-month story of a quarter or year. */
  months?: boolean;
}

/** The site path of the model's report page, or null for a custom range (no page). */
export function reportPagePath(model: Pick<ReportModel, 'cadence' | 'period' | 'audience'>): string | null {
  if (model.cadence === 'custom') return null;
  return `${model.cadence as CadenceName}/${model.period.id}/${model.audience}/`;
}

/** Goal statuses of the model's KPIs. */
export function goalCounts(model: Pick<ReportModel, 'kpis'>): { met: number; missed: number; onTrack: number; offTrack: number; unknown: number; total: number } {
  const c = { met: 0, missed: 0, onTrack: 0, offTrack: 0, unknown: 0, total: 0 };
  for (const k of model.kpis) {
    const target = k.comparisons.target;
    if (!target) continue;
    c.total++;
    if (target.status === 'met') c.met++;
    else if (target.status === 'missed') c.missed++;
    else if (target.status === 'on_track') c.onTrack++;
    else if (target.status === 'off_track') c.offTrack++;
    else c.unknown++;
  }
  return c;
}

const text = (value: string) => ({ type: 'text' as const, value });
const paragraph = (children: PhrasingContent[], role?: NarrativeRole): Paragraph => ({ type: 'paragraph', children, ...(role ? { data: { cadenceRole: role } } : {}) });
const heading = (depth: 1 | 2, value: string, role: NarrativeRole): Heading => ({ type: 'heading', depth, children: [text(value)], data: { cadenceRole: role } });
// An item with more than a headline keeps its paragraphs (a loose item), so headline, details and quotes stay apart.
const item = (children: BlockContent[], className?: string[]): ListItem => ({ type: 'listItem', spread: children.length > 1, children, ...(className ? { data: { hProperties: { className } } } : {}) });

/**
 * A sentence with its links: the first occurrence of each link's text becomes a link node (the
 * news story's domain in "after a news.example story"); the rest stays text.
 */
export function linked(sentence: string, links: readonly StoryLink[] = []): PhrasingContent[] {
  let parts: PhrasingContent[] = [text(sentence)];
  for (const l of links) {
    if (!l.text || !/^https?:\/\//i.test(l.url)) continue;
    const next: PhrasingContent[] = [];
    let done = false;
    for (const p of parts) {
      if (done || p.type !== 'text') {
        next.push(p);
        continue;
      }
      const at = p.value.indexOf(l.text);
      if (at < 0) {
        next.push(p);
        continue;
      }
      if (at > 0) next.push(text(p.value.slice(0, at)));
      next.push({ type: 'link', url: l.url, children: [text(l.text)] });
      if (at + l.text.length < p.value.length) next.push(text(p.value.slice(at + l.text.length)));
      done = true;
    }
    parts = next;
  }
  return parts;
}

/** A quote's words with each http(s) URL in them shown as a link named by its site ("news.example"), not as a raw URL. */
export function withLinkedUrls(words: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const m of words.matchAll(/https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)]/g)) {
    let host: string;
    try {
      host = new URL(m[0]).hostname.replace(/^www\./, '');
    } catch {
      continue;
    }
    if (m.index! > at) out.push(text(words.slice(at, m.index)));
    out.push({ type: 'link', url: m[0], children: [text(host)] });
    at = m.index! + m[0].length;
  }
  if (at < words.length) out.push(text(words.slice(at)));
  return out.length ? out : [text(words)];
}

export interface QuoteNodeOptions {
  t: Messages;
  format: Pick<Format, 'shortDay' | 'count'>;
  /** End the meta line with a link to the mention ("Open"); false on slides, which are shown or printed, not clicked (default true). */
  link?: boolean;
}

/** A quote as a blockquote: its words, then who (team reports only), where, when and how far it reached, with a link (unless `link: false`). */
export function quoteNode(q: Quote, o: QuoteNodeOptions): Blockquote {
  const v = o.t.story.voices;
  // Words, title, author and platform from data as display text (src/core/story/display-text.ts):
  // clean, shortened for their kind; the author isolated (FSI … PDI) inside the meta line.
  const author = q.author === null ? null : displayText(q.author, 'name') || null;
  let meta = v.meta({ platform: displayText(o.t.sourceTypes[q.platform] ?? q.platform, 'label'), day: o.format.shortDay(q.day), reach: q.reach ? o.format.count(q.reach) : null, author });
  if (author) meta = meta.replace(author, isolate(author));
  const metaChildren: PhrasingContent[] = [text(meta)];
  if (q.url && o.link !== false) metaChildren.push(text(' · '), { type: 'link', url: q.url, children: [text(v.open)] });
  const body: Paragraph[] = [];
  const title = q.title === null ? '' : displayText(q.title, 'title');
  if (title) body.push({ type: 'paragraph', children: [{ type: 'strong', children: [text(title)] }] });
  // A URL cut by the ellipsis would link to a page that does not exist: the cut URL goes.
  const words = displayText(q.text, 'text').replace(/https?:\/\/\S*…$/, '…');
  body.push({ type: 'paragraph', children: withLinkedUrls(words) });
  body.push({ type: 'paragraph', children: metaChildren, data: { hProperties: { className: ['quote-meta'] } } });
  return { type: 'blockquote', children: body, data: { hProperties: { className: ['quote', ...(q.sentiment ? [q.sentiment] : [])] } } };
}

export interface FindingsNodeOptions {
  /** Where each headline links (the report page), or null for the headline with its own links (on the page itself). */
  url: string | null;
  /** The text when there is no finding. */
  empty: string;
  /** Numbered (the ranked findings, default) or bulleted (a group of them). */
  ordered?: boolean;
  role?: NarrativeRole;
  /** Add each item's detail sentences and its quotes (at most `quotes`, default 0). */
  details?: boolean;
  quotes?: number;
  quoteOptions?: QuoteNodeOptions;
}

/**
 * Findings as a list, each item its headline with its tone as the HTML class ("finding good"), or
 * the `empty` paragraph when there are none. On the page itself the headline carries its own
 * links (the story's domain); elsewhere it links to the report page.
 */
export function findingsNode(findings: readonly Finding[], o: FindingsNodeOptions): List | Paragraph {
  const items = findings.map((f) => {
    const head: PhrasingContent[] = o.url === null ? linked(f.headline, f.links) : [{ type: 'link', url: o.url, children: [text(f.headline)] }];
    const body: BlockContent[] = [{ type: 'paragraph', children: head, data: { hProperties: { className: ['headline'] } } }];
    if (o.details && f.details?.length) body.push({ type: 'paragraph', children: linked(f.details.join(' '), f.links), data: { hProperties: { className: ['details'] } } });
    if ((o.quotes ?? 0) > 0 && o.quoteOptions && f.quotes?.length) body.push(...f.quotes.slice(0, o.quotes).map((q) => quoteNode(q, o.quoteOptions!)));
    return item(body, ['finding', f.tone]);
  });
  return listOrEmpty(items, { role: o.role ?? 'findings', ordered: o.ordered ?? true, className: 'findings', empty: o.empty });
}

/** A list of `items` with its role and HTML class, or the `empty` paragraph (class "empty") when there is none. */
function listOrEmpty(items: ListItem[], o: { role: NarrativeRole; ordered: boolean; className: string; empty: string }): List | Paragraph {
  if (items.length === 0) return { ...paragraph([text(o.empty)], o.role), data: { cadenceRole: o.role, hProperties: { className: ['empty'] } } };
  return { type: 'list', ordered: o.ordered, ...(o.ordered ? { start: 1 } : {}), spread: false, children: items, data: { cadenceRole: o.role, hProperties: { className: [o.className] } } };
}

export interface NextStepsNodeOptions {
  limit: number;
  /** The text when no finding calls for an action. */
  empty: string;
  /** Numbered (leadership's asks) or bulleted (default). */
  ordered?: boolean;
  /** HTML class of the list (default "next-steps"). */
  className?: string;
  role?: NarrativeRole;
}

/** The story's next steps (already distinct and worded for the audience), as a list. */
export function nextStepsNode(steps: readonly NextStep[], o: NextStepsNodeOptions): List | Paragraph {
  const items = steps.slice(0, o.limit).map((s) => item([paragraph([text(s.text)])]));
  return listOrEmpty(items, { role: o.role ?? 'next-steps', ordered: o.ordered ?? false, className: o.className ?? 'next-steps', empty: o.empty });
}

/** The story's notes (no typical day yet, a partial period, sentiments that move apart), one paragraph each. */
export function notesNodes(notes: readonly string[]): Paragraph[] {
  return notes.map((n) => ({ type: 'paragraph', children: [text(n)], data: { cadenceRole: 'note', hProperties: { className: ['story-note'] } } }));
}

/** Quarters and years: each month and its main item (or "nothing stood out"). */
export function monthsNode(model: Pick<ReportModel, 'story'>, t: Messages): List | Paragraph {
  const items = model.story.months.map((m) => {
    // The catalog's sentence around the month ("September 2026: …", capitalised where the language wants); the item keeps its links.
    const [lead = '', tail = ''] = t.story.months.item({ month: m.label, text: '\u0001' }).split('\u0001');
    const body = m.item ? linked(m.item.headline, m.item.links) : [text(t.story.months.nothing)];
    return item([{ type: 'paragraph', children: [{ type: 'strong', children: [text(lead)] }, ...body, ...(tail ? [text(tail)] : [])] }], ['finding', m.item?.tone ?? 'neutral']);
  });
  return listOrEmpty(items, { role: 'months', ordered: false, className: 'months', empty: '' });
}

/** The report's story as an mdast tree (see the module comment). */
export function findingsTree(model: ReportModel, o: NarrativeOptions): Root {
  const { t, format } = o;
  const page = reportPagePath(model);
  const url = page === null ? null : o.link(page);
  const audience = t.audiences[model.audience]?.title ?? model.audience;
  // A period still running says so in the title (digests, e-mails, chat): "Social team: week 40 of 2026 (so far: data to 30 September 2026)".
  const period = periodWithStatus(model, format);
  const children: RootContent[] = [heading(1, t.report.heading({ audience, period }), 'title')];
  if (!model.complete && model.dataUntil && !model.coverage) children.push(paragraph([text(t.report.incomplete({ dataUntil: format.day(model.dataUntil) }))], 'note'));
  children.push(...notesNodes(model.story.notes));

  children.push(heading(2, t.report.findings, 'findings-heading'));
  children.push(findingsNode(model.findings.slice(0, o.findingsLimit ?? 5), { url, empty: noFindingsText(model, t) }));
  children.push(...notesNodes(model.story.explanations));
  if (o.months && model.story.months.length) {
    children.push(heading(2, t.story.months.heading, 'months-heading'));
    children.push(monthsNode(model, t));
  }

  if (o.goals) {
    const g = goalCounts(model);
    children.push(heading(2, t.report.goals, 'goals-heading'));
    children.push(paragraph([text(g.total ? t.digest.leadership.goals(g) : t.digest.leadership.noGoals)], 'goals'));
  }

  const stepsLimit = o.nextStepsLimit ?? 5;
  if (stepsLimit > 0) {
    children.push(heading(2, t.report.nextSteps, 'next-steps-heading'));
    children.push(nextStepsNode(model.story.nextSteps, { limit: stepsLimit, empty: t.report.noNextSteps }));
  }

  if (url !== null) children.push(paragraph([{ type: 'link', url, children: [text(t.digest.fullReport)] }], 'link'));
  return { type: 'root', children };
}

/** The nodes of the tree with a role. */
export function nodesWithRole(tree: Root, role: NarrativeRole): RootContent[] {
  return tree.children.filter((n) => n.data?.cadenceRole === role);
}
