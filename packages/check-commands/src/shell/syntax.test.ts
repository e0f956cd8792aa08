import { describe, expect, test } from 'vitest';
import { checkSyntax } from './syntax.ts';

describe('checkSyntax', () => {
  test('returns undefined for each script that parses', async () => {
    expect(await checkSyntax(['docker ps -a | grep web', 'for i in 1 2; do echo $i; done'])).toEqual([
      undefined,
      undefined,
    ]);
  });

  test('returns the problem of the script that fails, with a string offset after Korean text', async () => {
    const [ok, bad] = await checkSyntax(['docker ps', 'echo "한글 |']);
    expect(ok).toBeUndefined();
    expect(bad).toEqual({ offset: 5, message: 'reached EOF without closing quote `"`' });
  });

  test('returns nothing for no scripts', async () => {
    expect(await checkSyntax([])).toEqual([]);
  });
});
