import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { emptyProgress, markRead, MAX_ENTRIES, parseProgress, readInPart, resumeTarget } from './progress-state.ts';

const valid = JSON.stringify({ v: 1, read: { a: { p: 'setup', t: 10 }, b: { p: 'setup', t: 20 } } });

describe('parseProgress', () => {
  test('returns the stored lessons of a valid v1 record', () => {
    expect(parseProgress(valid)).toEqual({ v: 1, read: { a: { p: 'setup', t: 10 }, b: { p: 'setup', t: 20 } } });
  });

  test.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['broken JSON', '{"v":1,"read":{'],
    ['a number', '42'],
    ['an array', '[]'],
    ['another version', JSON.stringify({ v: 2, read: {} })],
    ['read as a list', JSON.stringify({ v: 1, read: ['a'] })],
    ['read missing', JSON.stringify({ v: 1 })],
  ])('returns an empty record for %s', (_name, raw) => {
    expect(parseProgress(raw)).toEqual(emptyProgress());
  });

  test('drops the entries that are not read marks and keeps the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      read: { a: { p: 'setup', t: 1 }, b: { p: '', t: 1 }, c: { p: 'x', t: -1 }, d: 'yes', e: { p: 'x', t: 'now' } },
    });
    expect(parseProgress(raw)).toEqual({ v: 1, read: { a: { p: 'setup', t: 1 } } });
  });

  test('drops extra fields, so nothing but marks goes back into storage', () => {
    const raw = JSON.stringify({ v: 1, extra: 'x', read: { a: { p: 'setup', t: 1, note: '<script>' } } });
    expect(parseProgress(raw)).toEqual({ v: 1, read: { a: { p: 'setup', t: 1 } } });
  });

  test('keeps an id such as __proto__ as an entry, not as the prototype', () => {
    const state = parseProgress('{"v":1,"read":{"__proto__":{"p":"x","t":1}}}');
    expect(Object.keys(state.read)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(state.read)).toBe(Object.prototype);
  });

  test('returns an empty record for a flood of entries', () => {
    const read = Object.fromEntries(Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => [`l${i}`, { p: 'x', t: 1 }]));
    expect(parseProgress(JSON.stringify({ v: 1, read }))).toEqual(emptyProgress());
  });

  test('never throws and always returns a v1 record, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((value) => JSON.stringify({ v: 1, read: value })),
        ),
        (raw) => {
          const state = parseProgress(raw);
          expect(state.v).toBe(1);
          for (const mark of Object.values(state.read)) {
            expect(typeof mark.p).toBe('string');
            expect(Number.isFinite(mark.t)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('markRead', () => {
  test('returns a new record with the lesson marked, leaving the old one as it was', () => {
    const before = emptyProgress();
    const after = markRead(before, 'a', 'setup', 5);
    expect(after.read).toEqual({ a: { p: 'setup', t: 5 } });
    expect(before.read).toEqual({});
  });

  test('returns a record that parses back to itself', () => {
    const state = markRead(markRead(emptyProgress(), 'a', 'setup', 5), 'b', 'commands', 6);
    expect(parseProgress(JSON.stringify(state))).toEqual(state);
  });
});

describe('readInPart', () => {
  test('returns the lessons read in a part, at most its current size', () => {
    const state = parseProgress(valid);
    expect(readInPart(state, 'setup', 3)).toBe(2);
    expect(readInPart(state, 'setup', 1)).toBe(1);
    expect(readInPart(state, 'commands', 4)).toBe(0);
  });
});

describe('resumeTarget', () => {
  const order = ['a', 'b', 'c', 'd'];
  const state = (marks: Record<string, number>) =>
    Object.entries(marks).reduce((s, [id, t]) => markRead(s, id, 'x', t), emptyProgress());

  test.each([
    ['nothing is read', {}, undefined],
    ['the first lesson was read', { a: 1 }, 'b'],
    ['the lesson after the last one read is read too', { a: 1, c: 2, d: 0 }, 'b'],
    ['an earlier lesson was read last', { c: 1, a: 2 }, 'b'],
    ['a later lesson was read last', { a: 1, c: 2 }, 'd'],
    ['everything is read', { a: 1, b: 2, c: 3, d: 4 }, undefined],
  ])('returns the lesson to continue with when %s', (_name, marks, expected) => {
    expect(resumeTarget(order, state(marks))).toBe(expected);
  });

  test('returns undefined when only lessons no longer in the course were read', () => {
    expect(resumeTarget(order, state({ gone: 1 }))).toBeUndefined();
  });
});
