/**
 * `npm run bundle`: writes dist-offline/ and dist-offline.zip from dist/, the site opened straight
 * from disk. DIST_DIR, OFFLINE_DIR and OFFLINE_ZIP choose other places.
 */
import path from 'node:path';
import { existsSync } from 'node:fs';
import { bundleOffline } from './bundle/index.ts';

const site = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const out = path.resolve(process.env['OFFLINE_DIR'] ?? 'dist-offline');
const zipFile = path.resolve(process.env['OFFLINE_ZIP'] ?? `${out}.zip`);

if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`${path.join(site, 'index.html')}:1:1 error bundle/no-site no built site; run \`npm run build\` first`);
  process.exitCode = 1;
} else {
  const result = await bundleOffline(site, out, zipFile);
  console.log(
    `${path.relative(process.cwd(), out)}/: ${result.pages} pages, search index ${(result.indexBytes / 1024).toFixed(1)} KB`,
  );
  console.log(`${path.relative(process.cwd(), zipFile)}: ${(result.zipBytes / 1024 / 1024).toFixed(2)} MB`);
  console.log(`open ${path.join(out, 'index.html')} in a browser (file://), or copy the zip to a USB stick`);
}
