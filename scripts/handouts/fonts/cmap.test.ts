import { describe, expect, test } from 'vitest';
import { unmapControlCharacters } from './cmap.ts';

interface Segment {
  start: number;
  end: number;
  delta: number;
  /** Glyphs by character through the glyph array (idRangeOffset), or none for a delta segment. */
  glyphs?: number[];
}

/** A cmap table with one format-4 subtable of `segments` (the 0xFFFF terminator added). */
function cmapOf(segments: Segment[]): Buffer {
  const all = [...segments, { start: 0xffff, end: 0xffff, delta: 1 }];
  const count = all.length;
  const arrays = all.flatMap((segment) => segment.glyphs ?? []);
  const sub = Buffer.alloc(16 + count * 8 + arrays.length * 2);
  sub.writeUInt16BE(4, 0);
  sub.writeUInt16BE(sub.length, 2);
  sub.writeUInt16BE(count * 2, 6);
  let glyphAt = 0;
  all.forEach((segment, index) => {
    sub.writeUInt16BE(segment.end, 14 + index * 2);
    sub.writeUInt16BE(segment.start, 16 + count * 2 + index * 2);
    sub.writeUInt16BE(segment.delta & 0xffff, 16 + count * 4 + index * 2);
    if (segment.glyphs) {
      const rangeAt = 16 + count * 6 + index * 2;
      const arrayAt = 16 + count * 8 + glyphAt * 2;
      sub.writeUInt16BE(arrayAt - rangeAt, rangeAt);
      segment.glyphs.forEach((glyph, offset) => sub.writeUInt16BE(glyph, arrayAt + offset * 2));
      glyphAt += segment.glyphs.length;
    }
  });
  const header = Buffer.alloc(12);
  header.writeUInt16BE(1, 2);
  header.writeUInt16BE(3, 4);
  header.writeUInt16BE(1, 6);
  header.writeUInt32BE(12, 8);
  return Buffer.concat([header, sub]);
}

/** The glyph `char` maps to in the first subtable of `cmap`. */
function glyphOf(cmap: Buffer, char: number): number {
  const at = cmap.readUInt32BE(8);
  const count = cmap.readUInt16BE(at + 6) / 2;
  for (let index = 0; index < count; index += 1) {
    const end = cmap.readUInt16BE(at + 14 + index * 2);
    const start = cmap.readUInt16BE(at + 16 + count * 2 + index * 2);
    if (char < start || char > end) continue;
    const delta = cmap.readUInt16BE(at + 16 + count * 4 + index * 2);
    const rangeAt = at + 16 + count * 6 + index * 2;
    const range = cmap.readUInt16BE(rangeAt);
    if (range === 0) return (char + delta) & 0xffff;
    const glyph = cmap.readUInt16BE(rangeAt + range + (char - start) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  }
  return 0;
}

describe('unmapControlCharacters', () => {
  test('returns a cmap where control characters map to glyph 0 and the rest is unchanged', () => {
    const cmap = cmapOf([
      { start: 0x00, end: 0x1f, delta: 0, glyphs: Array.from({ length: 32 }, () => 1) },
      { start: 0x20, end: 0x7e, delta: -31 },
    ]);
    expect([glyphOf(cmap, 0x01), glyphOf(cmap, 0x20), glyphOf(cmap, 0x41)]).toEqual([1, 1, 34]);
    const fixed = unmapControlCharacters(cmap);
    expect([glyphOf(fixed, 0x00), glyphOf(fixed, 0x01), glyphOf(fixed, 0x1f)]).toEqual([0, 0, 0]);
    expect([glyphOf(fixed, 0x20), glyphOf(fixed, 0x41), glyphOf(fixed, 0x7e)]).toEqual([1, 34, 95]);
    expect(fixed.length).toBe(cmap.length);
    expect(glyphOf(cmap, 0x01)).toBe(1);
  });

  test('returns single-character delta segments pointed at glyph 0', () => {
    const fixed = unmapControlCharacters(cmapOf([{ start: 0x09, end: 0x09, delta: -8 }]));
    expect(glyphOf(fixed, 0x09)).toBe(0);
  });

  test('throws naming the font for a delta segment over several control characters', () => {
    expect(() => unmapControlCharacters(cmapOf([{ start: 0x00, end: 0x20, delta: 1 }]), 'x.woff')).toThrow(
      /^x\.woff: cmap segment U\+0–U\+1f maps control characters by a delta/u,
    );
  });
});
