/** Images whose upstream support has ended, from data/end-of-life-images.json. */
import table from '../../data/end-of-life-images.json' with { type: 'json' };
import { parseImageReference } from './image-reference.ts';

interface EndOfLife {
  repository: string;
  /** Tags that are end of life; a prefix ending in `*` matches `7.9.2009` for `7*`. */
  tags: string[];
  ended: string;
  instead: string;
}

const ENTRIES = (table as { images: EndOfLife[] }).images;

function matches(tag: string, pattern: string): boolean {
  return pattern.endsWith('*')
    ? tag === pattern.slice(0, -1) ||
        tag.startsWith(`${pattern.slice(0, -1)}.`) ||
        tag.startsWith(`${pattern.slice(0, -1)}-`)
    : tag === pattern;
}

/** The end-of-life note for an image reference, or undefined when it is supported (or unknown). */
export function endOfLife(reference: string): string | undefined {
  const ref = parseImageReference(reference);
  if (!ref || ref.domain !== undefined) return undefined;
  const repository = ref.path.replace(/^library\//u, '');
  const tag = ref.tag ?? 'latest';
  const entry = ENTRIES.find((e) => e.repository === repository && e.tags.some((t) => matches(tag, t)));
  return entry && `${repository}:${tag} reached end of life (${entry.ended}); consider ${entry.instead}`;
}
