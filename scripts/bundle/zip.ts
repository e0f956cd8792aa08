/**
 * A dependency-free zip writer (deflate through node:zlib, CRC-32 through zlib.crc32), enough for
 * the classroom bundle: files only, UTF-8 names, no zip64 (the bundle is far below 4 GB).
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, with forward slashes. */
  name: string;
  data: Uint8Array;
}

const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
// 1980-01-01 00:00: fixed, so the same site gives the same zip.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function header(size: number, fields: [number, 2 | 4][]): Buffer {
  const buffer = Buffer.alloc(size);
  let offset = 0;
  for (const [value, bytes] of fields) {
    if (bytes === 2) buffer.writeUInt16LE(value, offset);
    else buffer.writeUInt32LE(value >>> 0, offset);
    offset += bytes;
  }
  return buffer;
}

/** The bytes of a zip archive holding `entries`. */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const packed = deflateRawSync(entry.data);
    const crc = crc32(entry.data);
    const common: [number, 2 | 4][] = [
      [20, 2],
      [UTF8_NAMES, 2],
      [DEFLATE, 2],
      [DOS_TIME, 2],
      [DOS_DATE, 2],
      [crc, 4],
      [packed.length, 4],
      [entry.data.length, 4],
      [name.length, 2],
      [0, 2],
    ];
    const local = header(30, [[0x04034b50, 4], ...common]);
    parts.push(local, name, packed);
    central.push(header(46, [[0x02014b50, 4], [20, 2], ...common, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]), name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = header(22, [
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [entries.length, 2],
    [entries.length, 2],
    [directory.length, 4],
    [offset, 4],
    [0, 2],
  ]);
  return Buffer.concat([...parts, directory, end]);
}
