/**
 * The command check on a lesson just imported, so an instructor fixes a note's real mistakes before
 * the first build. Each finding is reported at the lesson's line and at the note's line; none is
 * marked `expect-error`: whether a wrong command is a deliberate example is the instructor's call.
 */
import { checkSources, type Diagnostic } from '../../packages/check-commands/index.ts';
import { cheatSheet } from '../../src/lib/cheatsheet/cheatsheet.ts';

export interface Finding extends Diagnostic {
  /** 1-based line of the note the lesson line came from (0 when it came from no note line). */
  noteLine: number;
}

/** Checks `mdx` as the lesson `lessonFile`; `sources` maps each lesson line (0-based) to its note line. */
export async function checkImported(lessonFile: string, mdx: string, sources: readonly number[]): Promise<Finding[]> {
  const diagnostics = await checkSources([{ file: lessonFile, text: mdx }]);
  return diagnostics.map((d) => ({ ...d, noteLine: sources[d.line - 1] ?? 0 }));
}

/** One line per finding: the lesson's `path:line:column severity rule message`, then where the note says it. */
export function formatFinding(finding: Finding, noteFile: string): string {
  const at = `${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.rule} ${finding.message}`;
  return finding.noteLine > 0 ? `${at} (note ${noteFile}:${finding.noteLine})` : at;
}

/**
 * The build's other gate on commands: the cheat sheet explains every Docker command of a lesson's
 * sessions in Korean (src/lib/cheatsheet/dictionary.ts) and stops the build on one it cannot.
 * Returns its messages (lesson path, line and the fix), or none.
 */
export function unexplainedCommands(lessonFile: string, mdx: string): string[] {
  try {
    cheatSheet([{ id: 'imported', title: 'imported', file: lessonFile, body: mdx }]);
    return [];
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n');
  }
}
