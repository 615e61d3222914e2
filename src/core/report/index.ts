/** Report models: built from the data folder for any periods and audiences, cached by digest. */
export * from './model.ts';
export * from './build.ts';
export * from './cached.ts';
export * from './cache.ts';
