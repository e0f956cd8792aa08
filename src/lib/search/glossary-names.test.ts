import { describe, expect, test } from 'vitest';
import { parseGlossaryNames } from './glossary-names.ts';

describe('parseGlossaryNames', () => {
  test('returns the names of every term, aliases defaulting to none', () => {
    const yaml =
      '- id: image\n  ko: 이미지\n  en: Image\n  aliases: [도커 이미지]\n- id: hub\n  ko: 도커 허브\n  en: Docker Hub\n';
    expect(parseGlossaryNames(yaml, 'glossary.yaml')).toEqual([
      { ko: '이미지', en: 'Image', aliases: ['도커 이미지'] },
      { ko: '도커 허브', en: 'Docker Hub', aliases: [] },
    ]);
  });

  test('returns no terms for an empty file', () => {
    expect(parseGlossaryNames('', 'glossary.yaml')).toEqual([]);
  });

  test('throws naming the file, the term and the field when a name is missing', () => {
    expect(() =>
      parseGlossaryNames('- id: image\n  ko: 이미지\n', 'content/glossary.yaml'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/glossary.yaml: term 1 (image) needs "ko" and "en" strings and "aliases" as a list of strings; found ko="이미지", en=undefined, aliases=[].]`,
    );
  });
});
