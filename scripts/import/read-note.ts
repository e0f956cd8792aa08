/** Reads a note file as text (UTF-8, BOM, CP949/EUC-KR), or throws a `path:line:col error` message with the fix. */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { decode } from './decode.ts';
import { safeDecode } from '../../src/lib/paths.ts';

/** The text of `file` and the encoding it was read in. */
export async function readNote(file: string): Promise<{ text: string; encoding: string }> {
  const bytes = await readFile(file).catch(() => {
    throw new Error(`${file}:1:1 error missing-note cannot read the note; check the path`);
  });
  try {
    return decode(bytes);
  } catch {
    throw new Error(
      `${file}:1:1 error encoding the note is neither UTF-8 nor CP949/EUC-KR; save it as UTF-8 and retry`,
    );
  }
}

/** True when an image the note at `file` references is beside it (`src` as written, or with its %-escapes decoded). */
export function imageBeside(file: string, src: string): boolean {
  const dir = path.dirname(path.resolve(file));
  return existsSync(path.resolve(dir, src)) || existsSync(path.resolve(dir, safeDecode(src)));
}

/** Where an image `src` the note references lives on disk. */
export function imagePath(file: string, src: string): string {
  const dir = path.dirname(path.resolve(file));
  const plain = path.resolve(dir, src);
  return existsSync(plain) ? plain : path.resolve(dir, safeDecode(src));
}
