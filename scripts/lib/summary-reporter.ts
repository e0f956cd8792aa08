/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after Vitest's own summary,
 * so CI logs say what ran in a form any reader (or log scanner) understands.
 */
import type { Reporter, TestModule } from 'vitest/node';

/** Counts test results by state across modules. */
export function countResults(
  modules: readonly Pick<TestModule, 'children'>[],
): Record<'passed' | 'failed' | 'skipped', number> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
      else counts.skipped += 1;
    }
  }
  return counts;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const { passed, failed, skipped } = countResults(modules);
    process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
