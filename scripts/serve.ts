/**
 * `npm run serve`: serves the built site (dist/) to the classroom network on 0.0.0.0 and prints the
 * addresses students can open. PORT (default 4321) and DIST_DIR choose another port or site.
 * Uses Node's own HTTP server and sirv (scripts/lib/static-server.ts): a teacher's laptop needs
 * nothing but Node.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { lanUrls } from './serve/addresses.ts';
import { serveStatic } from './lib/static-server.ts';
import { readBuiltSite } from './lib/built-site.ts';

const site = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const portText = process.env['PORT'] ?? '4321';
const port = Number(portText);

if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`${path.join(site, 'index.html')}:1:1 error serve/no-site no built site; run \`npm run build\` first`);
  process.exitCode = 1;
} else if (!/^\d+$/u.test(portText) || port > 65535) {
  console.error(`error serve/port PORT=${portText} is not a port number; use one from 1024 to 65535, e.g. PORT=4321`);
  process.exitCode = 1;
} else {
  const { base } = await readBuiltSite(site);
  try {
    const server = await serveStatic(site, base, { host: '0.0.0.0', port });
    const urls = lanUrls(networkInterfaces(), port, base);
    console.log(`serving ${path.relative(process.cwd(), site) || '.'} on port ${port}; students can open:`);
    for (const url of urls.length > 0 ? urls : [`http://localhost:${port}${base} (no network interface found)`])
      console.log(`  ${url}`);
    console.log('press Ctrl+C to stop');
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.once(signal, () => void server.close().finally(() => process.exit(0)));
  } catch (error) {
    console.error(`error serve/listen ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
