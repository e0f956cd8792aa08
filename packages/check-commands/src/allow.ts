/**
 * The `allow="rule: reason"` fence meta: a lesson keeps a command as its author wrote it and
 * silences one kind of warning or info on that block, with a reason. The finding is not dropped:
 * it is reported as `info allowed` (the instructors' report), and the page shows no note for it.
 */
import type { Diagnostic } from './diagnostic.ts';

/** What `allow` selects: a rule (`deprecated`) or a rule and subject (`deprecated.docker-compose`), and why. */
export interface Allow {
  selector: string;
  reason: string;
}

/** Parses `rule[.subject]: reason`; undefined when either part is missing. */
export function parseAllow(value: string): Allow | undefined {
  const match = /^\s*([a-z][\w-]*(?:\.[\w.-]+)?)\s*:\s*(\S.*?)\s*$/u.exec(value);
  return match?.[1] && match[2] ? { selector: match[1], reason: match[2] } : undefined;
}

/** True when `allow` selects `d`: a warning or info of its rule, and of its subject when the selector names one. */
function selects({ selector }: Allow, d: Diagnostic): boolean {
  if (d.severity === 'error' || d.rule === 'expected-error') return false;
  return selector === d.rule || (d.subject !== undefined && selector === `${d.rule}.${d.subject}`);
}

/**
 * Applies a block's `allow` meta to its diagnostics: selected findings become `info allowed`; a
 * value without a reason, or one that selects nothing, is an error reported by `atFence`.
 */
export function applyAllow(
  value: string | undefined,
  diagnostics: readonly Diagnostic[],
  atFence: (rule: string, message: string) => Diagnostic,
): Diagnostic[] {
  if (value === undefined) return [...diagnostics];
  const allow = parseAllow(value);
  if (!allow) {
    return [
      ...diagnostics,
      atFence(
        'fence-meta',
        `allow="${value}" needs a rule and a reason: allow="deprecated: 노트의 명령을 그대로 보여 줍니다"`,
      ),
    ];
  }
  if (!diagnostics.some((d) => selects(allow, d))) {
    const found = [
      ...new Set(
        diagnostics.filter((d) => d.severity !== 'error').map((d) => d.rule + (d.subject ? `.${d.subject}` : '')),
      ),
    ];
    const hint = found.length > 0 ? `this block has ${found.join(', ')}` : 'this block has no warning or info';
    return [...diagnostics, atFence('allow', `allow="${value}" matches nothing (${hint}); remove it or name the rule`)];
  }
  return diagnostics.map((d) =>
    selects(allow, d)
      ? {
          ...d,
          severity: 'info',
          rule: 'allowed',
          message: `${d.rule} ${d.message} (allowed: ${allow.reason})`,
          subject: d.rule,
          params: { ...d.params, reason: allow.reason },
        }
      : d,
  );
}
