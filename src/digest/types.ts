/**
 * What every digest is: its kind, period and audience (the send ledger's key), a subject line,
 * the story tree it renders, its renderings (Markdown, HTML, plain text) and the JSON payload
 * `--send` posts (Block Kit for the chat update; the renderings for the e-mails).
 */
import type { Root } from 'mdast';
import type { Format } from '../core/story/format.ts';
import type { Messages } from '../core/i18n/catalog.ts';
import type { AudienceName } from '../core/schema/config.ts';
import type { EmailTheme } from './html.ts';

export const digestKinds = ['chat', 'employee', 'leadership'] as const;
export type DigestKind = (typeof digestKinds)[number];

export interface Digest {
  kind: DigestKind;
  /** Period id ("2026-W38", "2026-09"). */
  period: string;
  audience: AudienceName;
  subject: string;
  tree: Root;
  markdown: string;
  html: string;
  text: string;
  /** What `--send` posts, and what `--format json` prints. */
  payload: Record<string, unknown>;
}

/** What a digest renderer needs besides the model. */
export interface DigestContext {
  format: Format;
  t: Messages;
  link(path: string): string;
  /** Whether `link` gives absolute URLs (else a note says links are site paths). */
  absoluteLinks: boolean;
  theme: EmailTheme;
}
