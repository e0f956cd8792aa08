/**
 * Finds the placeholders in a command line: words a student replaces before running it
 * (`IMAGE`, `[OPTIONS]`, `<컨테이너명>`, `이미지`). The page shows them as `<var>`, and the
 * command checker accepts them wherever an argument is expected.
 */

export interface Range {
  start: number;
  end: number;
}

const HANGUL = '\\p{Script=Hangul}';

/** Placeholder shapes. Order does not matter: overlapping matches are merged. */
const SHAPES: readonly RegExp[] = [
  // [OPTIONS], [COMMAND], [ARG...], [:TAG|@DIGEST], [CONTAINER ID], [실행할 command]
  new RegExp(`\\[(?:[:@]?[A-Z][A-Z0-9_ |:@-]*|[^\\]\\n]*${HANGUL}[^\\]\\n]*)(?:\\.\\.\\.)?\\]`, 'gu'),
  // <컨테이너명>, <image>, <your-name> (a redirect such as `> file` has a space after it)
  /<(?!<)[^\s<>][^<>\n]*>/gu,
  // {{이름}} but not Go templates such as {{.Names}} or {{json .}}
  /\{\{\s*(?![.$]|json\b|range\b|if\b|end\b)[^{}\n]+\}\}/gu,
  // IMAGE, CONTAINER_NAME, YOUR-USER-NAME/app, IMAGE명 (not $HOME, not KEY= of an assignment, not --FLAG)
  new RegExp(`(?<![\\w$./=:-])[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*[A-Z0-9](?:${HANGUL}+)?(?![\\w=.-])`, 'gu'),
  // 이미지, 컨테이너이름, 컨테이너이미지: Korean words where an argument stands
  new RegExp(`(?<![\\w"'])${HANGUL}[${HANGUL}\\w]*(?![\\w"'])`, 'gu'),
];

/** Returns the placeholder ranges in `text`, sorted and merged, outside quotes. */
export function findPlaceholders(text: string): Range[] {
  const quoted = quotedRanges(text);
  const found: Range[] = [];
  for (const shape of SHAPES) {
    for (const match of text.matchAll(shape)) {
      const range = { start: match.index, end: match.index + match[0].length };
      if (!quoted.some((q) => range.start >= q.start && range.end <= q.end)) found.push(range);
    }
  }
  return merge(found);
}

/** Ranges of single- and double-quoted strings, quotes included. */
function quotedRanges(text: string): Range[] {
  return [...text.matchAll(/'[^'\n]*'|"(?:[^"\\\n]|\\.)*"/gu)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function merge(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}
