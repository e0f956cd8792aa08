/**
 * WOFF 1.0 to a plain TrueType/OpenType file (https://www.w3.org/TR/WOFF/): each table is inflated
 * and laid out again behind an sfnt header. The printer needs the plain file to change one table.
 */
import { inflateSync } from 'node:zlib';

export interface SfntTable {
  tag: string;
  data: Buffer;
}

const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;

/** The flavor (sfnt version) and tables of a WOFF file; throws when `woff` is not one. */
export function readWoff(woff: Buffer, file = 'font'): { flavor: number; tables: SfntTable[] } {
  if (woff.length < WOFF_HEADER || woff.toString('latin1', 0, 4) !== 'wOFF')
    throw new Error(`${file}: not a WOFF 1.0 file (it does not start with "wOFF").`);
  const tables: SfntTable[] = [];
  for (let index = 0; index < woff.readUInt16BE(12); index += 1) {
    const entry = WOFF_HEADER + index * WOFF_ENTRY;
    const offset = woff.readUInt32BE(entry + 4);
    const compressed = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const stored = woff.subarray(offset, offset + compressed);
    tables.push({
      tag: woff.toString('latin1', entry, entry + 4),
      data: compressed < length ? inflateSync(stored) : Buffer.from(stored),
    });
  }
  return { flavor: woff.readUInt32BE(4), tables };
}

/** The OpenType checksum of `data`: the sum of its big-endian 32-bit words, zero-padded. */
export function tableChecksum(data: Buffer): number {
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  let sum = 0;
  for (let offset = 0; offset < padded.length; offset += 4) sum = (sum + padded.readUInt32BE(offset)) >>> 0;
  return sum;
}

/** An sfnt file of `tables` (sorted by tag), with fresh checksums and head.checkSumAdjustment. */
export function writeSfnt(flavor: number, tables: readonly SfntTable[]): Buffer {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const count = sorted.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + count * 16);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = header.length;
  let headAt = -1;
  sorted.forEach(({ tag, data }, index) => {
    const body = Buffer.from(data);
    if (tag === 'head') {
      body.writeUInt32BE(0, 8);
      headAt = offset;
    }
    const record = 12 + index * 16;
    header.write(tag, record, 'latin1');
    header.writeUInt32BE(tableChecksum(body), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(body.length, record + 12);
    const padding = (4 - (body.length % 4)) % 4;
    bodies.push(body, Buffer.alloc(padding));
    offset += body.length + padding;
  });
  const font = Buffer.concat([header, ...bodies]);
  if (headAt >= 0) font.writeUInt32BE((0xb1b0afba - tableChecksum(font)) >>> 0, headAt + 8);
  return font;
}
