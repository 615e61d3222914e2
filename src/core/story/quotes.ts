/**
 * Quotes as an audience may see them. Team reports name the author; sales and leadership see the
 * words without the person (the privacy rule of src/core/report/privacy.ts): the author is
 * dropped and @handles in the text become "@…", except the handles of the brand and its
 * competitors, which are not people.
 */
import type { MetricsConfig } from '../metrics/kpi.ts';
import type { Quote } from './types.ts';

/** The handles that may stay in a quote's text for every audience (brand and competitors), lower case without @. */
export function publicHandles(config: Pick<MetricsConfig, 'brand' | 'competitors'>): Set<string> {
  return new Set([config.brand, ...config.competitors].flatMap((n) => n.handles).map((h) => h.replace(/^@+/, '').toLowerCase()));
}

const handle = /(^|[^\p{L}\p{N}_.])@([\p{L}\p{N}_.]{1,60})/gu;

/** The quote without its author and with people's handles masked. */
export function anonymousQuote(q: Quote, keep: ReadonlySet<string>): Quote {
  const mask = (text: string) => text.replace(handle, (all, before: string, name: string) => (keep.has(name.replace(/\.+$/, '').toLowerCase()) ? all : `${before}@…`));
  return { ...q, author: null, text: mask(q.text), title: q.title === null ? null : mask(q.title) };
}

/** The quotes for an audience: as they are for one that names people, else anonymous. */
export function quotesFor(quotes: readonly Quote[], namesPeople: boolean, keep: ReadonlySet<string>): Quote[] {
  return namesPeople ? [...quotes] : quotes.map((q) => anonymousQuote(q, keep));
}
