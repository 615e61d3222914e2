/**
 * What the deck components read besides the report context: the locale and the deck file, put
 * in `Astro.locals` by DeckView, so `<Slide>` outside a deck fails with a clear error. Report
 * components ask `onSlides` to leave out what only makes sense on an interactive page (the
 * "What this measures" links of KPI tiles): a slide is shown to a room or printed, not browsed.
 */
import { CadenceError } from '../../../core/errors.ts';

export interface DeckContext {
  locale: string;
  /** The deck's MDX file, named in errors. */
  file: string;
  error(component: string, detail: string, hint?: string): CadenceError;
}

const KEY = 'cadenceDeck';

export function setDeckContext(locals: object, context: { locale: string; file: string }): void {
  const error = (component: string, detail: string, hint?: string) =>
    new CadenceError('CADENCE_REPORT_INVALID', `<${component}>: ${detail}`, { place: { file: context.file }, ...(hint ? { hint } : {}) });
  (locals as Record<string, unknown>)[KEY] = { ...context, error } satisfies DeckContext;
}

export function deckContext(locals: object): DeckContext {
  const context = (locals as Record<string, unknown>)[KEY] as DeckContext | undefined;
  if (!context) throw new CadenceError('CADENCE_REPORT_INVALID', '<Slide> can only be used in a deck (an MDX file of templates/decks or reports/decks)');
  return context;
}

/** Whether the component renders on a deck's slides (DeckView set the deck context). */
export function onSlides(locals: object): boolean {
  return (locals as Record<string, unknown>)[KEY] !== undefined;
}
