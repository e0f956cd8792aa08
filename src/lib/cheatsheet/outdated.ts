/**
 * The cheat sheet's mark on a form the course shows as the notes wrote it but that is outdated today
 * (a retired command, an end-of-life image): the same checker findings as the notes under lesson
 * blocks, shortened to fit a table cell.
 */
import { t } from '../../i18n/ko.ts';
import { isNote, koreanDate, type NoteFinding } from '../../markdown/finding-text.ts';

const OUTDATED: ReadonlySet<string> = new Set(['deprecated', 'end-of-life']);

/** The short Korean mark for `finding`, or undefined when it is not about a command being outdated. */
export function outdatedMark(finding: NoteFinding): string | undefined {
  if (!isNote(finding) || !OUTDATED.has(finding.rule)) return undefined;
  const instead = finding.params?.['instead'];
  if (instead === undefined) return t('cheatsheet.outdated');
  const since = koreanDate(finding.params?.['since'] ?? '');
  return finding.rule === 'end-of-life'
    ? t('cheatsheet.outdated.end-of-life', { instead, since })
    : t('cheatsheet.outdated.deprecated', { instead });
}
