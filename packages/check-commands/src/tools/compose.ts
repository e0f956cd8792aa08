/**
 * `docker compose …` (the v2 plugin) against data/cli/docker-compose.json, built from the compose
 * CLI reference (docker/compose docs/reference/*.yaml). `docker-compose`, the retired v1 binary, is
 * a deprecation warning that names the v2 form, then checked the same way.
 */
import composeSpec from '../../data/cli/docker-compose.json' with { type: 'json' };
import type { Finding } from '../diagnostic.ts';
import { composeV1Finding } from '../rules/deprecated.ts';
import type { CliSpec } from '../spec/types.ts';
import { walk } from '../spec/walk.ts';
import type { Arg, Invocation } from '../shell/invocations.ts';

export const COMPOSE: CliSpec = composeSpec;

/** Checks the words after `docker compose`. */
export function checkCompose(args: readonly Arg[], written: string): Finding[] {
  const result = walk(COMPOSE, args, {
    inheritRootFlags: true,
    checkArity: true,
    ...(args.at(-1) ? { end: args.at(-1)?.end ?? 0 } : {}),
  });
  return result.findings.map((f) => ({ ...f, message: f.message.replaceAll('`docker compose', `\`${written}`) }));
}

/** Checks a `docker-compose …` invocation: a warning, then the v2 checks. */
export function checkDockerCompose(invocation: Invocation): Finding[] {
  const rest = invocation.args.map((a) => a.value).join(' ');
  return [composeV1Finding(invocation.command.start, rest), ...checkCompose(invocation.args, 'docker compose')];
}
