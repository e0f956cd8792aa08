import { describe, expect, test } from 'vitest';
import { argName, arity, usageTokens } from './usage.ts';

describe('usageTokens', () => {
  test('returns argument tokens, keeping brackets and alternatives together and dropping options', () => {
    expect(usageTokens('[OPTIONS] PATH | URL | -')).toEqual(['PATH|URL|-']);
    expect(usageTokens('[options] [--] [SERVICE...]')).toEqual(['[SERVICE...]']);
    expect(usageTokens('[OPTION]... MODE[,MODE]... FILE...')).toEqual(['MODE[,MODE]...', 'FILE...']);
    expect(usageTokens('PACKAGE [PACKAGE ...]')).toEqual(['PACKAGE', '[PACKAGE ...]']);
  });
});

describe('arity', () => {
  test.each([
    [['[OPTIONS] IMAGE [COMMAND] [ARG...]'], 1, Infinity],
    [['[OPTIONS] CONTAINER COMMAND [ARG...]'], 2, Infinity],
    [['[OPTIONS]'], 0, 0],
    [['[OPTIONS] SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]'], 2, 2],
    [['[OPTIONS] [SERVER]'], 0, 1],
    [['[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-', '[OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH'], 2, 2],
  ])('returns the argument range of %j', (usage, min, max) => {
    expect(arity(usage)).toMatchObject({ min, max });
  });

  test('returns undefined without usage', () => {
    expect(arity([])).toBeUndefined();
  });
});

describe('argName', () => {
  test('returns the name at an index, repeating the last for a variadic tail', () => {
    const counts = arity(['[OPTIONS] IMAGE [IMAGE...]']);
    expect(counts && [argName(counts, 0), argName(counts, 3)]).toEqual(['IMAGE', '[IMAGE...]']);
  });
});
