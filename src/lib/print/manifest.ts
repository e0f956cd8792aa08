/** The list of handouts a build offers (written to print/handouts.json, read by `npm run handouts`). */

export const HANDOUT_KINDS = ['course', 'part', 'lesson', 'cheatsheet', 'worksheet', 'instructor'] as const;

export type HandoutKind = (typeof HANDOUT_KINDS)[number];

export interface HandoutDocument {
  kind: HandoutKind;
  title: string;
  /** Site path of the page to print, relative to `base`. */
  page: string;
  /** Site path of the PDF, relative to `base` (and so to the output directory). */
  pdf: string;
}

export interface HandoutManifest {
  course: string;
  lang: string;
  documents: HandoutDocument[];
}

/** Checks a parsed manifest, naming the file and the field that is wrong. */
export function parseManifest(json: unknown, file: string): HandoutManifest {
  const fail = (field: string, found: unknown, expected: string): never => {
    throw new Error(
      `${file}: ${field} is ${JSON.stringify(found)}, expected ${expected}. Rebuild the site (npm run build) so the print pages and their list match.`,
    );
  };
  if (typeof json !== 'object' || json === null) return fail('the file', json, 'an object');
  const { course, lang, documents } = json as Record<string, unknown>;
  if (typeof course !== 'string' || course === '') fail('"course"', course, 'the course title');
  if (typeof lang !== 'string' || lang === '') fail('"lang"', lang, 'a language tag such as "ko"');
  if (!Array.isArray(documents) || documents.length === 0) return fail('"documents"', documents, 'a non-empty list');
  documents.forEach((doc: unknown, index) => {
    const { kind, title, page, pdf } = (doc ?? {}) as Record<string, unknown>;
    if (!HANDOUT_KINDS.includes(kind as HandoutKind))
      fail(`documents[${index}].kind`, kind, `one of ${HANDOUT_KINDS.join(', ')}`);
    if (typeof title !== 'string' || title === '') fail(`documents[${index}].title`, title, 'a title');
    if (typeof page !== 'string' || page.startsWith('/'))
      fail(`documents[${index}].page`, page, 'a site path without a leading slash');
    if (typeof pdf !== 'string' || !/^handouts\/[\w./-]+\.pdf$/u.test(pdf) || pdf.includes('..'))
      fail(`documents[${index}].pdf`, pdf, 'a path like handouts/x.pdf');
  });
  return json as HandoutManifest;
}
