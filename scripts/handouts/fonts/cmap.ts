/**
 * Nanum Gothic Coding maps the control characters U+0000–U+001F to its space glyph. Chromium's PDF
 * writer names each glyph after the lowest character that maps to it, so every space in a printed
 * command would copy out of the PDF as U+0001. The printer serves the font with those characters
 * unmapped (pointed at glyph 0, "missing"), which changes no byte offsets.
 */

/** The characters unmapped: C0 control codes, never drawn as text. */
const CONTROL_END = 0x1f;

/** Returns a copy of the cmap table `cmap` whose format-4 subtables map no control character. */
export function unmapControlCharacters(cmap: Buffer, file = 'font'): Buffer {
  const table = Buffer.from(cmap);
  const offsets = new Set<number>();
  for (let record = 0; record < table.readUInt16BE(2); record += 1) offsets.add(table.readUInt32BE(8 + record * 8));
  for (const at of offsets) {
    if (table.readUInt16BE(at) !== 4) continue;
    const segments = table.readUInt16BE(at + 6) / 2;
    const ends = at + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    for (let segment = 0; segment < segments; segment += 1) {
      const start = table.readUInt16BE(starts + segment * 2);
      const end = Math.min(table.readUInt16BE(ends + segment * 2), CONTROL_END);
      const range = table.readUInt16BE(ranges + segment * 2);
      for (let char = start; char <= end; char += 1) {
        if (range !== 0) table.writeUInt16BE(0, ranges + segment * 2 + range + (char - start) * 2);
        else if (start === end) table.writeUInt16BE((0x10000 - char) & 0xffff, deltas + segment * 2);
        else
          throw new Error(
            `${file}: cmap segment U+${start.toString(16)}–U+${end.toString(16)} maps control characters by a delta; ` +
              'this font layout is not supported by scripts/handouts/fonts/cmap.ts.',
          );
      }
    }
  }
  return table;
}
