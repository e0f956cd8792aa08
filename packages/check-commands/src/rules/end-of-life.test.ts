import { describe, expect, test } from 'vitest';
import { endOfLife } from './end-of-life.ts';

describe('endOfLife', () => {
  test.each([
    ['centos:7', 'centos:7 reached end of life (June 2024); consider rockylinux:9 or almalinux:9'],
    ['centos:7.9.2009', 'centos:7.9.2009 reached end of life (June 2024); consider rockylinux:9 or almalinux:9'],
    ['centos', 'centos:latest reached end of life (December 2021); consider rockylinux:9 or almalinux:9'],
    ['library/mysql:5.7', 'mysql:5.7 reached end of life (October 2023); consider mysql:8.4'],
  ])('returns the note for %j', (ref, note) => {
    expect(endOfLife(ref)).toBe(note);
  });

  test.each(['mysql:8.4', 'rockylinux:9', 'ubuntu:24.04', 'mysql:57', 'registry.example.com/centos:7'])(
    'returns nothing for %j',
    (ref) => {
      expect(endOfLife(ref)).toBeUndefined();
    },
  );
});
