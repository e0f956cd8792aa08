/**
 * A reader's progress, kept on their own device only (localStorage, one versioned key): which
 * lessons they have read, in which part, and when. Whatever is stored is validated on load; a
 * value that is not a progress record of this version is dropped, never an error. Shared by the
 * page script (src/scripts/progress.ts) and the tests, so it stays free of imports.
 */

/** The one storage key. A new shape gets a new version: old values then read as empty. */
export const PROGRESS_KEY = 'docker-course:progress:v1';

/** Entries kept at most; more than any course has, few enough that a flooded value cannot stall a page. */
export const MAX_ENTRIES = 5000;

export interface ReadMark {
  /** Id of the lesson's part when it was read. */
  p: string;
  /** When it was read, in ms since the epoch. */
  t: number;
}

export interface ProgressState {
  v: 1;
  read: Record<string, ReadMark>;
}

/** A state with nothing read. */
export function emptyProgress(): ProgressState {
  return { v: 1, read: {} };
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 200;
}

function isMark(value: unknown): value is ReadMark {
  if (typeof value !== 'object' || value === null) return false;
  const { p, t } = value as Record<string, unknown>;
  return isId(p) && typeof t === 'number' && Number.isFinite(t) && t >= 0;
}

/** The progress stored as `raw`; empty for nothing, for JSON that is not a v1 record, or for garbage. */
export function parseProgress(raw: string | null | undefined): ProgressState {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? 'null');
  } catch {
    return emptyProgress();
  }
  if (typeof value !== 'object' || value === null) return emptyProgress();
  const { v, read } = value as Record<string, unknown>;
  if (v !== 1 || typeof read !== 'object' || read === null || Array.isArray(read)) return emptyProgress();
  const entries = Object.entries(read).filter(([id, mark]) => isId(id) && isMark(mark));
  if (entries.length > MAX_ENTRIES) return emptyProgress();
  // fromEntries defines each key as data, so an id such as `__proto__` stays an entry, not a prototype.
  return { v: 1, read: Object.fromEntries((entries as [string, ReadMark][]).map(([id, { p, t }]) => [id, { p, t }])) };
}

/** `state` with lesson `id` of part `part` marked read at `now` (a new object). */
export function markRead(state: ProgressState, id: string, part: string, now: number): ProgressState {
  return { v: 1, read: { ...state.read, [id]: { p: part, t: now } } };
}

/** How many lessons of `part` are read, and no more than `total`, the lessons the part has now. */
export function readInPart(state: ProgressState, part: string, total: number): number {
  return Math.min(total, Object.values(state.read).filter((mark) => mark.p === part).length);
}

/**
 * The lesson to continue with, given the course's lessons in reading order: the first unread one
 * after the lesson read last; else the first unread one; undefined when nothing is read or all is.
 */
export function resumeTarget(order: readonly string[], state: ProgressState): string | undefined {
  const read = state.read;
  let last: string | undefined;
  for (const id of order) if (read[id] && (!last || (read[id]?.t ?? 0) >= (read[last]?.t ?? 0))) last = id;
  if (last === undefined) return undefined;
  const unread = (id: string): boolean => !read[id];
  return order.slice(order.indexOf(last) + 1).find(unread) ?? order.find(unread);
}
