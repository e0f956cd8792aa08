import { describe, expect, test } from 'vitest';
import { isRemote, isSafeTarget } from './links.ts';

describe('isSafeTarget', () => {
  test.each([
    ['https://docs.docker.com/'],
    ['http://localhost:8080'],
    ['mailto:a@b.example'],
    ['#run'],
    ['./images/a.png'],
    ['../other/'],
    ['notes.md'],
    ['/lessons/a/'],
  ])('keeps %j', (target) => {
    expect(isSafeTarget(target)).toBe(true);
  });

  test.each([
    ['javascript:alert(1)'],
    [' javascript:alert(1)'],
    ['\tjavascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    ['java&#115;cript:alert(1)'],
    ['&#106;avascript:alert(1)'],
    ['data:text/html,x'],
    ['vbscript:x'],
    ['file:///etc/passwd'],
    ['//evil.example/x'],
    ['\\/\\/evil.example/x'],
    ['/\\evil.example/x'],
    ['ftp://files.example/'],
    [''],
  ])('refuses %j', (target) => {
    expect(isSafeTarget(target)).toBe(false);
  });
});

describe('isRemote', () => {
  test.each([
    ['https://img.shields.io/badge/a-b-c', true],
    ['//cdn.example/a.png', true],
    ['./img/docker container.png', false],
    ['img.png', false],
  ])('says whether %j is on another host (%s)', (src, expected) => {
    expect(isRemote(src)).toBe(expected);
  });
});
