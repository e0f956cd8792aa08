/**
 * The one way this project finds and starts Chromium: browser tests, `npm run build`'s PDF step,
 * `npm run handouts` and `npm run bench:search` all launch through here. The browser is found, in
 * order: CHROMIUM_PATH; the Chromium inside the npm package @sparticuz/chromium (Linux x64: it wins
 * over an installed Chromium so that CI and a new machine print with the same browser, and so the
 * same bytes); an installed Chrome or Chromium at its usual place; otherwise one error naming the
 * three ways. The order is a pure function over injected probes (`resolveChromium`).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export type ChromiumSource = 'CHROMIUM_PATH' | '@sparticuz/chromium' | 'installed';

export interface ResolvedChromium {
  executable: string;
  /** Flags for this binary, on top of playwright-core's own. */
  args: string[];
  source: ChromiumSource;
  /** Environment for the browser process on top of this one's (the packaged browser's fonts). */
  env?: Record<string, string>;
}

/** The packaged browser: its binary, its flags and the fontconfig file that gives it its own fonts. */
export interface PackagedChromium {
  executable: string;
  args: string[];
  fontconfig: string;
}

/** What the resolution looks at; tests pass their own. */
export interface ChromiumProbes {
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  arch: string;
  exists: (file: string) => boolean;
  /** The packaged browser (unpacked on first use), or undefined when the package is not installed. */
  packaged: () => Promise<PackagedChromium | undefined>;
}

/** Flags for every headless run: no sandbox (containers, root), no GPU, nothing fetched in the background. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * Flags of @sparticuz/chromium's list (made for AWS Lambda) that this project leaves out: one process
 * for everything (Lambda only), and switches that turn off the web's security model, which the CSP
 * and offline tests rely on.
 */
const PACKAGED_FLAGS_LEFT_OUT: readonly RegExp[] = [
  /^--single-process$/u,
  /^--disable-web-security$/u,
  /^--allow-running-insecure-content$/u,
  /^--disable-site-isolation-trials$/u,
];

/** @sparticuz/chromium's flags without the ones in PACKAGED_FLAGS_LEFT_OUT. */
export function packagedFlags(flags: readonly string[]): string[] {
  return flags.filter((flag) => !PACKAGED_FLAGS_LEFT_OUT.some((pattern) => pattern.test(flag)));
}

/** Where Chrome and Chromium are usually installed on `platform`, most likely first. */
export function installedCandidates(platform: NodeJS.Platform, env: ChromiumProbes['env']): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ];
  if (platform === 'win32') {
    const roots = [env['LOCALAPPDATA'], env['PROGRAMFILES'], env['PROGRAMFILES(X86)']].filter(
      (root): root is string => root !== undefined && root !== '',
    );
    return roots.flatMap((root) => [
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
}

/** The one error for "no browser": it names the three ways to get one. */
export function chromiumNotFound(tried: readonly string[], reason = 'no Chromium was found'): Error {
  return new Error(
    `${reason}. Looked at: ${tried.join(', ')}.\n` +
      'Chromium prints the PDF handouts and runs the browser tests. Any one of these gives it one:\n' +
      '  1. CHROMIUM_PATH=/path/to/chromium (any Chrome or Chromium binary)\n' +
      '  2. npm install (on Linux x64 it brings @sparticuz/chromium, a Chromium inside an npm package)\n' +
      '  3. install Chrome or Chromium in its usual place (e.g. sudo apt-get install chromium)',
  );
}

/** Finds the browser to launch, in the order this file's comment gives; throws `chromiumNotFound`. */
export async function resolveChromium(probes: ChromiumProbes): Promise<ResolvedChromium> {
  const chosen = probes.env['CHROMIUM_PATH'];
  if (chosen !== undefined && chosen !== '') {
    if (probes.exists(chosen)) return { executable: chosen, args: [...CHROMIUM_FLAGS], source: 'CHROMIUM_PATH' };
    throw chromiumNotFound([`CHROMIUM_PATH=${chosen}`], `CHROMIUM_PATH is ${chosen}, but there is no file there`);
  }
  const tried: string[] = [];
  if (probes.platform === 'linux' && probes.arch === 'x64') {
    const packaged = await probes.packaged();
    if (packaged)
      return {
        executable: packaged.executable,
        args: [...CHROMIUM_FLAGS, ...packaged.args],
        source: '@sparticuz/chromium',
        env: { FONTCONFIG_FILE: packaged.fontconfig },
      };
    tried.push('@sparticuz/chromium (not installed)');
  } else {
    tried.push(`@sparticuz/chromium (Linux x64 only; this is ${probes.platform} ${probes.arch})`);
  }
  const candidates = installedCandidates(probes.platform, probes.env);
  const installed = candidates.find((file) => probes.exists(file));
  if (installed) return { executable: installed, args: [...CHROMIUM_FLAGS], source: 'installed' };
  throw chromiumNotFound([...tried, ...candidates]);
}

/** A fontconfig file that shows the browser the fonts in `dir` and nothing of the machine's. */
export function fontconfigFile(dir: string, cache: string): string {
  const escape = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  return (
    '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n' +
    `<fontconfig>\n  <dir>${escape(dir)}</dir>\n  <cachedir>${escape(cache)}</cachedir>\n</fontconfig>\n`
  );
}

/**
 * The packaged browser, unpacked into the temporary folder on first use; undefined when not
 * installed. It sees only the fonts the package brings (Open Sans), never the machine's: the same
 * fallback everywhere (the PDFs' own fonts come from npm, scripts/handouts/fonts/), and a machine with
 * no fonts at all, where Chromium's renderer would crash, works too.
 */
async function packagedChromium(): Promise<PackagedChromium | undefined> {
  let module: typeof import('@sparticuz/chromium');
  try {
    module = await import('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  const packaged = module.default;
  // No WebGL: nothing here draws with it, and the software renderer need not be unpacked.
  packaged.setGraphicsMode = false;
  const executable = await packaged.executablePath();
  // executablePath() unpacks the fonts only with the binary; a cleaned temporary folder may have lost them.
  const fonts = path.join(tmpdir(), 'fonts', 'fonts');
  if (!existsSync(fonts)) {
    const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', 'bin');
    await module.inflate(path.join(bin, 'fonts.tar.br'));
  }
  const fontconfig = path.join(tmpdir(), 'course-chromium-fonts.conf');
  writeFileSync(fontconfig, fontconfigFile(fonts, path.join(tmpdir(), 'course-chromium-fonts-cache')));
  return { executable, args: packagedFlags(packaged.args), fontconfig };
}

/** The probes of this machine. */
export function machineProbes(env: NodeJS.ProcessEnv = process.env): ChromiumProbes {
  return { env, platform: process.platform, arch: process.arch, exists: existsSync, packaged: packagedChromium };
}

/** Finds Chromium on this machine (see `resolveChromium`). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedChromium> {
  return resolveChromium(machineProbes(env));
}

/**
 * playwright-core's launch options for `browser`: the binary, its flags and its environment. For a
 * launch this file does not make itself (e.g. `chromium.launchPersistentContext(dir, {...options})`).
 */
export function chromiumLaunchOptions(browser: ResolvedChromium): LaunchOptions {
  return {
    executablePath: browser.executable,
    args: browser.args,
    headless: true,
    ...(browser.env ? { env: { ...process.env, ...browser.env } } : {}),
  };
}

/** Launches headless Chromium found by `findChromium`, or throws its error. */
export async function launchChromium(found?: ResolvedChromium): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions(found ?? (await findChromium())));
}
