/**
 * The static server over a built site: on 127.0.0.1 and a free port for browser tests and
 * `npm run handouts`, on 0.0.0.0 for `npm run serve`, where every phone in the classroom reaches it.
 * `base` mounts the site under a sub-path, as a host would, and `/` redirects there. What a request
 * may reach and how files are sent: scripts/serve/site-handler.ts. Nothing a client sends can end
 * the process: a failure inside a request becomes a 500 for that request alone.
 */
import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listenError } from '../serve/listen-error.ts';
import { siteHandler } from '../serve/site-handler.ts';

export interface StaticServer {
  /** Origin plus base, ending in a slash: `http://127.0.0.1:1234/docker-course/`. */
  url: string;
  close: () => Promise<void>;
}

export interface ServeOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Response headers added to (or replacing) the security headers of scripts/serve/headers.ts. */
  headers?: Record<string, string>;
}

/** Serves `root` under `base` until `close()` is called; rejects with what to do when it cannot listen. */
export async function serveStatic(
  root: string,
  base = '/',
  { host = '127.0.0.1', port = 0, headers = {} }: ServeOptions = {},
): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'course-serve-'));
  const handle = siteHandler(await realpath(root), prefix, cacheDir, headers);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(`serve: error serve/request ${request.method} ${request.url}: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' }).end('server error\n');
      else response.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await rm(cacheDir, { recursive: true, force: true });
    throw listenError(error, host, port);
  }
  // After listening, an error (too many open files when accepting) is logged, not thrown.
  server.on('error', (error) => console.error(`serve: error serve/server ${error.message}`));
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${address.port}${prefix}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}
