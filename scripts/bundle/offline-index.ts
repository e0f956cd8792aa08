/**
 * Writes the file:// bundle's search index: Pagefind's fragments (the exact text Pagefind indexed,
 * with heading anchors) cut into sections, plus the lexicon the served site loads, as one classic script.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readPageFragments } from '../../src/integrations/pagefind-fragments.ts';
import type { LexiconData } from '../../src/lib/search/lexicon-data.ts';
import { offlineIndexScript, toOfflinePage, type OfflineIndex } from '../../src/lib/search/offline-index.ts';
import { LEXICON_FILE, OFFLINE_INDEX_FILE, OFFLINE_INDEX_GLOBAL } from '../../src/lib/search/paths.ts';

export { decodeFragment } from '../../src/integrations/pagefind-fragments.ts';

/** Builds the index from a built site's Pagefind bundle and lexicon. */
export async function buildOfflineIndex(site: string, base: string): Promise<OfflineIndex> {
  const fragments = await readPageFragments(site);
  const lexicon = JSON.parse(await readFile(path.join(site, LEXICON_FILE), 'utf8')) as LexiconData;
  const pages = fragments
    .map(({ id, fragment }) => toOfflinePage(fragment, base, id))
    .sort((a, b) => a.path.localeCompare(b.path));
  return { lexicon, pages };
}

/** Writes `search/offline-index.js` into `out`; returns its size in bytes. */
export async function writeOfflineIndex(site: string, out: string, base: string): Promise<number> {
  const script = offlineIndexScript(await buildOfflineIndex(site, base), OFFLINE_INDEX_GLOBAL);
  const target = path.join(out, OFFLINE_INDEX_FILE);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, script);
  return Buffer.byteLength(script);
}
