/** The site model, served to pages by the Cadence integration (see integration.ts). */
declare module 'virtual:cadence/site' {
  const model: import('./site-model.ts').SiteModel;
  export default model;
}
