import { describe, expect, test } from 'vitest';
import { passesArgsOn, snapshotDocker, usageTail } from './docker-snapshot.ts';

const HELP: Record<string, string> = {
  '': 'Usage:  docker [OPTIONS] COMMAND\n\nCommon Commands:\n  run         Run\n  ps          List\n\nManagement Commands:\n  container   Manage containers\n\nGlobal Options:\n  -D, --debug   Debug\n',
  run: 'Usage:  docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun\n\nAliases:\n  docker container run, docker run\n\nOptions:\n  -d, --detach   Detach\n',
  ps: 'Usage:  docker container ls [OPTIONS]\n\nList\n\nAliases:\n  docker container ls, docker container ps, docker ps\n\nOptions:\n  -a, --all   All\n',
  container:
    'Usage:  docker container COMMAND\n\nManage containers\n\nCommands:\n  ls          List\n  run         Run\n',
  'container ls':
    'Usage:  docker container ls [OPTIONS]\n\nList\n\nAliases:\n  docker container ls, docker container ps, docker ps\n\nOptions:\n  -a, --all   All\n',
  'container run':
    'Usage:  docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun\n\nAliases:\n  docker container run, docker run\n\nOptions:\n  -d, --detach   Detach\n',
};

describe('snapshotDocker', () => {
  test('returns each command once under its canonical path, with legacy aliases linked from their parents', () => {
    const spec = snapshotDocker((args) => HELP[args.join(' ')] ?? '', '28.2.2');
    expect(Object.keys(spec.commands).sort()).toEqual([
      'docker',
      'docker container',
      'docker container ls',
      'docker container run',
    ]);
    expect(spec.commands['docker']?.subcommands).toEqual({
      run: 'docker container run',
      ps: 'docker container ls',
      container: 'docker container',
    });
    expect(spec.commands['docker container']?.subcommands).toEqual({
      ls: 'docker container ls',
      ps: 'docker container ls',
      run: 'docker container run',
    });
    expect(spec.commands['docker container run']).toMatchObject({
      usage: ['[OPTIONS] IMAGE [COMMAND] [ARG...]'],
      stopsAtFirstArg: true,
    });
    expect(spec.commands['docker']?.flags.map((f) => f.name)).toEqual(['debug']);
  });
});

describe('usageTail', () => {
  test('returns the usage after the longest matching command path', () => {
    expect(usageTail('docker cp [OPTIONS] SRC', ['docker container cp', 'docker cp'])).toBe('[OPTIONS] SRC');
  });
});

describe('passesArgsOn', () => {
  test.each([
    [['[OPTIONS] IMAGE [COMMAND] [ARG...]'], true],
    [['[OPTIONS] CONTAINER COMMAND [ARG...]'], true],
    [['[OPTIONS] CONTAINER [CONTAINER...]'], false],
  ])('returns whether %j passes the rest on', (usage, expected) => {
    expect(passesArgsOn(usage)).toBe(expected);
  });
});
