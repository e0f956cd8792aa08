import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ENTRY = new URL('../../../scripts/check-commands.ts', import.meta.url).pathname;

function run(args: string[]): { status: number | null; stdout: string } {
  const result = spawnSync(process.execPath, [ENTRY, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout };
}

describe('check-commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-commands-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bad = join(dir, 'bad.md');
  const good = join(dir, 'good.md');
  writeFileSync(bad, '```console\n$ docker ps --al\n```\n');
  writeFileSync(good, '```console\n$ docker ps -a\n```\n');

  test('exits 1 and prints path:line:column severity rule message for an error', () => {
    const { status, stdout } = run([bad]);
    expect(status).toBe(1);
    expect(stdout.split('\n')[0]).toBe(
      `${bad}:2:13 error unknown-flag unknown flag --al for \`docker container ls\`; did you mean --all?`,
    );
  });

  test('exits 0 and prints the JSON document when nothing is wrong', () => {
    const { status, stdout } = run(['--format', 'json', good]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ diagnostics: [] });
  });

  test('exits 2 with the usage on a wrong option', () => {
    expect(run(['--format', 'xml']).status).toBe(2);
  });
}, 60_000);
