/** Which checker handles which program; programs not listed here are passed over silently. */
import type { Finding } from '../diagnostic.ts';
import type { Invocation } from '../shell/invocations.ts';
import type { ToolChecker } from './types.ts';
import { checkDockerCompose } from './compose.ts';
import { checkDocker } from './docker.ts';
import { TOOL_CHECKERS } from './other-tools.ts';

export const CHECKERS: ReadonlyMap<string, ToolChecker> = new Map<string, ToolChecker>([
  ['docker', checkDocker],
  ['docker-compose', checkDockerCompose],
  ...TOOL_CHECKERS,
]);

/** Findings for one invocation, or none when no checker knows the program. */
export function checkInvocation(invocation: Invocation): Finding[] {
  if (invocation.command.dynamic || invocation.command.placeholder !== 'none') return [];
  return CHECKERS.get(invocation.tool)?.(invocation) ?? [];
}
