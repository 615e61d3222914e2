/** `npm run docs`: rewrites the generated sections of README.md from the schemas. */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pluginExamplePaths, refreshReadme } from './reference.ts';

const root = resolve(import.meta.dirname, '../..');
const path = resolve(root, 'README.md');
const before = await readFile(path, 'utf8');
const after = refreshReadme(before, {
  pluginExample: await readFile(resolve(root, pluginExamplePaths.pluginExample), 'utf8'),
  pluginExampleTest: await readFile(resolve(root, pluginExamplePaths.pluginExampleTest), 'utf8'),
});
if (after !== before) await writeFile(path, after);
process.stdout.write(after === before ? 'README.md is up to date\n' : 'README.md updated\n');
