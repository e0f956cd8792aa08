/**
 * `npm run serve`: serves the built site (dist/) to the classroom network on 0.0.0.0 and prints the
 * addresses students can open. PORT (default 4321) and DIST_DIR choose another port or site.
 * Uses Node's own HTTP server: a teacher's laptop needs nothing but Node.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { detectBase } from './bundle/index.ts';
import { lanUrls } from './serve/addresses.ts';
import { contentType } from './serve/types.ts';

const site = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);

async function find(pathname: string): Promise<string | undefined> {
  const target = path.join(site, pathname);
  if (!target.startsWith(site)) return undefined;
  const info = await stat(target).catch(() => undefined);
  if (info?.isFile()) return target;
  if (info?.isDirectory()) return find(path.join(pathname, 'index.html'));
  return undefined;
}

if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`${path.join(site, 'index.html')}:1:1 error serve/no-site no built site; run \`npm run build\` first`);
  process.exitCode = 1;
} else {
  const base = await detectBase(site);
  const server = createServer((request, response) => {
    void (async () => {
      const { pathname } = new URL(request.url ?? '/', 'http://localhost');
      if (pathname === '/' && base !== '/') {
        response.writeHead(302, { location: base }).end();
        return;
      }
      const inside = decodeURIComponent(pathname).startsWith(base)
        ? decodeURIComponent(pathname).slice(base.length)
        : undefined;
      const file = inside === undefined ? undefined : await find(inside);
      const found = file ?? path.join(site, '404.html');
      const body = await readFile(found).catch(() => Buffer.from('not found'));
      response.writeHead(file ? 200 : 404, { 'content-type': contentType(found), 'cache-control': 'no-cache' });
      response.end(body);
    })();
  });
  server.listen(port, '0.0.0.0', () => {
    const urls = lanUrls(networkInterfaces(), port, base);
    console.log(`serving ${path.relative(process.cwd(), site) || '.'} on port ${port}; students can open:`);
    for (const url of urls.length > 0 ? urls : [`http://localhost:${port}${base} (no network interface found)`])
      console.log(`  ${url}`);
    console.log('press Ctrl+C to stop');
  });
}
