import { describe, expect, test } from 'vitest';
import { cycleDate } from './endoflife.ts';
import { productUrl } from './source.ts';

describe('cycleDate', () => {
  const v1 = { result: { releases: [{ name: '7', eolFrom: '2024-06-30', eoesFrom: null }] } };
  const v0 = [
    { cycle: '10', eol: '2022-09-10', extendedSupport: '2024-06-30' },
    { cycle: '8.0', eol: true },
  ];

  test.each([
    [v1, '7', 'eol', '2024-06-30'],
    [v1, '7', 'extendedSupport', undefined],
    [v1, '6', 'eol', undefined],
    [v0, '10', 'eol', '2022-09-10'],
    [v0, '10', 'extendedSupport', '2024-06-30'],
    [v0, '8.0', 'eol', undefined],
    [{ message: 'Product not found' }, '7', 'eol', undefined],
  ] as const)('returns the date of %j cycle %s (%s)', (answer, cycle, field, date) => {
    expect(cycleDate(answer, cycle, field)).toBe(date);
  });
});

describe('productUrl', () => {
  test.each([
    ['https://endoflife.date/api/v1/products/', 'centos', 'https://endoflife.date/api/v1/products/centos'],
    ['https://endoflife.date/api/v1/products', 'centos', 'https://endoflife.date/api/v1/products/centos'],
    ['https://endoflife.date/api/{product}.json', 'mysql', 'https://endoflife.date/api/mysql.json'],
  ])('returns the URL of %s for %s', (from, product, url) => {
    expect(productUrl(from, product)).toBe(url);
  });
});
