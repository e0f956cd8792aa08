/**
 * The 자주 만나는 오류 page, built from the lessons: each error of the search vocabulary with the
 * commands and callouts its lessons fix it with (quoted from the lesson section the vocabulary
 * names), then every other error callout and deliberately wrong command the lessons hold. Only the
 * messages and causes in the vocabulary are ours; the page marks them as 덧붙임.
 */
import type { ErrorEntry } from '../search/vocabulary.ts';
import { lessonParts, type CalloutPart, type CodePart, type LessonSection } from './lesson-parts.ts';

export interface LessonSource {
  id: string;
  title: string;
  /** The MDX file, for error messages. */
  file: string;
  source: string;
}

export interface Place {
  lesson: string;
  lessonTitle: string;
  /** Heading id on the lesson page, '' for the top. */
  section: string;
  sectionTitle: string;
}

export interface QuotedFix extends Place {
  commands: string[];
  callouts: CalloutPart[];
}

export interface PageError {
  id: string;
  title: string;
  messages: string[];
  cause: string;
  fixes: QuotedFix[];
}

export interface LessonNote extends Place {
  /** Id of this note on the errors page. */
  id: string;
  title: string;
  callout?: CalloutPart | undefined;
  wrong?: CodePart | undefined;
}

export interface ErrorsPage {
  errors: PageError[];
  notes: LessonNote[];
}

/** Words that mark a callout as being about an error a student meets. */
const ERROR_WORDS = /오류|에러|error|실패|failed|denied|not found|cannot|can't|안 ?됩니다|안 ?돼/iu;

function fail(file: string, line: number, rule: string, message: string): never {
  throw new Error(`${file}:${line}:1 error errors-page/${rule} ${message}`);
}

function place(lesson: LessonSource, section: LessonSection): Place {
  return { lesson: lesson.id, lessonTitle: lesson.title, section: section.id, sectionTitle: section.title };
}

/** True when a callout is about an error: its title or text names one. */
export function isErrorCallout(callout: CalloutPart): boolean {
  return ERROR_WORDS.test(callout.text);
}

function quote(
  entry: ErrorEntry,
  lessons: ReadonlyMap<string, { lesson: LessonSource; sections: LessonSection[] }>,
  vocabularyFile: string,
): QuotedFix[] {
  return entry.fixes.map((fix) => {
    const found = lessons.get(fix.lesson);
    if (!found)
      fail(
        vocabularyFile,
        fix.line,
        'unknown-lesson',
        `${entry.id}: no lesson "${fix.lesson}"; use a folder name of content/lessons/.`,
      );
    const section = found.sections.find((item) => item.title === fix.section || (fix.section === '' && item.id === ''));
    if (!section) {
      const headings = found.sections.filter((item) => item.id !== '').map((item) => `"${item.title}"`);
      fail(
        vocabularyFile,
        fix.line,
        'unknown-section',
        `${entry.id}: ${found.lesson.file} has no heading "${fix.section}"; its headings are ${headings.join(', ')} ('' for the top).`,
      );
    }
    const lines = [...section.code, ...section.callouts.flatMap((callout) => callout.code)]
      .filter((block) => block.wrong === undefined)
      .flatMap((block) => block.commands);
    const commands = fix.commands.flatMap((wanted) => {
      const matching = lines.filter((line) => line.includes(wanted));
      if (matching.length === 0)
        fail(
          vocabularyFile,
          fix.line,
          'unknown-command',
          `${entry.id}: no command with "${wanted}" under "${section.title || found.lesson.title}" in ${found.lesson.file}; quote words of a command written there.`,
        );
      return matching;
    });
    // The callouts that explain the quoted commands; with no commands named, the section's error callouts.
    const callouts = section.callouts.filter((callout) =>
      fix.commands.length === 0
        ? isErrorCallout(callout)
        : fix.commands.some((wanted) => callout.text.includes(wanted)),
    );
    return { ...place(found.lesson, section), commands: [...new Set(commands)], callouts };
  });
}

/** Builds the page: the vocabulary's errors with their quoted fixes, then the lessons' other error notes. */
export function errorsPage(
  errors: readonly ErrorEntry[],
  lessons: readonly LessonSource[],
  vocabularyFile: string,
): ErrorsPage {
  const parsed = new Map(lessons.map((lesson) => [lesson.id, { lesson, sections: lessonParts(lesson.source) }]));
  const pageErrors = errors.map((entry) => ({
    id: entry.id,
    title: entry.title,
    messages: entry.messages,
    cause: entry.cause,
    fixes: quote(entry, parsed, vocabularyFile),
  }));
  const quoted = new Set(pageErrors.flatMap((entry) => entry.fixes.flatMap((fix) => fix.callouts)));
  const notes: LessonNote[] = [];
  for (const { lesson, sections } of parsed.values()) {
    for (const section of sections) {
      const callouts = section.callouts.filter((callout) => isErrorCallout(callout) && !quoted.has(callout));
      const wrong = [...section.code, ...section.callouts.flatMap((callout) => callout.code)].filter(
        (block) => block.wrong !== undefined,
      );
      for (const callout of callouts)
        notes.push({
          ...place(lesson, section),
          id: `${lesson.id}-${callout.line}`,
          title: callout.title || section.title || lesson.title,
          callout,
        });
      for (const block of wrong)
        notes.push({
          ...place(lesson, section),
          id: `${lesson.id}-${block.line}`,
          title: block.wrong ?? '',
          wrong: block,
        });
    }
  }
  return { errors: pageErrors, notes };
}
