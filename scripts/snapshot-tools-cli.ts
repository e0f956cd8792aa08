/**
 * Regenerates packages/check-commands/data/cli/tools.json: systemctl, dnf (also used for yum), apt, apt-get, usermod,
 * curl, wget and chmod, from the installed programs' own help. Needs dnf and dnf-plugins-core
 * (Debian: `apt-get install dnf dnf-plugins-core`); run with `npm run snapshot:tools`.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import {
  aptSpec,
  dnfSpec,
  simpleTool,
  systemctlSpec,
  type Runner,
} from '../packages/check-commands/src/spec/tools-snapshot.ts';
import type { CliSpec } from '../packages/check-commands/src/spec/types.ts';

const OUT = new URL('../packages/check-commands/data/cli/tools.json', import.meta.url);
const run: Runner = (program, args) =>
  execFileSync(program, [...args], {
    encoding: 'utf8',
    env: { ...process.env, COLUMNS: '80', LC_ALL: 'C.UTF-8', MANWIDTH: '200' },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
const firstLine = (text: string): string => text.split('\n')[0]?.trim() ?? '';

// dnf's aliases (`update` for `upgrade`, `in` for `install`) live in its command registry, not in its help.
const DNF_ALIASES = `
import sys, json, collections
sys.path.insert(0, '/usr/lib/python3/dist-packages')
import dnf.cli.cli
base = dnf.cli.cli.BaseCli()
cli = dnf.cli.cli.Cli(base)
base.init_plugins([], [], cli)
by = collections.OrderedDict()
for alias, cls in cli.cli_commands.items():
    by.setdefault(cls.aliases[0], []).append(alias)
print(json.dumps(by))
`;

const manual = (page: string): string => run('sh', ['-c', `man ${page} | col -b`]);
const aptVersion = firstLine(run('apt-get', ['--version']));
const specs: CliSpec[] = [
  systemctlSpec(run, firstLine(run('systemctl', ['--version']))),
  dnfSpec(
    run,
    JSON.parse(run('/usr/bin/python3', ['-c', DNF_ALIASES])) as Record<string, string[]>,
    firstLine(run('dnf', ['--version'])),
  ),
  aptSpec(run, 'apt-get', manual('apt-get'), aptVersion),
  // apt accepts apt-get's and apt-cache's commands and options (apt(8): "apt … aims to combine apt-get and apt-cache").
  aptSpec(run, 'apt', [manual('apt-get'), manual('apt-cache'), manual('apt')].join('\n'), aptVersion, [
    run('apt-get', ['--help']),
    run('apt-cache', ['--help']),
  ]),
  simpleTool(run, 'usermod', ['--help'], 'shadow-utils, Debian 12'),
  simpleTool(
    run,
    'curl',
    ['--help', 'all'],
    firstLine(run('curl', ['--version']))
      .split(' ')
      .slice(0, 2)
      .join(' '),
  ),
  simpleTool(run, 'wget', ['--help'], firstLine(run('wget', ['--version']))),
  simpleTool(run, 'chmod', ['--help'], firstLine(run('chmod', ['--version']))),
];
writeFileSync(OUT, `${JSON.stringify({ specs }, null, 1)}\n`);
console.log(
  `snapshot-tools-cli: ${specs.map((s) => `${s.tool} (${Object.keys(s.commands).length})`).join(', ')} → packages/check-commands/data/cli/tools.json`,
);
