/** Browser tests run over the built site: fail at once, saying what to do, when there is none. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DIST } from './site.ts';

export default function setup(): void {
  const index = path.join(DIST, 'index.html');
  if (!existsSync(index)) {
    throw new Error(`${index} not found: the browser tests run over the built site. Run \`npm run build\` first.`);
  }
}
