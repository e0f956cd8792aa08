/**
 * `npm run serve`: serves the built site (dist/) to the classroom network on 0.0.0.0 and prints the
 * addresses students can open. PORT (default 4321) and DIST_DIR choose another port or site.
 * Uses Node's own HTTP server: a teacher's laptop needs nothing but Node.
 */
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { lanUrls } from './serve/addresses.ts';
import { serveStatic } from './lib/static-server.ts';
import { readBuiltSite } from './lib/built-site.ts';

const site = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);

if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`${path.join(site, 'index.html')}:1:1 error serve/no-site no built site; run \`npm run build\` first`);
  process.exitCode = 1;
} else {
  const { base } = await readBuiltSite(site);
  await serveStatic(site, base, { host: '0.0.0.0', port });
  const urls = lanUrls(networkInterfaces(), port, base);
  console.log(`serving ${path.relative(process.cwd(), site) || '.'} on port ${port}; students can open:`);
  for (const url of urls.length > 0 ? urls : [`http://localhost:${port}${base} (no network interface found)`])
    console.log(`  ${url}`);
  console.log('press Ctrl+C to stop');
}
