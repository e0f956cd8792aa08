/**
 * What a command line written without a prompt is: a command to run, a synopsis (the command's
 * shape: `docker search`, `docker stop [OPTIONS] CONTAINER`, `docker cp  # 설명`), or prose that
 * starts with a program's name (`docker repository 등록`). The importer asks this before it turns
 * a note's bare line into a session line, so a mention is never offered for copying.
 */
import { commentStart, findPlaceholders } from '../../code-blocks/index.ts';
import { invocationOf } from './shell/invocations.ts';
import { lex } from './shell/lexer.ts';
import { maskPlaceholders } from './shell/mask.ts';
import { checkScript } from './shell/check-script.ts';

export type CommandShape = 'command' | 'synopsis' | 'prose';

/** Rules that only say a command is incomplete: a synopsis is allowed to be, a command is not. */
export const INCOMPLETE_RULES: ReadonlySet<string> = new Set([
  'missing-argument',
  'missing-command',
  'extra-argument',
  'flag-needs-value',
]);

/** `text` without a trailing `# comment` (a `#` that starts a word outside quotes). */
export function withoutComment(text: string): string {
  return text.slice(0, commentStart(text)).trimEnd();
}

/** Usage notation: `[OPTIONS]`, `ARG...`, and alternatives (`이미지 or ImageID`, `ID|NAME`) among the placeholders. */
function isUsage(code: string): boolean {
  if (/\[OPTIONS\]|\.\.\.(?:\]|\s|$)/u.test(code)) return true;
  return findPlaceholders(code).some(({ start, end }) => /\s(?:or|또는|혹은)\s|\|/u.test(code.slice(start, end)));
}

/** How a bare line (no prompt) that starts with a program reads. */
export function commandShape(text: string): CommandShape {
  const code = withoutComment(text.trim());
  if (code === '') return 'prose';
  if (isUsage(code)) return 'synopsis';
  const ranges = findPlaceholders(code);
  const [first] = lex(maskPlaceholders(code, ranges)).commands;
  const invocation = first && invocationOf(first, code, ranges);
  if (!invocation) return 'prose';
  const words = invocation.args.map((arg) => arg.value);
  // `docker`, `docker compose` alone: the program's name, not something to run.
  if (words.length === 0 || (words.length === 1 && words[0] === 'compose' && invocation.tool === 'docker')) {
    return 'synopsis';
  }
  const findings = checkScript(code);
  const subcommand = invocation.args[0];
  const unknown = findings.find((f) => f.rule === 'unknown-command' && f.severity === 'warning');
  if (unknown && unknown.offset === subcommand?.start && /\p{Script=Hangul}/u.test(code)) return 'prose';
  const last = invocation.args.at(-1);
  const incomplete = findings.some(
    (f) =>
      f.rule === 'missing-argument' ||
      f.rule === 'missing-command' ||
      (f.rule === 'flag-needs-value' && f.offset === last?.start),
  );
  return incomplete ? 'synopsis' : 'command';
}
