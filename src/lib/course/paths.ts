/** Site paths of the course pages this module adds, under Astro's `base` (see lib/paths.ts). */

export const coursePath = {
  keypoints: 'keypoints/',
  instructor: 'instructor/',
  /** A lesson in the instructor edition. */
  instructorLesson: (id: string): string => `instructor/lessons/${id}/`,
} as const;
