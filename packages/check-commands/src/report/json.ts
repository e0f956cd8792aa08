/** `{"diagnostics":[…]}` on stdout, each with file, line, column, severity, rule and message. */
import type { Diagnostic } from '../diagnostic.ts';

/** Formats diagnostics as the JSON document the issue specifies. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const list = diagnostics.map(({ file, line, column, severity, rule, message }) => ({
    file,
    line,
    column,
    severity,
    rule,
    message,
  }));
  return `${JSON.stringify({ diagnostics: list }, null, 2)}\n`;
}
