import { describe, expect, test } from 'vitest';
import { composeSpec } from './compose-reference.ts';

describe('composeSpec', () => {
  test('returns the compose commands with flags, shorthands and the pass-on rule for run/exec', () => {
    const spec = composeSpec({
      source: 'test',
      commands: {
        'docker compose': { commit: 'x', usage: 'COMMAND', options: { 'file/f': 'stringArray', 'dry-run': 'bool' } },
        exec: { commit: 'x', usage: '[OPTIONS] SERVICE COMMAND [ARGS...]', options: { 'detach/d': 'bool' } },
        up: { commit: 'x', usage: '[OPTIONS] [SERVICE...]', options: {} },
      },
    });
    expect(spec.commands['docker compose']?.flags).toEqual([
      { name: 'file', short: 'f', type: 'stringArray', description: '' },
      { name: 'dry-run', type: '', description: '' },
    ]);
    expect(spec.commands['docker compose']?.subcommands).toEqual({
      exec: 'docker compose exec',
      up: 'docker compose up',
    });
    expect(spec.commands['docker compose exec']?.stopsAtFirstArg).toBe(true);
    expect(spec.commands['docker compose up']?.stopsAtFirstArg).toBeUndefined();
  });
});
