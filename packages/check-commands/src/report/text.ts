/** One line per diagnostic, `path:line:column severity rule message`, which editors and CI annotate. */
import type { Diagnostic } from '../diagnostic.ts';

/** Formats diagnostics as text lines followed by a one-line summary. */
export function formatText(diagnostics: readonly Diagnostic[], files: number): string {
  const lines = diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message}`);
  const count = (severity: Diagnostic['severity']): number => diagnostics.filter((d) => d.severity === severity).length;
  lines.push(
    `check-commands: ${files} file${files === 1 ? '' : 's'}, ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info`,
  );
  return `${lines.join('\n')}\n`;
}
