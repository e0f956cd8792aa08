import { describe, expect, test } from 'vitest';
import { optionNames, parseCommandSections, parseGnuOptions } from './gnu-help.ts';

const summary = (text: string) =>
  parseGnuOptions(text).map(
    (f) =>
      `${f.singleDash ? '-' : '--'}${f.name}${f.short ? `/-${f.short}` : ''}${f.type ? `=${f.type}` : ''}${f.optionalValue ? `?${f.optionalValue}` : ''}`,
  );

describe('parseGnuOptions', () => {
  test.each([
    ['  -G, --groups GROUPS           new list of supplementary GROUPS', ['--groups/-G=GROUPS']],
    ['  -a, --append                  append the user', ['--append/-a']],
    ['  -O,  --output-document=FILE      write documents to FILE', ['--output-document/-O=FILE']],
    ['  -nv, --no-verbose                turn off verboseness', ['--no-verbose', '-nv']],
    [' -d, --data <data>          HTTP POST data', ['--data/-d=data']],
    ['  -H --host=[USER@]HOST  Operate on remote host', ['--host/-H=USER@]HOST']],
    ['     --with-dependencies Show unit dependencies', ['--with-dependencies']],
    ['  -c [config file], --config [config file]', ['--config/-c=config file?next']],
    ['      --color[=WHEN]         colorize the output', ['--color=WHEN?attached']],
    ['  -s, --simulate, --just-print  No action', ['--simulate/-s', '--just-print']],
  ])('returns the flags of %j', (line, flags) => {
    expect(summary(line)).toEqual(flags);
  });

  test('returns nothing for description lines', () => {
    expect(parseGnuOptions('Usage: chmod [OPTION]... MODE FILE...\n                         -1 for unlimited')).toEqual(
      [],
    );
  });
});

describe('optionNames', () => {
  test('returns the names and stops at a description after one space', () => {
    expect(optionNames('-M --machine=CONTAINER Operate on a local container').map((n) => n.name)).toEqual([
      'M',
      'machine',
    ]);
  });
});

describe('parseCommandSections', () => {
  test('returns the commands with their arguments from sections with matching titles', () => {
    const help =
      'Unit Commands:\n  start UNIT...          Start units\n  status [PATTERN...]    Show status\n                         continued\n\nOptions:\n  -h --help\n';
    expect(parseCommandSections(help, /Commands:$/u)).toEqual([
      { name: 'start', args: 'UNIT...' },
      { name: 'status', args: '[PATTERN...]' },
    ]);
  });

  test('returns dnf commands that follow a blank line under the title and apt commands written with dashes', () => {
    expect(
      parseCommandSections(
        'List of Main Commands:\n\nalias                     List aliases\ninstall                   install\n\nGeneral DNF options:\n',
        /Commands:$/u,
      ).map((c) => c.name),
    ).toEqual(['alias', 'install']);
    expect(
      parseCommandSections(
        'Most used commands:\n  update - Retrieve new lists\n  dist-upgrade - Distribution upgrade\n\nSee apt-get(8)\n',
        /commands:$/iu,
      ).map((c) => c.name),
    ).toEqual(['update', 'dist-upgrade']);
  });
});
