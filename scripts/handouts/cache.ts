/**
 * The content-hash cache of printed handouts (default node_modules/.cache/handouts). A PDF is
 * reused when everything that went into it is unchanged: the printer (its code, the browser, the
 * fonts, the settings: `documentKey`) and every file of the built site the page loaded while it was
 * printed, the page's HTML first (`contentKey`). Editing one lesson so changes that lesson's page,
 * its part's and the course's, and only those are printed again. The creation date is not part of
 * the key: it is written into the PDF on the way out (reproducible.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

/** The key of a document before its files are known: the printer's key and what the document is. */
export function documentKey(printer: string, parts: readonly string[]): string {
  return sha256([printer, ...parts].join('\0'));
}

/** Hashes built-site files by site path, each once per run; a folder stands for its index.html. */
export class SiteFiles {
  readonly #site: string;
  readonly #hashes = new Map<string, Promise<string>>();

  constructor(site: string) {
    this.#site = site;
  }

  hash(sitePath: string): Promise<string> {
    let found = this.#hashes.get(sitePath);
    if (!found) {
      found = this.#read(sitePath).then((data) => (data ? sha256(data) : 'missing'));
      this.#hashes.set(sitePath, found);
    }
    return found;
  }

  async #read(sitePath: string): Promise<Buffer | undefined> {
    const file = path.join(this.#site, sitePath);
    if (!file.startsWith(this.#site)) return undefined;
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) return readFile(path.join(file, 'index.html')).catch(() => undefined);
    return info?.isFile() ? readFile(file) : undefined;
  }
}

/** The key of a printed PDF: its document key and the content of each file its page loaded. */
export async function contentKey(key: string, deps: readonly string[], files: SiteFiles): Promise<string> {
  const sorted = [...new Set(deps)].sort();
  const hashes = await Promise.all(sorted.map(async (dep) => `${dep}\0${await files.hash(dep)}`));
  return sha256([key, ...hashes].join('\n'));
}

interface Entry {
  /** Site paths the page loaded when it was last printed. */
  deps: string[];
  /** The content key of that print, and the name of its PDF in the cache. */
  pdf: string;
}

/** Reads `value` as a cache entry, or undefined for anything else (an old or broken file is a miss). */
function asEntry(value: unknown): Entry | undefined {
  const { deps, pdf } = (value ?? {}) as Partial<Entry>;
  return Array.isArray(deps) && deps.every((dep) => typeof dep === 'string') && typeof pdf === 'string'
    ? { deps, pdf }
    : undefined;
}

/** Writes `data` to `file` through a temporary file, so a reader never sees half a file. */
async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

export class HandoutCache {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
  }

  /** The cached PDF of document `key` if the files its page loaded are unchanged. */
  async lookup(key: string, files: SiteFiles): Promise<Buffer | undefined> {
    const entry = asEntry(await readJson(path.join(this.#dir, `${key}.json`)));
    if (!entry || entry.pdf !== (await contentKey(key, entry.deps, files))) return undefined;
    return readFile(path.join(this.#dir, `${entry.pdf}.pdf`)).catch(() => undefined);
  }

  /** Keeps `pdf` as document `key`'s print, made from the site files `deps`; drops the print it replaces. */
  async store(key: string, deps: readonly string[], pdf: Buffer, files: SiteFiles): Promise<void> {
    await mkdir(this.#dir, { recursive: true });
    const entryFile = path.join(this.#dir, `${key}.json`);
    const previous = asEntry(await readJson(entryFile));
    const content = await contentKey(key, deps, files);
    await writeAtomic(path.join(this.#dir, `${content}.pdf`), pdf);
    await writeAtomic(entryFile, JSON.stringify({ deps: [...new Set(deps)].sort(), pdf: content }));
    if (previous && previous.pdf !== content) await rm(path.join(this.#dir, `${previous.pdf}.pdf`), { force: true });
  }
}

async function readJson(file: string): Promise<unknown> {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}
