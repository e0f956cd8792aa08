/**
 * Checks that no line of a raw note was lost on the way into the lessons: every substantive
 * note line, normalized, must appear in the lessons that list the note in `sources`.
 *
 * Normalization keeps only letters and digits (lower-cased), so the allowed edits — markdown
 * syntax, list markers and numbering, emoji bullets, prompts, spacing, punctuation, quotes,
 * `=>` arrows, tables turned into <Comparison> rows — do not count as changes, while any lost
 * or reworded word does. Typo fixes and dropped lines are listed, with reasons, in an allow-list.
 */

export interface NoteLine {
  /** 1-based line number in the note. */
  line: number;
  text: string;
}

export interface Fix {
  from: string;
  to: string;
}

export interface Allowed {
  note: string;
  text: string;
}

export interface Verdict extends NoteLine {
  /** `line`: found whole; `segments`: every part between `=>`, backticks and `|` found; `image`: a screenshot placeholder names the file. */
  how: 'line' | 'segments' | 'image' | 'allowed' | 'lost';
}

/** HTML the notes use for layout only: line breaks and coloured spans. */
const LAYOUT_TAGS = /<\/?(?:br|span)\b[^>]*>/giu;

/**
 * List markers, heading marks and section numbers at the start of a line (`## 2-1-1.`, `1)`, `(3)`, `1️⃣`, `•`).
 * A bare number counts only before a space, so a time such as `9:20` stays whole.
 */
const LEADING_MARKS = /^\s*(?:#+\s*)?(?:[-*•]\s+)?(?:\(\d+\)|\d+(?:-\d+)*(?:[.)]|(?=\s|$))|\d\uFE0F?\u20E3)?/u;

/** A line that is only a markdown image, e.g. `![Alt text](image-1.png)`. */
const IMAGE_LINE = /^\s*!\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)\s*$/u;

/** Reduces text to lower-cased letters and digits, after applying `fixes`. */
export function normalize(text: string, fixes: readonly Fix[] = []): string {
  const fixed = fixes.reduce((value, fix) => value.replaceAll(fix.from, fix.to), text);
  return fixed
    .replace(LAYOUT_TAGS, '')
    .replace(LEADING_MARKS, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The note's lines that carry content: not blank, not only layout tags, rules or table borders. */
export function substantiveLines(note: string): NoteLine[] {
  return note
    .replace(/^\uFEFF/u, '')
    .split(/\r?\n/u)
    .map((text, index) => ({ line: index + 1, text }))
    .filter(({ text }) => IMAGE_LINE.test(text) || normalize(text) !== '');
}

/** The file name a markdown image line points at, or undefined for other lines. */
export function imageFile(text: string): string | undefined {
  const url = IMAGE_LINE.exec(text)?.[1];
  return url?.split('/').pop();
}

/** Lesson source as readers see the words: without `<Term>` tags and with link text instead of links. */
export function lessonWords(mdx: string): string {
  return mdx.replace(/<\/?Term\b[^>]*>/gu, '').replace(/\[([^\]]*)\]\([^)\s]*\)/gu, '$1');
}

/** Judges each substantive line of `note` against the text of its lessons. */
export function checkNote(
  noteId: string,
  note: string,
  lessons: readonly string[],
  options: { fixes?: readonly Fix[]; allowed?: readonly Allowed[] } = {},
): Verdict[] {
  const { fixes = [], allowed = [] } = options;
  const corpus = lessons.map((lesson) => normalize(lessonWords(lesson))).join('\n');
  const raw = lessons.join('\n');
  return substantiveLines(note).map(({ line, text }) => {
    const file = imageFile(text);
    if (file) return { line, text, how: raw.includes(`file="${file}"`) || raw.includes(`/${file}`) ? 'image' : 'lost' };
    if (allowed.some((item) => item.note === noteId && item.text === text.trim()))
      return { line, text, how: 'allowed' };
    if (corpus.includes(normalize(text, fixes))) return { line, text, how: 'line' };
    const segments = text
      .split(/=>|->|`|\|/u)
      .map((segment) => normalize(segment, fixes))
      .filter((segment) => segment.length > 1);
    const whole = segments.length > 1 && segments.every((segment) => corpus.includes(segment));
    return { line, text, how: whole ? 'segments' : 'lost' };
  });
}
