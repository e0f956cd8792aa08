/** The date handouts carry when SOURCE_DATE_EPOCH is unset: the last commit's, so a commit prints the same bytes. */
import { execFileSync } from 'node:child_process';

/** The last commit's date, or now outside a git checkout. */
export function lastCommitDate(): Date {
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/u.test(seconds)) return new Date(Number(seconds) * 1000);
  } catch {
    /* not a git checkout: fall through */
  }
  return new Date();
}
