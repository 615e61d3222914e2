/**
 * The GitHub Actions workflow of templates/ci/: valid YAML with the monthly schedule, the data
 * folder cache, pull → build last month → PDFs → Pages, secrets only from the repository's
 * secrets, and every `cadence` command and option it runs exists in the real CLI.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../cli/run-cli.ts';

const file = new URL('../../templates/ci/monthly-reports.yml', import.meta.url);

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}

describe('templates/ci/monthly-reports.yml', async () => {
  const text = await readFile(file, 'utf8');
  const workflow = parse(text) as { on: { schedule: { cron: string }[] }; permissions: Record<string, string>; jobs: Record<string, { steps: Step[]; env?: Record<string, string>; needs?: string; if?: string }> };
  const steps = workflow.jobs.report!.steps;
  const runs = steps.flatMap((s) => (s.run ?? '').split('\n')).map((l) => l.trim());
  const stepRunning = (needle: string) => steps.find((s) => s.run?.includes(needle));

  it('runs at 06:00 UTC on the first of each month, and by hand', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '0 6 1 * *' }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write', contents: 'read' });
  });

  it('restores the data folder, pulls, builds last month, prints PDFs and uploads the site for Pages', () => {
    const order = [
      steps.findIndex((s) => s.run === 'npm ci'),
      steps.findIndex((s) => s.uses?.startsWith('actions/cache/restore') && s.with?.path === 'data'),
      steps.findIndex((s) => s.id === 'pull'),
      steps.findIndex((s) => s.uses?.startsWith('actions/cache/save') && s.with?.path === 'data'),
      steps.findIndex((s) => s.run?.includes('cadence build --period last-month')),
      steps.findIndex((s) => s.run?.includes('cadence pdf --period last-month')),
      steps.findIndex((s) => s.uses?.startsWith('actions/upload-pages-artifact') && s.with?.path === 'dist'),
    ];
    expect(order.every((i) => i >= 0), JSON.stringify(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(workflow.jobs.publish!.needs).toBe('report');
    expect(workflow.jobs.publish!.steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('tells "no new data", "invalid input" and "failure" apart by the pull exit code', () => {
    const pull = stepRunning('cadence pull')!;
    expect(pull.run).toContain('--require-new-data');
    expect(pull.run).toMatch(/0\)[^\n]*\n\s*3\)[^\n]*No new data[^\n]*\n\s*2\)[^\n]*Invalid input[^\n]*exit 2[^\n]*\n\s*\*\)[^\n]*exit "\$code"/);
    // Nothing is rebuilt, saved or published unless new data came in.
    for (const s of steps.slice(steps.indexOf(pull) + 1)) expect(s.if, s.name).toBe("steps.pull.outputs.code == '0'");
    expect(workflow.jobs.publish!.if).toBe("needs.report.outputs.pull == '0'");
  });

  it('reads secrets from the repository secrets only', () => {
    const env = workflow.jobs.report!.env ?? {};
    for (const [name, value] of Object.entries(env)) {
      if (/TOKEN|SECRET|KEY|PASSWORD/.test(name)) expect(value, name).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/);
    }
    expect(text).not.toMatch(/(token|secret|password)\s*[:=]\s*["'][^$"'][^"']*["']/i);
  });

  it('uses only commands and options the cadence CLI has', async () => {
    const calls = runs.filter((l) => l.startsWith('npx cadence '));
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const call of calls) {
      const [command, ...rest] = call.replace('npx cadence ', '').split(/\s+/);
      const help = await runCli([command!, '--help']);
      expect(help.code, call).toBe(0);
      for (const option of rest.filter((w) => w.startsWith('--'))) expect(help.stdout, `${call}: ${option}`).toContain(option);
    }
  });
});
