#!/usr/bin/env node
// The `cadence` command. tsx lets node run the TypeScript sources (and TypeScript configs) directly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const code = await main(process.argv);
process.exitCode = code;
// Leave when the work is done, even if a library keeps a handle open; output is flushed by then.
setTimeout(() => process.exit(code), 1000).unref();
