/**
 * Range requests (a PDF viewer fetching a handout piece by piece). sirv reads a Range header loosely:
 * `bytes=-500` would mean the first 500 bytes, not the last, and `bytes=9-3` would throw inside it.
 * Each range is checked here and rewritten into the one form sirv reads right.
 */

/**
 * The Range header to hand sirv for a file of `size` bytes: one absolute `bytes=a-b` range, or
 * undefined to send the whole file (no header, several ranges or a malformed one, which RFC 9110
 * lets a server ignore). A range that starts past the end stays, so that sirv answers 416.
 */
export function singleRange(header: string | undefined, size: number): string | undefined {
  const match = /^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$/iu.exec(header ?? '');
  if (!match) return undefined;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return undefined;
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? undefined : `bytes=${Math.max(0, size - suffix)}-${size - 1}`;
  }
  const start = Number(first);
  if (start >= size) return `bytes=${first}-`;
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return end < start ? undefined : `bytes=${start}-${end}`;
}
