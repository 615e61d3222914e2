/**
 * What kind of source a Talkwalker document comes from — the network (twitter, facebook, …) or the
 * site kind (news, blog, forum, …) — and so what its `reach` means. Talkwalker's documentation:
 * reach is page views for news sites, blogs and forums, the page's fans for Facebook and the
 * author's followers for X/Twitter; for everything else (other networks, print, broadcast) we
 * store it as `estimated`.
 *
 * The rules are regular expressions valid in both RE2 (DuckDB, for bulk loads through a `match`
 * mapping) and JavaScript (for API records), tested in order against the text of several columns
 * joined by one space — exactly as the host joins the columns of a `match` mapping — so the export
 * and the API classify a document alike.
 */

/** A rule of a `match` mapping: the value of the first rule whose regex matches. */
export interface MatchRule {
  value: string;
  regex: string;
}

interface Network {
  name: string;
  /** Suffix of Talkwalker's social source types (SOCIALMEDIA_TWITTER). */
  types: string;
  /** Names of the network in a source name, after a social source type. */
  words: string;
  /** Host names of the network's URLs. */
  hosts: string;
  /** Names too short to look for inside a longer source name. */
  exact?: string;
}

const networks: Network[] = [
  { name: 'twitter', types: 'TWITTER|X', words: 'twitter', hosts: 'twitter\\.com|x\\.com', exact: 'X' },
  { name: 'facebook', types: 'FACEBOOK', words: 'facebook', hosts: 'facebook\\.com|fb\\.com' },
  { name: 'instagram', types: 'INSTAGRAM', words: 'instagram', hosts: 'instagram\\.com' },
  { name: 'youtube', types: 'YOUTUBE', words: 'youtube', hosts: 'youtube\\.com|youtu\\.be' },
  { name: 'tiktok', types: 'TIKTOK', words: 'tiktok', hosts: 'tiktok\\.com' },
  { name: 'linkedin', types: 'LINKEDIN', words: 'linkedin', hosts: 'linkedin\\.com' },
  { name: 'reddit', types: 'REDDIT', words: 'reddit', hosts: 'reddit\\.com' },
  { name: 'pinterest', types: 'PINTEREST', words: 'pinterest', hosts: 'pinterest\\.com' },
];

/**
 * A network: its social source type, its host in the URL, its name after a social type, or
 * (`exact`) a source named just that, right after a social type ("SOCIALMEDIA X").
 */
function networkBody(n: Network): string {
  const exact = n.exact ? `|SOCIAL\\S* (?:${n.exact})(?: |$)` : '';
  return `SOCIAL[A-Z]*_(?:${n.types})\\b|https?://(?:[a-z0-9-]+\\.)*(?:${n.hosts})(?:[/:?#\\s]|$)|SOCIAL.*\\b(?:${n.words})\\b${exact}`;
}

/** Start of the source type: the parent type is its first word ("[BLOG, BLOG_OTHER]", "ONLINENEWS_NEWSPAPER"). */
const typeStart = `^["'\\[]*`;

/** Site kinds by the first word of the source type, in the entity's vocabulary. */
const kinds: { kind: 'social' | 'news' | 'blog' | 'forum' | 'review' | 'video' | 'podcast'; words: string }[] = [
  { kind: 'social', words: 'SOCIAL' },
  { kind: 'news', words: 'ONLINE_?NEWS|NEWS|PRINT|PRESS|BROADCAST|TV|RADIO' },
  { kind: 'blog', words: 'BLOG' },
  { kind: 'forum', words: 'FORUM|MESSAGE_?BOARD|BOARD' },
  { kind: 'review', words: 'REVIEW' },
  { kind: 'video', words: 'VIDEO' },
  { kind: 'podcast', words: 'PODCAST' },
];

const kindBody = (words: string) => `${typeStart}(?:${words})`;

interface Body {
  value: string;
  body: string;
  /** The body starts with ^ (it looks at the first column only). */
  anchored: boolean;
}

const networkBodies: Body[] = networks.map((n) => ({ value: n.name, body: networkBody(n), anchored: false }));
const kindBodies: Body[] = kinds.map((k) => ({ value: k.kind, body: kindBody(k.words), anchored: true }));

const rule = (value: string, body: string): MatchRule => ({ value, regex: `(?i)${body}` });

/**
 * `platform`: the network, else the site kind, else `other`. Match columns, in this order:
 * source_type, extra_source_attributes.name, url.
 */
export function platformRules(): MatchRule[] {
  return [...networkBodies, ...kindBodies, { value: 'other', body: '^', anchored: true }].map((b) => rule(b.value, b.body));
}

/** `source_type` (the entity's enum): social for any network, else the site kind, else other. Same columns. */
export function sourceTypeRules(): MatchRule[] {
  return [
    ...networkBodies.map((b) => ({ ...b, value: 'social' })),
    ...kindBodies,
    { value: 'other', body: `${typeStart}[A-Z0-9]`, anchored: true },
  ].map((b) => rule(b.value, b.body));
}

/**
 * `reach_kind`, only for rows that have a reach: match columns reach, source_type,
 * extra_source_attributes.name, url. An empty reach makes the text start with a space, which no
 * rule accepts.
 */
export function reachKindRules(): MatchRule[] {
  const gate = (b: Body) => (b.anchored ? `^\\S+ ${b.body.slice(1)}` : `^\\S+ .*(?:${b.body})`);
  const byValue = (v: string) => networkBodies.find((b) => b.value === v)!;
  const kind = (k: string) => kindBodies.find((b) => b.value === k)!;
  return [
    rule('followers', gate(byValue('twitter'))),
    rule('fans', gate(byValue('facebook'))),
    // Other networks first, so that a social post is never read as a site's page views.
    ...networkBodies.filter((b) => b.value !== 'twitter' && b.value !== 'facebook').map((b) => rule('estimated', gate(b))),
    rule('estimated', gate(kind('social'))),
    // Sites: news sites, blogs and forums. Print and broadcast reach is an audience estimate.
    rule('page_views', gate({ value: '', body: kindBody('ONLINE_?NEWS|NEWS|BLOG|FORUM|MESSAGE_?BOARD|BOARD'), anchored: true })),
    rule('estimated', '^\\S'),
  ];
}

/** The JavaScript twin of the host's `match`: the value of the first rule matching the joined text. */
export function firstMatch(rules: MatchRule[], values: readonly (string | number | null | undefined)[]): string | null {
  const text = values.map((v) => (v === null || v === undefined ? '' : String(v))).join(' ');
  for (const r of rules) {
    if (new RegExp(r.regex.replace(/^\(\?i\)/, ''), 'i').test(text)) return r.value;
  }
  return null;
}
