/**
 * The documents `npm run handouts` prints: each a print page (or lesson page) of this build and
 * the PDF it becomes, in reading order. Site paths are relative to Astro's `base`.
 */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/ko.ts';
import { getCourse } from '../../lib/course.ts';
import { lessonPath } from '../../lib/paths.ts';
import { handoutPath, printPath } from '../../lib/print/paths.ts';
import type { HandoutManifest } from '../../lib/print/manifest.ts';

export const GET: APIRoute = async () => {
  const { groups, lessons } = await getCourse();
  const manifest: HandoutManifest = {
    course: t('site.title'),
    lang: t('site.lang'),
    documents: [
      { kind: 'course', title: t('print.course.title'), page: printPath.course, pdf: handoutPath.course },
      ...groups
        .filter((group) => group.lessons.length > 0)
        .map(({ part, number }) => ({
          kind: 'part' as const,
          title: t('print.part.title', { n: number, title: part.title }),
          page: printPath.part(part.id),
          pdf: handoutPath.part(part.id),
        })),
      ...lessons.map((lesson) => ({
        kind: 'lesson' as const,
        title: lesson.title,
        page: lessonPath(lesson.id),
        pdf: handoutPath.lesson(lesson.id),
      })),
      {
        kind: 'cheatsheet',
        title: t('print.cheatsheet.title'),
        page: printPath.cheatsheet,
        pdf: handoutPath.cheatsheet,
      },
      { kind: 'worksheet', title: t('print.worksheet.title'), page: printPath.worksheet, pdf: handoutPath.worksheet },
      {
        kind: 'instructor',
        title: t('print.instructor.title'),
        page: printPath.instructor,
        pdf: handoutPath.instructor,
      },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'content-type': 'application/json' } });
};
