/**
 * Module scripts made to run from disk: Chromium refuses `<script type="module" src>` and `import()`
 * on file:// (origin `null`), so each page's module scripts become one classic script bundled by
 * esbuild (installed with Astro's Vite), dynamic imports included.
 */
import { build, type Plugin } from 'esbuild';
import path from 'node:path';

const MODULE_SCRIPT = /<script type="module"(?: src="([^"]*)")?>([\s\S]*?)<\/script>/gu;

/** Resolves the site's absolute paths (`/docker-course/_astro/x.js`) to files of the built site. */
function sitePaths(dist: string, base: string): Plugin {
  return {
    name: 'site-paths',
    setup(plugin) {
      plugin.onResolve({ filter: /^\// }, (args) =>
        args.kind === 'entry-point'
          ? undefined
          : { path: path.join(dist, args.path.startsWith(base) ? args.path.slice(base.length) : args.path) },
      );
    },
  };
}

/** Bundles a module script (its file, or inline code) into a classic script's code. */
export async function classicScript(
  dist: string,
  base: string,
  entry: { file?: string; code?: string },
): Promise<string> {
  const result = await build({
    ...(entry.file
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.code ?? '', resolveDir: dist, loader: 'js' } }),
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome110',
    logLevel: 'silent',
    plugins: [sitePaths(dist, base)],
  });
  return result.outputFiles[0]?.text ?? '';
}

/** True when an inline module script loads other modules (and so cannot run from disk as it is). */
export function importsModules(code: string): boolean {
  return /\bimport\s*[\s({"'`*]/u.test(code) || /\bexport\s/u.test(code);
}

/**
 * Replaces the page's module scripts with classic ones: `named(code)` stores a bundle and returns
 * its site path, so pages that share a script share its file.
 */
export async function classicPage(
  html: string,
  dist: string,
  base: string,
  named: (code: string) => string,
): Promise<string> {
  const replacements: Promise<string>[] = [];
  html.replace(MODULE_SCRIPT, (tag, src: string | undefined, code: string) => {
    if (!src && !importsModules(code)) {
      replacements.push(Promise.resolve(tag));
      return tag;
    }
    const entry = src ? { file: path.join(dist, src.slice(base.length)) } : { code };
    replacements.push(
      classicScript(dist, base, entry).then((bundle) => `<script defer src="${named(bundle)}"></script>`),
    );
    return tag;
  });
  const done = await Promise.all(replacements);
  let index = 0;
  return html.replace(MODULE_SCRIPT, () => done[index++] ?? '');
}
