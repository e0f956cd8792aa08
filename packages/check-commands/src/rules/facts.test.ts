import { describe, expect, test } from 'vitest';
import { FACTS, factById, parseFacts } from './facts.ts';

/** `fact` without `field`. */
function without(fact: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fact).filter(([key]) => key !== field));
}

const good = {
  id: 'centos-7',
  kind: 'end-of-life',
  subject: 'centos:7',
  statement: 'CentOS Linux 7 reached end of life.',
  since: '2024-06-30',
  instead: 'rockylinux:9',
  source: 'https://endoflife.date/centos',
  checked: '2026-11-29',
  images: { repository: 'centos', tags: ['7*'] },
};

describe('parseFacts', () => {
  test('returns the facts of a valid document', () => {
    expect(parseFacts({ facts: [good] })).toEqual([good]);
  });

  test.each([
    [{ ...good, since: 'June 2024' }, /facts\[0\] \(centos-7\) field "since" must match pattern .*found "June 2024"/u],
    [{ ...good, source: 'endoflife.date' }, /facts\[0\] \(centos-7\) field "source"/u],
    [{ ...good, checked: '2026-11' }, /facts\[0\] \(centos-7\) field "checked"/u],
    [{ ...good, kind: 'gone' }, /facts\[0\] \(centos-7\) field "kind" must be equal to one of the allowed values/u],
    [without(good, 'images'), /facts\[0\] \(centos-7\) field "images" must have required property/u],
    [without(good, 'instead'), /facts\[0\] \(centos-7\) field "instead" must have required property/u],
    [{ ...good, replacement: 'x' }, /facts\[0\] \(centos-7\) field "replacement" is not a field of a fact/u],
    [{ ...good, images: { repository: 'centos', tags: [] } }, /field "images.tags" must NOT have fewer than 1 items/u],
  ])('throws naming the entry and field for %j', (fact, message) => {
    expect(() => parseFacts({ facts: [fact] })).toThrow(message);
  });

  test('throws naming a repeated id', () => {
    expect(() => parseFacts({ facts: [good, good] })).toThrowErrorMatchingInlineSnapshot(
      `[Error: packages/check-commands/data/facts.json: facts[1] field "id" repeats "centos-7"; ids must be unique.]`,
    );
  });
});

describe('FACTS', () => {
  test('holds the end-of-life images and the dated facts the lessons need', () => {
    expect(FACTS.map((fact) => fact.id)).toEqual(
      expect.arrayContaining(['centos-7', 'mysql-5.7', 'ubuntu-16.04', 'compose-v1', 'docker-hub-pull-limit']),
    );
  });
});

describe('factById', () => {
  test('throws naming the missing fact', () => {
    expect(() => factById('nowhere')).toThrow('has no fact "nowhere"');
  });
});
