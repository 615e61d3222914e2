/**
 * Each config mistake is invalid input: exit 2 from the real `cadence check` and `cadence pull`,
 * with the key path to fix and, where there is one, the nearest right name. Before, an unknown
 * plugin and a mapped column missing from the file exited 1, an invalid locale passed until the
 * build, a goal's unknown KPI passed check and pull, a typo'd key said only "brand.name required",
 * and a malformed mapping said only "Invalid input".
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeProject } from '../plugins/project.ts';
import { runCli } from './run-cli.ts';

const postsCsv = 'Post ID,Date,Network,Impressions\np1,2026-09-01 10:00,facebook,1200\np2,2026-09-02 11:30,instagram,340\n';
const posts = (columns: string) => `posts: { plugin: 'csv', options: { file: 'exports/posts.csv', entity: 'posts', columns: { ${columns} } } }`;
const good = `id: 'Post ID', published_at: 'Date', platform: 'Network', impressions: 'Impressions'`;
const config = (more: string, sources = posts(good)) => `import { defineConfig } from 'cadence/config';
export default defineConfig({ brand: { name: 'Acme' }, timezone: 'UTC', ${more} sources: { ${sources} } } as any);
`;

/** Mistake → its config, and what both commands must say (besides exit 2). */
const mistakes: Record<string, { file: string; says: (string | RegExp)[] }> = {
  'an unknown plugin': {
    file: config('', `${posts(good)}, crm: { plugin: 'hubspott', options: {} }`),
    says: ['CADENCE_PLUGIN_NOT_FOUND', 'key sources.crm.plugin', 'did you mean hubspot?'],
  },
  'a mapped column missing from the file': {
    file: config('', posts(`id: 'Post ID', published_at: 'Date', platform: 'Network', impressions: 'Impresions'`)),
    says: ['CADENCE_CSV_MISSING_COLUMN', 'key sources.posts.options.columns.impressions', 'did you mean "Impressions"?'],
  },
  'an invalid locale': {
    file: config(`locale: 'xx_INVALID-###',`),
    says: ['CADENCE_CONFIG_INVALID', /locale: expected a BCP 47 locale .*, found "xx_INVALID-###"/],
  },
  'a locale written with an underscore': {
    file: config(`locale: 'en_GB',`),
    says: ['CADENCE_CONFIG_INVALID', 'found "en_GB" — did you mean en-GB?'],
  },
  'a goal naming an unknown KPI': {
    file: config(`goals: [{ kpi: 'selling.revenue', change: 0.1 }, { kpi: 'listening.share_of_vioce', target: 30 }],`),
    says: ['CADENCE_CONFIG_INVALID', /goals\[1\]\.kpi: expected the id of a built-in KPI .*found "listening\.share_of_vioce" — did you mean listening\.share_of_voice\?/],
  },
  'a typo in a key': {
    file: config('').replace(`brand: { name: 'Acme' }`, `brand: { nmae: 'Acme' }`),
    says: ['CADENCE_CONFIG_INVALID', 'brand.name: expected string, found nothing (the key is required)', 'brand.nmae: unknown key — did you mean name?'],
  },
  'a malformed mapping': {
    file: config('', posts(`id: 'Post ID', published_at: { colum: 'Date' }, platform: 'Network', sentiment: 42`)),
    says: [
      'CADENCE_PLUGIN_OPTIONS_INVALID',
      /sources\.posts\.options\.columns\.published_at: expected a column name \("Date"\) or one of \{ column, format\?, map\?.*\{ value \}, \{ template.*\{ hash: \[columns\] \}.*found object \{"colum":"Date"\} — did you mean column \(for colum\)\?/,
      /sources\.posts\.options\.columns\.sentiment: expected a column name .*, found number 42/,
    ],
  },
};

describe('config mistakes exit 2 and name the key', () => {
  let dir: string;
  beforeAll(async () => {
    const files: Record<string, string> = { 'cadence.config.ts': config(''), 'exports/posts.csv': postsCsv };
    Object.values(mistakes).forEach((m, i) => (files[`mistake-${i}.config.ts`] = m.file));
    dir = await makeProject(files);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('the right config checks and pulls (exit 0)', async () => {
    const check = await runCli(['check'], { cwd: dir });
    expect(check.code, check.stderr).toBe(0);
  });

  Object.entries(mistakes).forEach(([name, mistake], i) => {
    it(`${name}: check and pull exit 2 with the key path`, async () => {
      const [check, pull] = await Promise.all([runCli(['check', '--config', `mistake-${i}.config.ts`], { cwd: dir }), runCli(['pull', '--config', `mistake-${i}.config.ts`], { cwd: dir })]);
      for (const [command, run] of [['check', check], ['pull', pull]] as const) {
        expect(run.code, `${command}: ${run.stderr}`).toBe(2);
        for (const s of mistake.says) {
          if (typeof s === 'string') expect(run.stderr, command).toContain(s);
          else expect(run.stderr, command).toMatch(s);
        }
        expect(run.stderr).not.toContain('Invalid input');
      }
    });
  });
});
