import { describe, expect, test } from 'vitest';
import { parseSiteFacts, siteFacts } from './site-facts.ts';

describe('siteFacts', () => {
  test.each([
    ['/', '/'],
    ['/docker-course', '/docker-course/'],
    ['/docker-course/', '/docker-course/'],
  ])('returns base %j as %j', (base, expected) => {
    expect(siteFacts(base, 'https://example.org/', 'ko')).toEqual({
      base: expected,
      site: 'https://example.org/',
      lang: 'ko',
    });
  });

  test('returns an empty site when Astro has none', () => {
    expect(siteFacts('/', undefined, 'ko').site).toBe('');
  });
});

describe('parseSiteFacts', () => {
  test('returns what siteFacts wrote', () => {
    const facts = siteFacts('/x/', 'https://example.org', 'ko');
    expect(parseSiteFacts(JSON.parse(JSON.stringify(facts)), 'dist/site.json')).toEqual(facts);
  });

  test.each([
    [[], 'dist/site.json: the file is [], expected an object.'],
    [
      { base: 'x/', site: '', lang: 'ko' },
      'dist/site.json: "base" is "x/", expected a path that starts and ends with "/".',
    ],
    [{ base: '/', site: 'not a url', lang: 'ko' }, 'dist/site.json: "site" is "not a url", expected a URL or "".'],
    [{ base: '/', site: '', lang: 7 }, 'dist/site.json: "lang" is 7, expected a language tag.'],
  ])('throws on %j naming the field', (json, message) => {
    expect(() => parseSiteFacts(json, 'dist/site.json')).toThrow(message);
  });
});
