import { describe, expect, test } from 'vitest';
import { referenceAdditions, withReference, type DockerReference } from './docker-reference.ts';
import type { CliSpec } from './types.ts';
import { walk } from './walk.ts';
import type { Arg } from '../shell/invocations.ts';

const SNAPSHOT: CliSpec = {
  tool: 'docker',
  source: 'docker 28.2.2 client',
  version: '28.2.2',
  commands: {
    docker: {
      path: 'docker',
      usage: ['[OPTIONS] COMMAND'],
      aliases: [],
      flags: [],
      subcommands: { run: 'docker container run', image: 'docker image' },
    },
    'docker container run': {
      path: 'docker container run',
      usage: ['[OPTIONS] IMAGE [COMMAND] [ARG...]'],
      aliases: ['docker run'],
      flags: [
        { name: 'network', type: 'network', description: '' },
        { name: 'kernel-memory', type: 'bytes', description: '' },
      ],
      subcommands: {},
      stopsAtFirstArg: true,
    },
    'docker image': { path: 'docker image', usage: ['COMMAND'], aliases: [], flags: [], subcommands: {} },
  },
};

/** The words of a command line as the walker takes them. */
function args(line: string): Arg[] {
  let at = 0;
  return line.split(' ').map((value) => {
    const arg: Arg = { value, start: at, end: at + value.length, dynamic: false, placeholder: 'none' };
    at += value.length + 1;
    return arg;
  });
}

describe('referenceAdditions', () => {
  const source = { file: 'docker_container_run.yaml', commit: 'abc' };

  test('returns the hidden and new flags and the deprecations the snapshot lacks', () => {
    const file = {
      command: 'docker container run',
      options: [
        { option: 'network', value_type: 'network' },
        { option: 'net', value_type: 'network', hidden: true },
        { option: 'umask', value_type: 'umask' },
        { option: 'kernel-memory', value_type: 'bytes', hidden: true, deprecated: true },
        { option: 'quiet', shorthand: 'q', value_type: 'bool' },
        { option: 'help', value_type: 'bool' },
      ],
    };
    expect(referenceAdditions(file, SNAPSHOT, source)).toEqual({
      ...source,
      flags: [
        { name: 'net', type: 'network', hidden: true },
        { name: 'umask', type: 'umask' },
        { name: 'quiet', short: 'q', type: '' },
      ],
      deprecated: ['kernel-memory'],
    });
  });

  test('returns nothing for a file that adds nothing', () => {
    const file = { command: 'docker container run', options: [{ option: 'network', value_type: 'network' }] };
    expect(referenceAdditions(file, SNAPSHOT, source)).toBeUndefined();
  });

  test('returns a whole command, usage and aliases, that the snapshot lacks', () => {
    const file = {
      command: 'docker image convert',
      usage: 'docker image convert [OPTIONS] SOURCE TARGET',
      aliases: 'docker image convert, docker convert',
      options: [{ option: 'platform', value_type: 'stringSlice' }],
    };
    expect(referenceAdditions(file, SNAPSHOT, source)).toEqual({
      ...source,
      flags: [{ name: 'platform', type: 'stringSlice' }],
      deprecated: [],
      usage: ['[OPTIONS] SOURCE TARGET'],
      aliases: ['docker convert'],
    });
  });
});

describe('withReference', () => {
  const reference: DockerReference = {
    source: 'docker/docs reference',
    version: '29.7.1',
    commands: {
      'docker container run': {
        file: 'docker_container_run.yaml',
        commit: 'abc',
        flags: [{ name: 'net', type: 'network', hidden: true }],
        deprecated: ['kernel-memory'],
      },
      'docker image convert': {
        file: 'docker_image_convert.yaml',
        commit: 'def',
        flags: [{ name: 'platform', type: 'stringSlice' }],
        deprecated: [],
        usage: ['[OPTIONS] SOURCE TARGET'],
        aliases: [],
      },
    },
  };
  const merged = withReference(SNAPSHOT, reference);

  test('returns a spec in which a hidden flag parses with its value', () => {
    const result = walk(merged, args('run --net mynet nginx'), { checkArity: true });
    expect(result.findings).toEqual([]);
    expect(result.flags.map((use) => [use.written, use.value?.text])).toEqual([['--net', 'mynet']]);
  });

  test('returns deprecated flags marked, and new commands reachable from their parent', () => {
    expect(merged.commands['docker container run']?.flags.find((f) => f.name === 'kernel-memory')?.deprecated).toBe(
      true,
    );
    expect(walk(merged, args('image convert --platform linux/amd64 a b'), { checkArity: true }).findings).toEqual([]);
  });

  test('leaves the snapshot itself unchanged', () => {
    expect(SNAPSHOT.commands['docker container run']?.flags.map((f) => f.name)).toEqual(['network', 'kernel-memory']);
  });
});
