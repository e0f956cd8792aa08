/**
 * `npm run bench:serve [-- --connections 60 --seconds 30 --json]`: a classroom of phones on
 * `npm run serve` over loopback (scripts/serve/bench.ts). DIST_DIR chooses another built site.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchServe } from './serve/bench.ts';

const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '60' },
    seconds: { type: 'string', default: '30' },
    json: { type: 'boolean', default: false },
  },
});
const site = path.resolve(process.env['DIST_DIR'] ?? 'dist');
const result = await benchServe(site, Number(values.connections), Number(values.seconds));
if (values.json) console.log(JSON.stringify(result));
else {
  console.log(
    `${result.connections} phones for ${result.seconds} s on npm run serve (${site}), ${result.round} requests a round:`,
  );
  console.log(
    `  requests/s ${result.requestsPerSecond.toFixed(0)} (${result.requests} in all, ${result.megabytesPerSecond.toFixed(1)} MB/s)`,
  );
  console.log(`  latency p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms`);
  console.log(`  errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`);
  console.log(
    `  server peak memory ${result.peakMb === undefined ? 'unknown (not Linux)' : `${result.peakMb.toFixed(0)} MB`}`,
  );
}
process.exitCode = result.errors + result.timeouts + result.non2xx > 0 ? 1 : 0;
