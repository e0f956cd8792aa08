/**
 * Code pasted into a note without a fence: a Dockerfile (`FROM …`, `RUN …`, `# 설명` comments) or a
 * YAML file such as a compose file (`services:` with indented keys). Read as prose, their lines
 * would lose their indentation and their `#` comments would become headings.
 */

const INSTRUCTION =
  /^\s*(?:FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\s+[^\s:]/u;
const HANGUL = /\p{Script=Hangul}/u;

/** `text` without a trailing `# comment`. */
function code(text: string): string {
  return text.replace(/(?:^|\s)#.*$/u, '');
}

/** True for a Dockerfile instruction line whose argument is not Korean prose (`FROM : 베이스 이미지` is a gloss). */
function isInstruction(line: string): boolean {
  return INSTRUCTION.test(line) && (code(line).match(/\p{Script=Hangul}+/gu) ?? []).length <= 1;
}

const isComment = (line: string): boolean => /^\s*#/u.test(line);
const isBlank = (line: string): boolean => line.trim() === '';

/** The end (exclusive) of an unfenced Dockerfile starting at `start`, or undefined when none starts there. */
export function dockerfileEnd(lines: readonly string[], start: number): number | undefined {
  let first = start;
  while (isComment(lines[first] ?? '')) first += 1;
  if (!/^\s*FROM\s/u.test(lines[first] ?? '') || !isInstruction(lines[first] ?? '')) return undefined;
  let end = first + 1;
  let instructions = 1;
  for (let index = end; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if ((lines[index - 1] ?? '').trimEnd().endsWith('\\') && !isBlank(line)) {
      end = index + 1;
    } else if (isInstruction(line)) {
      instructions += 1;
      end = index + 1;
    } else if (!isComment(line) && !isBlank(line)) {
      break;
    }
  }
  return instructions >= 2 ? end : undefined;
}

const KEY = /^(\s*)(?:-\s+)?[A-Za-z_][\w.-]*\s*:(?:\s|$)/u;

/** The end (exclusive) of unfenced YAML starting at `start`: three or more lines, nested, with no Korean outside comments. */
export function yamlEnd(lines: readonly string[], start: number): number | undefined {
  const head = KEY.exec(lines[start] ?? '');
  if (!head || HANGUL.test(code(lines[start] ?? ''))) return undefined;
  const base = head[1]?.length ?? 0;
  let end = start + 1;
  let nested = false;
  let keys = 1;
  for (let index = end; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (isBlank(line) || isComment(line)) continue;
    const indent = line.length - line.trimStart().length;
    if (HANGUL.test(code(line)) || indent < base) break;
    const key = KEY.test(line);
    if (indent === base && !key && !/^\s*-\s/u.test(line)) break;
    if (indent > base) nested = true;
    if (key) keys += 1;
    end = index + 1;
  }
  return nested && keys >= 2 && end - start >= 3 ? end : undefined;
}

/** Code pasted without a fence that starts at `index`: a Dockerfile or YAML, and where it ends. */
export function rawCode(lines: readonly string[], index: number): { lang: string; end: number } | undefined {
  const dockerfile = dockerfileEnd(lines, index);
  if (dockerfile !== undefined) return { lang: 'dockerfile', end: dockerfile };
  const yaml = yamlEnd(lines, index);
  return yaml === undefined ? undefined : { lang: 'yaml', end: yaml };
}
