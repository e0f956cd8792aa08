/**
 * `site.json`: the facts tools need about this build (src/lib/site-facts.ts), declared here rather
 * than read back out of the pages' HTML.
 */
import type { APIRoute } from 'astro';
import { t } from '../i18n/ko.ts';
import { siteFacts } from '../lib/site-facts.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(siteFacts(import.meta.env.BASE_URL, import.meta.env.SITE, t('site.lang')), null, 2), {
    headers: { 'content-type': 'application/json' },
  });
