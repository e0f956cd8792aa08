import { describe, expect, test } from 'vitest';
import { parseCobraHelp } from './cobra-help.ts';

// Recorded from `docker container ls --help` (docker 28.2.2), shortened.
const LS = `
Usage:  docker container ls [OPTIONS]

List containers

Aliases:
  docker container ls, docker container list, docker container ps, docker ps

Options:
  -a, --all             Show all containers (default shows just running)
  -f, --filter filter   Filter output based on conditions provided
      --format string   Format output using a custom template:
                        'table':            Print output in table format
  -n, --last int        Show n last created containers (includes all
                        states) (default -1)
      --no-trunc        Don't truncate output
`;

describe('parseCobraHelp', () => {
  test('returns usage, aliases and flags with shorthands and value types', () => {
    const help = parseCobraHelp(LS);
    expect(help.usage).toEqual(['docker container ls [OPTIONS]']);
    expect(help.aliases).toEqual(['docker container ls', 'docker container list', 'docker container ps', 'docker ps']);
    expect(help.flags.map((f) => [f.name, f.short, f.type])).toEqual([
      ['all', 'a', ''],
      ['filter', 'f', 'filter'],
      ['format', undefined, 'string'],
      ['last', 'n', 'int'],
      ['no-trunc', undefined, ''],
    ]);
    expect(help.flags[3]?.description).toBe('Show n last created containers (includes all states) (default -1)');
  });

  test('returns subcommand names from every Commands section and the global options', () => {
    const help = parseCobraHelp(
      'Usage:  docker [OPTIONS] COMMAND\n\nCommon Commands:\n  run         Create and run\n\nManagement Commands:\n  image       Manage images\n\nGlobal Options:\n  -D, --debug              Enable debug mode\n',
    );
    expect(help.commands).toEqual(['run', 'image']);
    expect(help.globalFlags.map((f) => f.name)).toEqual(['debug']);
  });

  test('returns both usage lines of a command with two forms', () => {
    const help = parseCobraHelp(
      'Usage:  docker container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH\n\nCopy files\n',
    );
    expect(help.usage).toEqual([
      'docker container cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-',
      'docker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
    ]);
  });
});
