import { describe, expect, test } from 'vitest';
import { freeSlug } from './import-notes.ts';

describe('freeSlug', () => {
  test('returns the slug when no lesson has it, else the first free numbered one', () => {
    const taken = new Set(['compose', 'compose-2']);
    expect(freeSlug('volumes', (slug) => taken.has(slug))).toBe('volumes');
    expect(freeSlug('compose', (slug) => taken.has(slug))).toBe('compose-3');
  });
});
