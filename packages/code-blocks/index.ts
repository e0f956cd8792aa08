/**
 * What a code block is and what a student copies: one model for the page's copy button, the
 * command checker, the cheat sheet and the importer.
 */
export {
  blockKind,
  isShellScript,
  looksLikeCompose,
  DOCKERFILE_LANGS,
  OTHER_SCRIPT_LANGS,
  OUTPUT_META,
  PLAIN_LANGS,
  SESSION_LANGS,
  SHELL_LANGS,
  SYNOPSIS_META,
  YAML_LANGS,
  type BlockKind,
} from './src/block-kind.ts';
export { blockCommands, copyText, scriptText, type BlockCommand } from './src/commands.ts';
export {
  commandsOf,
  continues,
  isSession,
  joinCommand,
  matchPrompt,
  parseSession,
  type CommandLine,
  type CommandPart,
  type OutputPart,
  type SessionPart,
} from './src/console-session.ts';
export { codeBlocks, formatOf, makeBlock, FenceSyntaxError, type CodeBlock } from './src/extract.ts';
export { parseFenceMeta } from './src/fence-meta.ts';
export { findPlaceholders, type Range } from './src/placeholders.ts';
export { commentStart, quoteAfter, type Quote } from './src/quotes.ts';
