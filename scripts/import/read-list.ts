/** Reads a list: bullets, `•`, numbered lines and the nesting their indentation shows. */
import { numberOf, type Line } from './classify.ts';
import type { Block, ListItem } from './reading.ts';

/** A list: items and numbered lines, with blank lines between items allowed; depth from indentation. */
export function readList(lines: readonly string[], kinds: readonly Line[], start: number, blocks: Block[]): number {
  const raw: { indent: number; ordered: boolean; number: number; text: string; line: number }[] = [];
  let index = start;
  while (index < lines.length) {
    const kind = kinds[index];
    if (kind?.kind === 'item') {
      const cleaned = kind.text.replace(/^(?:✅|✔|☑)\u{FE0F}?\s*/u, '');
      raw.push({ indent: kind.indent, ordered: kind.ordered, number: 1, text: cleaned, line: index + 1 });
    } else if (kind?.kind === 'numbered') {
      const { number, rest } = numberOf(kind.text);
      raw.push({ indent: kind.indent, ordered: true, number, text: rest, line: index + 1 });
    } else if (kind?.kind === 'text' && raw.length > 0 && kind.indent > (raw.at(-1)?.indent ?? 0)) {
      // An indented line under an item continues it.
      const last = raw.at(-1);
      if (last) last.text += ` ${kind.text}`;
    } else {
      let next = index;
      while (kinds[next]?.kind === 'blank' && (lines[next] ?? '') === '') next += 1;
      const after = kinds[next]?.kind;
      const ordered = raw.some((item) => item.ordered);
      const numberedItem =
        after === 'numbered' && ordered && ['blank', 'item', 'numbered'].includes(kinds[next + 1]?.kind ?? 'blank');
      if (next > index && (after === 'item' || numberedItem)) {
        index = next;
        continue;
      }
      break;
    }
    index += 1;
  }
  // A bullet right under a numbered item, at the same indentation, belongs to that item (`4. docker 확인` / `- powershell에 …`).
  let numberedAt: number | undefined;
  for (const item of raw) {
    if (item.ordered) numberedAt = item.indent;
    else if (item.indent === numberedAt) item.indent += 0.5;
    else if (numberedAt !== undefined && item.indent < numberedAt) numberedAt = undefined;
  }
  const items: ListItem[] = [];
  const stack: number[] = [];
  for (const item of raw) {
    while (stack.length > 0 && item.indent < (stack.at(-1) ?? 0)) stack.pop();
    if (stack.length === 0 || item.indent > (stack.at(-1) ?? 0)) stack.push(item.indent);
    items.push({
      depth: stack.length - 1,
      ordered: item.ordered,
      number: item.number,
      text: item.text,
      line: item.line,
    });
  }
  blocks.push({ kind: 'list', items, line: start + 1 });
  return index;
}
