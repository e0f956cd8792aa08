import { describe, expect, test } from 'vitest';
import type { Fact } from '../../packages/check-commands/index.ts';
import { productsOf, refreshFacts } from './refresh.ts';
import { productReader } from './source.ts';

const FIXTURES = 'scripts/facts/fixtures/endoflife';

const fact = (id: string, since: string, endoflife?: Fact['endoflife']): Fact => ({
  id,
  kind: 'end-of-life',
  subject: id,
  statement: `${id} ended.`,
  since,
  instead: 'x',
  source: 'https://endoflife.date/x',
  checked: '2026-01-01',
  ...(endoflife ? { endoflife } : {}),
});

const facts = [
  fact('centos-7', '2024-06', { product: 'centos', cycle: '7' }),
  fact('centos-8', '2021-12-31', { product: 'centos', cycle: '8' }),
  fact('debian-10', '2024-06', { product: 'debian', cycle: '10', field: 'extendedSupport' }),
  fact('mysql-8.0', '2026-04', { product: 'mysql', cycle: '8.0' }),
  fact('mysql-5.7', '2023-10', { product: 'mysql', cycle: '5.7' }),
  fact('docker-hub-pull-limit', '2025-04-01'),
];

async function answers(): Promise<Map<string, unknown>> {
  const read = productReader(FIXTURES);
  const products = productsOf(facts);
  return new Map(await Promise.all(products.map(async (product) => [product, await read(product)] as const)));
}

describe('productsOf', () => {
  test('returns each endoflife.date product once', () => {
    expect(productsOf(facts)).toEqual(['centos', 'debian', 'mysql']);
  });
});

describe('refreshFacts', () => {
  test('returns dates from the v1 and the older answers, checked today, and lists what changed', async () => {
    const { facts: out, changes } = refreshFacts(facts, await answers(), '2026-11-29');
    expect(out.map((f) => [f.id, f.since, f.checked])).toEqual([
      ['centos-7', '2024-06-30', '2026-11-29'],
      ['centos-8', '2021-12-31', '2026-11-29'],
      ['debian-10', '2024-06-30', '2026-11-29'],
      ['mysql-8.0', '2026-04', '2026-01-01'],
      ['mysql-5.7', '2023-10', '2026-01-01'],
      ['docker-hub-pull-limit', '2025-04-01', '2026-01-01'],
    ]);
    expect(changes).toEqual(['centos-7: since 2024-06 → 2024-06-30', 'debian-10: since 2024-06 → 2024-06-30']);
  });

  test('returns a problem for a cycle without a date and for a cycle the answer lacks', async () => {
    const { problems } = refreshFacts(facts, await answers(), '2026-11-29');
    expect(problems).toEqual([
      `mysql-8.0: endoflife.date's mysql has no eol date for cycle "8.0"; check endoflife.cycle or the product`,
      `mysql-5.7: endoflife.date's mysql has no eol date for cycle "5.7"; check endoflife.cycle or the product`,
    ]);
  });
});

describe('productReader', () => {
  test('throws naming the file and the product when a saved answer is missing', async () => {
    await expect(productReader(FIXTURES)('nodejs')).rejects.toThrow(
      /fixtures\/endoflife\/nodejs\.json: cannot read .*save endoflife\.date's answer for nodejs there/u,
    );
  });
});
