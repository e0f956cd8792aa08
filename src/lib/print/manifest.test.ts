import { describe, expect, test } from 'vitest';
import { parseManifest } from './manifest.ts';

const valid = {
  course: '도커 입문 코스',
  lang: 'ko',
  documents: [{ kind: 'lesson', title: '설치', page: 'lessons/a/', pdf: 'handouts/lessons/a.pdf' }],
};

describe('parseManifest', () => {
  test('returns a valid manifest as it is', () => {
    expect(parseManifest(valid, 'm.json')).toBe(valid);
  });

  test.each([
    [{ ...valid, documents: [] }, 'm.json: "documents" is [], expected a non-empty list.'],
    [
      { ...valid, documents: [{ ...valid.documents[0], kind: 'book' }] },
      'm.json: documents[0].kind is "book", expected one of course, part, lesson, cheatsheet, worksheet, instructor.',
    ],
    [
      { ...valid, documents: [{ ...valid.documents[0], pdf: 'handouts/../../etc/x.pdf' }] },
      'm.json: documents[0].pdf is "handouts/../../etc/x.pdf", expected a path like handouts/x.pdf.',
    ],
    [
      { ...valid, documents: [{ ...valid.documents[0], page: '/lessons/a/' }] },
      'm.json: documents[0].page is "/lessons/a/", expected a site path without a leading slash.',
    ],
  ])('throws naming the file and field for %j', (json, message) => {
    expect(() => parseManifest(json, 'm.json')).toThrow(
      `${message} Rebuild the site (npm run build) so the print pages and their list match.`,
    );
  });
});
