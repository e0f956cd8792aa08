/**
 * The command cheat sheet, built from the lessons' terminal blocks: every command a lesson runs,
 * listed once under its task with the first lesson that uses it and the forms the course shows.
 */
import { findPlaceholders } from '../placeholders.ts';
import { isSession, joinCommand, parseSession, SESSION_LANGS, type CommandPart } from '../console-session.ts';
import { codeBlocks, hasMeta } from './code-blocks.ts';
import { commandNames, isDocker } from './command-names.ts';
import { explain } from './dictionary.ts';
import { CHEAT_GROUPS, type CheatGroup } from './groups.ts';
import { shellWords } from './shell-words.ts';

export interface LessonSource {
  id: string;
  title: string;
  /** Path of the MDX file, for error messages. */
  file: string;
  body: string;
}

export interface CheatRow {
  /** The name Docker's reference uses (`docker container ls`), also for `docker ps -a`. */
  name: string;
  explanation: string;
  /** The forms the course shows, one per set of options, in reading order. */
  examples: string[];
  lesson: { id: string; title: string };
}

export interface CheatSection {
  group: CheatGroup;
  rows: CheatRow[];
}

/** How many forms of one command the sheet shows; it must fit on two A4 pages. */
export const MAX_EXAMPLES = 3;

const PLAIN_LANGS: ReadonlySet<string> = new Set(['', 'plaintext', 'text', 'txt']);

interface Found {
  line: number;
  column: number;
  words: string[];
  text: string;
}

/** Quotes a word again when it holds spaces or shell characters, so the example can be pasted. */
function quote(word: string): string {
  return /^[\p{L}\p{N}_@%+=:,./~$[\]{}|-]+$/u.test(word) ? word : `"${word.replace(/(["\\$`])/gu, '\\$1')}"`;
}

/** The simple commands of one session command, each with the text a student would type. */
function simpleCommands(part: CommandPart, blockLine: number): Found[] {
  const [first] = part.lines;
  const text = joinCommand(part);
  const commands = shellWords(text);
  return commands.map((words) => ({
    line: blockLine + 1 + (first?.line ?? 0),
    column: (first?.column ?? 0) + 1,
    words,
    text: commands.length === 1 ? text : words.map(quote).join(' '),
  }));
}

/** The shell commands of a lesson's terminal blocks, leaving out deliberately wrong examples. */
function lessonCommands(body: string): Found[] {
  return codeBlocks(body)
    .filter((block) => SESSION_LANGS.has(block.lang) || (PLAIN_LANGS.has(block.lang) && isSession(block.value)))
    .filter((block) => !hasMeta(block.meta, 'expect-error'))
    .flatMap((block) =>
      parseSession(block.value)
        .filter((part): part is CommandPart => part.kind === 'command' && part.interpreter === 'shell')
        .flatMap((part) => simpleCommands(part, block.line)),
    );
}

/** True for a synopsis such as `docker run [OPTIONS] IMAGE`: one per command is enough. */
function isSynopsis(text: string): boolean {
  return findPlaceholders(text).some((range) => text[range.start] === '[');
}

/** The options a command form uses, so `docker ps` and `docker ps -a` count as two forms. */
function shape(name: string, words: readonly string[]): string {
  const options = words.filter((word) => word.startsWith('-')).map((word) => word.replace(/=.*$/u, ''));
  return [name, ...new Set(options)].sort().join(' ');
}

/** Builds the cheat sheet from lessons in reading order; throws on a Docker command it cannot explain. */
export function cheatSheet(lessons: readonly LessonSource[]): CheatSection[] {
  const rows = new Map<string, CheatRow & { group: CheatGroup; shapes: Set<string> }>();
  const problems: string[] = [];
  for (const lesson of lessons) {
    for (const found of lessonCommands(lesson.body)) {
      const names = commandNames(found.words);
      const known = explain(names);
      if (!known) {
        const [name] = names;
        if (name !== undefined && isDocker(name)) {
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
      const form = synopsis ? 'synopsis' : shape(names[0] ?? known.name, found.words);
      if (!row.shapes.has(form) && row.examples.length < MAX_EXAMPLES) {
        row.shapes.add(form);
        row.examples.push(found.text);
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
