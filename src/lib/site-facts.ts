/**
 * What a build declares about itself for the tools that read the built site (serve, bundle,
 * handouts, benchmarks, tests): Astro's `base` and `site`, and the language. The build writes it to
 * `<outDir>/site.json` (src/pages/site.json.ts); tools read it instead of guessing from the HTML.
 */

/** The site path of the file, relative to the output directory. */
export const SITE_FACTS_FILE = 'site.json';

export interface SiteFacts {
  /** Astro's `base`, always ending in a slash: `/` or `/docker-course/`. */
  base: string;
  /** Astro's `site`, the public origin the pages name in canonical links. */
  site: string;
  /** The pages' language tag, e.g. `ko`. */
  lang: string;
}

/** The facts of a build with Astro's `base` (slash added), `site` and `lang`. */
export function siteFacts(base: string, site: string | undefined, lang: string): SiteFacts {
  return { base: base.endsWith('/') ? base : `${base}/`, site: site ?? '', lang };
}

/** Checks parsed site.json contents, naming the file and the field that is wrong. */
export function parseSiteFacts(json: unknown, file: string): SiteFacts {
  const fail = (field: string, found: unknown, expected: string): never => {
    throw new Error(
      `${file}: ${field} is ${JSON.stringify(found)}, expected ${expected}. Rebuild the site with \`npm run build\`.`,
    );
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('the file', json, 'an object');
  const { base, site, lang } = json as Record<string, unknown>;
  if (typeof base !== 'string' || !base.startsWith('/') || !base.endsWith('/'))
    fail('"base"', base, 'a path that starts and ends with "/"');
  if (typeof site !== 'string' || (site !== '' && !URL.canParse(site))) fail('"site"', site, 'a URL or ""');
  if (typeof lang !== 'string' || !/^[a-z]{2,3}(?:-[\w-]+)?$/iu.test(lang)) fail('"lang"', lang, 'a language tag');
  return { base: base as string, site: site as string, lang: lang as string };
}
