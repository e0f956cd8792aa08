/**
 * `node scripts/bench-offline.ts [dist]`: what "오프라인으로 저장" costs a reader (issue 17). Serves the
 * built site (default DIST_DIR or dist/) on 127.0.0.1, presses the control in Chromium and reports
 * the files and bytes stored, the bytes that crossed the wire (the server compresses text) and the
 * time from the press to "저장됨". Loopback has no latency: a phone on Wi-Fi takes longer.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readBuiltSite } from './lib/built-site.ts';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const dist = path.resolve(process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist');
const { base } = await readBuiltSite(dist);
const facts = JSON.parse(await readFile(path.join(dist, 'offline.json'), 'utf8')) as { files: number; bytes: number };
const server = await serveStatic(dist, base);
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByRole('button', { name: '오프라인으로 저장' }).click();
  const save = page.getByRole('button', { name: '저장하기' });
  await save.waitFor();
  let wire = 0;
  context.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => (wire += sizes.responseBodySize + sizes.responseHeadersSize));
  });
  const started = performance.now();
  await save.click();
  await page
    .getByRole('status')
    .filter({ hasText: '저장됨' })
    .waitFor({ timeout: 15 * 60_000 });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `${dist}: ${facts.files} files, ${(facts.bytes / 1e6).toFixed(1)} MB stored, ` +
      `${(wire / 1e6).toFixed(1)} MB over the wire, ${seconds.toFixed(1)} s from the press to 저장됨 (loopback)`,
  );
} finally {
  await browser.close();
  await server.close();
}
