/**
 * systemctl, dnf (and yum, which is dnf on RHEL 8+ and Rocky Linux), apt, apt-get, usermod, curl, wget
 * and chmod, walked through their help snapshots in data/cli/tools.json.
 */
import tools from '../../data/cli/tools.json' with { type: 'json' };
import type { CliSpec } from '../spec/types.ts';
import { walk, type WalkOptions } from '../spec/walk.ts';
import type { Invocation } from '../shell/invocations.ts';
import type { ToolChecker } from './types.ts';

const SPECS = new Map((tools as { specs: CliSpec[] }).specs.map((spec) => [spec.tool, spec]));

// chmod modes such as `-x` or `-rw` start with a dash but are arguments.
const CHMOD_MODE = /^-[rwxXst]+$/u;

const OPTIONS: Record<string, WalkOptions> = {
  systemctl: { inheritRootFlags: true, checkArity: true },
  dnf: { inheritRootFlags: true, checkArity: true },
  'apt-get': { inheritRootFlags: true },
  apt: { inheritRootFlags: true },
  usermod: { checkArity: true },
  curl: {},
  wget: {},
  chmod: { checkArity: true, isOperand: (value) => CHMOD_MODE.test(value) },
};

function checker(spec: CliSpec, options: WalkOptions, name: string): ToolChecker {
  return (invocation: Invocation) => {
    const end = invocation.args.at(-1)?.end ?? invocation.command.end;
    return walk(spec, invocation.args, { ...options, end }).findings.map((f) =>
      name === spec.tool ? f : { ...f, message: f.message.replaceAll(`\`${spec.tool}`, `\`${name}`) },
    );
  };
}

/** The snapshot of `tool`; a tool the checker is set up for but the data lacks would pass every command unchecked. */
function specOf(tool: string): CliSpec {
  const spec = SPECS.get(tool);
  if (!spec) {
    throw new Error(
      `packages/check-commands/data/cli/tools.json has no definition of ${tool}; regenerate it with \`npm run snapshot:tools\``,
    );
  }
  return spec;
}

export const TOOL_CHECKERS: [string, ToolChecker][] = Object.entries(OPTIONS).map(([tool, options]) => [
  tool,
  checker(specOf(tool), options, tool),
]);
TOOL_CHECKERS.push(['yum', checker(specOf('dnf'), OPTIONS['dnf'] ?? {}, 'yum')]);
