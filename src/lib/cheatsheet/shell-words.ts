/**
 * Splits a one-line shell command into simple commands and their words. sh-syntax 0.7 parses
 * shell, but its JavaScript AST exposes only positions, not words, so this covers the part of
 * the grammar course commands use: quotes, backslash escapes and the `&&`, `||`, `;`, `|` lists.
 * A `|` inside a word's brackets is text: synopses such as `IMAGE[:TAG|@DIGEST]` are one word.
 */

const OPERATORS = ['&&', '||', ';', '|'] as const;

/** Splits `command` into its simple commands, each a list of unquoted words. */
export function shellWords(command: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = (): void => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let index = 0; index < command.length; index += 1) {
    const char = command[index] ?? '';
    if (quote) {
      if (char === quote) quote = undefined;
      else if (char === '\\' && quote === '"' && /["\\$`]/u.test(command[index + 1] ?? '')) word += command[++index];
      else word += char;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      inWord = true;
    } else if (char === '\\') {
      word += command[++index] ?? '';
      inWord = true;
    } else if (/\s/u.test(char)) {
      endWord();
    } else if (char === '#' && !inWord) {
      break;
    } else {
      const inBrackets = word.split('[').length > word.split(']').length;
      const operator = inBrackets ? undefined : OPERATORS.find((op) => command.startsWith(op, index));
      if (operator) {
        endCommand();
        index += operator.length - 1;
      } else {
        word += char;
        inWord = true;
      }
    }
  }
  endCommand();
  return commands;
}
