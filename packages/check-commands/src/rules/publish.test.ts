import { describe, expect, test } from 'vitest';
import { publishProblem } from './publish.ts';

describe('publishProblem', () => {
  test.each([
    '80',
    '8080:80',
    '127.0.0.1:8080:80',
    '127.0.0.1::80',
    '[::1]:8080:80',
    '8000-8010:8000-8010',
    '53:53/udp',
    '0:80',
  ])('returns nothing for %j', (value) => {
    expect(publishProblem(value)).toBeUndefined();
  });

  test.each([
    ['80800:80', 'port 80800 is outside 1-65535'],
    ['80:80/http', 'unknown protocol "http" (tcp, udp or sctp)'],
    ['web:80', '"web:80" is not [ip:][hostPort:]containerPort[/protocol] (e.g. 8080:80, 127.0.0.1:8080:80/tcp)'],
    ['9000-8000:80', 'port 9000-8000 is outside 1-65535'],
  ])('returns the problem of %j', (value, problem) => {
    expect(publishProblem(value)).toBe(problem);
  });
});
