import { describe, expect, test } from 'vitest';
import { findTerm, glossaryOrder, termPath, type GlossaryTerm } from './glossary.ts';

const term = (id: string, ko: string): GlossaryTerm => ({ id, ko, en: id, aliases: [], definition: '…' });
const terms = [
  term('volume', '볼륨'),
  term('image', '이미지'),
  term('container', '컨테이너'),
  term('dockerfile', 'Dockerfile'),
];

describe('termPath', () => {
  test('returns the glossary page with the term id as anchor', () => {
    expect(termPath('copy-on-write')).toBe('/glossary/#copy-on-write');
  });
});

describe('findTerm', () => {
  test('returns the term when the id exists', () => {
    expect(findTerm(terms, 'image').ko).toBe('이미지');
  });

  test('throws listing the known ids when the id is unknown', () => {
    expect(() => findTerm(terms, 'imgae')).toThrowErrorMatchingInlineSnapshot(
      `[Error: <Term id="imgae">: no such term in content/glossary.yaml. Use one of: container, dockerfile, image, volume; or add the term to the glossary.]`,
    );
  });
});

describe('glossaryOrder', () => {
  test('returns terms in Korean dictionary order', () => {
    expect(glossaryOrder(terms).map((item) => item.ko)).toEqual(['볼륨', '이미지', '컨테이너', 'Dockerfile']);
  });
});
