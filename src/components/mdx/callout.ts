/** Callout variants: the notes' 📢/📌 (note), ⚡️/✅ (tip) and ⚠ (warning) markers. */
import type { UiKey } from '../../i18n/ko.ts';

export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;

export type CalloutType = (typeof CALLOUT_TYPES)[number];

const LABELS: Readonly<Record<CalloutType, UiKey>> = {
  note: 'callout.note',
  tip: 'callout.tip',
  warning: 'callout.warning',
};

const ICONS: Readonly<Record<CalloutType, string>> = { note: '📢', tip: '⚡️', warning: '⚠️' };

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

/** The decorative icon of a callout type (hidden from screen readers). */
export function calloutIcon(type: CalloutType): string {
  return ICONS[type];
}
