/**
 * Which tracked name a mention is about — the brand, a competitor, a public face, an influencer
 * or an industry topic, from the config — and vendor sentiment normalized to positive, neutral or
 * negative. Plugins tag rows with these; the same patterns serve records (JS) and bulk loads (SQL).
 */
import type { TrackedNames } from './api.ts';

export type TrackedKind = 'brand' | 'competitor' | 'topic' | 'influencer' | 'public_face';

export interface TrackedPattern {
  kind: TrackedKind;
  name: string;
  /** Case-insensitive regular expression (RE2 and JavaScript compatible). */
  regex: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern for names, keywords, @handles and #hashtags. */
function patternOf(terms: { words: string[]; handles?: string[]; hashtags?: string[] }): string | undefined {
  const parts = [
    ...terms.words.filter((w) => w.trim()).map((w) => `\\b${escape(w.trim())}\\b`),
    ...(terms.handles ?? []).filter(Boolean).map((h) => `@${escape(h.replace(/^@/, ''))}\\b`),
    ...(terms.hashtags ?? []).filter(Boolean).map((h) => `#${escape(h.replace(/^#/, ''))}\\b`),
  ];
  return parts.length ? `(?i)(${parts.join('|')})` : undefined;
}

/**
 * Patterns in the order they win when a text names several: the brand, then competitors, the
 * company's public faces, influencers, and last the industry topics.
 */
export function trackedPatterns(tracked: TrackedNames): TrackedPattern[] {
  const out: TrackedPattern[] = [];
  const add = (kind: TrackedKind, name: string, regex: string | undefined) => regex && out.push({ kind, name, regex });
  const b = tracked.brand;
  add('brand', b.name, patternOf({ words: [b.name, ...b.aliases, ...b.keywords], handles: b.handles, hashtags: b.hashtags }));
  for (const c of tracked.competitors) add('competitor', c.name, patternOf({ words: [c.name, ...c.aliases, ...c.keywords], handles: c.handles, hashtags: c.hashtags }));
  for (const p of tracked.publicFaces) add('public_face', p.name, patternOf({ words: [p.name], handles: p.handles }));
  for (const p of tracked.influencers) add('influencer', p.name, patternOf({ words: [p.name], handles: p.handles }));
  for (const t of tracked.topics) add('topic', t.name, patternOf({ words: [t.name, ...t.keywords] }));
  return out;
}

/** The first tracked name a text matches (see trackedPatterns for the order), or undefined. */
export function matchTracked(text: string | null | undefined, tracked: TrackedNames | TrackedPattern[]): { kind: TrackedKind; name: string } | undefined {
  if (!text) return undefined;
  const patterns = Array.isArray(tracked) ? tracked : trackedPatterns(tracked);
  for (const p of patterns) {
    if (new RegExp(p.regex.replace(/^\(\?i\)/, ''), 'i').test(text)) return { kind: p.kind, name: p.name };
  }
  return undefined;
}

/**
 * Vendor sentiment labels → positive / neutral / negative (case-insensitive). Use it as the `map`
 * of a sentiment field; keep the vendor's own value in `sentiment_original`.
 */
export const sentimentMap: Record<string, 'positive' | 'neutral' | 'negative' | null> = {
  positive: 'positive', pos: 'positive', '+': 'positive', 'very positive': 'positive', favorable: 'positive', favourable: 'positive',
  neutral: 'neutral', neu: 'neutral', '0': 'neutral', mixed: 'neutral', none: null, 'not rated': null, unrated: null, unknown: null, '': null,
  negative: 'negative', neg: 'negative', '-': 'negative', 'very negative': 'negative', unfavorable: 'negative', unfavourable: 'negative',
};

/** A sentiment label or score (−1…1, or −5…5) normalized; null when unknown. */
export function normalizeSentiment(value: string | number | null | undefined): 'positive' | 'neutral' | 'negative' | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || /^[-+]?\d+(\.\d+)?$/.test(String(value).trim())) {
    const n = Number(value);
    return Number.isNaN(n) ? null : n > 0 ? 'positive' : n < 0 ? 'negative' : 'neutral';
  }
  const key = String(value).trim().toLowerCase();
  return key in sentimentMap ? sentimentMap[key]! : null;
}
