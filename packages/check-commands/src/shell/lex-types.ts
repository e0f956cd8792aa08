/** What the lexer returns: simple commands, their words, and the scripts inside substitutions. */

export interface Word {
  /** The word after quote removal; expansions are kept as written (`$USER`). */
  value: string;
  /** String offsets in the script, end exclusive. */
  start: number;
  end: number;
  /** True when the word holds an expansion (`$X`, `$(…)`, backquotes) and so is only known at run time. */
  dynamic: boolean;
}

export interface SimpleCommand {
  words: Word[];
}

export interface Substitution {
  text: string;
  /** Offset of `text` in the script. */
  offset: number;
}

export interface Lexed {
  commands: SimpleCommand[];
  /** Scripts inside `$(…)`, backquotes and `<(…)`, to be checked as scripts of their own. */
  substitutions: Substitution[];
}
