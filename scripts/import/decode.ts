/**
 * Turns a note's bytes into text. Notes come as UTF-8, UTF-8 with a BOM, or CP949/EUC-KR
 * (what Notepad on Korean Windows saves); anything that is not valid UTF-8 is read as CP949.
 */

export type Encoding = 'utf-8' | 'utf-8-bom' | 'euc-kr';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

const BOM = [0xef, 0xbb, 0xbf] as const;

/** Decodes `bytes` as UTF-8 (BOM stripped) when valid, else as CP949 (WHATWG `euc-kr`). */
export function decode(bytes: Uint8Array): Decoded {
  const bom = BOM.every((byte, index) => bytes[index] === byte);
  const body = bom ? bytes.subarray(BOM.length) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Fatal CP949 decoding rejects bytes that are neither UTF-8 nor Korean: better to stop than to guess.
    const text = new TextDecoder('euc-kr', { fatal: true }).decode(body);
    return { text, encoding: 'euc-kr' };
  }
}
