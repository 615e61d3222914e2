/** The deck definitions and a loader per MDX file (see integration.ts, `virtual:cadence/decks`). */
declare module 'virtual:cadence/decks' {
  export const definitions: import('./definitions.ts').DeckDefinition[];
  export const loaders: Record<string, () => Promise<{ default: import('astro').MDXInstance<Record<string, unknown>>['default']; frontmatter: Record<string, unknown> }>>;
}
