import { describe, expect, test } from 'vitest';
import { isSkipWaiting, progressChannel } from './offline-messages.ts';

describe('progressChannel', () => {
  test('returns a name per scope, so two courses on one host do not hear each other', () => {
    expect(progressChannel('https://a.example/')).not.toBe(progressChannel('https://a.example/docker-course/'));
  });
});

describe('isSkipWaiting', () => {
  test.each([
    [{ type: 'SKIP_WAITING' }, true],
    [{ type: 'skip_waiting' }, false],
    [{}, false],
    [null, false],
    ['SKIP_WAITING', false],
  ])('returns %j → %s', (data, expected) => {
    expect(isSkipWaiting(data)).toBe(expected);
  });
});
