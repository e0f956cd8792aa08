/**
 * Refreshes the dates of packages/check-commands/data/facts.json from endoflife.date.
 * Usage: npm run snapshot:facts -- --from <folder|URL> [--today YYYY-MM-DD]
 *   --from https://endoflife.date/api/v1/products/   asks the API (needs the network)
 *   --from <folder>                                   reads <folder>/<product>.json saved earlier
 * Nothing is written when a fact's cycle has no date; the build itself never goes to the network.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseFacts } from '../packages/check-commands/index.ts';
import { productsOf, refreshFacts } from './facts/refresh.ts';
import { productReader } from './facts/source.ts';

const FILE = 'packages/check-commands/data/facts.json';

try {
  const { values } = parseArgs({ options: { from: { type: 'string' }, today: { type: 'string' } } });
  if (!values.from)
    throw new Error('--from <folder|URL> is required, e.g. --from https://endoflife.date/api/v1/products/');
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  const document = JSON.parse(await readFile(FILE, 'utf8')) as { facts: unknown[] };
  const facts = parseFacts(document);
  const read = productReader(values.from);
  const answers = new Map<string, unknown>();
  for (const product of productsOf(facts)) answers.set(product, await read(product));
  const { facts: refreshed, changes, problems } = refreshFacts(facts, answers, today);
  for (const line of changes) console.log(`snapshot-facts: ${line}`);
  for (const line of problems) console.error(`${FILE}: error ${line}`);
  if (problems.length === 0) {
    parseFacts({ ...document, facts: refreshed });
    await writeFile(FILE, `${JSON.stringify({ ...document, facts: refreshed }, null, 2)}\n`);
    console.log(`snapshot-facts: ${answers.size} products, ${changes.length} date(s) changed → ${FILE}`);
  }
  process.exitCode = problems.length > 0 ? 1 : 0;
} catch (error) {
  console.error(`snapshot-facts: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
