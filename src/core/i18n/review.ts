/**
 * A catalog rendered for review: every message of the English reference, in the catalog's
 * language, with sample values formatted in its locale (samples.ts), next to the English. What
 * `cadence catalog --lang xx` prints, so a native speaker reviews a catalog in one read; the
 * catalog tests walk the same entries.
 */
import { en } from './en.ts';
import { catalogOf, type Messages } from './catalog.ts';
import { messageSamples, type Samples } from './samples.ts';
import { createFormat, type Format } from '../story/format.ts';

type Tree = { [key: string]: unknown };

/** Every leaf path of a catalog ("findings.goalMet", "kpis.listening.reach.label"); a KPI id's dots stay in its key. */
export function leafPaths(o: unknown, path: string[] = []): string[][] {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return [path];
  return Object.entries(o as Tree).flatMap(([k, v]) => leafPaths(v, [...path, k]));
}

/** The leaf of a catalog at a path (key list). */
export const leafAt = (o: unknown, path: string[]): unknown => path.reduce<unknown>((x, k) => (x as Tree | undefined)?.[k], o);

/** One message rendered: its path, and a text per sample (a plain string has one). */
export interface ReviewEntry {
  path: string;
  /** [English, the catalog's] per sample. */
  texts: [string, string][];
}

/** The locale a review formats its samples in: the catalog's own region (ko → ko-KR). */
export const reviewLocales: Record<string, string> = { en: 'en-GB', it: 'it-IT', ko: 'ko-KR', ro: 'ro-RO', el: 'el-GR', hu: 'hu-HU' };

export interface ReviewOptions {
  /** Every sample; otherwise at most `perMessage` different texts a message (evenly picked). */
  all?: boolean;
  perMessage?: number;
  /** Only paths starting with one of these ("story.", "about"). */
  only?: string[];
}

/** Sample lists picked evenly, at most `max` of them, the first and the last included. */
function spread<T>(list: T[], max: number): T[] {
  if (list.length <= max) return list;
  return Array.from({ length: max }, (_, i) => list[Math.round((i * (list.length - 1)) / (max - 1))]!);
}

/**
 * Every message of `lang`'s catalog with sample values. Throws when a message function has no
 * samples (a new message must get some in samples.ts).
 */
export function reviewCatalog(lang: string, options: ReviewOptions = {}): ReviewEntry[] {
  const t = catalogOf(lang);
  if (!t) throw new Error(`no catalog for language "${lang}"`);
  const locale = reviewLocales[lang] ?? lang;
  return renderEntries(t, createFormat(locale, 'EUR'), createFormat('en-GB', 'EUR'), options);
}

export function renderEntries(t: Messages, f: Format, enFormat: Format, options: ReviewOptions = {}): ReviewEntry[] {
  const samples: Samples = messageSamples(f);
  const enSamples: Samples = messageSamples(enFormat);
  const max = options.perMessage ?? 6;
  const entries: ReviewEntry[] = [];
  const missing: string[] = [];
  for (const keys of leafPaths(en)) {
    const path = keys.join('.');
    if (options.only && !options.only.some((p) => path.startsWith(p))) continue;
    const english = leafAt(en, keys);
    const own = leafAt(t, keys);
    if (typeof english !== 'function') {
      entries.push({ path, texts: [[String(english), String(own)]] });
      continue;
    }
    const args = samples[path];
    if (!args) {
      missing.push(path);
      continue;
    }
    const indexes = options.all ? args.map((_, i) => i) : spread(args.map((_, i) => i), Math.max(max * 3, max));
    const seen = new Set<string>();
    const texts: [string, string][] = [];
    for (const i of indexes) {
      const text = (own as (...a: unknown[]) => string)(...args[i]!);
      if (!options.all && (seen.has(text) || texts.length >= max)) continue;
      seen.add(text);
      texts.push([(english as (...a: unknown[]) => string)(...enSamples[path]![i]!), text]);
    }
    entries.push({ path, texts });
  }
  if (missing.length) throw new Error(`no sample values for ${missing.join(', ')}: add them to src/core/i18n/samples.ts`);
  return entries;
}
