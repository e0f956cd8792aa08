/** Draws the home-screen icons from the site's favicon with sharp (same input, same PNG bytes). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import type { Icon } from './files.ts';

/** Share of a maskable icon the mark may fill: the safe zone is a centred circle of 80 % of the width. */
const MASKABLE_MARK = 0.8;

/** Writes `icon` into `outDir`, drawn from the SVG `favicon` on `background` (for maskable icons). */
export async function writeIcon(outDir: string, favicon: Buffer, icon: Icon, background: string): Promise<void> {
  const target = path.join(outDir, icon.file);
  await mkdir(path.dirname(target), { recursive: true });
  const mark = icon.purpose === 'maskable' ? Math.round(icon.size * MASKABLE_MARK) : icon.size;
  // Draw the SVG at the pixel size it ends up at, not enlarged from its own (a favicon's 32 pixels).
  const { width = mark } = await sharp(favicon).metadata();
  const drawn = await sharp(favicon, { density: (72 * mark) / width })
    .resize(mark, mark)
    .png()
    .toBuffer();
  if (icon.purpose === 'any') {
    await sharp(drawn).png({ compressionLevel: 9 }).toFile(target);
    return;
  }
  await sharp({ create: { width: icon.size, height: icon.size, channels: 4, background } })
    .composite([{ input: drawn, gravity: 'centre' }])
    .png({ compressionLevel: 9 })
    .toFile(target);
}
