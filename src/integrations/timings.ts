/**
 * Build stage timings as JSON lines, `{"stage":"links","seconds":0.09}`, appended to the file named
 * by BUILD_TIMINGS (scripts/build.ts always sets it). The build summary and `npm run bench` read
 * them back and fail when a stage they expect is missing: a stage that stops reporting is an error,
 * never a silent 0 s.
 */
import { appendFileSync } from 'node:fs';

export const TIMINGS_ENV = 'BUILD_TIMINGS';

export const STAGES = ['check', 'astro', 'links', 'index', 'pdf'] as const;

export type Stage = (typeof STAGES)[number];

/** Appends one stage's time to the BUILD_TIMINGS file, if the environment names one. */
export function recordTiming(stage: Stage, seconds: number, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[TIMINGS_ENV];
  if (file) appendFileSync(file, `${JSON.stringify({ stage, seconds: Math.round(seconds * 1000) / 1000 })}\n`);
}

/** Seconds since `started` (a `performance.now()` reading). */
export function since(started: number, now = performance.now()): number {
  return (now - started) / 1000;
}

/** The stages in `text` (JSON lines) with their seconds; a stage reported twice keeps its last time. */
export function parseTimings(text: string, file: string): Map<Stage, number> {
  const timings = new Map<Stage, number>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      parsed = undefined;
    }
    const { stage, seconds } = (parsed ?? {}) as { stage?: unknown; seconds?: unknown };
    if (!STAGES.includes(stage as Stage) || typeof seconds !== 'number' || !(seconds >= 0))
      throw new Error(
        `${file}:${index + 1}:1 error timings/bad-line ${JSON.stringify(line)} is not {"stage": one of ${STAGES.join(', ')}, "seconds": a number ≥ 0}`,
      );
    timings.set(stage as Stage, seconds);
  });
  return timings;
}

/** The seconds of each of `stages`; throws naming the stages the build did not report. */
export function requireStages<S extends Stage>(
  timings: ReadonlyMap<Stage, number>,
  stages: readonly S[],
  file: string,
): Record<S, number> {
  const missing = stages.filter((stage) => !timings.has(stage));
  if (missing.length > 0)
    throw new Error(
      `${file}: the build reported no time for ${missing.join(', ')} (it reported ${[...timings.keys()].join(', ') || 'nothing'}). ` +
        'A stage stopped calling recordTiming() (src/integrations/timings.ts).',
    );
  return Object.fromEntries(stages.map((stage) => [stage, timings.get(stage) ?? 0])) as Record<S, number>;
}
