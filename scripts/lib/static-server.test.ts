/**
 * The classroom server against the attacks of issue 14 and the promises of its brief, over a real
 * socket on 127.0.0.1: nothing outside the site is served, malformed requests get 400 and the
 * server stays up, a busy port says what to do; and the headers, compression, ranges, 404 page and
 * folder redirects a host would give.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/csp.ts';
import { makeTestSite, rawRequest, SECRET, type TestSite } from '../serve/test-site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

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

describe('serveStatic: attacks', () => {
  test.each([
    ['an encoded slash into a sibling folder named like the site', '/..%2fsite-secret/secret.txt', 400],
    ['an encoded slash to a sibling file named like the site', '/..%2fsite.env', 400],
    ['a bare percent sign', '/%', 400],
    ['a truncated UTF-8 escape', '/%E0%A4%A', 400],
    ['double encoding', '/%252e%252e%252fsite-secret%252fsecret.txt', 404],
    ['double-encoded dots with real slashes', '/%252e%252e/site-secret/secret.txt', 404],
    ['encoded dots', '/%2e%2e/site-secret/secret.txt', 400],
    ['raw dots the client did not normalize', '/../site-secret/secret.txt', 400],
    ['raw dots under a folder', '/lessons/../../secret.txt', 400],
    ['encoded backslashes', '/..%5csite-secret%5csecret.txt', 400],
    ['an encoded NUL byte', '/index.html%00.txt', 400],
    ['a symbolic link to a file outside', '/leak.txt', 404],
    ['a relative symbolic link to a file outside', '/lessons/relative-leak.txt', 404],
    ['a file through a symbolic link to a folder outside', '/leakdir/secret.txt', 404],
    ['a hidden file', '/.env', 404],
    ['an absolute-form target naming another file', 'http://127.0.0.1/..%2fsite.env', 400],
  ])('%s (%s) gets %i and no byte of the secret', async (_, target, status) => {
    const response = await rawRequest(server.url, target);
    expect(response.status).toBe(status);
    expect(response.raw.toString('latin1')).not.toContain(SECRET);
    expect((await rawRequest(server.url, '/')).status).toBe(200);
  });

  test('raw backslashes get 400 and no byte of the secret', async () => {
    const response = await rawRequest(server.url, '/..\\site-secret\\secret.txt');
    expect(response.status).toBe(400);
    expect(response.raw.toString('latin1')).not.toContain(SECRET);
  });

  test('a path that starts with two slashes is not redirected to another host', async () => {
    const response = await rawRequest(server.url, '//evil.example/lessons/a');
    expect(response.status).toBe(404);
    expect(response.headers['location']).toBeUndefined();
  });

  test('a busy port rejects with a message that says to set PORT', async () => {
    const port = Number(new URL(server.url).port);
    await expect(serveStatic(site.root, '/', { port })).rejects.toThrow(
      `port ${port} on 127.0.0.1 is already in use (another \`npm run serve\` or another program listens there). ` +
        `Stop it, or choose a free port with PORT, e.g. \`PORT=${port + 1} npm run serve\`.`,
    );
  });

  test('other methods get 405 with the allowed ones', async () => {
    const response = await rawRequest(server.url, '/', { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers['allow']).toBe('GET, HEAD');
  });
});

describe('serveStatic: what a host gives', () => {
  test('every response carries the CSP and the other security headers', async () => {
    for (const target of ['/', '/missing', '/%', '/lessons/a']) {
      const { headers } = await rawRequest(server.url, target);
      expect(headers).toMatchObject({
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
      });
    }
  });

  test.each([
    ['/', 'no-cache'],
    ['/lessons/a/', 'no-cache'],
    ['/pagefind/pagefind.js', 'no-cache'],
    ['/_astro/app.Bx2kd9aL.css', 'public, max-age=31536000, immutable'],
    ['/pagefind/fragment/ko_1a2b3c.pf_fragment', 'public, max-age=31536000, immutable'],
  ])('%s is cached with %s', async (target, cacheControl) => {
    const { status, headers } = await rawRequest(server.url, target);
    expect(status).toBe(200);
    expect(headers['cache-control']).toBe(cacheControl);
  });

  test.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('text goes out %s-compressed to a client that accepts it', async (encoding, decompress) => {
    const response = await rawRequest(server.url, '/_astro/app.Bx2kd9aL.css', {
      headers: { 'accept-encoding': encoding === 'br' ? 'gzip, deflate, br' : 'gzip, br;q=0' },
    });
    expect(response.headers['content-encoding']).toBe(encoding);
    expect(response.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(response.headers['vary']).toBe('Accept-Encoding');
    expect(response.body.length).toBeLessThan(site.css.length / 10);
    expect(decompress(response.body).toString()).toBe(site.css);
  });

  test('text goes out as it is to a client that accepts no compression', async () => {
    const response = await rawRequest(server.url, '/_astro/app.Bx2kd9aL.css');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe(site.css);
  });

  test.each([
    ['bytes=0-9', 206, [0, 10]],
    ['bytes=100-', 206, [100, 4096]],
    ['bytes=-5', 206, [4091, 4096]],
    ['bytes=9-3', 200, [0, 4096]],
    ['bytes=0-9,20-29', 200, [0, 4096]],
    ['bytes=x-y', 200, [0, 4096]],
  ] as const)('Range %s gets %i and the right bytes', async (range, status, [from, to]) => {
    const response = await rawRequest(server.url, '/handout.pdf', { headers: { range } });
    expect(response.status).toBe(status);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.body.equals(site.pdf.subarray(from, to))).toBe(true);
  });

  test('a range past the end gets 416', async () => {
    const response = await rawRequest(server.url, '/handout.pdf', {
      headers: { range: 'bytes=99999999999999999999-' },
    });
    expect(response.status).toBe(416);
    expect(response.headers['content-range']).toBe('bytes */4096');
  });

  test('a missing page gets the site 404 page with status 404', async () => {
    const response = await rawRequest(server.url, '/lessons/missing/');
    expect(response.status).toBe(404);
    expect(response.body.toString()).toContain('page not found');
  });

  test('a folder without its trailing slash is redirected, query kept', async () => {
    const response = await rawRequest(server.url, '/lessons/a?x=1');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/lessons/a/?x=1');
  });

  test('a file name with a percent sign is served from its encoded path', async () => {
    const response = await rawRequest(server.url, '/100%25.html');
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('<p>percent</p>');
  });

  test('a known version gets 304; HEAD sends the headers alone', async () => {
    const first = await rawRequest(server.url, '/lessons/a/');
    const etag = first.headers['etag'] ?? '';
    expect(etag).not.toBe('');
    expect((await rawRequest(server.url, '/lessons/a/', { headers: { 'if-none-match': etag } })).status).toBe(304);
    const head = await rawRequest(server.url, '/lessons/a/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(first.body.length));
    expect(head.body.length).toBe(0);
  });
});

describe('serveStatic under a base path', () => {
  let mounted: StaticServer;
  beforeAll(async () => {
    mounted = await serveStatic(site.root, '/docker-course/');
  });
  afterAll(async () => {
    await mounted?.close();
  });

  test.each([
    ['/', 302, '/docker-course/'],
    ['/docker-course', 302, '/docker-course/'],
    ['/docker-course/lessons/a', 301, '/docker-course/lessons/a/'],
  ])('%s gets %i to %s', async (target, status, location) => {
    const response = await rawRequest(mounted.url, target);
    expect(response.status).toBe(status);
    expect(response.headers['location']).toBe(location);
  });

  test('pages under the base are served and others are not found', async () => {
    expect((await rawRequest(mounted.url, '/docker-course/lessons/a/')).status).toBe(200);
    expect((await rawRequest(mounted.url, '/lessons/a/')).status).toBe(404);
    expect(mounted.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/docker-course\/$/u);
  });
});
