#!/usr/bin/env node
// The `cadence` command. tsx lets node run the TypeScript sources (and TypeScript configs) directly.
import { register } from 'tsx/esm/api';

register();
// `cadence --help | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv);
process.exitCode = code;
// Leave when the work is done, even if a library keeps a handle open; output is flushed by then.
setTimeout(() => process.exit(code), 1000).unref();
