/**
 * Fuzzing the classroom server over a real socket: generated request targets (traversal pieces,
 * encodings and double encodings, backslashes, control characters, non-ASCII, long paths) never
 * get a byte of a secret planted outside the site, every one gets an answer, and the server is
 * still up at the end.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeTestSite, rawRequest, SECRET, type TestSite } from '../serve/test-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const RUNS = 1200;

const PIECES = [
  ...['..', '.', '%2e%2e', '%2E%2e', '.%2e', '%2e', '%252e%252e', '%c0%ae%c0%ae', '%uff0e'],
  ...['/', '//', '%2f', '%2F', '%252f', '\\', '%5c', '%5C', '%255c'],
  ...['%', '%E0%A4%A', '%zz', '%00', '%0a', '%0d%0a', '%7f', '%20', '?', '#', ';', '~', '*', '@'],
  ...['site-secret', 'secret.txt', 'site.env', '.env', 'leak.txt', 'leakdir', 'relative-leak.txt'],
  ...['lessons', 'a', 'index.html', '_astro', 'pagefind', '100%25.html', '한글', '%ED%95%9C'],
];

const target = fc
  .oneof(
    {
      weight: 6,
      arbitrary: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }).map((p) => p.join('')),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc.integer({ min: 256, max: 20_000 }).map((n) => `${'../'.repeat(n % 50)}${'a'.repeat(n)}`),
    },
  )
  .map((path) => (path.startsWith('/') || path.startsWith('http') ? path : `/${path}`))
  // A space, CR or LF would end the request target; the parser's own 400 for them is tested below.
  .map((path) => path.replace(/[ \r\n]/gu, '%20'));

let site: TestSite;
let server: StaticServer;

beforeAll(async () => {
  site = await makeTestSite();
  server = await serveStatic(site.root);
});

afterAll(async () => {
  await server?.close();
  await site?.remove();
});

test(`${RUNS} generated request targets get an answer and never a byte of the planted secret`, async () => {
  const statuses = new Set<number>();
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(target, async (path) => {
      tried += 1;
      const response = await rawRequest(server.url, path);
      statuses.add(response.status);
      expect(response.status).toBeGreaterThanOrEqual(200);
      expect(response.raw.toString('latin1')).not.toContain(SECRET);
    }),
    { numRuns: RUNS },
  );
  expect(tried).toBe(RUNS);
  expect([...statuses].every((status) => [200, 301, 302, 400, 404, 414, 431].includes(status))).toBe(true);
  expect((await rawRequest(server.url, '/lessons/a/')).status).toBe(200);
}, 60_000);

test('a target with raw control characters gets the parser’s 400 and the server stays up', async () => {
  for (const path of ['/a\u0001b', '/\u0000', '/a\tb', '/\u007f']) {
    expect((await rawRequest(server.url, path)).status).toBe(400);
  }
  expect((await rawRequest(server.url, '/')).status).toBe(200);
});
