/**
 * Writes the service worker: ./worker/sw.ts bundled by esbuild, with the precache list of the built
 * site (workbox-build's getManifest: every file with an MD5 revision of its content) written in
 * place of `self.__WB_MANIFEST`, as workbox-build's injectManifest does. Bundling here takes tens of
 * milliseconds; workbox-build's generateSW (Babel, Rollup, Terser) took several seconds.
 */
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManifestEntry } from 'workbox-build';
import { OFFLINE_FILES, type OfflineFacts } from './files.ts';
import { HASHED_NAMES, PRECACHE_IGNORES, sortEntries, workerEntries } from './precache.ts';

const SOURCE = fileURLToPath(new URL('worker/sw.ts', import.meta.url));
const INJECTION_POINT = 'self.__WB_MANIFEST';

/** The worker's code with `self.__WB_MANIFEST` not yet replaced. */
export async function bundleWorker(): Promise<string> {
  const result = await build({
    entryPoints: [SOURCE],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2022',
    // Workbox keeps its debug logging behind this; a production worker leaves it out.
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error(`${SOURCE}: esbuild wrote no output`);
  return code;
}

/** `code` with its one `self.__WB_MANIFEST` replaced by `entries`; throws when there is not exactly one. */
export function injectEntries(code: string, entries: readonly ManifestEntry[]): string {
  const at = code.indexOf(INJECTION_POINT);
  if (at === -1 || code.includes(INJECTION_POINT, at + 1))
    throw new Error(
      `${SOURCE}: the bundled worker must use ${INJECTION_POINT} exactly once (found ${at === -1 ? 'none' : 'several'}); ` +
        'it is where the precache list goes',
    );
  return code.slice(0, at) + JSON.stringify(entries) + code.slice(at + INJECTION_POINT.length);
}

/** Lists what the worker stores in the site built into `outDir`; throws on any workbox-build warning. */
export async function precacheList(outDir: string): Promise<{ entries: ManifestEntry[]; facts: OfflineFacts }> {
  // workbox-build's index loads Babel and Rollup for generateSW (seconds); getManifest alone needs neither.
  const { getManifest } = await import('workbox-build/build/get-manifest.js');
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: [...PRECACHE_IGNORES],
    dontCacheBustURLsMatching: HASHED_NAMES,
    // Every file or none: "저장됨" must mean the whole course. A file over the limit is a warning, and fails below.
    maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
    manifestTransforms: [sortEntries],
  });
  if (warnings.length > 0)
    throw new Error(`${outDir}: the offline copy would miss files (workbox-build):\n${warnings.join('\n')}`);
  return { entries: workerEntries(manifestEntries), facts: { files: count, bytes: size } };
}

/** Writes `<outDir>/sw.js` from `code` (see bundleWorker) and returns what it stores. */
export async function writeWorker(outDir: string, code: string): Promise<OfflineFacts> {
  const { entries, facts } = await precacheList(outDir);
  await writeFile(path.join(outDir, OFFLINE_FILES.worker), injectEntries(code, entries));
  return facts;
}
