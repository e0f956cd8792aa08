/** Images whose upstream support has ended: the end-of-life facts of data/facts.json. */
import { finding, type Finding } from '../diagnostic.ts';
import { FACTS, type Fact } from './facts.ts';
import { parseImageReference } from './image-reference.ts';

/** True when `tag` is `pattern`, or a release of it when the pattern ends in `*` (`7*` covers `7.9.2009`, `7-x`). */
function matches(tag: string, pattern: string): boolean {
  if (!pattern.endsWith('*')) return tag === pattern;
  const base = pattern.slice(0, -1);
  return tag === base || tag.startsWith(`${base}.`) || tag.startsWith(`${base}-`);
}

/** The end-of-life fact that covers an image reference, with the image as written; undefined when supported or unknown. */
export function endOfLife(
  reference: string,
  facts: readonly Fact[] = FACTS,
): { fact: Fact; image: string } | undefined {
  const ref = parseImageReference(reference);
  if (!ref || ref.domain !== undefined) return undefined;
  const repository = ref.path.replace(/^library\//u, '');
  const tag = ref.tag ?? 'latest';
  const fact = facts.find(
    (f) =>
      f.kind === 'end-of-life' && f.images?.repository === repository && f.images.tags.some((t) => matches(tag, t)),
  );
  return fact && { fact, image: `${repository}:${tag}` };
}

/** The info finding for an end-of-life image at `offset`, or undefined; params carry the fact for the page's Korean note. */
export function endOfLifeFinding(offset: number, reference: string): Finding | undefined {
  const found = endOfLife(reference);
  if (!found) return undefined;
  const { fact, image } = found;
  return finding(
    offset,
    'info',
    'end-of-life',
    `${image} reached end of life (${fact.since}); consider ${fact.instead}`,
    {
      subject: fact.id,
      params: { image, written: reference, since: fact.since, instead: fact.instead, source: fact.source },
    },
  );
}
