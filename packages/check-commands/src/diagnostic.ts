/** What the checker reports, and the offsets-based findings that rules return before positions are mapped. */

export type Severity = 'error' | 'warning' | 'info';

/** What a rule adds for readers' texts, which are keyed by rule and subject, so no one parses `message`. */
export interface FindingDetail {
  /** What the rule found: `docker-compose` for `deprecated`, the fact id (`centos-7`) for `end-of-life`. */
  subject?: string;
  /** Values a reader's text fills in: image, date, replacement. */
  params?: Readonly<Record<string, string>>;
}

export interface Diagnostic extends FindingDetail {
  file: string;
  /** 1-based line in the checked file. */
  line: number;
  /** 1-based column (UTF-16 code units, as editors count them). */
  column: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** A problem found in one script, at a character offset of that script's text. */
export interface Finding extends FindingDetail {
  offset: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** Creates a finding; rules call this so every finding has the same shape. */
export function finding(
  offset: number,
  severity: Severity,
  rule: string,
  message: string,
  detail: FindingDetail = {},
): Finding {
  return { offset, severity, rule, message, ...detail };
}

/** Orders diagnostics by file, line and column. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}
