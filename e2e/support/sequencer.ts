/**
 * Vitest's order with the tiers interleaved: its own sequencer puts every file of one project
 * before the next project's (`browser` before `build`), so the two workers of the build and
 * browser tiers ran two browser files side by side and left the builds to the end. Here each
 * project keeps Vitest's order (longest first from the last run's durations, failed first), and
 * the projects of a group take turns: a browser file, a build file, a browser file…
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** `lists` merged by taking one from each in turn until all are empty. */
export function roundRobin<T>(lists: readonly (readonly T[])[]): T[] {
  const merged: T[] = [];
  for (let index = 0; merged.length < lists.reduce((sum, list) => sum + list.length, 0); index += 1) {
    for (const list of lists) {
      const item = list[index];
      if (item !== undefined) merged.push(item);
    }
  }
  return merged;
}

export default class TierSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // Vitest runs groups (sequence.groupOrder) one after another; only projects within one take turns.
    const groups = new Map<number, Map<string, TestSpecification[]>>();
    for (const spec of sorted) {
      const order = spec.project.config.sequence.groupOrder;
      const projects = groups.get(order) ?? new Map<string, TestSpecification[]>();
      groups.set(order, projects);
      projects.set(spec.project.name, [...(projects.get(spec.project.name) ?? []), spec]);
    }
    return [...groups.keys()]
      .sort((a, b) => a - b)
      .flatMap((order) => roundRobin([...(groups.get(order)?.values() ?? [])]));
  }
}
