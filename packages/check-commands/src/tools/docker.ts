/**
 * `docker …`: walks the command through the docker CLI snapshot, hands `docker compose` to the
 * compose definitions, then checks the values docker would reject (image references, ports,
 * environment, mounts) and reports deprecations and end-of-life images.
 */
import dockerSpec from '../../data/cli/docker.json' with { type: 'json' };
import dockerReference from '../../data/cli/docker-reference.json' with { type: 'json' };
import { finding, type Finding } from '../diagnostic.ts';
import { closest } from '../spec/suggest.ts';
import type { CliSpec } from '../spec/types.ts';
import { withReference } from '../spec/docker-reference.ts';
import { argName, arity } from '../spec/usage.ts';
import { walk, type Walk } from '../spec/walk.ts';
import { endOfLifeFinding } from '../rules/end-of-life.ts';
import { envProblem } from '../rules/environment.ts';
import { imageReferenceProblem } from '../rules/image-reference.ts';
import { mountProblem } from '../rules/mount.ts';
import { publishProblem } from '../rules/publish.ts';
import type { Arg, Invocation } from '../shell/invocations.ts';
import { checkCompose } from './compose.ts';

/** The 28.2.2 help snapshot, with what Docker's newest reference adds (hidden flags, newer flags, deprecations). */
export const DOCKER: CliSpec = withReference(dockerSpec, dockerReference);

/** CLI plugins documented at docs.docker.com/reference/cli/docker/ that the snapshot's client does not have installed. */
export const DOCKER_PLUGINS: ReadonlySet<string> = new Set([
  'buildx',
  'scout',
  'init',
  'debug',
  'model',
  'sbom',
  'extension',
  'ai',
  'offload',
  'mcp',
  'desktop',
  'scan',
]);

const CONTAINER_STARTERS = new Set(['docker container run', 'docker container create']);
const ENV_COMMANDS = new Set(['docker container run', 'docker container create', 'docker container exec']);
const DEPRECATED_FLAGS: ReadonlyMap<string, string> = new Map([
  ['link', 'user-defined networks (docker network create, --network)'],
]);

/** Unknown words where docker expects a command: a typo of a known one is an error, anything else may be a plugin. */
function unknownDockerCommand(word: Arg, names: string[]): Finding {
  const guess = closest(word.value, names);
  if (guess !== undefined) {
    return finding(
      word.start,
      'error',
      'unknown-command',
      `unknown docker command "${word.value}"; did you mean docker ${guess}?`,
    );
  }
  return finding(
    word.start,
    'warning',
    'unknown-command',
    `"docker ${word.value}" is not a docker ${DOCKER.version} command; if it is a CLI plugin, check that readers have it installed`,
    { params: { command: `docker ${word.value}` } },
  );
}

/** Index of the docker command word after the global flags, or -1. */
function commandIndex(args: readonly Arg[]): number {
  const globals = DOCKER.commands['docker']?.flags ?? [];
  for (let i = 0; i < args.length; i += 1) {
    const value = args[i]?.value ?? '';
    if (!value.startsWith('-')) return i;
    const flag = value.startsWith('--')
      ? globals.find((f) => f.name === value.slice(2))
      : globals.find((f) => f.short === value.slice(1, 2));
    const inline = value.includes('=') || (!value.startsWith('--') && value.length > 2);
    if (flag && flag.type !== '' && !inline) i += 1;
  }
  return -1;
}

function valueFindings(result: Walk): Finding[] {
  const path = result.command?.path ?? '';
  const out: Finding[] = [];
  for (const use of result.flags) {
    const value = use.value;
    const name = use.flag.name;
    if (use.flag.deprecated || (DEPRECATED_FLAGS.has(name) && path.startsWith('docker container'))) {
      const instead = DEPRECATED_FLAGS.get(name);
      out.push(
        finding(
          use.offset,
          'warning',
          'deprecated',
          `${use.written} is deprecated${instead ? `; use ${instead}` : ''}`,
          { subject: name, params: { written: use.written, command: path } },
        ),
      );
    }
    if (!value || value.dynamic || value.placeholder === 'full') continue;
    if (name === 'env' && ENV_COMMANDS.has(path)) {
      const env = envProblem(value.text);
      if (env)
        out.push(
          finding(value.offset, env.severity, 'env', `${use.written} ${value.text}: ${env.message}`, {
            subject: env.subject,
            params: { value: value.text },
          }),
        );
    }
    if (value.placeholder !== 'none') continue;
    const problem =
      name === 'publish' && CONTAINER_STARTERS.has(path)
        ? publishProblem(value.text)
        : name === 'mount' && (CONTAINER_STARTERS.has(path) || path === 'docker service create')
          ? mountProblem(value.text)
          : undefined;
    if (problem)
      out.push(
        finding(
          value.offset,
          'error',
          name === 'publish' ? 'publish' : 'mount',
          `${use.written} ${value.text}: ${problem}`,
        ),
      );
  }
  return out;
}

/** Image references among the arguments, by the names the usage gives them (IMAGE, NAME[:TAG|@DIGEST]). */
function imageFindings(result: Walk): Finding[] {
  const command = result.command;
  const counts = command && arity(command.usage);
  if (!command || !counts || command.path === 'docker image build') return [];
  const out: Finding[] = [];
  result.args.forEach((arg, index) => {
    const name = argName(counts, index) ?? '';
    if (!/IMAGE|^NAME\[:TAG|REPOSITORY/u.test(name) || arg.dynamic || arg.placeholder !== 'none') return;
    const problem = imageReferenceProblem(arg.value);
    if (problem)
      out.push(finding(arg.start, 'error', 'image-reference', `invalid image reference "${arg.value}": ${problem}`));
    const eol = problem ? undefined : endOfLifeFinding(arg.start, arg.value);
    if (eol && /IMAGE$|^NAME/u.test(name.replace(/\[.*$/u, ''))) out.push(eol);
  });
  return out;
}

/** Checks one `docker …` invocation. */
export function checkDocker(invocation: Invocation): Finding[] {
  // `docker` alone prints its help and exits 0, like `docker --help`.
  if (invocation.args.length === 0) return [];
  const at = commandIndex(invocation.args);
  const word = at === -1 ? undefined : invocation.args[at];
  if (word?.value === 'compose')
    return checkCompose(invocation.args.slice(at + 1), `${invocation.command.value} compose`);
  if (word && DOCKER_PLUGINS.has(word.value)) return [];
  const result = walk(DOCKER, invocation.args, {
    checkArity: true,
    end: invocation.args.at(-1)?.end ?? invocation.command.end,
    unknownRootCommand: unknownDockerCommand,
  });
  return [...result.findings, ...valueFindings(result), ...imageFindings(result)];
}
