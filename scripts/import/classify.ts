/**
 * What one line of a note is, on its own: blank, a fence, a heading, a command, an image, a
 * rule, a list item, an emoji-marked line, a title in brackets, or plain text. The block reader
 * (blocks.ts) decides with the lines around it what the line becomes.
 */
import { readCommand, type Command } from './prompts.ts';
import { readMarker, type Marker } from './emoji.ts';
import { isBreakLine } from './inline.ts';
import { isRule } from './tables.ts';
import { indentOf } from './normalize.ts';
import { htmlHeading, isWrapperLine, lineComment, preStart, readPictures, type Picture } from './html.ts';

export type Line =
  | { kind: 'blank' }
  | { kind: 'fence'; fence: string; lang: string; caption: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'command'; command: Command }
  | { kind: 'pictures'; pictures: Picture[] }
  | { kind: 'comment'; text: string }
  | { kind: 'comment-open' }
  | { kind: 'pre'; lang: string }
  | { kind: 'wrapper' }
  | { kind: 'quote'; indent: number }
  | { kind: 'rule' }
  | { kind: 'objectives' }
  | { kind: 'title'; text: string }
  | { kind: 'marker'; marker: Marker; text: string }
  | { kind: 'item'; indent: number; ordered: boolean; text: string }
  | { kind: 'numbered'; indent: number; text: string }
  | { kind: 'text'; indent: number; text: string };

const HANGUL = /\p{Script=Hangul}/u;

/** Classifies one line of a note (outside code fences). */
export function classify(line: string): Line {
  const text = line.trim();
  const indent = indentOf(line);
  if (text === '' || isBreakLine(text)) return { kind: 'blank' };
  const fence = /^(`{3,}|~{3,})\s*(.*)$/u.exec(text);
  const info = fence?.[2] ?? '';
  if (fence?.[1] && !(fence[1].startsWith('`') && info.includes('`'))) {
    // The info string's first word is the language; words after it (or instead of one) are a caption.
    const lang = /^[\w+#.-]+(?=\s|$)/u.exec(info)?.[0] ?? '';
    return { kind: 'fence', fence: fence[1], lang, caption: info.slice(lang.length).trim() };
  }
  const html = classifyHtml(text);
  if (html) return html;
  if (text.startsWith('>')) return { kind: 'quote', indent };
  // `// 설명` lines explain the command under them, as a code comment would: the words are the line.
  const slashed = /^\/\/+\s*(\S.*)$/u.exec(text);
  if (slashed?.[1]) {
    const inner = classify(`${' '.repeat(indent)}${slashed[1]}`);
    return inner.kind === 'text' || inner.kind === 'heading' ? inner : { kind: 'text', indent, text: slashed[1] };
  }
  const command = readCommand(line);
  if (command) return { kind: 'command', command };
  const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/u.exec(text);
  if (heading?.[1] && indent < 4) return { kind: 'heading', level: heading[1].length, text: heading[2] ?? '' };
  const pictures = readPictures(text);
  if (pictures) return { kind: 'pictures', pictures };
  if (isRule(text)) return { kind: 'rule' };
  if (/^\[\s*학습\s*목표\s*\]$/u.test(text)) return { kind: 'objectives' };
  const title = /^\[\s*([^\][]{1,40}?)\s*\]$|^<\s*([^<>="'/!?][^<>="'/]{0,39}?)\s*>$/u.exec(text);
  const titleText = title?.[1] ?? title?.[2];
  if (titleText && HANGUL.test(titleText)) return { kind: 'title', text: titleText };
  const marked = readMarker(text);
  if (marked) {
    return marked.marker.kind === 'bullet'
      ? { kind: 'item', indent, ordered: false, text: marked.text }
      : { kind: 'marker', marker: marked.marker, text: marked.text };
  }
  const item = /^[-*+]\s+(.*)$/u.exec(text);
  if (item) return { kind: 'item', indent, ordered: false, text: item[1] ?? '' };
  const numbered = /^(?:\d{1,2}[.)]|\(\d{1,2}\))\s+\S/u.exec(text);
  if (numbered) return { kind: 'numbered', indent, text };
  // `NAME - 설명`: a term and its meaning, as the notes list output columns.
  const term = /^([A-Z][A-Z0-9_]*(?: [A-Z0-9_]+)*)\s+-\s+(.+)$/u.exec(text);
  if (term) return { kind: 'item', indent, ordered: false, text: `${term[1] ?? ''} - ${term[2] ?? ''}` };
  return { kind: 'text', indent, text };
}

/** HTML that stands for a whole line: a comment, a `<pre>`, an `<h2>`, a layout wrapper, a line of pictures. */
function classifyHtml(text: string): Line | undefined {
  if (!text.startsWith('<')) return undefined;
  const comment = lineComment(text);
  if (comment !== undefined) return { kind: 'comment', text: comment };
  if (text.startsWith('<!--')) return { kind: 'comment-open' };
  const pre = preStart(text);
  if (pre) return { kind: 'pre', lang: pre.lang };
  const heading = htmlHeading(text);
  if (heading) return { kind: 'heading', level: heading.level, text: heading.text };
  if (isWrapperLine(text)) return { kind: 'wrapper' };
  const pictures = readPictures(text);
  return pictures ? { kind: 'pictures', pictures } : undefined;
}

/** True when `text` reads as a title: short, and not a sentence, a label or an arrow. */
export function isTitleLike(text: string): boolean {
  const plain = text.replace(/<\/?(?:span|b|strong|i|em|br|sup|sub)\b[^>]*>|\*\*|`/giu, '').trim();
  if (plain === '' || [...plain].length > 40) return false;
  if (/[.。!?:;,]$|[다요]$|=>|->|:\s/u.test(plain)) return false;
  // Code is never a title: `import fs from 'node:fs'`, `<Callout type="x">`.
  if (/["'=;{}<>]/u.test(plain)) return false;
  return /[\p{L}]/u.test(plain);
}

/** The text of a numbered line without its number: `1) 가벼움` → `가벼움`. */
export function numberOf(text: string): { number: number; rest: string } {
  const match = /^\(?(\d{1,2})[.)]?\)?\s+(.*)$/u.exec(text.trim());
  return { number: Number(match?.[1] ?? 1), rest: match?.[2] ?? text.trim() };
}
