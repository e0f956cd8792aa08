/**
 * What the tools read about a built site: the facts the build declared in `site.json` (base, site,
 * language) and the list of its files. Serve, bundle, handouts, the benchmarks and the browser
 * tests all come through here.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseSiteFacts, SITE_FACTS_FILE, type SiteFacts } from '../../src/lib/site-facts.ts';

export { listFiles } from '../../src/lib/links/site.ts';
export type { SiteFacts };

/** Reads `<dir>/site.json`; throws saying to build first when there is no site or no such file. */
export async function readBuiltSite(dir: string): Promise<SiteFacts> {
  const file = path.join(dir, SITE_FACTS_FILE);
  if (!existsSync(path.join(dir, 'index.html')))
    throw new Error(`${dir}: no built site here (index.html is missing). Run \`npm run build\` first.`);
  if (!existsSync(file))
    throw new Error(`${file}: not found. The site was built by an older version; run \`npm run build\` again.`);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `${file}: not JSON (${error instanceof Error ? error.message : String(error)}). Run \`npm run build\` again.`,
      { cause: error },
    );
  }
  return parseSiteFacts(json, file);
}
