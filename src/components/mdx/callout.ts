/**
 * Callout variants: the notes' megaphone/pin (note), lightning/check (tip) and warning-sign markers.
 * Their icons are inline SVG, not emoji: an emoji prints as a box where no emoji font is installed,
 * and a character would turn up in search excerpts.
 */
import type { UiKey } from '../../i18n/ko.ts';

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

export type CalloutType = (typeof CALLOUT_TYPES)[number];

const LABELS: Readonly<Record<CalloutType, UiKey>> = {
  note: 'callout.note',
  tip: 'callout.tip',
  warning: 'callout.warning',
};

/** Outlines on a 24 × 24 grid, stroked in the text colour (Callout.astro sets the stroke). */
const ICONS: Readonly<Record<CalloutType, string>> = {
  note: '<circle cx="12" cy="12" r="9.5"/><path d="M12 16.5v-5.5M12 7.5h.01"/>',
  tip: '<path d="M13 2.5 4 13.5h7l-1 8 9-11h-7l1-8z"/>',
  warning:
    '<path d="M10.3 4 2 18.5a2 2 0 0 0 1.7 3h16.6a2 2 0 0 0 1.7-3L13.7 4a2 2 0 0 0-3.4 0z"/><path d="M12 9.5v4M12 17.5h.01"/>',
};

/** Returns `value` as a callout type, or throws naming the accepted types. */
export function calloutType(value: unknown): CalloutType {
  if ((CALLOUT_TYPES as readonly unknown[]).includes(value)) return value as CalloutType;
  throw new Error(
    `<Callout type=${JSON.stringify(value)}>: unknown type. Expected one of ${CALLOUT_TYPES.map((type) => `"${type}"`).join(', ')}.`,
  );
}

/** The UI-string key of the default title of a callout type. */
export function calloutLabel(type: CalloutType): UiKey {
  return LABELS[type];
}

/** The SVG shapes of a callout type's decorative icon (hidden from screen readers). */
export function calloutIcon(type: CalloutType): string {
  return ICONS[type];
}
