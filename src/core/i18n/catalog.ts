/**
 * The message catalogs and how a locale picks one. A catalog is chosen by the locale's language
 * subtag (BCP 47: "it-IT", "it-CH" and "it" all read Italian); any language without a catalog
 * reads English, the reference catalog. `Messages` is the English catalog's type: every other
 * catalog is typed with it, so the compiler proves it complete (the `kpis` table, keyed by KPI
 * id, is checked by a test).
 */
import { en } from './en.ts';
import { el } from './el.ts';
import { hu } from './hu.ts';
import { it } from './it.ts';
import { ko } from './ko.ts';
import { ro } from './ro.ts';

export type Messages = typeof en;
export type { KpiText, LifecycleWhy, SeriesKey, DimensionKey, WeekdayKey, CadenceKey, AudienceKey, StageKey, UnitKey } from './en.ts';

const catalogs: Record<string, Messages> = { en, it, ko, ro, el, hu };

/** The languages with a complete catalog (language subtags). */
export const supportedLanguages: readonly string[] = Object.keys(catalogs);

/** The language subtag of a locale, lower-cased ("it-IT", "it_IT" → "it"); "" for none. */
const subtagOf = (locale: string): string => (locale ?? '').split(/[-_]/)[0]!.toLowerCase();

/** "it-IT" → "it"; an empty or odd locale → "en". */
export function languageOf(locale: string): string {
  const lang = subtagOf(locale);
  return lang && catalogs[lang] ? lang : 'en';
}

/** The catalog of a locale's or a language's own ("hu-HU", "hu"), or null when there is none. */
export function catalogOf(locale: string): Messages | null {
  return catalogs[subtagOf(locale)] ?? null;
}

/** The catalog of a locale's language (English when there is none). */
export function messagesFor(locale: string): Messages {
  return catalogs[languageOf(locale)]!;
}

/** A language's English name ("hu" → "Hungarian"); the code itself when Intl does not know it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * What a build says once when the locale's language has no catalog: the sentences are English,
 * the numbers and dates the locale's own. Null when the language has a catalog.
 */
export function missingCatalogNote(locale: string): string | null {
  const lang = subtagOf(locale);
  if (!lang || catalogs[lang]) return null;
  return `locale "${locale}": there is no ${languageName(lang)} catalog yet, so the reports' sentences are in English, with ${locale} numbers and dates (complete languages: ${supportedLanguages.map(languageName).join(', ')}; README: "The report site", Language)`;
}
