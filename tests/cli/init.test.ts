import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/schema/config.ts';
import { validate } from '../../src/core/config/issues.ts';
import { runCli } from './run-cli.ts';

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cadence-init-'));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

const scaffold = ['.gitignore', 'cadence.config.ts', 'exports/posts.csv', 'package.json', 'reports/README.md'];

describe('cadence init', () => {
  it('creates the scaffold, then refuses to run again without --force', async () => {
    const parent = await tempDir();
    const target = path.join(parent, 'My Reports');
    const first = await runCli(['init', target]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const file of scaffold) {
      expect(existsSync(path.join(target, file)), file).toBe(true);
      expect(first.stdout).toContain(file);
    }
    expect(first.stdout).toContain('npx cadence pull');

    const pkg = JSON.parse(await readFile(path.join(target, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('my-reports');
    expect(pkg.devDependencies.cadence).toMatch(/^(file:|\^)/);
    expect(await readFile(path.join(target, '.gitignore'), 'utf8')).toContain('node_modules/');
    const csv = await readFile(path.join(target, 'exports/posts.csv'), 'utf8');
    expect(csv.split('\n')[0]).toContain('Date,Network,Profile');

    const second = await runCli(['init', target]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('CADENCE_INIT_NOT_EMPTY');
    expect(second.stderr).toContain('--force');
  });

  it('--force restores scaffold files but never the user’s data or package.json', async () => {
    const target = await tempDir();
    expect((await runCli(['--cwd', target, 'init'])).code).toBe(0);
    await writeFile(path.join(target, 'exports/posts.csv'), 'my,own,data\n');
    await writeFile(path.join(target, 'package.json'), '{"name":"mine","devDependencies":{"cadence":"^0.1.0"}}\n');
    await writeFile(path.join(target, 'cadence.config.ts'), 'broken');
    const forced = await runCli(['init', target, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/overwritten\s+cadence\.config\.ts/);
    expect(forced.stdout).toMatch(/kept\s+exports\/posts\.csv/);
    expect(await readFile(path.join(target, 'exports/posts.csv'), 'utf8')).toBe('my,own,data\n');
    expect(await readFile(path.join(target, 'package.json'), 'utf8')).toContain('"mine"');
    expect(await readFile(path.join(target, 'cadence.config.ts'), 'utf8')).toContain('defineConfig');
  });

  it('scaffolds a config that validates, with a csv source that reads the sample export', async () => {
    const { loadConfig } = await import('../../src/core/config/load.ts');
    const { csvOptions } = await import('../../plugins/csv/options.ts');
    // Load the template where `cadence/config` resolves (inside this package).
    const { config } = await loadConfig({ projectDir: path.resolve(import.meta.dirname, '../../templates/init') });
    expect(validate(configSchema, config).success).toBe(true);
    const posts = config.sources.posts!;
    expect(posts.plugin).toBe('csv');
    const options = validate(csvOptions, posts.options);
    expect(options.success ? [] : options.problems).toEqual([]);
    expect(posts.options.file).toBe('exports/posts.csv');
  });
});
