/**
 * Whether ClickHouse embedded (`chdb`) is installed. It carries a 566 MB library, so it is not a
 * dependency: `.ci/run` installs it (`npm install --no-save chdb@3.4.0`); the engine tests skip
 * without it and say so once, naming the file.
 */
import { createRequire } from 'node:module';

export function chdbInstalled(testFile: string): boolean {
  try {
    createRequire(import.meta.url).resolve('chdb');
    return true;
  } catch {
    console.warn(`${testFile}: skipped — chdb is not installed (npm install --no-save chdb@3.4.0; .ci/run does).`);
    return false;
  }
}
