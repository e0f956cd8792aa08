import { describe, expect, test } from 'vitest';
import { CALLOUT_TYPES, calloutIcon, calloutLabel, calloutType } from './callout.ts';

describe('calloutType', () => {
  test.each(CALLOUT_TYPES)('returns %s when given it', (type) => {
    expect(calloutType(type)).toBe(type);
  });

  test('throws naming the accepted types when given an unknown one', () => {
    expect(() => calloutType('danger')).toThrowErrorMatchingInlineSnapshot(
      `[Error: <Callout type="danger">: unknown type. Expected one of "note", "tip", "warning".]`,
    );
  });
});

describe('calloutLabel', () => {
  test('returns a different UI key for each type', () => {
    expect(new Set(CALLOUT_TYPES.map(calloutLabel)).size).toBe(CALLOUT_TYPES.length);
  });
});

describe('calloutIcon', () => {
  test.each(CALLOUT_TYPES)('returns SVG shapes with no text for %s', (type) => {
    const icon = calloutIcon(type);
    expect(icon).toMatch(/^<(?:path|circle) /u);
    expect(icon.replace(/<[^>]*>/gu, '')).toBe('');
  });

  test('returns a different icon for each type', () => {
    expect(new Set(CALLOUT_TYPES.map(calloutIcon)).size).toBe(CALLOUT_TYPES.length);
  });
});
