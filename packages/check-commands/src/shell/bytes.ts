/** mvdan/sh (through sh-syntax) reports positions in UTF-8 bytes; JavaScript strings count UTF-16 units. */

/** Converts a UTF-8 byte offset in `text` to a string index. */
export function byteToIndex(text: string, byteOffset: number): number {
  let bytes = 0;
  let index = 0;
  for (const char of text) {
    if (bytes >= byteOffset) break;
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    index += char.length;
  }
  return index;
}
