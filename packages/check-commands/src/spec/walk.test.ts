import { describe, expect, test } from 'vitest';
import type { Arg } from '../shell/invocations.ts';
import type { CliSpec } from './types.ts';
import { walk } from './walk.ts';

const SPEC: CliSpec = {
  tool: 'tool',
  source: 'test',
  version: '1',
  commands: {
    tool: {
      path: 'tool',
      usage: ['COMMAND'],
      aliases: [],
      flags: [{ name: 'verbose', short: 'v', type: '', description: '' }],
      subcommands: { run: 'tool run' },
    },
    'tool run': {
      path: 'tool run',
      usage: ['[OPTIONS] IMAGE [COMMAND] [ARG...]'],
      aliases: [],
      flags: [
        { name: 'name', type: 'string', description: '' },
        { name: 'interactive', short: 'i', type: '', description: '' },
        { name: 'publish', short: 'p', type: 'list', description: '' },
      ],
      subcommands: {},
      stopsAtFirstArg: true,
    },
  },
};

const args = (text: string): Arg[] => {
  let at = 0;
  return (text === '' ? [] : text.split(' ')).map((value) => {
    const start = text.indexOf(value, at);
    at = start + value.length;
    return {
      value,
      start,
      end: at,
      dynamic: value.startsWith('$'),
      placeholder: /^[A-Z]+$/u.test(value) ? 'full' : 'none',
    };
  });
};

const rules = (text: string) =>
  walk(SPEC, args(text), { checkArity: true }).findings.map((f) => `${f.rule}@${f.offset}`);

describe('walk', () => {
  test('returns the command, flags with values, arguments and the words passed on', () => {
    const result = walk(SPEC, args('run -ip8080:80 --name=web nginx ls -la'));
    expect(result.command?.path).toBe('tool run');
    expect(result.flags.map((f) => [f.written, f.value?.text])).toEqual([
      ['-i', undefined],
      ['-p', '8080:80'],
      ['--name', 'web'],
    ]);
    expect(result.args.map((a) => a.value)).toEqual(['nginx']);
    expect(result.passed.map((a) => a.value)).toEqual(['ls', '-la']);
    expect(result.findings).toEqual([]);
  });

  test.each([
    ['run --name -i nginx', ['flag-needs-value@4']],
    ['run nginx --name', []],
    ['run --name', ['flag-needs-value@4', 'missing-argument@10']],
    ['run --nmae web nginx', ['unknown-flag@4']],
    ['run -x nginx', ['unknown-flag@4']],
    ['rn nginx', ['unknown-command@0']],
    ['', ['missing-command@0']],
    ['--verbose', ['missing-command@9']],
    ['run IMAGE', []],
    ['run $IMAGE', []],
    ['run --interactive=maybe nginx', ['flag-takes-no-value@4']],
  ])('returns the findings for %j', (text, expected) => {
    expect(rules(text)).toEqual(expected);
  });

  test('returns an unknown root word to the caller to decide', () => {
    const result = walk(SPEC, args('plugin x'), { unknownRootCommand: () => 'stop' });
    expect(result).toMatchObject({ command: undefined, findings: [] });
  });
});
