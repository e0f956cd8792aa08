/**
 * What kind of code block a fence is. The page (copy button, placeholders), the command checker,
 * the cheat sheet and the importer all ask this one function, so what a student copies is exactly
 * what the build checked.
 */
import { parseSession } from './console-session.ts';

export type BlockKind = 'session' | 'script' | 'dockerfile' | 'compose' | 'output' | 'synopsis' | 'other';

/** Languages whose blocks are prompt sessions: `$ docker ps` followed by its output. */
export const SESSION_LANGS: ReadonlySet<string> = new Set(['console', 'terminal', 'shellsession', 'shell-session']);
/** POSIX shell languages: every line is a command or a comment, checked as a shell script. */
export const SHELL_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'zsh']);
/** Script languages the checker does not parse, but whose lines are still commands to copy whole. */
export const OTHER_SCRIPT_LANGS: ReadonlySet<string> = new Set(['powershell', 'ps1', 'pwsh', 'bat', 'cmd']);
/** Plain text: a session when a prompt other than a bare `# ` starts a line, else just text. */
export const PLAIN_LANGS: ReadonlySet<string> = new Set(['', 'text', 'txt', 'plaintext', 'plain']);
export const DOCKERFILE_LANGS: ReadonlySet<string> = new Set(['dockerfile', 'docker', 'containerfile']);
export const YAML_LANGS: ReadonlySet<string> = new Set(['yaml', 'yml']);

/** The fence meta word that marks a block as a command's expected output. */
export const OUTPUT_META = 'output';
/**
 * The fence meta word that marks a command's shape (`docker search TERM`, `docker cp  # 설명`): read
 * with its placeholders, never run, so it is not a session, has nothing to copy and is checked leniently.
 */
export const SYNOPSIS_META = 'synopsis';

/** True when a YAML block reads as a compose file (top-level `services:`), also when labelled `compose`. */
export function looksLikeCompose(lang: string, code: string): boolean {
  return lang === 'compose' || (YAML_LANGS.has(lang) && /^services:/mu.test(code));
}

/** True when some line starts with a prompt that is not a bare `# ` (which is also how comments and headings start). */
function hasShellPrompt(code: string): boolean {
  return parseSession(code).some((part) => part.kind === 'command' && part.prompt.trim() !== '#');
}

/** Classifies a fence by its language, its meta attributes and its code. */
export function blockKind(lang: string, code: string, meta: ReadonlyMap<string, string> = new Map()): BlockKind {
  const language = lang.toLowerCase();
  if (meta.has(OUTPUT_META)) return 'output';
  if (meta.has(SYNOPSIS_META)) return 'synopsis';
  if (SESSION_LANGS.has(language)) return 'session';
  // Authors often label a session `bash`: `$ docker ps` lines make it one, prompts and all.
  if (SHELL_LANGS.has(language)) return /^\s*\$ \S/mu.test(code) ? 'session' : 'script';
  if (OTHER_SCRIPT_LANGS.has(language)) return 'script';
  if (PLAIN_LANGS.has(language)) return hasShellPrompt(code) ? 'session' : 'other';
  if (DOCKERFILE_LANGS.has(language)) return 'dockerfile';
  if (looksLikeCompose(language, code)) return 'compose';
  return 'other';
}

/** True when a script block is POSIX shell, which the checker parses (PowerShell it does not). */
export function isShellScript(lang: string): boolean {
  return SHELL_LANGS.has(lang.toLowerCase());
}
