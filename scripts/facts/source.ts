/** Where `npm run snapshot:facts` reads endoflife.date's answers: a folder of saved answers, or the API. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export type ReadProduct = (product: string) => Promise<unknown>;

/** The URL of `product` under `from`: `{product}` filled in, or the product appended to a URL ending in `/`. */
export function productUrl(from: string, product: string): string {
  if (from.includes('{product}')) return from.replaceAll('{product}', product);
  return `${from.replace(/\/?$/u, '/')}${product}`;
}

/** A reader for `from`: an http(s) URL is fetched, anything else is a folder holding `<product>.json`. */
export function productReader(from: string): ReadProduct {
  if (/^https?:\/\//u.test(from)) {
    return async (product) => {
      const url = productUrl(from, product);
      const response = await fetch(url, { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return (await response.json()) as unknown;
    };
  }
  return async (product) => {
    const file = path.join(from, `${product}.json`);
    const text = await readFile(file, 'utf8').catch((error: unknown) => {
      throw new Error(
        `${file}: cannot read (${error instanceof Error ? error.message : String(error)}); save endoflife.date's answer for ${product} there`,
        { cause: error },
      );
    });
    return JSON.parse(text) as unknown;
  };
}
