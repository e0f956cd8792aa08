/**
 * Recognises command lines outside code fences: prompt lines (`$ cmd`, `# cmd`,
 * `root@host:/etc# cmd`, `mysql> …`, through packages/code-blocks), lines that are one
 * code span holding a command, numbered commands (`1) sudo dnf …`) and bare commands whose
 * first word is a known program (`docker ps -a`, indented or not).
 */
import { commentStart, findPlaceholders, matchPrompt } from '../../packages/code-blocks/index.ts';
import { commandShape } from '../../packages/check-commands/index.ts';

/** Programs a note's bare command lines start with. A word outside this list is read as prose. */
export const PROGRAMS: ReadonlySet<string> = new Set(
  (
    'docker docker-compose podman kubectl sudo su yum dnf apt apt-get rpm snap systemctl service journalctl ' +
    'curl wget cp mv rm mkdir rmdir ls cd cat echo chmod chown ln touch tar unzip gzip vi vim nano grep find ' +
    'ps kill top df du free ping ip ifconfig ssh scp git npm npx node python python3 pip pip3 java mysql mariadb ' +
    'psql usermod useradd passwd hostnamectl nmcli firewall-cmd setenforce getenforce reboot shutdown whoami ' +
    'exit export source bash sh winget choco brew wsl id groups newgrp pwd which uname'
  ).split(' '),
);

export interface Command {
  /** The prompt to show, trailing space included (`$ ` when the note wrote none). */
  prompt: string;
  /** The command, without prompt, numbering or wrapping backticks. */
  text: string;
  /** True for a mention written without a prompt (`docker search`, `docker cp  # 설명`): its shape, not a command to run. */
  synopsis?: boolean;
}

const HANGUL = /\p{Script=Hangul}/u;

/** A trailing Korean remark in parentheses, e.g. `docker ps -a (축약)`. */
const REMARK = /\s*\(([^()]*\p{Script=Hangul}[^()]*)\)$/u;

/** True when `text` reads as a shell command: a known program, then arguments rather than Korean prose. */
export function isBareCommand(text: string): boolean {
  const [program = '', second = ''] = text.trim().split(/\s+/u);
  if (!PROGRAMS.has(program) && !/^(?:\.{1,2})?\/(?!\/)[\w.-][\w./-]*$/u.test(program)) return false;
  // A sentence ends with a period; a command may end with `.`, the current folder, as a word of its own.
  if (HANGUL.test(second) || /[^\s.][.。]$/u.test(text.trim())) return false;
  // `docker run = pull + create + start` is an equation about commands, and `docker pull 이름 : 설명` a gloss.
  if (/(?:^|\s)(?:=|\+|->|=>|→|:)(?:\s|$)/u.test(text)) return false;
  // Korean is fine as a placeholder argument (`docker search 이미지`, `{내가 정하는 이름}`) or in a comment, not as running prose.
  const code = text.replace(REMARK, '');
  const words = withoutDelimitedPlaceholders(code.slice(0, commentStart(code)))
    .trim()
    .split(/\s+/u);
  return words.filter((word) => HANGUL.test(word)).length <= 1;
}

/** `text` without its bracketed, braced and angled placeholders (`[이미지 이름]`, `{내가 정하는 이름}`), whose words are one value. */
function withoutDelimitedPlaceholders(text: string): string {
  let out = '';
  let at = 0;
  for (const { start, end } of findPlaceholders(text)) {
    if (!/^[[{<‹]/u.test(text.slice(start, end))) continue;
    out += `${text.slice(at, start)} `;
    at = end;
  }
  return out + text.slice(at);
}

/** Moves a trailing Korean remark into a shell comment so the command stays runnable. */
function withRemark(text: string): string {
  const remark = REMARK.exec(text);
  return remark ? `${text.slice(0, remark.index)}  # ${remark[1]?.trim() ?? ''}` : text;
}

/** Unwraps a command written as one code span: `` `docker ps` `` → `docker ps`. */
function unwrap(text: string): string {
  const span = /^(`+)\s?([^`]+?)\s?\1$/u.exec(text.trim());
  return span?.[2] ?? text.trim();
}

/** The command on `line`, or undefined when the line is prose, a heading or a list. */
export function readCommand(line: string): Command | undefined {
  const text = unwrap(line.trim());
  const prompt = matchPrompt(text);
  if (prompt) {
    const rest = unwrap(text.slice(prompt.prompt.length));
    const root = prompt.prompt.trim() === '#';
    // `# 1. 가상 시스템` is a Markdown heading; `# docker image ls` is a root prompt.
    if (root && !isBareCommand(rest)) return undefined;
    if (prompt.interpreter === 'shell' && !root && HANGUL.test(rest.split(/\s+/u)[0] ?? '')) return undefined;
    return { prompt: prompt.prompt.trimStart(), text: prompt.interpreter === 'shell' ? withRemark(rest) : rest };
  }
  const numbered = /^\(?\d{1,2}[.)]\s+(.+)$/u.exec(text);
  const bare = numbered?.[1] ? unwrap(numbered[1]) : text;
  if (!isBareCommand(bare)) return undefined;
  // Written without a prompt, a line may only name a command: the checker's CLI facts tell which.
  const shape = commandShape(withRemark(bare));
  if (shape === 'prose') return undefined;
  return shape === 'synopsis'
    ? { prompt: '', text: withRemark(bare), synopsis: true }
    : { prompt: '$ ', text: withRemark(bare) };
}
