/** A fence's meta attributes (`expect-error="reason" nocheck title='x'`); a bare word maps to `''`. */
export function parseFenceMeta(meta: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of (meta ?? '').matchAll(/([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/gu)) {
    const key = match[1];
    if (key !== undefined && !out.has(key)) out.set(key, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return out;
}
