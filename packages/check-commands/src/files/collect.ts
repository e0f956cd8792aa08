/** Finds the Markdown/MDX files to check under the given paths and reads them. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostic.ts';
import type { SourceFile } from '../check.ts';

const EXTENSIONS = /\.(?:md|mdx|markdown)$/u;

async function walkDir(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) =>
        e.isDirectory()
          ? walkDir(join(path, e.name))
          : Promise.resolve(EXTENSIONS.test(e.name) ? [join(path, e.name)] : []),
      ),
  );
  return nested.flat();
}

/** Reads the files under `paths`; a path that cannot be read becomes an error diagnostic, not a crash. */
export async function collectSources(
  paths: readonly string[],
): Promise<{ sources: SourceFile[]; problems: Diagnostic[] }> {
  const sources: SourceFile[] = [];
  const problems: Diagnostic[] = [];
  const fail = (file: string, error: unknown): void => {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'read',
      message: `cannot read ${file}: ${reason}`,
    });
  };
  for (const path of paths) {
    try {
      const files = (await stat(path)).isDirectory() ? (await walkDir(path)).sort() : [path];
      for (const file of files) {
        try {
          sources.push({ file, text: await readFile(file, 'utf8') });
        } catch (error) {
          fail(file, error);
        }
      }
    } catch (error) {
      fail(path, error);
    }
  }
  return { sources, problems };
}
