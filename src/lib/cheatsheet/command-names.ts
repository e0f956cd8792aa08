/**
 * What a command is called on the cheat sheet: `sudo docker container ls -a` is listed under
 * `docker container ls`, `dnf install -y curl` under `dnf install`.
 */

/** Docker groups of subcommands (`docker image ls`); the word after them names the operation. */
const DOCKER_MANAGEMENT: ReadonlySet<string> = new Set([
  'builder',
  'buildx',
  'checkpoint',
  'compose',
  'config',
  'container',
  'context',
  'image',
  'manifest',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'stack',
  'swarm',
  'system',
  'trust',
  'volume',
]);

/** Global options that take a value, so the value is not mistaken for a subcommand. */
const VALUE_OPTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  docker: new Set([
    '-H',
    '--host',
    '-c',
    '--context',
    '--config',
    '-l',
    '--log-level',
    '--tlscacert',
    '--tlscert',
    '--tlskey',
  ]),
  compose: new Set([
    '-f',
    '--file',
    '-p',
    '--project-name',
    '--env-file',
    '--profile',
    '--project-directory',
    '--ansi',
    '--progress',
  ]),
  sudo: new Set(['-u', '--user', '-g', '--group', '-h', '--host', '-C', '--close-from', '-D', '--chdir']),
};

const NO_VALUES: ReadonlySet<string> = new Set();

/** The words before the first operand, and the operands, skipping options (and their values). */
function operands(words: readonly string[], valueOptions: ReadonlySet<string>): { options: string[]; rest: string[] } {
  const options: string[] = [];
  let index = 0;
  while (index < words.length) {
    const word = words[index] ?? '';
    if (!word.startsWith('-') || word === '-') break;
    options.push(word);
    index += valueOptions.has(word) ? 2 : 1;
  }
  return { options, rest: words.slice(index) };
}

/** Drops `sudo` (with its options) and leading `NAME=value` assignments. */
export function withoutPrefix(words: readonly string[]): string[] {
  let rest = [...words];
  for (;;) {
    const [first] = rest;
    if (first === 'sudo') rest = operands(rest.slice(1), VALUE_OPTIONS['sudo'] ?? NO_VALUES).rest;
    else if (first !== undefined && /^[A-Za-z_]\w*=/u.test(first)) rest = rest.slice(1);
    else return rest;
  }
}

function dockerNames(args: readonly string[], valueOptions: ReadonlySet<string>, program: string): string[] {
  const { options, rest } = operands(args, valueOptions);
  const [command, ...after] = rest;
  if (command === undefined) {
    return options.some((option) => option === '--version' || option === '-v') ? [`${program} --version`] : [program];
  }
  if (program === 'docker' && DOCKER_MANAGEMENT.has(command)) {
    const [sub] = operands(after, command === 'compose' ? (VALUE_OPTIONS['compose'] ?? NO_VALUES) : NO_VALUES).rest;
    return sub === undefined ? [`docker ${command}`] : [`docker ${command} ${sub}`, `docker ${command}`];
  }
  return [`${program} ${command}`, program];
}

/** The names `words` could be listed under, most specific first; empty for an empty command. */
export function commandNames(words: readonly string[]): string[] {
  const [path, ...args] = withoutPrefix(words);
  if (path === undefined) return [];
  const program = path.slice(path.lastIndexOf('/') + 1);
  if (program === 'docker') return dockerNames(args, VALUE_OPTIONS['docker'] ?? NO_VALUES, program);
  if (program === 'docker-compose') return dockerNames(args, VALUE_OPTIONS['compose'] ?? NO_VALUES, program);
  const [first] = operands(args, NO_VALUES).rest;
  return first === undefined ? [program] : [`${program} ${first}`, program];
}

/** True for the programs whose every subcommand the cheat sheet must be able to explain. */
export function isDocker(name: string): boolean {
  return name === 'docker' || name.startsWith('docker ') || name.startsWith('docker-compose');
}
