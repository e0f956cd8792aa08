/**
 * Course order: parts by `order`, lessons by `order` within their part. Pure, so the
 * sidebar, the pagination, the home page and the print pages all agree.
 */

export interface PartInfo {
  id: string;
  title: string;
  order: number;
  summary: string;
}

export interface LessonInfo {
  id: string;
  title: string;
  description: string;
  part: string;
  order: number;
}

export interface PartGroup<L extends LessonInfo = LessonInfo> {
  part: PartInfo;
  /** 1-based position of the part in the course. */
  number: number;
  lessons: L[];
}

/** Groups lessons under their parts, both sorted; throws on a lesson whose part does not exist. */
export function groupByPart<L extends LessonInfo>(parts: readonly PartInfo[], lessons: readonly L[]): PartGroup<L>[] {
  const known = new Set(parts.map((part) => part.id));
  for (const lesson of lessons) {
    if (!known.has(lesson.part)) {
      throw new Error(
        `content/lessons/${lesson.id}/index.mdx: frontmatter "part" is "${lesson.part}", which is not in content/parts.yaml. ` +
          `Use one of: ${[...known].sort().join(', ')}.`,
      );
    }
  }
  assertUniqueOrders(lessons);
  return [...parts]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((part, index) => ({
      part,
      number: index + 1,
      lessons: lessons.filter((lesson) => lesson.part === part.id).sort(byOrder),
    }));
}

/** The lessons in reading order across all parts. */
export function readingOrder<L extends LessonInfo>(groups: readonly PartGroup<L>[]): L[] {
  return groups.flatMap((group) => group.lessons);
}

/** The lessons before and after `id` in reading order. */
export function neighbours<L extends LessonInfo>(
  ordered: readonly L[],
  id: string,
): { previous: L | undefined; next: L | undefined } {
  const index = ordered.findIndex((lesson) => lesson.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

/** Throws naming both files when two lessons of one part share an `order`. */
function assertUniqueOrders(lessons: readonly LessonInfo[]): void {
  const seen = new Map<string, string>();
  for (const lesson of lessons) {
    const key = `${lesson.part}#${lesson.order}`;
    const other = seen.get(key);
    if (other !== undefined) {
      throw new Error(
        `content/lessons/${lesson.id}/index.mdx: frontmatter "order" is ${lesson.order}, which content/lessons/${other}/index.mdx ` +
          `already uses in part "${lesson.part}". Give each lesson of a part its own order.`,
      );
    }
    seen.set(key, lesson.id);
  }
}

function byOrder(a: LessonInfo, b: LessonInfo): number {
  return a.order - b.order || a.id.localeCompare(b.id);
}
