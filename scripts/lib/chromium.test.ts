import { describe, expect, test } from 'vitest';
import {
  CHROMIUM_FLAGS,
  chromiumLaunchOptions,
  fontconfigFile,
  installedCandidates,
  packagedFlags,
  resolveChromium,
  type ChromiumProbes,
} from './chromium.ts';

const PACKAGED = { executable: '/tmp/chromium', args: ['--headless=shell'], fontconfig: '/tmp/fonts.conf' };

/** Probes of a machine with the given files and (or without) the npm package. */
function machine(overrides: Partial<ChromiumProbes> & { files?: string[]; withPackage?: boolean }): ChromiumProbes {
  const { files = [], withPackage = true, ...rest } = overrides;
  return {
    env: {},
    platform: 'linux',
    arch: 'x64',
    exists: (file) => files.includes(file),
    packaged: () => Promise.resolve(withPackage ? PACKAGED : undefined),
    ...rest,
  };
}

describe('resolveChromium', () => {
  test('returns CHROMIUM_PATH first, over the package and an installed browser', async () => {
    const found = await resolveChromium(
      machine({ env: { CHROMIUM_PATH: '/opt/c/chrome' }, files: ['/opt/c/chrome', '/usr/bin/chromium'] }),
    );
    expect(found).toEqual({ executable: '/opt/c/chrome', args: [...CHROMIUM_FLAGS], source: 'CHROMIUM_PATH' });
  });

  test('throws when CHROMIUM_PATH names no file, without falling back', async () => {
    await expect(
      resolveChromium(machine({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, files: ['/usr/bin/chromium'] })),
    ).rejects.toThrow(/^CHROMIUM_PATH is \/nowhere\/chrome, but there is no file there\./u);
  });

  test('returns the npm package on Linux x64 even when Chromium is installed', async () => {
    const found = await resolveChromium(machine({ files: ['/usr/bin/chromium'] }));
    expect(found).toEqual({
      executable: '/tmp/chromium',
      args: [...CHROMIUM_FLAGS, '--headless=shell'],
      source: '@sparticuz/chromium',
      env: { FONTCONFIG_FILE: '/tmp/fonts.conf' },
    });
  });

  test('returns the installed Chromium on Linux x64 without the package', async () => {
    const found = await resolveChromium(machine({ files: ['/usr/bin/google-chrome'], withPackage: false }));
    expect(found).toMatchObject({ executable: '/usr/bin/google-chrome', source: 'installed' });
  });

  test.each([
    ['linux', 'arm64', '/usr/bin/chromium'],
    ['darwin', 'arm64', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ] as const)('returns the installed browser on %s %s, never asking for the package', async (platform, arch, file) => {
    const probes = machine({
      platform,
      arch,
      files: [file],
      packaged: () => Promise.reject(new Error('the package holds a Linux x64 binary only')),
    });
    expect(await resolveChromium(probes)).toMatchObject({ executable: file, source: 'installed' });
  });

  test('throws one error naming the three ways when nothing is found', async () => {
    const error = await resolveChromium(machine({ withPackage: false })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      /^no Chromium was found\. Looked at: @sparticuz\/chromium \(not installed\), \/usr\/bin\/chromium/u,
    );
    expect(message).toContain('CHROMIUM_PATH=');
    expect(message).toContain('npm install');
    expect(message).toContain('apt-get install chromium');
  });
});

describe('installedCandidates', () => {
  test('returns Windows paths under the program folders the environment names', () => {
    expect(installedCandidates('win32', { PROGRAMFILES: 'C:\\Program Files' })).toEqual([
      'C:\\Program Files\\Chromium\\Application\\chrome.exe',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    ]);
  });
});

describe('chromiumLaunchOptions', () => {
  test("returns the binary, its flags and its environment on top of this process's", () => {
    const options = chromiumLaunchOptions({
      executable: '/tmp/chromium',
      args: ['--no-sandbox'],
      source: '@sparticuz/chromium',
      env: { FONTCONFIG_FILE: '/tmp/f.conf' },
    });
    expect(options).toMatchObject({ executablePath: '/tmp/chromium', args: ['--no-sandbox'], headless: true });
    expect(options.env).toMatchObject({ FONTCONFIG_FILE: '/tmp/f.conf', PATH: process.env['PATH'] });
  });

  test('returns no environment for a browser that needs none', () => {
    expect(chromiumLaunchOptions({ executable: '/c', args: [], source: 'installed' })).not.toHaveProperty('env');
  });
});

describe('fontconfigFile', () => {
  test('returns a fontconfig file with only the given font folder, escaped', () => {
    expect(fontconfigFile('/tmp/a&b/fonts', '/tmp/cache')).toBe(
      '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n' +
        '<fontconfig>\n  <dir>/tmp/a&amp;b/fonts</dir>\n  <cachedir>/tmp/cache</cachedir>\n</fontconfig>\n',
    );
  });
});

describe('packagedFlags', () => {
  test('returns the package flags without single-process and the security switches', () => {
    expect(
      packagedFlags([
        '--single-process',
        '--font-render-hinting=none',
        '--disable-web-security',
        '--allow-running-insecure-content',
        '--disable-site-isolation-trials',
        '--no-zygote',
      ]),
    ).toEqual(['--font-render-hinting=none', '--no-zygote']);
  });
});
