import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../../src/core/schema/config.ts';
import { validate } from '../../src/core/config/issues.ts';
import { repoRoot, runCli } from './run-cli.ts';

const made: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'cadence-init-'));
  made.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

const scaffold = ['.gitignore', 'cadence.config.ts', 'exports/posts.csv', 'package.json', 'reports/README.md', 'reports/highlights.mdx'];

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
    // The project runs on the Node Cadence pins (the registry's node package), not the machine's.
    expect(pkg.devDependencies.node).toMatch(/^\^24\./);
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

  it('scaffolds a project that pulls its sample data and builds a site with the example report', async () => {
    const target = await tempDir();
    expect((await runCli(['init', target])).code).toBe(0);
    // As after `npm install`: the project's node_modules/cadence is this package.
    await mkdir(path.join(target, 'node_modules'), { recursive: true });
    await symlink(repoRoot, path.join(target, 'node_modules', 'cadence'), 'dir');
    const pull = await runCli(['--cwd', target, 'pull']);
    expect(pull.stderr).not.toContain('CADENCE_');
    expect(pull.code).toBe(0);
    const build = await runCli(['--cwd', target, 'build', '--period', '2026-09', '--audience', 'team']);
    expect(build.stderr).not.toContain('CADENCE_');
    expect(build.code).toBe(0);
    const html = await readFile(path.join(target, 'dist', 'monthly', '2026-09', 'team', 'highlights', 'index.html'), 'utf8');
    expect(html).toContain('<h1>Content highlights, September 2026</h1>');
    expect(html).toMatch(/<title[^>]*>Engagement rate per month<\/title>/);
    expect(html).toContain('<caption>Every influencing figure</caption>');
    const team = await readFile(path.join(target, 'dist', 'monthly', '2026-09', 'team', 'index.html'), 'utf8');
    expect(team).toContain('href="/monthly/2026-09/team/highlights/"');
    // A typo in a report's frontmatter: exit 2 (invalid input), with the file, line and column.
    await writeFile(path.join(target, 'reports', 'typo.mdx'), '---\naudience: team\ncadence: montly\n---\n');
    const bad = await runCli(['--cwd', target, 'build', '--period', '2026-09', '--audience', 'team']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('CADENCE_REPORT_INVALID');
    expect(bad.stderr).toMatch(/reports\/typo\.mdx:3:10/);
  }, 120_000);
});
