/**
 * Finds the placeholders in a command line: words a student replaces before running it
 * (`IMAGE`, `[OPTIONS]`, `<컨테이너명>`, `이미지`, `ImageID`), written the ways notes write them.
 * The page shows them as `<var>`, and the command checker accepts them wherever an argument is
 * expected.
 */
import { commentStart } from './quotes.ts';

export interface Range {
  start: number;
  end: number;
}

const HANGUL = '\\p{Script=Hangul}';

/** The last word of a CamelCase id (`ImageID`, `containerName`): what makes it a placeholder and not a name. */
const ID_NOUN =
  '(?:ID|Id|Name|Names|Tag|Path|Dir|Port|Host|File|Image|Container|Network|Volume|Version|Key|Value|User|Password|Num|Number)';

/** Placeholder shapes. Order does not matter: overlapping matches are merged. */
const SHAPES: readonly RegExp[] = [
  // [OPTIONS], [COMMAND], [ARG...], [:TAG|@DIGEST], [CONTAINER ID], [ID or NAMES], [실행할 command]
  // (not a character class such as [A-Z])
  new RegExp(
    `\\[(?![A-Za-z0-9]-[A-Za-z0-9]\\])(?:[:@]?[A-Z][^\\[\\]\\n]*|[^\\[\\]\\n]*${HANGUL}[^\\[\\]\\n]*)(?:\\.\\.\\.)?\\]`,
    'gu',
  ),
  // [repository], [tag], [image name], [username] (not arr[i], not [a-z], not a test's [ -f x ])
  /(?<![\w$\]])\[(?![a-z0-9]-[a-z0-9]\])[a-z][\w .:/|-]*\]/gu,
  // <컨테이너명>, <image>, <CONTAINER_ID>, ‹이미지 이름> (a redirect such as `> file` has a space after it)
  /[<‹](?![<‹])[^\s<>‹›][^<>‹›\n]*[>›]/gu,
  // {{이름}} but not Go templates such as {{.Names}} or {{json .}}
  /\{\{\s*(?![.$]|json\b|range\b|if\b|end\b)[^{}\n]+\}\}/gu,
  // {내가 정하는 실행이름}, {name} (not ${VAR}, a brace expansion {a,b} or {1..3}, or a group { a; })
  /(?<![$\w{])\{(?![{\s])(?=[^{}\n]*\p{L})(?![^{}\n]*\.\.)[^{},;$\n]+\}(?!\})/gu,
  // IMAGE, CONTAINER_NAME, YOUR-USER-NAME/app, IMAGE명 (not $HOME, not KEY= of an assignment, not --FLAG)
  new RegExp(`(?<![\\w$./=:{-])[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*[A-Z0-9](?:${HANGUL}+)?(?![\\w=.-])`, 'gu'),
  // ImageID, ContainerName, containerId: CamelCase ids
  new RegExp(`(?<![\\w$./=:-])(?:[A-Z][a-z0-9]+|[a-z][a-z0-9]*)(?:[A-Z][a-z0-9]*)*${ID_NOUN}(?![\\w=.-])`, 'gu'),
  // 이미지, 컨테이너이름, 컨테이너이미지: Korean words where an argument stands
  new RegExp(`(?<![\\w"'])${HANGUL}[${HANGUL}\\w]*(?![\\w"'])`, 'gu'),
];

/**
 * What may join two placeholders into one: `:` or `/` between parts (`[repository]:[tag]`), and
 * alternatives (`이미지이름[:태그] or ImageID`, `ID|NAME`, `이름 또는 ID`).
 */
const JOINER = /^(?:[:/@]|\s*\|\s*|\s+(?:or|또는|혹은)\s+)$/u;

/** Returns the placeholder ranges in `text`, sorted and merged, outside quotes and before a `# comment`. */
export function findPlaceholders(text: string): Range[] {
  const quoted = quotedRanges(text);
  const comment = commentStart(text);
  const found: Range[] = [];
  for (const shape of SHAPES) {
    for (const match of text.matchAll(shape)) {
      const range = { start: match.index, end: match.index + match[0].length };
      if (range.end <= comment && !quoted.some((q) => range.start >= q.start && range.end <= q.end)) found.push(range);
    }
  }
  return join(merge(found), text);
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

/** Joins neighbouring placeholders that the text between them makes one (see JOINER). */
function join(ranges: Range[], text: string): Range[] {
  const out: Range[] = [];
  for (const range of ranges) {
    const last = out.at(-1);
    if (last && JOINER.test(text.slice(last.end, range.start))) last.end = range.end;
    else out.push({ ...range });
  }
  return out;
}
