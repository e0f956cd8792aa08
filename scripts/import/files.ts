/** File names a lesson gives to a note's images: what the Screenshot and PendingScreenshot components accept. */
import { safeDecode } from '../../src/lib/paths.ts';

const IMAGE_EXTENSION = /\.(?:png|jpe?g|webp|gif|avif)$/iu;

/** A bare image file name (`[\w.-]+` with an image extension) for `src`; `fallback` names an image with no usable stem. */
export function imageFileName(src: string, fallback: string): string {
  const base = safeDecode(src.split(/[\\/]/u).at(-1) ?? src);
  const extension = IMAGE_EXTENSION.exec(base)?.[0].toLowerCase() ?? '.png';
  const stem = base
    .replace(IMAGE_EXTENSION, '')
    .replace(/[^\w.-]+/gu, '-')
    .replace(/^[-.]+|[-.]+$/gu, '');
  return `${stem === '' ? fallback : stem}${extension}`;
}
