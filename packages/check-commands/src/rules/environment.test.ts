import { describe, expect, test } from 'vitest';
import { envProblem } from './environment.ts';

describe('envProblem', () => {
  test.each(['KEY=value', 'KEY=', 'HOME', 'A_B.C-D=1=2'])('returns nothing for %j', (value) => {
    expect(envProblem(value)).toBeUndefined();
  });

  test.each([
    ['=value', 'error'],
    ['MY KEY=value', 'error'],
    ['MYSQL_ROOT_PASSWORD:secret', 'warning'],
  ])('returns a %s for %j', (value, severity) => {
    expect(envProblem(value)?.severity).toBe(severity);
  });
});
