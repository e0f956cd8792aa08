import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lightToken, webManifest } from './web-manifest.ts';

describe('webManifest', () => {
  const manifest = webManifest({
    name: '도커 입문 코스',
    description: '설명',
    lang: 'ko',
    background: '#ffffff',
    accent: '#0b5cad',
  });

  test('returns relative URLs only, so one file serves every base path', () => {
    const json = JSON.stringify(manifest);
    expect(json).not.toMatch(/"(?:start_url|scope|id|src)":"\//u);
    expect(manifest).toMatchObject({ start_url: './', scope: './', id: './', display: 'standalone', lang: 'ko' });
  });

  test('returns 192 and 512 pixel icons and a maskable one', () => {
    expect(manifest).toMatchObject({
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    });
  });
});

describe('lightToken', () => {
  test('returns the light theme colours of the real tokens file', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    expect(lightToken(css, '--color-bg', 'tokens.css')).toMatch(/^#[0-9a-f]{3,8}$/iu);
    expect(lightToken(css, '--color-accent', 'tokens.css')).toMatch(/^#[0-9a-f]{3,8}$/iu);
  });

  test.each([
    ['  --color-bg: light-dark(#fafafa, #000);', '#fafafa'],
    ['  --color-bg: #123456;', '#123456'],
    ['  --color-bg: light-dark(rgb(1 2 3), #000);', undefined],
  ])('reads %s', (line, expected) => {
    const read = (): string => lightToken(`:root {\n${line}\n}`, '--color-bg', 'tokens.css');
    if (expected) expect(read()).toBe(expected);
    else expect(read).toThrow('tokens.css:2:1 error offline/token --color-bg');
  });

  test('throws naming the token and the expected line when it is missing', () => {
    expect(() => lightToken(':root {}', '--color-accent', 'src/styles/tokens.css')).toThrowErrorMatchingInlineSnapshot(
      `[Error: src/styles/tokens.css:1:1 error offline/token --color-accent: expected a line \`--color-accent: light-dark(<light>, <dark>);\` or \`--color-accent: <colour>;\`, found "none"]`,
    );
  });
});
