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
import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Messages } from '../i18n/catalog.ts';
import type { ReportModel } from '../report/model.ts';
import type { Finding } from './findings.ts';
import type { CadenceName } from '../schema/config.ts';
import type { Format } from './format.ts';
import { nextSteps } from './next-steps.ts';
import { periodLabel } from './period-label.ts';

/** What a top-level node of the tree is. */
export type NarrativeRole = 'title' | 'note' | 'findings-heading' | 'findings' | 'goals-heading' | 'goals' | 'next-steps-heading' | 'next-steps' | 'link';

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
const item = (children: PhrasingContent[], className?: string[]): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(children)], ...(className ? { data: { hProperties: { className } } } : {}) });

export interface FindingsNodeOptions {
  /** Where each headline links (the report page), or null for plain text (on the page itself). */
  url: string | null;
  /** The text when there is no finding. */
  empty: string;
  /** Numbered (the ranked findings, default) or bulleted (a group of them). */
  ordered?: boolean;
  role?: NarrativeRole;
}

/**
 * Findings as a list, each item its headline with its tone as the HTML class ("finding good"), or
 * the `empty` paragraph when there are none.
 */
export function findingsNode(findings: readonly Finding[], o: FindingsNodeOptions): List | Paragraph {
  const items = findings.map((f) => item([o.url === null ? text(f.headline) : { type: 'link', url: o.url, children: [text(f.headline)] }], ['finding', f.tone]));
  return listOrEmpty(items, { role: o.role ?? 'findings', ordered: o.ordered ?? true, className: 'findings', empty: o.empty });
}

/** A list of `items` with its role and HTML class, or the `empty` paragraph (class "empty") when there is none. */
function listOrEmpty(items: ListItem[], o: { role: NarrativeRole; ordered: boolean; className: string; empty: string }): List | Paragraph {
  if (items.length === 0) return { ...paragraph([text(o.empty)], o.role), data: { cadenceRole: o.role, hProperties: { className: ['empty'] } } };
  return { type: 'list', ordered: o.ordered, ...(o.ordered ? { start: 1 } : {}), spread: false, children: items, data: { cadenceRole: o.role, hProperties: { className: [o.className] } } };
}

export interface NextStepsNodeOptions {
  t: Messages;
  format: Pick<Format, 'day'>;
  limit: number;
  /** The text when no finding calls for an action. */
  empty: string;
  /** Numbered (leadership's asks) or bulleted (default). */
  ordered?: boolean;
  /** HTML class of the list (default "next-steps"). */
  className?: string;
  role?: NarrativeRole;
}

/** What to do next on these findings (one action per finding that calls for one), as a list. */
export function nextStepsNode(findings: readonly Finding[], o: NextStepsNodeOptions): List | Paragraph {
  const items = nextSteps([...findings], o.limit, o.t, o.format.day).map((s) => item([text(s)]));
  return listOrEmpty(items, { role: o.role ?? 'next-steps', ordered: o.ordered ?? false, className: o.className ?? 'next-steps', empty: o.empty });
}

/** The report's story as an mdast tree (see the module comment). */
export function findingsTree(model: ReportModel, o: NarrativeOptions): Root {
  const { t, format } = o;
  const page = reportPagePath(model);
  const url = page === null ? null : o.link(page);
  const audience = t.audiences[model.audience]?.title ?? model.audience;
  const children: RootContent[] = [heading(1, t.report.heading({ audience, period: periodLabel(model.period, format) }), 'title')];
  if (!model.complete && model.dataUntil) children.push(paragraph([text(t.report.incomplete({ dataUntil: format.day(model.dataUntil) }))], 'note'));

  children.push(heading(2, t.report.findings, 'findings-heading'));
  children.push(findingsNode(model.findings.slice(0, o.findingsLimit ?? 5), { url, empty: t.site.findingsEmpty }));

  if (o.goals) {
    const g = goalCounts(model);
    children.push(heading(2, t.report.goals, 'goals-heading'));
    children.push(paragraph([text(g.total ? t.digest.leadership.goals(g) : t.digest.leadership.noGoals)], 'goals'));
  }

  const stepsLimit = o.nextStepsLimit ?? 5;
  if (stepsLimit > 0) {
    children.push(heading(2, t.report.nextSteps, 'next-steps-heading'));
    children.push(nextStepsNode(model.findings, { t, format, limit: stepsLimit, empty: t.report.noNextSteps }));
  }

  if (url !== null) children.push(paragraph([{ type: 'link', url, children: [text(t.digest.fullReport)] }], 'link'));
  return { type: 'root', children };
}

/** The nodes of the tree with a role. */
export function nodesWithRole(tree: Root, role: NarrativeRole): RootContent[] {
  return tree.children.filter((n) => n.data?.cadenceRole === role);
}
