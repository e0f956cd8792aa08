import { describe, expect, test } from 'vitest';
import { endOfLife, endOfLifeFinding } from './end-of-life.ts';

describe('endOfLife', () => {
  test.each([
    ['centos:7', 'centos-7', 'centos:7'],
    ['centos:7.9.2009', 'centos-7', 'centos:7.9.2009'],
    ['centos', 'centos-8', 'centos:latest'],
    ['library/mysql:5.7', 'mysql-5.7', 'mysql:5.7'],
    ['ubuntu:xenial', 'ubuntu-16.04', 'ubuntu:xenial'],
    ['debian:buster-slim', 'debian-10', 'debian:buster-slim'],
  ])('returns the fact for %j', (ref, id, image) => {
    const found = endOfLife(ref);
    expect(found?.fact.id).toBe(id);
    expect(found?.image).toBe(image);
  });

  test.each([
    'mysql:8.4',
    'rockylinux/rockylinux:9',
    'ubuntu:24.04',
    'mysql:57',
    'registry.example.com/centos:7',
    'centos:70',
  ])('returns nothing for %j', (ref) => {
    expect(endOfLife(ref)).toBeUndefined();
  });
});

describe('endOfLifeFinding', () => {
  test('returns an info with the fact as subject and its date and replacement as params', () => {
    expect(endOfLifeFinding(4, 'centos:7')).toEqual({
      offset: 4,
      severity: 'info',
      rule: 'end-of-life',
      message: 'centos:7 reached end of life (2024-06-30); consider rockylinux/rockylinux:9',
      subject: 'centos-7',
      params: {
        image: 'centos:7',
        written: 'centos:7',
        since: '2024-06-30',
        instead: 'rockylinux/rockylinux:9',
        source: 'https://endoflife.date/centos',
      },
    });
  });
});
