/** Site links under the configured `base`: use for every internal href and asset URL. */
import { withBase } from './paths.ts';

/** The URL of a site path under Astro's `base`. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
