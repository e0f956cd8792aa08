/** Shell reserved words, which start compound commands rather than name a program. */
import type { SimpleCommand } from './lex-types.ts';

const LEADING = new Set([
  'if',
  'then',
  'else',
  'elif',
  'do',
  'while',
  'until',
  '!',
  '{',
  '}',
  'fi',
  'done',
  'esac',
  'time',
]);
const WHOLE = new Set(['for', 'case', 'select', 'function', 'in', ';;']);

/** Drops reserved words that start a command (`then docker ps` → `docker ps`) and loop headers. */
export function dropKeywords(command: SimpleCommand): SimpleCommand {
  let words = command.words;
  while (words[0] && !words[0].dynamic && LEADING.has(words[0].value)) words = words.slice(1);
  if (words[0] && WHOLE.has(words[0].value)) words = [];
  return { words };
}
