/**
 * A static file server over a built site: on 127.0.0.1 and a free port for browser tests and
 * `npm run handouts`, on 0.0.0.0 for `npm run serve`. `base` mounts the site under a sub-path,
 * as a host would, and `/` redirects there.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { contentType } from './content-type.ts';

export interface StaticServer {
  /** Origin plus base, ending in a slash: `http://127.0.0.1:1234/docker-course/`. */
  url: string;
  close: () => Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const target = path.join(root, decodeURIComponent(pathname));
  if (!target.startsWith(root)) return undefined;
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return target;
  if (info?.isDirectory()) return resolveFile(root, path.join(pathname, 'index.html'));
  return undefined;
}

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

/** Serves `root` under `base` until `close()` is called. */
export async function serveStatic(
  root: string,
  base = '/',
  { host = '127.0.0.1', port = 0, headers = {} }: ServeOptions = {},
): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === '/' && prefix !== '/') {
        response.writeHead(302, { location: prefix }).end();
        return;
      }
      const inside = pathname.startsWith(prefix) || `${pathname}/` === prefix;
      const file = inside ? await resolveFile(root, pathname.slice(prefix.length - 1) || '/') : undefined;
      const found = file ?? path.join(root, '404.html');
      const body = await readFile(found).catch(() => Buffer.from('not found'));
      response.writeHead(file ? 200 : 404, {
        ...headers,
        'content-type': contentType(found),
        'cache-control': 'no-cache',
      });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
