/**
 * Where the print pages live and where `npm run handouts` writes their PDFs, as site paths under
 * Astro's `base`. Shared by the pages, the links to them and the handouts script.
 */

export const printPath = {
  course: 'print/',
  part: (id: string): string => `print/parts/${id}/`,
  cheatsheet: 'print/cheatsheet/',
  /** The learner worksheet (exercises, no solutions) and the instructor edition (notes and solutions). */
  worksheet: 'print/worksheet/',
  instructor: 'print/instructor/',
  /** The list of documents the handouts script renders (src/pages/print/handouts.json.ts). */
  manifest: 'print/handouts.json',
} as const;

export const handoutPath = {
  course: 'handouts/course.pdf',
  part: (id: string): string => `handouts/parts/${id}.pdf`,
  lesson: (id: string): string => `handouts/lessons/${id}.pdf`,
  cheatsheet: 'handouts/cheatsheet.pdf',
  worksheet: 'handouts/worksheet.pdf',
  instructor: 'handouts/instructor.pdf',
} as const;
