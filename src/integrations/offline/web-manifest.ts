/**
 * The web app manifest that lets a reader add the course to the home screen: names and colours
 * from the site's strings and tokens, every URL relative to the manifest (so one file serves any
 * base path).
 */
import { ICONS } from './files.ts';

export interface ManifestInput {
  name: string;
  description: string;
  lang: string;
  /** The light theme's page background and accent (src/styles/tokens.css). */
  background: string;
  accent: string;
}

/** The manifest's JSON object. */
export function webManifest({ name, description, lang, background, accent }: ManifestInput): object {
  return {
    id: './',
    name,
    short_name: name,
    description,
    lang,
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: background,
    theme_color: accent,
    icons: ICONS.map((icon) => ({
      src: icon.file,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}

/**
 * The light-theme value of a colour token in tokens.css (`--color-bg: light-dark(#fff, #000);` or
 * a plain value); throws naming the file, the token and what a token line looks like.
 */
export function lightToken(css: string, token: string, file: string): string {
  const lines = css.split('\n');
  const at = lines.findIndex((text) => text.trimStart().startsWith(`${token}:`));
  const line = lines[at];
  const value = line?.slice(line.indexOf(':') + 1).trim();
  const light = value && /^light-dark\(\s*([^,()]+?)\s*,/u.exec(value)?.[1];
  const plain = value && /^([^;]+?)\s*;$/u.exec(value)?.[1];
  const found = light || (value?.startsWith('light-dark(') ? undefined : plain);
  if (!found)
    throw new Error(
      `${file}:${at + 1 || 1}:1 error offline/token ${token}: expected a line \`${token}: light-dark(<light>, <dark>);\` or \`${token}: <colour>;\`, found ${JSON.stringify(line?.trim() ?? 'none')}`,
    );
  return found;
}
