/** `npm run docs`: rewrites the generated sections of README.md from the schemas. */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { refreshReadme } from './reference.ts';

const path = resolve(import.meta.dirname, '../../README.md');
const before = await readFile(path, 'utf8');
const after = refreshReadme(before);
if (after !== before) await writeFile(path, after);
process.stdout.write(after === before ? 'README.md is up to date\n' : 'README.md updated\n');
