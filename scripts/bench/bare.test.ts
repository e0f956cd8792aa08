import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { BARE_CONFIG } from './bare.ts';

describe('BARE_CONFIG', () => {
  test('returns an Astro config that parses as JavaScript and reports its index time to BUILD_TIMINGS', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bare-config-'));
    const file = path.join(dir, 'astro.config.mjs');
    await writeFile(file, BARE_CONFIG);
    const checked = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
    await rm(dir, { recursive: true, force: true });
    expect(checked.stderr).toBe('');
    expect(checked.status).toBe(0);
    expect(BARE_CONFIG).toContain("JSON.stringify({ stage: 'index', seconds }) + '\\n'");
  });
});
