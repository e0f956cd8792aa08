/**
 * Builds a course into a temporary directory, for tests that need a site other than dist/. Within a
 * run, each distinct build (content, base, settings, sources) is made once and shared (build-cache.ts);
 * the builds live in the run's folder, which e2e/support/global-setup.ts removes when the run ends.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { buildKey, oneBuildAtATime, sharedBuild } from './build-cache.ts';

const run = promisify(execFile);

/** Variables Vitest sets for its own Vite; a child `astro build` would take them for its own. */
const VITEST_ENV = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/u;

/** The parent environment without Vitest's variables. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_ENV.test(name)));
}

export interface BuildOptions {
  /** Content root (parts.yaml, glossary.yaml, lessons/); default content/. */
  content?: string;
  /** Astro `base`, e.g. '/docker-course/'. */
  base?: string;
  env?: Record<string, string>;
}

/**
 * Runs `work` in this run's shared build for these settings. There is no build outside a run: a
 * folder made for one caller would outlive it, as nothing would remove it.
 */
function once<T>(
  prefix: string,
  settings: Record<string, unknown>,
  content: string,
  work: (dir: string) => Promise<T>,
): Promise<T> {
  return sharedBuild(`${prefix}${buildKey(settings, content)}`, work);
}

/** Runs `astro build` into a temporary directory and returns the output directory (no PDFs: HANDOUTS=off). */
export function buildSite(options: BuildOptions = {}): Promise<string> {
  const root = path.resolve(options.content ?? 'content');
  const settings = { content: root, base: options.base ?? '/', env: options.env ?? {} };
  return once('course-build-', settings, root, (work) => astroBuild(work, options));
}

async function astroBuild(work: string, { content, base = '/', env = {} }: BuildOptions): Promise<string> {
  const outDir = path.join(work, 'dist');
  const astro = path.resolve('node_modules/.bin/astro');
  await oneBuildAtATime(() =>
    run(astro, ['build'], {
      env: {
        ...cleanEnv(),
        ...(content ? { COURSE_CONTENT_DIR: path.resolve(content) } : {}),
        BASE_PATH: base,
        OUT_DIR: outDir,
        CACHE_DIR: path.join(work, 'cache'),
        HANDOUTS: 'off',
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    }),
  ).catch((error: unknown) => {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`astro build failed for ${content ?? 'content'} (base ${base}):\n${stdout}\n${stderr}`);
  });
  return outDir;
}

export interface BuildResult {
  code: number;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  outDir: string;
}

/** Runs the whole `npm run build` pipeline (scripts/build.ts) on `content`, failing or not; PDFs only if `extra` asks. */
export function runFullBuild(content: string, extra: Record<string, string> = {}): Promise<BuildResult> {
  const root = path.resolve(content);
  return once('course-full-build-', { content: root, extra }, root, (work) => fullBuild(work, content, extra));
}

async function fullBuild(work: string, content: string, extra: Record<string, string>): Promise<BuildResult> {
  const outDir = path.join(work, 'dist');
  const env = {
    ...cleanEnv(),
    COURSE_CONTENT_DIR: path.resolve(content),
    OUT_DIR: outDir,
    CACHE_DIR: path.join(work, 'cache'),
    NO_COLOR: '1',
    HANDOUTS: 'off',
    ...extra,
  };
  const strip = (text: string): string => stripVTControlCharacters(text);
  try {
    const { stdout, stderr } = await oneBuildAtATime(() =>
      run(process.execPath, ['scripts/build.ts'], { env, maxBuffer: 64 * 1024 * 1024 }),
    );
    return { code: 0, output: strip(stdout + stderr), outDir };
  } catch (error) {
    const { code = 1, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string };
    return { code, output: strip(stdout + stderr), outDir };
  }
}
