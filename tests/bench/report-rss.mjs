// Preloaded with `node --import` into a benchmarked process: on exit it writes the process's
// peak resident set size (KiB) to the file named by CADENCE_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  if (process.env.CADENCE_BENCH_RSS_FILE) writeFileSync(process.env.CADENCE_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
