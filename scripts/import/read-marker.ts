/** A line that opens with a marker (`1.` section number, 📌, ✅, 💡): a heading, a paragraph or a callout. */
import { isTitleLike, type Line } from './classify.ts';
import { RANK, introduces, kindAt, lineAt, type Reader } from './reading.ts';

type MarkerLine = Extract<Line, { kind: 'marker' }>;

/** Reads from the marked line at `index`; returns the index after what it read. */
export function readMarked(reader: Reader, index: number, line: MarkerLine): number {
  const { marker, text } = line;
  const at = index + 1;
  if (marker.kind === 'number') {
    reader.blocks.push({ kind: 'heading', rank: RANK.sub, text: `${marker.value}. ${text}`, line: at });
    return index + 1;
  }
  if (marker.kind === 'pin' && isTitleLike(text)) {
    reader.blocks.push({ kind: 'heading', rank: RANK.section, text, line: at });
    return index + 1;
  }
  if (marker.kind === 'check' && isTitleLike(text) && introduces(reader, index, true)) {
    reader.blocks.push({ kind: 'heading', rank: RANK.sub, text, line: at });
    return index + 1;
  }
  if (marker.kind === 'check' && marker.callout === undefined) {
    reader.blocks.push({ kind: 'paragraph', lines: [text], line: at });
    return index + 1;
  }
  // A callout: the marked line and the prose lines right under it.
  const type = marker.kind === 'check' || marker.kind === 'callout' ? (marker.callout ?? 'note') : 'note';
  const body = [text];
  let next = index + 1;
  while (kindAt(reader, next).kind === 'text') {
    body.push(lineAt(reader, next).trim());
    next += 1;
  }
  reader.blocks.push({ kind: 'callout', type, lines: body, line: at });
  return next;
}
