/** The README's generated sections match the code (run `npm run docs` after changing a schema). */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pluginExamplePaths, refreshReadme } from '../../src/docs/reference.ts';

const root = resolve(import.meta.dirname, '../..');

describe('README', () => {
  it('starts with the two quick-start commands', async () => {
    const readme = await readFile(resolve(root, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```sh\n([^`]+)```/g)].map((m) => m[1]!.trim());
    expect(blocks.slice(0, 2)).toEqual(['npm install && npm run demo', 'npm test']);
    const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
    expect(pkg.scripts.demo).toBeTruthy();
    expect(pkg.scripts.test).toBeTruthy();
  });

  it('has up-to-date generated sections (config, entities, plugin example)', async () => {
    const readme = await readFile(resolve(root, 'README.md'), 'utf8');
    const fresh = refreshReadme(readme, {
      pluginExample: await readFile(resolve(root, pluginExamplePaths.pluginExample), 'utf8'),
      pluginExampleTest: await readFile(resolve(root, pluginExamplePaths.pluginExampleTest), 'utf8'),
    });
    expect(readme === fresh, 'README.md is out of date: run `npm run docs`').toBe(true);
  });
});
