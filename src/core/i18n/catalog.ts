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

/** "it-IT" → "it"; an empty or odd locale → "en". */
export function languageOf(locale: string): string {
  const lang = (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
  return lang && catalogs[lang] ? lang : 'en';
}

/** The catalog of a language subtag ("hu"), or null when there is none. */
export function catalogOf(lang: string): Messages | null {
  return catalogs[lang.toLowerCase()] ?? null;
}

/** The catalog of a locale's language (English when there is none). */
export function messagesFor(locale: string): Messages {
  return catalogs[languageOf(locale)]!;
}

/**
 * What a build says once when the locale's language has no catalog: the sentences are English,
 * the numbers and dates the locale's own. Null when the language has a catalog.
 */
export function missingCatalogNote(locale: string): string | null {
  const lang = (locale ?? '').split(/[-_]/)[0]!.toLowerCase();
  if (!lang || catalogs[lang]) return null;
  const name = (code: string) => {
    try {
      return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  return `locale "${locale}": there is no ${name(lang)} catalog yet, so the reports' sentences are in English, with ${locale} numbers and dates (complete languages: ${supportedLanguages.map(name).join(', ')}; README: "The report site", Language)`;
}
