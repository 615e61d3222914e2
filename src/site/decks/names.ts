/**
 * The departments a quarter gets a roadshow deck for, in the order the index lists them. A module
 * of its own, importing nothing, so `cadence pdf` and its command line can name decks without
 * loading the deck definitions' parsers.
 */
export const deckNames = ['product', 'sales', 'marketing', 'all-hands'] as const;
export type DeckName = (typeof deckNames)[number];
