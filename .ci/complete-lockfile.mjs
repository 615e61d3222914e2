// The npm registry mirror this project is built on lacks some optional, platform-specific
// binaries (macOS/Windows/ARM builds of the Astro compiler and DuckDB). npm then leaves them out
// of package-lock.json and `npm ci` refuses the lock. This adds the missing entries, tagged with
// their os/cpu, so `npm ci` skips them on this platform exactly as on a full registry.
// Run after `npm install` changes the lock: node .ci/complete-lockfile.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const platform = (name) => {
  const tail = name.split('/').pop();
  const os = ['android', 'darwin', 'linux', 'win32', 'freebsd'].find((o) => tail.includes(`-${o}-`)) ?? (tail.includes('wasm32') ? undefined : 'linux');
  const cpu = ['arm64', 'x64', 'ia32', 'arm', 'wasm32'].find((c) => tail.includes(`-${c}`));
  const libc = tail.endsWith('-musl') ? 'musl' : tail.includes('-linux-') ? 'glibc' : undefined;
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
};
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    if (lock.packages[target] || lock.packages[`${key}/node_modules/${dep}`]) continue;
    lock.packages[target] = { version, license: 'MIT', optional: true, ...platform(dep) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(path, JSON.stringify(lock, null, 2) + '\n');
console.log(`package-lock.json: ${added} platform-specific optional package(s) added`);
