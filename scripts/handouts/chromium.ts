/** Debian's Chromium through playwright-core: no browser download, and a clear message when it is missing. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Flags for a headless browser that stays off the network and the GPU. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** The error for a missing browser, saying how to install one. */
export function chromiumMissing(executable: string): Error {
  return new Error(
    `Chromium not found at ${executable}: the handouts are printed with headless Chromium. ` +
      "Install Debian's package with `sudo apt-get install chromium`, or set CHROMIUM_PATH to a Chromium binary.",
  );
}

/** Launches headless Chromium from `executable`, or throws `chromiumMissing`. */
export async function launchChromium(executable: string): Promise<Browser> {
  if (!existsSync(executable)) throw chromiumMissing(executable);
  return chromium.launch({ executablePath: executable, args: CHROMIUM_FLAGS, headless: true });
}
