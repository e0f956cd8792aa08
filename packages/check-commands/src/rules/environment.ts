/** `-e`/`--env` values: `KEY=VALUE`, or `KEY` alone to pass the variable through from the shell. */

/** Why `value` is not a valid environment setting (with a subject naming the problem), or undefined when it is. */
export function envProblem(
  value: string,
): { severity: 'error' | 'warning'; subject: string; message: string } | undefined {
  const eq = value.indexOf('=');
  const key = eq === -1 ? value : value.slice(0, eq);
  if (key.trim() === '')
    return { severity: 'error', subject: 'no-name', message: `"${value}" has no variable name before "=" (KEY=VALUE)` };
  if (/\s/u.test(key))
    return {
      severity: 'error',
      subject: 'space-in-name',
      message: `variable name "${key}" contains a space; write KEY=VALUE without spaces around "="`,
    };
  if (eq === -1 && /^[A-Za-z_][\w.-]*:/u.test(key))
    return {
      severity: 'warning',
      subject: 'key-colon-value',
      message: `"${value}" looks like KEY:VALUE; docker expects KEY=VALUE`,
    };
  return undefined;
}
