/** The site model, served to pages by the Cadence integration (see integration.ts). */
declare module 'virtual:cadence/site' {
  const model: import('./site-model.ts').SiteModel;
  export default model;
}

/** The report definitions and a loader per MDX file (see integration.ts). */
declare module 'virtual:cadence/reports' {
  export const definitions: import('./reports/definitions.ts').ReportDefinition[];
  export const loaders: Record<string, () => Promise<{ default: import('astro').MDXInstance<Record<string, unknown>>['default']; frontmatter: Record<string, unknown> }>>;
}

/** Astro components imported from TypeScript modules (the report components' map). */
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
