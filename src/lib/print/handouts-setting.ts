/**
 * HANDOUTS=off builds the site without PDF handouts (test builds, drafts, the benchmark's large
 * courses): `npm run build` skips its PDF step and no page links to a PDF. Unset or `on`, the build
 * prints them. Read by the pages, astro.config.mjs (the link check) and scripts/build.ts.
 */

/** Whether this build makes the PDF handouts; throws on a value other than on, off or unset. */
export function handoutsEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  const value = env['HANDOUTS'] ?? '';
  if (value === '' || value === 'on') return true;
  if (value === 'off') return false;
  throw new Error(
    `HANDOUTS is ${JSON.stringify(value)}, expected "on" (the default: print the PDF handouts) or "off" (build without them).`,
  );
}
