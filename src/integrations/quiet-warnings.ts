/**
 * Drops one known, harmless Rolldown warning that Astro 7 causes for every content entry: the
 * `"use astro:head-inject"` directive Astro adds to `*.mdx?astroPropagatedAssets` modules
 * (withastro/astro#18087). A 1,000-lesson course printed 10,000 lines of it. Every other warning
 * goes through.
 */

interface Warning {
  code?: string | undefined;
  message: string;
}

/** True for Astro's head-inject directive warning, which says nothing about the course. */
export function isHeadInjectWarning(warning: Warning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** A Rolldown `onwarn` that passes on everything but the head-inject warning. */
export function quietWarnings<W extends Warning>(warning: W, pass: (warning: W) => void): void {
  if (!isHeadInjectWarning(warning)) pass(warning);
}
