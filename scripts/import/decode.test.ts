import { describe, expect, test } from 'vitest';
import { decode } from './decode.ts';
import { encodeCp949 } from './fixtures/generate.ts';

const KOREAN = '도커 이미지 $ docker ps';

describe('decode', () => {
  test('returns UTF-8 text when the bytes are valid UTF-8', () => {
    expect(decode(new TextEncoder().encode(KOREAN))).toEqual({ text: KOREAN, encoding: 'utf-8' });
  });

  test('strips the BOM when the note starts with one', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(KOREAN)]);
    expect(decode(bytes)).toEqual({ text: KOREAN, encoding: 'utf-8-bom' });
  });

  test('reads CP949 when the bytes are not valid UTF-8', () => {
    expect(decode(encodeCp949(KOREAN))).toEqual({ text: KOREAN, encoding: 'euc-kr' });
  });

  test('throws when the bytes are neither UTF-8 nor CP949', () => {
    expect(() => decode(new Uint8Array([0xc7, 0xff, 0xff]))).toThrow();
  });
});
