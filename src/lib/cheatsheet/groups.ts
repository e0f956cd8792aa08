/** The cheat sheet's sections, in the order they are printed (labels: `cheatsheet.group.*` in ko.ts). */
export const CHEAT_GROUPS = ['image', 'container', 'network', 'volume', 'compose', 'install'] as const;

export type CheatGroup = (typeof CHEAT_GROUPS)[number];
