/** The course glossary (content/glossary.yaml) against the lessons that link to it. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { GlossaryTerm } from './glossary.ts';

const terms = parse(readFileSync('content/glossary.yaml', 'utf8')) as GlossaryTerm[];
const lessons = readdirSync('content/lessons').map((slug) =>
  readFileSync(path.join('content/lessons', slug, 'index.mdx'), 'utf8'),
);
const linked = new Set(lessons.flatMap((text) => [...text.matchAll(/<Term id="([^"]+)"/gu)].map((match) => match[1])));

describe('content/glossary.yaml', () => {
  test('has unique ids usable as URL anchors', () => {
    const ids = terms.map((term) => term.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  test.each([
    '이미지',
    '컨테이너',
    '레지스트리',
    '도커 데몬',
    '도커 클라이언트',
    '볼륨',
    '도커 네트워크',
    'Dockerfile',
    '도커 컴포즈',
    '도커 스웜',
    '하이퍼바이저',
    '리눅스 컨테이너',
    '레이어',
    '카피 온 라이트',
    '도커 호스트',
    '가상화',
    '커널',
    '이식성',
    '마이크로서비스 아키텍처',
  ])('defines %s', (ko) => {
    expect(terms.map((term) => term.ko)).toContain(ko);
  });

  test('gives every term a definition and aliases that differ from its names', () => {
    for (const term of terms) {
      expect(term.definition.length, term.id).toBeGreaterThan(10);
      expect(term.aliases.length, term.id).toBeGreaterThan(0);
      expect(term.aliases, term.id).not.toContain(term.ko);
    }
  });

  test('has every term linked from at least one lesson', () => {
    expect(terms.map((term) => term.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  test('has an entry for every id a lesson links to', () => {
    const ids = new Set(terms.map((term) => term.id));
    expect([...linked].filter((id) => id !== undefined && !ids.has(id))).toEqual([]);
  });
});
