/**
 * Builds shared within one `vitest run`: a file that asks for a build another file (of either tier)
 * already made gets that build. The key is a hash of everything the build reads (the content folder,
 * the site's and tools' sources, the config, the lock file) and its settings, so an edit to the tree
 * in the middle of a run makes a fresh build; the run's folder is new each run and is removed by
 * the next one, so no run ever sees an older tree's build.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's folder for shared builds (e2e/support/global-setup.ts), or '' to share nothing. */
    buildRun: string;
  }
}

/** Sources every build reads besides its content folder, relative to the project root. */
const SOURCES = [
  'src',
  'packages',
  'scripts',
  'public',
  'astro.config.mjs',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
];
/** How long a file waits for a build another file has started before it gives up. */
const WAIT_MS = 15 * 60 * 1000;

/** Every file under `entry` (or `entry` itself) outside node_modules, sorted, as absolute paths. */
function filesUnder(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry, { recursive: true, encoding: 'utf8' })
    .filter((file) => !file.split(path.sep).includes('node_modules'))
    .map((file) => path.join(entry, file))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** A hash of the build settings and of the names and bytes of every file the build reads. */
export function buildKey(settings: unknown, content: string): string {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of [...SOURCES.flatMap((source) => filesUnder(path.resolve(source))), ...filesUnder(content)]) {
    hash.update(`\0${file}\0`).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 24);
}

/** This run's shared-build folder, or undefined when no global setup provided one. */
export function runFolder(): string | undefined {
  return inject('buildRun') || undefined;
}

/** Waits, looking every 250 ms, until `ready` holds; fails with `failure` after WAIT_MS. */
async function waitUntil(ready: () => boolean | Promise<boolean>, failure: string): Promise<void> {
  const until = Date.now() + WAIT_MS;
  while (!(await ready())) {
    if (Date.now() > until) throw new Error(failure);
    await sleep(250);
  }
}

type Outcome<T> = { value: T } | { error: string };

/**
 * Returns the result of `build` for `key`, building at most once per run: the first caller builds
 * into `<run>/<key>/` (passed to `build`) while the others wait for its `outcome.json`; a build that
 * throws throws the same message for every caller.
 */
export async function sharedBuild<T>(key: string, build: (work: string) => Promise<T>): Promise<T> {
  const run = runFolder();
  if (!run) throw new Error('sharedBuild needs the run folder e2e/support/global-setup.ts provides');
  const work = path.join(run, key);
  const file = path.join(work, 'outcome.json');
  await mkdir(run, { recursive: true });
  let outcome: Outcome<T>;
  try {
    await mkdir(work);
  } catch {
    await waitUntil(() => existsSync(file), `no build in ${work} after ${WAIT_MS / 60_000} min: did its builder stop?`);
    outcome = JSON.parse(await readFile(file, 'utf8')) as Outcome<T>;
    if ('error' in outcome) throw new Error(outcome.error);
    return outcome.value;
  }
  try {
    outcome = { value: await build(work) };
  } catch (error) {
    outcome = { error: error instanceof Error ? error.message : String(error) };
  }
  // Written whole, then renamed: a waiting file never reads half of it.
  await writeFile(`${file}.part`, JSON.stringify(outcome));
  await rename(`${file}.part`, file);
  if ('error' in outcome) throw new Error(outcome.error);
  return outcome.value;
}

/**
 * Runs `build` when no other Astro build of this run is running in this checkout, first come first
 * served. The build and browser tiers run side by side, but two Astro builds in one project root
 * overwrite each other's `.astro/content-modules.mjs` (Astro writes it under the root, whatever the
 * output and cache folders), and a page then fails with UnknownContentCollectionError. Each caller
 * leaves a ticket named by the time it asked; the oldest ticket builds. Outside a run, `build` just runs.
 */
export async function oneBuildAtATime<T>(build: () => Promise<T>): Promise<T> {
  const run = runFolder();
  if (!run) return build();
  const queue = path.join(run, 'astro-build-queue');
  await mkdir(queue, { recursive: true });
  const ticket = path.join(queue, `${String(Date.now()).padStart(15, '0')}-${process.pid}-${randomUUID()}`);
  await writeFile(ticket, '');
  try {
    await waitUntil(
      async () => (await readdir(queue)).sort()[0] === path.basename(ticket),
      `no turn to build in ${queue} after ${WAIT_MS / 60_000} min`,
    );
    return await build();
  } finally {
    await rm(ticket, { force: true });
  }
}
