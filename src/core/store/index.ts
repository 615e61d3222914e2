/** The data folder: public entry points of the store. */
export { acquireLock, type Lock, type LockOptions } from './lock.ts';
export { openTransaction, type Transaction, type CommitSummary } from './transaction.ts';
export { openReader, type DataReader } from './reader.ts';
export { pinVersion, type PinnedVersion } from './pin.ts';
export { currentVersion, type VersionRef } from './layout.ts';
export { readManifest, type Manifest, type EntityEntry, type FileEntry, type MonthCoverage, type SourceEntry } from './manifest.ts';
export { recoverDataFolder } from './recover.ts';
export { fieldCoverage, type FieldCoverage } from './field-coverage.ts';
export { forgetSource, type ForgetOptions, type ForgetResult } from './forget.ts';
