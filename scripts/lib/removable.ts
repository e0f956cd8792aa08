/**
 * A guard for tools that delete a folder named by an environment variable (OUT_DIR, OFFLINE_DIR).
 * `OUT_DIR=.`, `OUT_DIR=..` or `OUT_DIR=~` and one failing build would otherwise remove the
 * project or the home folder. Astro empties its output folder at the start of every build, so the
 * build checks before it starts, not only before its own clean-up.
 */
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';

export interface Places {
  /** The project: the working directory of `npm run …`. */
  project: string;
  home: string;
  cwd: string;
  /** The system's temporary folder, where benchmarks and tests build. */
  temp: string;
}

const PROTECTED = ['content', 'src'];

/** True when `inner` is `outer` or lies beneath it (both absolute). */
function within(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}

/** Why `dir` must not be removed, or undefined when it may; `keep` adds folders to protect. */
export function removableProblem(dir: string, places: Places, keep: readonly string[] = []): string | undefined {
  const target = path.resolve(places.cwd, dir);
  const project = path.resolve(places.project);
  if (target === path.parse(target).root) return 'it is the root of the file system';
  if (target === path.resolve(places.home)) return 'it is your home folder';
  if (target === project) return 'it is the project itself';
  if (within(target, path.resolve(places.cwd))) return 'the current folder is inside it';
  for (const name of [...PROTECTED.map((folder) => path.join(project, folder)), ...keep]) {
    const kept = path.resolve(places.cwd, name);
    if (within(target, kept) || within(kept, target))
      return `it holds, or lies in, ${path.relative(project, kept) || kept}, which a build reads`;
  }
  const temp = path.resolve(places.temp);
  if (!within(project, target) && !(within(temp, target) && target !== temp))
    return `it lies outside the project (${project}) and the temporary folder (${temp})`;
  return undefined;
}

/** Throws, naming `variableName` and the fix, unless `dir` is a folder a tool may delete. */
export function assertRemovable(
  dir: string,
  variableName: string,
  keep: readonly string[] = [],
  places: Places = { project: process.cwd(), home: homedir(), cwd: process.cwd(), temp: tmpdir() },
): void {
  const problem = removableProblem(dir, places, keep);
  if (problem === undefined) return;
  throw new Error(
    `${variableName}=${dir}: refusing to use ${path.resolve(places.cwd, dir)} as a folder this tool deletes and ` +
      `rewrites: ${problem}. Nothing was removed. Set ${variableName} to a new folder inside the project, ` +
      `e.g. ${variableName}=dist-test.`,
  );
}
