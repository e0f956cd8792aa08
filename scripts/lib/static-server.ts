/**
 * A static file server over a built site, on 127.0.0.1 and a free port, for browser tests and
 * `npm run handouts`. `base` mounts the site under a sub-path, as a host would.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

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

/** Serves `root` under `base` until `close()` is called. */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server: Server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      const inside = pathname.startsWith(prefix) || `${pathname}/` === prefix;
      const file = inside ? await resolveFile(root, pathname.slice(prefix.length - 1) || '/') : undefined;
      const found = file ?? path.join(root, '404.html');
      const body = await readFile(found).catch(() => Buffer.from('not found'));
      response.writeHead(file ? 200 : 404, {
        'content-type': TYPES[path.extname(found)] ?? 'application/octet-stream',
      });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
