import { afterAll, describe, expect, test } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { ICONS, TOUCH_ICON } from './files.ts';
import { writeIcon } from './icons.ts';

const favicon = await readFile('public/favicon.svg');
const out = await mkdtemp(path.join(tmpdir(), 'offline-icons-'));
afterAll(() => rm(out, { recursive: true, force: true }));

describe('writeIcon', () => {
  test.each([...ICONS, TOUCH_ICON])('writes $file as a $size-pixel PNG', async (icon) => {
    await writeIcon(out, favicon, icon, '#0b5cad');
    const { width, height, format } = await sharp(path.join(out, icon.file)).metadata();
    expect({ width, height, format }).toEqual({ width: icon.size, height: icon.size, format: 'png' });
  });

  test('fills a maskable icon to its corners with the background, where the plain one is transparent', async () => {
    const corner = async (file: string): Promise<number[]> => {
      const { data } = await sharp(path.join(out, file))
        .extract({ left: 0, top: 0, width: 1, height: 1 })
        .raw()
        .toBuffer({ resolveWithObject: true });
      return [...data];
    };
    await writeIcon(out, favicon, ICONS[1], '#0b5cad');
    await writeIcon(out, favicon, ICONS[2], '#0b5cad');
    expect(await corner('icons/maskable-512.png')).toEqual([0x0b, 0x5c, 0xad, 255]);
    expect((await corner('icons/icon-512.png'))[3]).toBe(0);
  });

  test('writes the same bytes twice', async () => {
    await writeIcon(out, favicon, ICONS[0], '#0b5cad');
    const first = await readFile(path.join(out, ICONS[0].file));
    await writeIcon(out, favicon, ICONS[0], '#0b5cad');
    expect(await readFile(path.join(out, ICONS[0].file))).toEqual(first);
  });
});
