import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { readWoff, tableChecksum, writeSfnt } from './woff.ts';

/** A WOFF file holding `tables`, the first one compressed. */
function woffOf(tables: { tag: string; data: Buffer }[]): Buffer {
  const stored = tables.map(({ data }, index) => (index === 0 ? deflateSync(data) : data));
  const header = Buffer.alloc(44 + tables.length * 20);
  header.write('wOFF', 0, 'latin1');
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt16BE(tables.length, 12);
  let offset = header.length;
  tables.forEach(({ tag, data }, index) => {
    const entry = 44 + index * 20;
    header.write(tag, entry, 'latin1');
    header.writeUInt32BE(offset, entry + 4);
    header.writeUInt32BE(stored[index]?.length ?? 0, entry + 8);
    header.writeUInt32BE(data.length, entry + 12);
    offset += stored[index]?.length ?? 0;
  });
  return Buffer.concat([header, ...stored]);
}

const HEAD = Buffer.alloc(54, 1);
const NAME = Buffer.from('name table, odd length; '.repeat(9).slice(0, -2));

describe('readWoff', () => {
  test('returns the flavor and every table inflated', () => {
    const { flavor, tables } = readWoff(
      woffOf([
        { tag: 'name', data: NAME },
        { tag: 'head', data: HEAD },
      ]),
    );
    expect(flavor).toBe(0x00010000);
    expect(tables.map(({ tag, data }) => [tag, data.equals(tag === 'name' ? NAME : HEAD)])).toEqual([
      ['name', true],
      ['head', true],
    ]);
  });

  test('throws naming the file when it is not WOFF', () => {
    expect(() => readWoff(Buffer.from('wOF2........................................'), 'a.woff2')).toThrow(
      'a.woff2: not a WOFF 1.0 file (it does not start with "wOFF").',
    );
  });
});

describe('writeSfnt', () => {
  test('returns tables sorted by tag, 4-byte aligned, with a whole-font checksum of 0xB1B0AFBA', () => {
    const font = writeSfnt(0x00010000, [
      { tag: 'name', data: NAME },
      { tag: 'head', data: HEAD },
    ]);
    expect(font.toString('latin1', 12, 16)).toBe('head');
    expect(font.toString('latin1', 28, 32)).toBe('name');
    const nameOffset = font.readUInt32BE(28 + 8);
    expect(nameOffset % 4).toBe(0);
    expect(font.subarray(nameOffset, nameOffset + NAME.length).equals(NAME)).toBe(true);
    expect(tableChecksum(font)).toBe(0xb1b0afba);
  });
});
