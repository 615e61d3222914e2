/**
 * One pull of a fuzz case in its own process, for the cases whose time and memory the corpus test
 * measures (a child's peak RSS is its own). argv: projectDir plugin optionsJson.
 * Prints one JSON line: the outcome, the rejects, the time and the peak RSS.
 */
import { pullFixture } from '../../src/plugins/testkit.ts';

const [projectDir, plugin, options] = process.argv.slice(2);
const started = performance.now();
const run = await pullFixture({ plugin: plugin!, projectDir: projectDir!, options: JSON.parse(options!) });
const ms = Math.round(performance.now() - started);
await run.cleanup();
const s = run.result.sources[0]!;
process.stdout.write(
  JSON.stringify({
    status: s.status,
    added: s.added,
    rejected: s.rejected,
    code: s.error?.code,
    rejects: run.rejects.map((r) => ({ line: r.line, code: r.code, reason: r.reason })),
    ms,
    maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
