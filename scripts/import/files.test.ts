import { describe, expect, test } from 'vitest';
import { imageFileName } from './files.ts';

describe('imageFileName', () => {
  test.each([
    ['./images/virtualbox001.png', 'virtualbox001.png'],
    ['image-4.PNG', 'image-4.png'],
    ['./images/설정 화면.png', 'screenshot-9.png'],
    ['shot%20one.jpg', 'shot-one.jpg'],
    ['diagram.svg', 'diagram.svg.png'],
    ['javascript:alert(1)', 'javascript-alert-1.png'],
  ])('returns a bare image name for %j', (src, name) => {
    expect(imageFileName(src, 'screenshot-9')).toBe(name);
  });
});
