/**
 * A line of a lesson's frontmatter lists (key points, questions): the note's own words as plain
 * text, or the course's own, written `덧붙임: …` and shown marked as an addition.
 */
export interface NoteLine {
  text: string;
  added: boolean;
}

/** What YAML gives for one line: text, or `{ 덧붙임: text }`. */
export type NoteLineSource = string | { 덧붙임: string };

/** The line as the pages show it. */
export function toNoteLine(item: NoteLineSource): NoteLine {
  return typeof item === 'string' ? { text: item, added: false } : { text: item.덧붙임, added: true };
}

/** True when the course wrote every line (the box then says 덧붙임 once, at its heading). */
export function allAdded(items: readonly NoteLine[]): boolean {
  return items.length > 0 && items.every((item) => item.added);
}
