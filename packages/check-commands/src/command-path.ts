/**
 * What a command is called: the canonical name Docker's reference uses for what a student typed
 * (`sudo docker ps -a` → `docker container ls`, `docker-compose up` → `docker compose up`), found by
 * walking the same CLI definitions the checker checks against. The cheat sheet lists commands by it.
 */
import { findPlaceholders } from '../../code-blocks/index.ts';
import { invocationOf, type Arg } from './shell/invocations.ts';
import { lex } from './shell/lexer.ts';
import { maskPlaceholders } from './shell/mask.ts';
import { COMPOSE } from './tools/compose.ts';
import { DOCKER } from './tools/docker.ts';
import { walk } from './spec/walk.ts';

export interface NamedCommand {
  /** Canonical name: a docker command's reference path, else the program and its first operand (`dnf install`). */
  name: string;
  /** The program as written, without its directory (`docker`, `dnf`). */
  tool: string;
  /** The words after the program, as written (quotes removed). */
  args: string[];
  /** The command's text in the line, prefixes such as `sudo` included. */
  text: string;
}

/** The first word that is not an option. */
function firstOperand(args: readonly Arg[]): string | undefined {
  return args.find((arg) => !arg.value.startsWith('-'))?.value;
}

/** The canonical name of one invocation of `tool` with `args`. */
function nameOf(tool: string, args: readonly Arg[]): string {
  if (tool === 'docker-compose')
    return walk(COMPOSE, args, { inheritRootFlags: true }).command?.path ?? 'docker compose';
  if (tool !== 'docker') {
    const operand = firstOperand(args);
    return operand === undefined ? tool : `${tool} ${operand}`;
  }
  const at = args.findIndex((arg) => arg.value === 'compose');
  if (at !== -1 && args.slice(0, at).every((arg) => arg.value.startsWith('-'))) {
    return walk(COMPOSE, args.slice(at + 1), { inheritRootFlags: true }).command?.path ?? 'docker compose';
  }
  // An unknown word where docker expects a command is named as written, so an error can quote it.
  const path = walk(DOCKER, args).command?.path ?? 'docker';
  const operand = firstOperand(args);
  return path === 'docker' && operand !== undefined ? `docker ${operand}` : path;
}

/** The simple commands of a one-line shell command, each with its canonical name. */
export function namedCommands(text: string): NamedCommand[] {
  const ranges = findPlaceholders(text);
  const out: NamedCommand[] = [];
  for (const command of lex(maskPlaceholders(text, ranges)).commands) {
    const invocation = invocationOf(command, text, ranges);
    if (!invocation || invocation.command.dynamic) continue;
    const first = command.words[0];
    out.push({
      name: nameOf(invocation.tool, invocation.args),
      tool: invocation.tool,
      args: invocation.args.map((arg) => arg.value),
      text: text.slice(first?.start ?? invocation.command.start, invocation.args.at(-1)?.end ?? invocation.command.end),
    });
  }
  return out;
}

/** The canonical name of the first command of `text`, or undefined when nothing runs. */
export function commandPath(text: string): string | undefined {
  return namedCommands(text)[0]?.name;
}
