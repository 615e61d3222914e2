/** The data folder: public entry points of the store. */
export { acquireLock, type Lock, type LockOptions } from './lock.ts';
export { openTransaction, type Transaction, type CommitSummary } from './transaction.ts';
export { openReader, type DataReader } from './reader.ts';
export { readManifest, type Manifest, type EntityEntry, type FileEntry, type SourceEntry } from './manifest.ts';
export { recoverDataFolder } from './recover.ts';
