/**
 * A small classroom in every test run: a few phones reading the real built site for two seconds
 * get every page, asset and search chunk, with no error and no status but 200. The full run
 * (60 phones, 30 s) and its figures: `npm run bench:serve`. No timing is asserted here.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readBuiltSite } from '../scripts/lib/built-site.ts';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server.ts';
import { classroomLoad, phoneRound } from '../scripts/serve/load.ts';
import { DIST } from './support/site.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(DIST, (await readBuiltSite(DIST)).base);
});

afterAll(async () => {
  await server?.close();
});

test('4 phones for 2 s get every lesson, asset and search chunk with no error', async () => {
  const { base } = await readBuiltSite(DIST);
  const round = await phoneRound(DIST, base);
  const origin = new URL(server.url).origin;
  const statuses = await Promise.all(round.map(async ({ path }) => [path, (await fetch(`${origin}${path}`)).status]));
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
  const result = await classroomLoad(origin, round, { connections: 4, seconds: 2 });
  expect(result).toMatchObject({ errors: 0, timeouts: 0, non2xx: 0 });
  expect(result.requests).toBeGreaterThan(0);
});
