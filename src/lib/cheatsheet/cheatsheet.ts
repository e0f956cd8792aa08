/**
 * The command cheat sheet, built from the lessons' terminal blocks: every command a lesson runs,
 * listed once under its task with the first lesson that uses it and the forms the course shows.
 */
import { blockCommands, codeBlocks, findPlaceholders } from '../../../packages/code-blocks/index.ts';
import { namedCommands, type Diagnostic, type NamedCommand } from '../../../packages/check-commands/index.ts';
import { explain } from './dictionary.ts';
import { CHEAT_GROUPS, type CheatGroup } from './groups.ts';
import { outdatedMark } from './outdated.ts';

export interface LessonSource {
  id: string;
  title: string;
  /** Path of the MDX file, for error messages. */
  file: string;
  body: string;
  /** What the command checker says about the lesson's blocks (from-course.ts); outdated forms are marked. */
  findings?: readonly Diagnostic[];
}

export interface CheatExample {
  /** The form as the lesson writes it. */
  text: string;
  /** Why the form is outdated and what to write now (outdated.ts), when it is. */
  outdated?: string;
}

export interface CheatRow {
  /** The name Docker's reference uses (`docker container ls`), also for `docker ps -a`. */
  name: string;
  explanation: string;
  /** The forms the course shows, one per set of options, in reading order. */
  examples: CheatExample[];
  lesson: { id: string; title: string };
}

export interface CheatSection {
  group: CheatGroup;
  rows: CheatRow[];
}

/** How many forms of one command the sheet shows; it must fit on two A4 pages. */
export const MAX_EXAMPLES = 3;

/** A command found in a lesson, with where it starts and the text a student would type. */
interface LessonCommand {
  line: number;
  column: number;
  /** The last file line of the command (a `\\` continuation runs over several). */
  lastLine: number;
  command: NamedCommand;
  text: string;
}

/** The shell commands of a lesson's terminal blocks, leaving out deliberately wrong examples. */
function lessonCommands(body: string): LessonCommand[] {
  return codeBlocks(body)
    .filter((block) => block.kind === 'session' && !block.meta.has('expect-error'))
    .flatMap((block) =>
      blockCommands(block.kind, block.lang, block.code)
        .filter((command) => command.interpreter === 'shell')
        .flatMap((command) => {
          const [first] = command.lines;
          const named = namedCommands(command.copy);
          return named.map((found) => ({
            line: block.line + (first?.line ?? 0),
            lastLine: block.line + (command.lines.at(-1)?.line ?? 0),
            column: (block.columns[first?.line ?? 0] ?? 0) + (first?.column ?? 0) + 1,
            command: found,
            text: named.length === 1 ? command.copy : found.text,
          }));
        }),
    );
}

/** The names a command may be listed under, most specific first: `docker --version` is its own entry. */
function namesOf({ name, tool, args }: NamedCommand): string[] {
  const version = args.includes('--version') || args.includes('-v');
  if (version && (name === 'docker' || name === 'docker compose')) return [`${name} --version`];
  // `docker` alone prints its usage, as `docker --help` does.
  if (name === 'docker' && tool === 'docker') return ['docker --help'];
  return name === tool ? [name] : [name, tool];
}

/** True for the programs whose every subcommand the cheat sheet must be able to explain. */
function isDocker(tool: string): boolean {
  return tool === 'docker' || tool === 'docker-compose';
}

/** True for a synopsis such as `docker run [OPTIONS] IMAGE`: one per command is enough. */
function isSynopsis(text: string): boolean {
  return findPlaceholders(text).some((range) => text[range.start] === '[');
}

/**
 * The form of a command: its name as written (`docker ps`, `docker images`, `docker container ls`)
 * and the options it uses, so `docker ps` and `docker ps -a` count as two forms.
 */
function shape({ name, args }: NamedCommand): string {
  const written = args.find((word) => !word.startsWith('-')) ?? '';
  const options = args.filter((word) => word.startsWith('-')).map((word) => word.replace(/=.*$/u, ''));
  return [name, written, ...new Set(options)].sort().join(' ');
}

/** True when `finding` is about `found`: on its lines and, when it names the word it is about, on that word. */
function isAbout(finding: Diagnostic, found: LessonCommand): boolean {
  if (finding.line < found.line || finding.line > found.lastLine) return false;
  const written = finding.params?.['written'];
  const { tool, args } = found.command;
  return (
    written === undefined || tool === written || args.some((arg) => arg === written || arg.startsWith(`${written}=`))
  );
}

/** The outdated mark of a form, from the checker's findings on it. */
function outdatedOf(found: LessonCommand, findings: readonly Diagnostic[]): string | undefined {
  return findings
    .filter((finding) => isAbout(finding, found))
    .map(outdatedMark)
    .find((mark) => mark !== undefined);
}

/** Builds the cheat sheet from lessons in reading order; throws on a Docker command it cannot explain. */
export function cheatSheet(lessons: readonly LessonSource[]): CheatSection[] {
  const rows = new Map<string, CheatRow & { group: CheatGroup; shapes: Set<string> }>();
  const problems: string[] = [];
  for (const lesson of lessons) {
    for (const found of lessonCommands(lesson.body)) {
      const names = namesOf(found.command);
      const known = explain(names);
      if (!known) {
        const [name] = names;
        if (name !== undefined && isDocker(found.command.tool)) {
          problems.push(
            `${lesson.file}:${found.line}:${found.column} error cheatsheet/unknown-command "${name}" (in \`${found.text}\`) ` +
              'has no explanation. Add a one-line Korean explanation for it to src/lib/cheatsheet/dictionary.ts.',
          );
        }
        continue;
      }
      const row = rows.get(known.name) ?? {
        name: known.name,
        group: known.explanation.group,
        explanation: known.explanation.ko,
        examples: [],
        lesson: { id: lesson.id, title: lesson.title },
        shapes: new Set<string>(),
      };
      rows.set(known.name, row);
      const synopsis = isSynopsis(found.text);
      const form = synopsis ? 'synopsis' : shape(found.command);
      if (!row.shapes.has(form) && row.examples.length < MAX_EXAMPLES) {
        row.shapes.add(form);
        const outdated = outdatedOf(found, lesson.findings ?? []);
        row.examples.push(outdated === undefined ? { text: found.text } : { text: found.text, outdated });
      }
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return CHEAT_GROUPS.map((group) => ({
    group,
    rows: [...rows.values()]
      .filter((row) => row.group === group)
      .map(({ name, explanation, examples, lesson }) => ({ name, explanation, examples, lesson })),
  })).filter((section) => section.rows.length > 0);
}
