/**
 * The notes' emoji markers: keycap numbers (1️⃣) number sub-headings, 📌 ✅ ✔️ mark titles or
 * points, 📢 ⚡️ ⚠ mark notes, tips and warnings, and • is a bullet.
 */

export type CalloutType = 'note' | 'tip' | 'warning';

export type Marker =
  | { kind: 'number'; value: number }
  | { kind: 'pin' }
  | { kind: 'check'; callout: CalloutType | undefined }
  | { kind: 'callout'; callout: CalloutType }
  | { kind: 'bullet' };

export interface Marked {
  marker: Marker;
  /** The line's text after the marker. */
  text: string;
}

const VS16 = '\\u{FE0F}?';

const MARKERS: readonly [RegExp, (match: RegExpExecArray) => Marker][] = [
  [new RegExp(`^([0-9])${VS16}\\u{20E3}`, 'u'), (m) => ({ kind: 'number', value: Number(m[1]) })],
  [/^\u{1F51F}/u, () => ({ kind: 'number', value: 10 })],
  [new RegExp(`^(?:📌|📍)${VS16}`, 'u'), () => ({ kind: 'pin' })],
  // ✅ doubles as a tip when it starts a sentence rather than a title.
  [new RegExp(`^✅${VS16}`, 'u'), () => ({ kind: 'check', callout: 'tip' })],
  [new RegExp(`^(?:✔|☑)${VS16}`, 'u'), () => ({ kind: 'check', callout: undefined })],
  [new RegExp(`^(?:📢|📣|💡|ℹ)${VS16}`, 'u'), () => ({ kind: 'callout', callout: 'note' })],
  [new RegExp(`^⚡${VS16}`, 'u'), () => ({ kind: 'callout', callout: 'tip' })],
  [new RegExp(`^(?:⚠|❗|❌|🚨)${VS16}`, 'u'), () => ({ kind: 'callout', callout: 'warning' })],
  [/^[•·▪◦●○■□▶►➤→]/u, () => ({ kind: 'bullet' })],
];

/** The emoji marker that starts `text` (after indentation), if any. */
export function readMarker(text: string): Marked | undefined {
  const trimmed = text.trimStart();
  for (const [pattern, make] of MARKERS) {
    const match = pattern.exec(trimmed);
    if (match) return { marker: make(match), text: trimmed.slice(match[0].length).replace(/^[\s\u{FE0F}]+/u, '') };
  }
  return undefined;
}
