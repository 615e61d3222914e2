/**
 * `npm run bench`: times `cadence pull` of a 1,000,000-mention CSV export against the floor,
 * DuckDB's bare read_csv + GROUP BY of the same file, side by side in the same run. Prints rows/s,
 * peak RSS of each process and the ratio to the floor. Goal: within 3× the floor, peak RSS < 1 GB.
 * Then times the report models of every period of every cadence over the pulled data against one
 * DuckDB scan-and-group-by of the same mentions by day (goal: within 10×), and the site: `cadence
 * build` of the demo and of the 1M-mention project (goal: the demo under 60 s), and the bytes a
 * browser downloads for one monthly report (goal: under 150 KB, no JavaScript), and the story
 * layer's share of the demo build (its events, their evidence and every model's story, timed in a
 * model run of the demo; goal: at most +20% on the build without it). Last, gaps: a project whose
 * three sources lie years apart against the same rows back to back (goal: the same pages, time
 * and memory within 1.25×; see gap-projects.ts).
 * Then the demo's models on the ClickHouse engine (embedded, chdb) against DuckDB, and ten times
 * the rows (10,000,000 mentions: pull, models and site build, one run each, with peak RSS).
 * ROWS=200000 npm run bench for a quicker run; TEN_M=0 leaves the tenfold section out; ONLY=gaps
 * npm run bench for the gap section alone.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildDemoProject } from '../fixtures/demo-data.ts';
import { writeGapProjects } from './gap-projects.ts';
import { generateMentions } from './generate-mentions.ts';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.bench');
const rows = Number(process.env.ROWS ?? 1_000_000);
const runs = Number(process.env.RUNS ?? 3);
const cli = join(root, 'bin', 'cadence.mjs');

interface Measured {
  seconds: number;
  rssMiB: number;
  stdout: string;
}

async function measure(args: string[], cwd: string): Promise<Measured> {
  const rssFile = join(work, `rss-${Date.now()}-${Math.random().toString(36).slice(2)}.txt`);
  const t0 = process.hrtime.bigint();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((res, rej) => {
    const child = spawn(process.execPath, ['--import', join(import.meta.dirname, 'report-rss.mjs'), ...args], {
      cwd,
      env: { ...process.env, CADENCE_BENCH_RSS_FILE: rssFile, CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', rej);
    child.on('close', (code) => res({ code, stdout, stderr }));
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (code !== 0) throw new Error(`${args.join(' ')} failed (${code}):\n${stderr}\n${stdout}`);
  const rssMiB = Number(await readFile(rssFile, 'utf8')) / 1024;
  await rm(rssFile, { force: true });
  return { seconds, rssMiB, stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  await mkdir(work, { recursive: true });
  if (process.env.ONLY === 'gaps') return gaps();
  const project = await scale(rows, runs);
  // The site: `cadence build` of the demo project and of the 1M-mention project, each with an empty model cache.
  const demo = await buildDemoProject();
  const sites: { name: string; seconds: number; rss: number; pages: number; bytes: Record<string, number>; inlineScripts: number }[] = [];
  for (const [name, dir] of [['demo (152,000 rows)', demo], [`${rows.toLocaleString('en')} mentions`, project]] as const) {
    await rm(join(dir, '.cadence', 'cache'), { recursive: true, force: true });
    const built = await measure([cli, 'build', '--quiet'], dir);
    const info = JSON.parse((await measure(['--import', 'tsx', join(import.meta.dirname, 'site.ts'), join(dir, 'dist'), 'monthly/2026-09/team/'], root)).stdout);
    sites.push({ name, seconds: built.seconds, rss: built.rssMiB, ...info });
  }
  // The story layer on the demo (events with their evidence, and each model's story), side by side with the build it is part of.
  const demoModels: { seconds: number; stages: Record<string, number> }[] = [];
  for (let i = 0; i < runs; i++) demoModels.push(JSON.parse((await measure(['--import', 'tsx', join(import.meta.dirname, 'models.ts'), demo, 'models'], root)).stdout));
  // The same models on the ClickHouse engine, embedded (chdb), side by side with DuckDB's.
  const chModels: number[] = [];
  const hasChdb = await import('chdb').then(() => true, () => false);
  for (let i = 0; hasChdb && i < runs; i++) chModels.push(JSON.parse((await measure(['--import', 'tsx', join(import.meta.dirname, 'models.ts'), demo, 'models-clickhouse'], root)).stdout).seconds);
  await rm(demo, { recursive: true, force: true });
  const duckDemo = median(demoModels.map((x) => x.seconds));
  process.stdout.write(`\nengines: the demo's report models (every period, 3 audiences), median of ${runs} runs\n`);
  process.stdout.write(`${'duckdb (embedded)'.padEnd(34)} ${duckDemo.toFixed(2).padStart(7)} s\n`);
  if (hasChdb) process.stdout.write(`${'clickhouse (embedded, chdb)'.padEnd(34)} ${median(chModels).toFixed(2).padStart(7)} s  ratio ${(median(chModels) / duckDemo).toFixed(2)}×\n`);
  else process.stdout.write('clickhouse: skipped — chdb is not installed (npm install --no-save chdb@3)\n');
  const storyMs = median(demoModels.map((x) => (x.stages.events ?? 0) + (x.stages.story ?? 0)));
  process.stdout.write(`\nsite: cadence build (whole process, empty model cache)\n`);
  for (const x of sites) process.stdout.write(`${x.name.padEnd(34)} ${x.seconds.toFixed(1).padStart(7)} s  ${String(x.pages).padStart(5)} pages  peak RSS ${x.rss.toFixed(0).padStart(5)} MiB\n`);
  const b = sites[0]!.bytes;
  process.stdout.write(`one monthly report (demo, /monthly/2026-09/team/): ${(b.total! / 1024).toFixed(1)} KiB in all — HTML ${(b.html! / 1024).toFixed(1)}, CSS ${(b.css! / 1024).toFixed(1)}, images ${(b.images! / 1024).toFixed(1)}, fonts ${(b.fonts! / 1024).toFixed(1)}, JavaScript ${(b.scripts! / 1024).toFixed(1)} KiB; <script> tags: ${sites[0]!.inlineScripts} (goal: under 150 KB, no JavaScript)\n`);
  process.stdout.write(`demo site build ${sites[0]!.seconds.toFixed(1)} s (goal: under 60 s)\n`);
  const without = sites[0]!.seconds - storyMs / 1000;
  process.stdout.write(
    `story layer (events and their evidence, every model's story; median of ${runs} model runs): ${(storyMs / 1000).toFixed(2)} s of the demo build; ` +
      `+${((100 * storyMs) / 1000 / without).toFixed(1)}% on the build without it (goal: at most +20%)\n`,
  );
  if (process.env.TEN_M !== '0') {
    // Ten times the data (issue 17): one run each, with peak RSS; goal: pull < 1 GB, build < 2 GB.
    const big = await scale(10 * rows, 1);
    // The same pull with the staging memory lowered (`--memory 256MB`), for the peak it bounds.
    await rm(join(big, 'data'), { recursive: true, force: true });
    const low = await measure([cli, 'pull', '--quiet', '--memory', '256MB'], big);
    process.stdout.write(`${'cadence pull --memory 256MB'.padEnd(34)} ${low.seconds.toFixed(2).padStart(7)} s  ${Math.round((10 * rows) / low.seconds).toLocaleString('en').padStart(10)} rows/s  peak RSS ${low.rssMiB.toFixed(0).padStart(5)} MiB (${low.rssMiB < 1024 ? 'under' : 'OVER'} 1 GB)\n`);
    await rm(join(big, '.cadence', 'cache'), { recursive: true, force: true });
    const built = await measure([cli, 'build', '--quiet'], big);
    process.stdout.write(`${`cadence build, ${(10 * rows).toLocaleString('en')} mentions`.padEnd(34)} ${built.seconds.toFixed(1).padStart(7)} s  peak RSS ${built.rssMiB.toFixed(0).padStart(5)} MiB (${built.rssMiB < 2048 ? 'under' : 'OVER'} 2 GB)\n`);
  }
  await gaps();
}

/** Pull of `n` generated mentions against DuckDB's own copy and read, then the report models of every period against one scan; `k` runs each (medians). */
async function scale(n: number, k: number): Promise<string> {
  const csv = join(work, `mentions-${n}.csv`);
  const exists = await stat(csv).then(() => true, () => false);
  if (!exists) {
    process.stdout.write(`generating ${n.toLocaleString('en')} mentions → ${csv}\n`);
    await generateMentions(csv, n);
  }
  const bytes = (await stat(csv)).size;
  const project = join(work, n === rows ? 'project' : `project-${n}`);
  await rm(project, { recursive: true, force: true });
  await mkdir(project, { recursive: true });
  await writeFile(
    join(project, 'cadence.config.ts'),
    `import { defineConfig } from 'cadence/config';
export default defineConfig({
  brand: { name: 'Alpenglow' },
  timezone: 'Europe/Berlin',
  sources: {
    brandwatch: {
      plugin: 'csv',
      options: {
        file: ${JSON.stringify(csv)},
        entity: 'mentions',
        timezone: 'UTC',
        columns: {
          id: 'Url', published_at: 'Date', title: 'Title', url: 'Url', domain: 'Domain', platform: 'Page Type',
          sentiment: 'Sentiment', sentiment_original: 'Sentiment', author_handle: 'Author', text: 'Full Text',
          reach: 'Reach', impressions: 'Impressions', engagement: 'Engagement', likes: 'Likes', comments: 'Comments',
          shares: 'Shares', query: 'Query Name',
        },
      },
    },
  },
});
`,
  );
  const floor: Measured[] = [];
  const copy: Measured[] = [];
  const pull: Measured[] = [];
  for (let i = 0; i < k; i++) {
    floor.push(await measure(['--import', 'tsx', join(import.meta.dirname, 'floor.ts'), csv, 'groupby'], root));
    copy.push(await measure(['--import', 'tsx', join(import.meta.dirname, 'floor.ts'), csv, 'copy', join(work, `copy-${n}.parquet`)], root));
    await rm(join(project, 'data'), { recursive: true, force: true });
    pull.push(await measure([cli, 'pull', '--quiet'], project));
    process.stdout.write(`run ${i + 1}/${k}: floor ${floor[i]!.seconds.toFixed(2)} s, duckdb copy ${copy[i]!.seconds.toFixed(2)} s, cadence pull ${pull[i]!.seconds.toFixed(2)} s\n`);
  }
  const manifest = JSON.parse(await readFile(join(project, 'data', 'manifest.json'), 'utf8'));
  const stored = manifest.entities.mentions?.rows ?? 0;
  const f = median(floor.map((m) => m.seconds));
  const p = median(pull.map((m) => m.seconds));
  const c = median(copy.map((m) => m.seconds));
  const cr = Math.max(...copy.map((m) => m.rssMiB));
  const fr = Math.max(...floor.map((m) => m.rssMiB));
  const pr = Math.max(...pull.map((m) => m.rssMiB));
  const line = (name: string, s: number, rss: number) =>
    `${name.padEnd(34)} ${s.toFixed(2).padStart(7)} s  ${Math.round(n / s).toLocaleString('en').padStart(10)} rows/s  peak RSS ${rss.toFixed(0).padStart(5)} MiB`;
  process.stdout.write(`\nfile: ${n.toLocaleString('en')} mentions, ${(bytes / 2 ** 20).toFixed(0)} MiB; median of ${k} run${k === 1 ? '' : 's'}\n`);
  process.stdout.write(line('floor: duckdb read_csv + GROUP BY', f, fr) + '\n');
  process.stdout.write(line('reference: duckdb CSV → Parquet', c, cr) + '\n');
  process.stdout.write(line('cadence pull (csv plugin)', p, pr) + '\n');
  process.stdout.write(`ratio to floor: ${(p / f).toFixed(2)}×    ratio to the CSV → Parquet copy: ${(p / c).toFixed(2)}× (goal ≤ 1.5×)\n`);
  process.stdout.write(`peak RSS ${pr.toFixed(0)} MiB (${pr < 1024 ? 'under' : 'OVER'} 1 GB)   stored rows: ${stored.toLocaleString('en')}\n`);
  if (stored !== n) process.stdout.write(`WARNING: stored ${stored} rows, expected ${n}\n`);

  // Report models of every period of every cadence vs one scan-and-group-by by day.
  const scans: { seconds: number }[] = [];
  const builds: { seconds: number; models: number; periods: number; stages: Record<string, number> }[] = [];
  const buildRss: number[] = [];
  for (let i = 0; i < k; i++) {
    const scan = await measure(['--import', 'tsx', join(import.meta.dirname, 'models.ts'), project, 'scan'], root);
    scans.push(JSON.parse(scan.stdout));
    const build = await measure(['--import', 'tsx', join(import.meta.dirname, 'models.ts'), project, 'models'], root);
    builds.push(JSON.parse(build.stdout));
    buildRss.push(build.rssMiB);
    process.stdout.write(`models run ${i + 1}/${k}: scan ${scans[i]!.seconds.toFixed(2)} s, models ${builds[i]!.seconds.toFixed(2)} s (${builds[i]!.models} models)\n`);
  }
  const s1 = median(scans.map((x) => x.seconds));
  const b1 = median(builds.map((x) => x.seconds));
  const slowest = builds.find((x) => x.seconds === b1)!;
  process.stdout.write(`\nreport models: ${slowest.periods} periods (every day, week, month, quarter and year) × 3 audiences = ${slowest.models} models; median of ${k} run${k === 1 ? '' : 's'}\n`);
  process.stdout.write(`${'reference: duckdb scan + GROUP BY day'.padEnd(34)} ${s1.toFixed(2).padStart(7)} s\n`);
  process.stdout.write(`${'cadence report models'.padEnd(34)} ${b1.toFixed(2).padStart(7)} s  peak RSS ${Math.max(...buildRss).toFixed(0)} MiB\n`);
  process.stdout.write(`stages (ms): ${Object.entries(slowest.stages).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
  process.stdout.write(`ratio to the scan: ${(b1 / s1).toFixed(1)}× (goal ≤ 10×)\n`);

  return project;
}

/** Sources years apart against the same rows back to back: build time, memory and pages. */
async function gaps() {
  const dirs = await writeGapProjects(work);
  const result: Record<string, { seconds: number[]; rss: number; pages: number }> = {};
  for (const [name, dir] of Object.entries(dirs)) {
    await measure([cli, 'pull', '--quiet'], dir);
    result[name] = { seconds: [], rss: 0, pages: 0 };
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, dir] of Object.entries(dirs)) {
      await rm(join(dir, '.cadence', 'cache'), { recursive: true, force: true });
      const built = await measure([cli, 'build', '--quiet'], dir);
      const r = result[name]!;
      r.seconds.push(built.seconds);
      r.rss = Math.max(r.rss, built.rssMiB);
      r.pages = (await readdir(join(dir, 'dist'), { recursive: true })).filter((f) => String(f).endsWith('.html')).length;
    }
  }
  const apart = result.apart!;
  const adjacent = result.adjacent!;
  process.stdout.write(`\ngaps: 60,000 mentions (Mar–Apr), 2,000 deals (8 months), 124 session rows (one month); median of ${runs} builds\n`);
  process.stdout.write(`${'reference: sources back to back'.padEnd(34)} ${median(adjacent.seconds).toFixed(1).padStart(7)} s  ${String(adjacent.pages).padStart(5)} pages  peak RSS ${adjacent.rss.toFixed(0).padStart(5)} MiB\n`);
  process.stdout.write(`${'sources 2015, 2016–17, 2024'.padEnd(34)} ${median(apart.seconds).toFixed(1).padStart(7)} s  ${String(apart.pages).padStart(5)} pages  peak RSS ${apart.rss.toFixed(0).padStart(5)} MiB\n`);
  process.stdout.write(
    `ratio: time ${(median(apart.seconds) / median(adjacent.seconds)).toFixed(2)}×, peak RSS ${(apart.rss / adjacent.rss).toFixed(2)}×, pages ${(apart.pages / adjacent.pages).toFixed(2)}× (goal: each within 1.25×)\n`,
  );
}

await main();
